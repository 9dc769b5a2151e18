"""Reading the knowledge base's tab-separated files (gzipped where the name ends .gz): '#' lines are
comments, the first other line names the columns."""

import csv
import gzip


def rows(path):
    """The data rows of the file at path, each a dict by column name."""
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
