#!/usr/bin/env python3
"""How many of the leaders in Phoenix.Countries.actors.txt the bundled knowledge base holds.

A Phoenix leader is an entry marked "# CountryInfo.txt" with a dated government role ([XXXGOV ...])
of one of the states make_leaders.py covers that overlaps 2012 or later. It counts as covered when
one of its names (spaces for underscores, titles as Phoenix writes them) is a name of a person in
people.tsv or leaders.tsv, compared as the linker's folded key does roughly (case, accents,
punctuation, German transliteration letters). Prints the share and the leaders not covered.
Run from the repository root:  python3 newsgraph-kb/scripts/phoenix_coverage.py
"""
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_tsv  # noqa: E402
from make_leaders import ROOT, SHARED, TARGET, date6  # noqa: E402

KB = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "kb")


def fold(name):
    s = unicodedata.normalize("NFD", name.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    for a, b in (("kh", "ch"), ("w", "v"), ("j", "y"), ("z", "s"), ("ou", "u"), ("ie", "i"), ("iy", "y")):
        s = s.replace(a, b)
    return s


def kb_names():
    names = set()
    for f in ("people.tsv", "leaders.tsv"):
        for row in kb_tsv.rows(os.path.join(KB, f)):
            for col in ("names_en", "names_de"):
                names.update(fold(n) for n in (row.get(col) or "").split("|") if n)
    return names


def phoenix_leaders():
    path = os.path.join(SHARED, "events", "petrarch2", "Phoenix.Countries.actors.txt")
    leaders = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if not line[0].isspace() and not line.startswith("+"):
                current = {"names": [line.split("#")[0].strip()], "info": "CountryInfo" in line, "roles": []}
                leaders.append(current)
            elif line.startswith("+") and current:
                current["names"].append(line[1:].split("#")[0].strip())
            elif current:
                m = re.match(r"\s*\[(\w+)\s+([<>]?)\s*(\d{6}|\d{8})?(?:\s*-\s*(\d{6}|\d{8}))?\]", line)
                if m:
                    current["roles"].append(m.groups())
    out = []
    for l in leaders:
        if not l["info"]:
            continue
        countries = set()
        for code, op, a, b in l["roles"]:
            if not code.endswith("GOV") or code[:3] not in TARGET or not a:
                continue
            end = None if op == ">" else (date6(a) if op == "<" else (date6(b) if b else None))
            if end is None or end >= "2012-01-01":
                countries.add(code[:3])
        if countries:
            out.append((l["names"][0].replace("_", " ").strip(), sorted(countries),
                        [n.replace("_", " ").strip() for n in l["names"]]))
    return out


TITLED = re.compile(r"\b(PRESIDENT|PRIME MINISTER|FOREIGN MINISTER|FOREIGN SECRETARY|CHANCELLOR|KING|EMIR|"
                    r"SUPREME LEADER|PREMIER)\b")


def main():
    names = kb_names()
    leaders = phoenix_leaders()
    titled = [l for l in leaders if any(TITLED.search(a) for a in l[2])]
    for label, group, listed in (("all government members", leaders, False),
                                 ("titled president, prime minister, foreign minister, chancellor, king, emir",
                                  titled, True)):
        missing = [(n, c) for n, c, all_names in group if not any(fold(a) in names for a in all_names)]
        covered = len(group) - len(missing)
        print(f"Phoenix CountryInfo leaders of covered states in office since 2012, {label}: {len(group)}; "
              f"in the knowledge base: {covered} ({covered / max(1, len(group)):.1%})")
        if listed:
            for n, c in missing:
                print("  missing:", n, "/".join(c))


if __name__ == "__main__":
    main()
