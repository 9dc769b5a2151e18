#!/usr/bin/env python3
"""Builds the bundled congress.tsv: the members of the United States Congress serving at the export,
with every term they served, so that the linker names them and events code them as USALEG.

Nothing in it is typed by hand. Source: legislators-current.yaml of the public-domain (CC0) dataset
github.com/unitedstates/congress-legislators, of the newest commit of its git directory: each record
gives the member's Wikidata id (id.wikidata: the cited source of the id), the English Wikipedia title
(id.wikipedia), the name (first, middle, last, suffix, nickname, official_full) and the terms (type
sen or rep, start, end, state). legislators-historical.yaml is not read (too large for the mirror), so
members who left before the export are missing, and so are the terms of anyone else.

Each term is an office LEG:USA:start:end::title, the title senator, representative, or for the House
members of the District of Columbia and the territories delegate or resident commissioner (Puerto
Rico), then the postal code of the state in brackets ("senator (SC)"): the linker reads it against a
party-state tag after the name ("Lindsey Graham (R-Texas)" is not the member from South Carolina). The term the export lists as current has no end (its scheduled end is no end of office: a
member may resign or die) and the export's day as its last listed day, as make_officials.py writes an
office still held.

Names: the given name with the surname, with the middle name and with its initial, and the nickname
with the surname ("Charles Schumer", "Charles E. Schumer", "Chuck Schumer"), the
official name (its quoted nickname taken out, or put in place of the given name: 'Eric A. "Rick"
Crawford'), and the English Wikipedia title without a bracketed qualifier. A member with a suffix
(Jr., II, III) is named without it only as the Wikipedia title names them: Wikipedia keeps the suffix
where a namesake parent is known ("Thomas Kean Jr.": Thomas Kean is the governor, "Nick Begich III":
Nick Begich the congressman lost in 1972), and names "Rob Menendez" so, not as his father Robert
Menendez, the senator. Names of one word are left out (they would link every mention of the word), and so are the names a
former member bore while the member sat (NAMESAKES, each with its source: "Mike Rogers" of Michigan,
2001-2015, beside Mike Rogers of Alabama, who is then left out).
A member whose Wikipedia title carries a qualifier ("Adam Smith (Washington politician)", "John
Kennedy (Louisiana politician)") shares the plain name with someone better known: the linker asks
more of the article for them (Linker.officialBacked).

A member whom leaders.tsv, people.tsv or officials.tsv.gz already hold (four officials: Ann Wagner,
Don Beyer, Jodey Arrington, Ryan Zinke) is written too: the knowledge base adds the terms to that entry,
whose names stay (KnowledgeBase.CONGRESS, read as the officials are), never a second entry. The script prints the members it left out, the names two members share, and the names that
another entry of the knowledge base has (a clash to look at).

Run from the repository root:
  python3 newsgraph-kb/scripts/make_congress.py CONGRESS_LEGISLATORS_GIT_DIR
(a bare git directory, as `fetch` gives it: .../unitedstates+congress-legislators/repo).
"""
import gzip
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import yaml

import kb_tsv
import make_leaders

KB = os.path.join(make_leaders.ROOT, "src", "main", "resources", "org", "newsgraph", "kb")
OUT = os.path.join(KB, "congress.tsv")
REPO = "https://github.com/unitedstates/congress-legislators/blob/"
TERRITORIES = {"DC", "GU", "VI", "AS", "MP"}
# Names that a former member whom the export does not hold bore while a member of the export sat, so
# that neither the date nor the title tells the two apart; with the public page that shows it. A member
# left with no name is left out.
NAMESAKES = {
    "Mike Rogers": "Mike Rogers of Michigan, representative 2001-01-03 to 2015-01-03 and chair of the House"
                   " Intelligence Committee, beside Mike Rogers of Alabama (since 2003):"
                   " https://en.wikipedia.org/wiki/Mike_Rogers_(Michigan_politician)",
}
SUFFIX = re.compile(r",?\s+(Jr\.|Sr\.|II|III|IV)$")


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, text=True, check=True).stdout


def title(term):
    """The title and the state's postal code in brackets: "senator (SC)"."""
    if term["type"] == "sen":
        role = "senator"
    elif term["state"] == "PR":
        role = "resident commissioner"
    else:
        role = "delegate" if term["state"] in TERRITORIES else "representative"
    return f"{role} ({term['state']})"


def offices(terms, listed):
    out = []
    for t in terms:
        start, end = str(t["start"]), str(t["end"])
        if end > listed:
            out.append(f"LEG:USA:{start}::{listed}:{title(t)}")
        else:
            out.append(f"LEG:USA:{start}:{end}::{title(t)}")
    return out


def initials(middle):
    """'E.' for 'E.', 'C. H.' for 'Clark Hoover'."""
    return " ".join(w if w.endswith(".") else w[0] + "." for w in middle.split())


def names(name, wikipedia):
    first, last = name["first"], name["last"]
    middle, nick, suffix = name.get("middle", ""), name.get("nickname", ""), name.get("suffix", "")
    official = name.get("official_full", "")
    plain = re.sub(r"\s*\(.*\)$", "", wikipedia or "")
    forms = []
    forms.append(f"{first} {last}")
    if middle:
        forms.append(f"{first} {middle} {last}")
        forms.append(f"{first} {initials(middle)} {last}")
    if nick:
        forms.append(f"{nick} {last}")
    if official:
        quoted = re.search(r'\s*"([^"]+)"', official)
        if quoted:
            forms.append(official[:quoted.start()] + official[quoted.end():])
            forms.append(SUFFIX.sub("", f"{quoted.group(1)} {last}"))
        else:
            forms.append(official)
    forms = [SUFFIX.sub("", re.sub(r"\s+", " ", f)).strip() for f in forms]
    if suffix:
        # The suffix-less forms are the father's (or grandfather's) name as much as the member's:
        # only the Wikipedia title's form without the suffix stays (see the module's comment).
        forms = [f"{f} {suffix}" for f in forms]
        if plain:
            forms.append(plain)
    elif plain:
        forms.append(plain)
    seen, out = set(), []
    for f in forms:
        key = re.sub(r"[^a-z0-9 ]", "", f.lower().replace(",", ""))
        if len(f.split()) >= 2 and key not in seen:
            seen.add(key)
            out.append(f)
    return out


def key(n):
    """Close to NameKey.exact: case, dots and commas aside."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", n.lower().replace(".", ""))).strip()


def known_names():
    """Name keys of the other bundled people, by id."""
    by_key = defaultdict(set)
    files = [os.path.join(KB, f) for f in ("leaders.tsv", "people.tsv")]
    rows = [r for f in files for r in kb_tsv.rows(f)]
    with gzip.open(os.path.join(KB, "officials.tsv.gz"), "rt", encoding="utf-8") as f:
        import csv
        rows += list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        for n in (r.get("names_en") or "").split("|"):
            if n:
                by_key[key(n)].add(r["id"])
    return by_key


def main():
    git_dir = sys.argv[1]
    commit, listed = git(git_dir, "log", "-1", "--format=%H %cs").split()
    members = yaml.safe_load(git(git_dir, "show", f"{commit}:legislators-current.yaml"))
    source = f"{REPO}{commit[:12]}/legislators-current.yaml"
    others = known_names()
    lines, by_name = [], defaultdict(list)
    for m in members:
        qid, wikipedia = m["id"].get("wikidata"), m["id"].get("wikipedia") or ""
        label = m["name"].get("official_full") or f"{m['name']['first']} {m['name']['last']}"
        if not qid:
            print(f"left out: {label} (bioguide {m['id'].get('bioguide')}): no Wikidata id in the export", file=sys.stderr)
            continue
        ns = [n for n in names(m["name"], wikipedia) if n not in NAMESAKES]
        if not ns:
            print(f"left out: {label} ({qid}): every name is a former member's too (NAMESAKES)", file=sys.stderr)
            continue
        for n in ns:
            by_name[key(n)].append(qid)
            clash = others.get(key(n), set()) - {qid}
            if clash:
                print(f"clash: {n} ({qid}) is also the name of {' '.join(sorted(clash))} in the knowledge base", file=sys.stderr)
        lines.append([qid, "PERSON", "person", "", "USA", "|".join(ns), "", "", "", wikipedia, "", "",
                      "|".join(offices(m["terms"], listed)),
                      f"https://www.wikidata.org/wiki/{qid} (id, names and terms: the record of bioguide"
                      f" {m['id']['bioguide']} in {source})"])
    for k, ids in sorted(by_name.items()):
        if len(set(ids)) > 1:
            print(f"shared: {k} names {' '.join(sorted(set(ids)))}", file=sys.stderr)
    lines.sort(key=lambda l: (l[5].split("|")[0], l[0]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by newsgraph-kb/scripts/make_congress.py from legislators-current.yaml of"
                " github.com/unitedstates/congress-legislators (CC0; see the script); do not edit by hand.\n")
        f.write("# offices: LEG:USA:start:end:listed:title, one a term, the title senator, representative, delegate"
                " or resident commissioner and the state's postal code in brackets; the term current at the export has no end and the export's day"
                f" ({listed}) as its last listed day. An id of leaders.tsv, people.tsv or officials.tsv.gz gains"
                " these offices there; its names stay those of that file.\n")
        f.write("\t".join(make_leaders.COLUMNS) + "\n")
        for l in lines:
            f.write("\t".join(l) + "\n")
    terms = Counter(o.rsplit(":", 1)[1].split(" (")[0] for l in lines for o in l[12].split("|"))
    print(f"{len(lines)} members, terms by title {dict(terms)}, written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
