"""Reading the knowledge base's tab-separated files: '#' lines are comments, the first other line
names the columns."""

import csv


def rows(path):
    """The data rows of the file at path, each a dict by column name."""
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
