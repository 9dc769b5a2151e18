#!/usr/bin/env python3
"""Builds the bundled places.tsv.gz of the knowledge base: the first-level subdivisions (states,
provinces, Länder) of every country, and the cities of at least MIN_POPULATION inhabitants, with
their Wikidata ids, English and German names, country and coordinates.

Source: github.com/dr5hn/countries-states-cities-database (ODbL-1.0 for the database, DbCL for its
contents: see src/kb/README.md), read from a git mirror at one commit:
  sql/states.sql             the subdivisions; first level = no parent_id
  contributions/cities/*.json the cities, with the population the source gives
Countries are matched by ISO 3166 alpha-2 code to ../shared/data/kb/countries.tsv, which gives the
alpha-3 code the knowledge base keys countries by. A record without a Wikidata id, or of a country
not in that file, is left out; so is a city file missing from the mirror (named on stderr).

Run from the repository root:
  python3 newsgraph-kb/scripts/make_places.py MIRROR_GIT_DIR COMMIT
"""
import csv
import gzip
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "..", "shared", "data", "kb", "countries.tsv")
OUT = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "kb", "places.tsv.gz")
REPO = "https://github.com/dr5hn/countries-states-cities-database"
# The criterion for a city: the population the source gives.
MIN_POPULATION = 100_000
COLUMNS = ["id", "type", "kind", "actor", "country", "names_en", "names_de", "demonyms_en",
           "demonyms_de", "enwiki", "dewiki", "capital", "offices", "source", "latitude", "longitude"]
# Names that are directions or words for an administrative unit ("Central" in Paraguay, "Northern"
# in Ghana): as a mention they name no one place.
GENERIC = re.compile(r"(?i)^((north|south|east|west)(ern)?|central|capital|city|region|province|"
                     r"district|state|islands?|coast|upper|lower|middle|mountain|lakes?|river)"
                     r"( (north|south|east|west)(ern)?| region| province| district)?$")
STATE_COLUMNS = ["id", "name", "country_id", "country_code", "fips_code", "iso2", "iso3166_2", "type",
                 "level", "parent_id", "native", "latitude", "longitude", "timezone", "translations",
                 "created_at", "updated_at", "flag", "wikiDataId", "population"]


def git_show(repo, commit, path):
    r = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"], capture_output=True)
    return r.stdout.decode("utf-8") if r.returncode == 0 else None


def sql_tuples(text):
    """The value tuples of the INSERT statements of a MySQL dump: strings, NULL as None, numbers as text."""
    for stmt in re.finditer(r"INSERT INTO `\w+` VALUES (.*?\));\n", text, re.S):
        body, i, n = stmt.group(1), 0, len(stmt.group(1))
        row, value = [], None
        while i < n:
            c = body[i]
            if c == "(":
                row, i = [], i + 1
            elif c == "'":
                j, buf = i + 1, []
                while body[j] != "'":
                    if body[j] == "\\":
                        j += 1
                        buf.append({"n": "\n", "t": "\t", "0": "\0"}.get(body[j], body[j]))
                    else:
                        buf.append(body[j])
                    j += 1
                value, i = "".join(buf), j + 1
            elif c in ",)":
                row.append(value)
                value, i = None, i + 1
                if c == ")":
                    yield row
                    while i < n and body[i] in ", \n":
                        i += 1
            else:
                j = i
                while body[j] not in ",)":
                    j += 1
                token = body[i:j].strip()
                value, i = (None if token == "NULL" else token), j


def names(name, translations):
    en = [name]
    de = []
    german = (translations or {}).get("de", "").strip()
    if german:
        de.append(german)
    keep = lambda n: len(n) >= 3 and not GENERIC.match(n) and "|" not in n
    return [n for n in en if keep(n)], [n for n in de if keep(n)]


def row(qid, kind, iso3, en, de, lat, lon, source):
    return {"id": qid, "type": "LOCATION", "kind": kind, "actor": "", "country": iso3,
            "names_en": "|".join(en), "names_de": "|".join(de), "demonyms_en": "", "demonyms_de": "",
            "enwiki": "", "dewiki": "", "capital": "", "offices": "", "source": source,
            "latitude": lat or "", "longitude": lon or ""}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_places.py MIRROR_GIT_DIR COMMIT")
    repo, commit = sys.argv[1], sys.argv[2]
    with open(SHARED, encoding="utf-8") as f:
        iso3_of = {r["iso2"]: r["iso3"] for r in csv.DictReader(f, delimiter="\t") if r["iso2"]}
    out, skipped = {}, {"no id": 0, "no country": 0, "no name": 0}

    def add(r):
        if not re.fullmatch(r"Q[1-9][0-9]*", r["id"]):
            skipped["no id"] += 1
        elif not r["country"]:
            skipped["no country"] += 1
        elif not r["names_en"] and not r["names_de"]:
            skipped["no name"] += 1
        else:
            out.setdefault(r["id"], r)  # a subdivision that is also a city (Hamburg) stays one entry

    states_sql = git_show(repo, commit, "sql/states.sql")
    if states_sql is None:
        sys.exit(f"{repo}: no sql/states.sql at {commit}")
    subdivisions = 0
    for values in sql_tuples(states_sql):
        s = dict(zip(STATE_COLUMNS, values))
        if s["parent_id"] is not None or s["flag"] == "0":
            continue
        en, de = names(s["name"], json.loads(s["translations"] or "{}"))
        add(row(s["wikiDataId"] or "", "subdivision", iso3_of.get(s["country_code"], ""), en, de,
                s["latitude"], s["longitude"], f"{REPO}/blob/{commit}/sql/states.sql (state id {s['id']})"))
        subdivisions += 1
    listing = subprocess.run(["git", "--git-dir", repo, "ls-tree", "--name-only", commit, "contributions/cities/"],
                             capture_output=True, text=True, check=True).stdout.split()
    cities, missing = 0, []
    for path in sorted(listing):
        text = git_show(repo, commit, path)
        if text is None:
            missing.append(os.path.basename(path))
            continue
        for c in json.loads(text):
            if (c.get("population") or 0) < MIN_POPULATION or c.get("flag") == 0:
                continue
            en, de = names(c["name"], c.get("translations"))
            add(row(c.get("wikiDataId") or "", "large-city", iso3_of.get(c["country_code"], ""), en, de,
                    c.get("latitude"), c.get("longitude"), f"{REPO}/blob/{commit}/{path} (city {c['name']})"))
            cities += 1
    with gzip.open(OUT, "wt", encoding="utf-8", newline="") as f:
        f.write("# Generated by newsgraph-kb/scripts/make_places.py from " + REPO + " at " + commit
                + " (ODbL-1.0, see src/kb/README.md): first-level subdivisions and cities of at least "
                + f"{MIN_POPULATION} inhabitants. Edit the script, not this file.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in sorted(out.values(), key=lambda r: (r["country"], r["kind"], r["names_en"])):
            f.write("\t".join(re.sub(r"[\t\r\n]", " ", str(r[c])) for c in COLUMNS) + "\n")
    print(f"{len(out)} places ({subdivisions} subdivisions, {cities} cities read); left out: {skipped}; "
          f"city files missing from the mirror: {', '.join(missing) or 'none'}", file=sys.stderr)


if __name__ == "__main__":
    main()
