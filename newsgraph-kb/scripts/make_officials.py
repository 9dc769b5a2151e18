#!/usr/bin/env python3
"""Builds the bundled officials.tsv.gz: national office holders other than heads of state and
government and foreign ministers (ministers, deputies, advisers, spokespeople, ambassadors, agency
heads, military commanders, judges), so that events can name them as actors.

Nothing in it is typed by hand. Source: the cabinet repositories of every-politician-scrapers
(us-cabinet, russia-cabinet, ... one per state), html/holders21.csv of the newest commit: every
Wikidata P39 statement ending in 2000 or later (or still open) of the state's national positions,
with the holder's Wikidata id and the days (or years) of the statement. The position titles of
holders21.csv are those of wikidata/wanted-positions.csv and xtra-positions.csv of the same commit,
with the position's Wikidata id; html/positions.csv gives the English label and the state of the
wanted ones (an extra position, such as an ambassador's, is the repository's state's), and html/bio.csv
the English Wikipedia title of each holder. The exports carry no German names: names_de stays
empty, and the knowledge base derives the German forms of the names of states that write Cyrillic
when it loads (GermanTransliteration: Sacharowa for Zakharova), from the English names written here.

Each office is written role:country:start:end:listed:title (listed empty where there is an end), the role being the CAMEO sector the
position acts for (SECTORS below, the first match wins), the title the position's English label.
Left out: sub-national offices (governors, mayors, chief ministers of a state), parliament offices
(speakers, members), positions the world-leaders and foreign-minister exports name as a head of
state or government or a foreign ministry (leaders.tsv holds those, make_leaders.py), a holder
whose English label is one word or none (a one-word name would link every mention of the word), and
statements without a start. A statement the export lists as still held has no end: it is open, and
the export's day is its last listed day (the fifth field), so that the actor is the office's only up
to that day. A person of leaders.tsv or people.tsv is written too, with the offices only: the
knowledge base adds them to that entry (its names and leader offices stay), never a second entry.

The vice presidents of the United States since 2000 come from executive.yaml of the public-domain
(CC0) dataset github.com/unitedstates/congress-legislators (--executive, its git directory): each
record gives the person's Wikidata id (id.wikidata, the cited source of the id), names and terms. Its
terms replace the us-cabinet export's vice presidency of the same person (the export of 2022-08-02
lists Kamala Harris as still in office; executive.yaml ends her term on 2025-01-20 and gives JD
Vance's from that day). A term whose scheduled end lies after the export's day is open with that day
as its last listed day, as for the cabinet exports (a scheduled end is no end of office). A vice
president with no Wikidata id there (Al Gore) keeps the export's statement. The presidents'
terms are leaders' offices (leaders.tsv, people.tsv); the script compares them with executive.yaml
and prints each that differs.

Run from the repository root, after `fetch`ing the repositories:
  python3 newsgraph-kb/scripts/make_officials.py --executive CONGRESS_LEGISLATORS_GIT_DIR WORLD_LEADERS_GIT_DIR WORLD_GIT_DIR CABINET_GIT_DIR...
(a cabinet repository's git directory as `fetch` names it, .../every-politician-scrapers+<name>/repo;
CONGRESS_LEGISLATORS_GIT_DIR .../unitedstates+congress-legislators/repo; PyYAML).
"""
import csv
import gzip
import io
import os
import re
import subprocess
import sys
from collections import Counter

import yaml

import kb_tsv
import make_congress
import make_leaders

ROOT = make_leaders.ROOT
KB = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "kb")
OUT = os.path.join(KB, "officials.tsv.gz")
REPO = "https://github.com/every-politician-scrapers/"

# Offices below the state: a governor (not of a central bank, not a governor-general), a mayor,
# the head of a province, region or federal state.
SUB_NATIONAL = re.compile(
    r"\b(lieutenant governor|governor(?!-general| general)(?! of the (central |national |reserve )?bank)(?!.*\bbank\b)"
    r"|mayor|prefect|intendant|chief minister of|minister-president of|premier of|administrator of|head of government of the"
    r"|(head|chief) of .*\bcity\b|falkland islands"
    r"|(governor|head|president|chairman) of the .*\b(province|region|oblast|krai|state of|republic of (crimea|chechnya|tatarstan|dagestan)))",
    re.I)
# The states of the United States, whose own secretaries of state, attorneys general and treasurers
# the us-cabinet export lists beside the federal offices.
US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
             "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
             "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
             "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
             "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
US_STATE_OFFICE = re.compile(rf"\b(secretary of state|attorney general|treasurer|comptroller|auditor) of (the state of )?({US_STATES})\b", re.I)
# Offices of a parliament, not of the government: speakers, members, the chair of a chamber.
PARLIAMENT = re.compile(
    r"\b(speaker|member of|senator|deputy of the|(president|chair(man|person)?) of the (senate|chamber|national assembly"
    r"|council of the nation|council of states|parliament|house|state duma|federation council|federal council|bundestag|majlis|knesset|sejm|storting|riksdag)|verkhovna rada|people's congress)\b",
    re.I)
NO_OFFICE = re.compile(r"\b(first lady|first gentleman|spouse)\b", re.I)
# The CAMEO sector of a position, after Phoenix.Countries.actors.txt (ministers, advisers,
# spokespeople and ambassadors [xxxGOV], commanders [xxxMIL], judges [xxxGOVJUD], police chiefs
# [xxxCOP]); agency heads are GOV as the project's gold conventions code "the FBI director".
COMMANDER = re.compile(r"\b(chief|chiefs|chairman|head|commander|commandant)\b", re.I)
MILITARY = re.compile(r"\b(general staff|joint staff|chiefs of staff|defen[cs]e (force|forces|staff)|chief of defen[cs]e"
                      r"|armed forces|army|navy|naval|air force|air staff|marine corps|national guard|joint operations|military cabinet)\b", re.I)
CIVILIAN = re.compile(r"\b(minister|ministry|secretary|department)\b", re.I)
COURT = re.compile(r"\b(court|judge|justice of|chief justice|associate justice|supreme court justice)\b", re.I)
POLICE = re.compile(r"\b(police|gendarmerie|superintendent general)\b", re.I)


def sector(label):
    """The CAMEO sector of a national position by its English label."""
    civilian = CIVILIAN.search(label)
    if COURT.search(label) and not civilian:
        return "JUD"
    if COMMANDER.search(label) and MILITARY.search(label) and not civilian:
        return "MIL"
    if POLICE.search(label) and not civilian:
        return "COP"
    return "GOV"


def show(git_dir, commit, path):
    out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], capture_output=True, text=True)
    return list(csv.DictReader(io.StringIO(out.stdout))) if out.returncode == 0 else []


def newest(git_dir, path):
    """(commit, day) of the newest commit that has path."""
    log = subprocess.run(["git", "--git-dir", git_dir, "log", "-1", "--format=%H %cs", "--", path],
                         capture_output=True, text=True, check=True).stdout.split()
    return (log[0], log[1]) if log else (None, None)


def leader_positions(wl_git, world_git):
    """Wikidata ids of positions that make_leaders.py reads as a leader's office, in any version of
    the world-leaders export, and the foreign ministries of the foreign-minister export."""
    ids = set()
    for _, _, text in make_leaders.git_versions(wl_git, "data/wikidata.csv"):
        for r in csv.DictReader(io.StringIO(text)):
            if make_leaders.role_of(r.get("positionLabel") or "") and (r.get("position") or "").startswith("Q"):
                ids.add(r["position"])
    for _, _, text in make_leaders.git_versions(world_git, "sources/foreign/wikidata.csv"):
        for r in csv.DictReader(io.StringIO(text)):
            if make_leaders.FOREIGN.search(r.get("positionLabel") or "") and (r.get("position") or "").startswith("Q"):
                ids.add(r["position"])
    return ids


def day(d):
    """A day, or the year where the export has only the year or month; None when unreadable."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
        return d
    return d[:4] if re.match(r"\d{4}", d) else None


def cabinet(git_dir, q2iso, leaders, people, left_out):
    name = os.path.basename(os.path.dirname(os.path.abspath(git_dir))).split("+", 1)[-1]
    commit, listed = newest(git_dir, "html/holders21.csv")
    if commit is None:
        print(f"{git_dir}: no html/holders21.csv", file=sys.stderr)
        return
    source = f"{REPO}{name}/blob/{commit[:12]}/html/holders21.csv"
    positions = {r["id"]: r for r in show(git_dir, commit, "html/positions.csv")}
    titles = {}
    for r in show(git_dir, commit, "wikidata/wanted-positions.csv") + show(git_dir, commit, "wikidata/xtra-positions.csv"):
        titles.setdefault(r.get("title") or "", set()).add(r.get("position") or "")
    enwiki = {r["id"]: r.get("enwiki") or "" for r in show(git_dir, commit, "html/bio.csv")}
    # The repository's state: the one most of its positions belong to.
    states = Counter(q2iso.get(p.get("country") or p.get("jurisdiction") or "") for p in positions.values())
    states.pop(None, None)
    home = states.most_common(1)[0][0] if states else None
    for r in show(git_dir, commit, "html/holders21.csv"):
        ids = titles.get(r.get("position") or "", set())
        # positions.csv describes the wanted positions only; an extra one is the state's own.
        pos = positions.get(next(iter(ids)), {}) if len(ids) == 1 else {}
        pid, label = r.get("personID") or "", (r.get("person") or "").strip()
        title = re.sub(r"[:|\t]", " ", pos.get("position") or r.get("position") or "").strip()
        why = None
        if not pid.startswith("Q"):
            why = "no Wikidata id"
        elif len(ids) != 1:
            why = "position title without one Wikidata id"
        elif ids & leaders:
            why = "a leader's office (leaders.tsv)"
        elif NO_OFFICE.search(title):
            why = "no office (a spouse)"
        elif SUB_NATIONAL.search(title) or SUB_NATIONAL.search(r.get("position") or "") or US_STATE_OFFICE.search(title):
            why = "sub-national"
        elif PARLIAMENT.search(title) and not CIVILIAN.search(title):
            why = "parliament"
        elif len(label.split()) < 2 or re.fullmatch(r"Q\d+", label):
            why = "one-word or no English label"
        start, end = day(r.get("start") or ""), day(r.get("end") or "") or ""
        iso = q2iso.get(pos.get("country") or "") or q2iso.get(pos.get("jurisdiction") or "") or home
        if why is None and (not start or (r.get("end") and not end)):
            why = "no start or an unreadable end"
        if why is None and not iso:
            why = "no state"
        if why:
            left_out[why] += 1
            continue
        p = people.setdefault(pid, {"name": label, "country": iso, "offices": set(), "sources": set(),
                                    "enwiki": enwiki.get(pid, "")})
        p["offices"].add(f"{sector(title)}:{iso}:{start}:{end}:{'' if end else listed}:{title}")
        p["sources"].add(source)


VICE_PRESIDENT = "Vice President of the United States"
EXECUTIVE = "https://github.com/unitedstates/congress-legislators/blob/"


def executive_terms(terms, kind, listed):
    """(start, end) of the terms of a kind ('prez', 'viceprez') ending 2000 or later, a term that
    starts on the day the one before ends joined to it; end None where the scheduled end is after the
    export's day."""
    out = []
    for t in sorted((t for t in terms if t["type"] == kind and str(t["end"]) >= "2000"), key=lambda t: str(t["start"])):
        start, end = str(t["start"]), str(t["end"])
        if out and out[-1][1] == start:
            start = out.pop()[0]
        out.append((start, end))
    return [(s, None if e > listed else e) for s, e in out]


def executive(git_dir, people):
    """The vice presidencies of executive.yaml in place of the us-cabinet export's (see the module's
    comment); prints each president's term that leaders.tsv and people.tsv give otherwise."""
    commit, listed = make_congress.git(git_dir, "log", "-1", "--format=%H %cs").split()
    source = f"{EXECUTIVE}{commit[:12]}/executive.yaml"
    heads = {}
    for f in ("leaders.tsv", "people.tsv"):  # people.tsv wins, as the knowledge base loads them
        heads.update({r["id"]: {o for o in (r.get("offices") or "").split("|") if o.startswith("HOS:USA:")}
                      for r in kb_tsv.rows(os.path.join(KB, f))})
    for r in yaml.safe_load(make_congress.git(git_dir, "show", f"{commit}:executive.yaml")):
        qid, bioguide = r["id"].get("wikidata"), r["id"].get("bioguide")
        for start, end in executive_terms(r["terms"], "prez", listed):
            if not qid:
                print(f"president {bioguide or r['name']['last']} {start}..{end or ''}: no Wikidata id in {source},"
                      f" not compared", file=sys.stderr)
                continue
            # an office that reaches back before 2000 (Bill Clinton's from 1993) starts before the term
            if not any(o.split(":")[2] <= start and o.split(":")[3] == (end or "") for o in heads.get(qid, ())):
                print(f"president {qid} {start}..{end or ''} of {source} differs from leaders.tsv/people.tsv:"
                      f" {sorted(heads.get(qid, ()))}", file=sys.stderr)
        vice = executive_terms(r["terms"], "viceprez", listed)
        if not vice or not qid:
            continue
        p = people.setdefault(qid, {"name": r["name"].get("official_full") or f"{r['name']['first']} {r['name']['last']}",
                                    "country": "USA", "offices": set(), "sources": set(),
                                    "enwiki": r["id"].get("wikipedia") or ""})
        if not p["sources"]:  # no cabinet export names the person: the names are executive.yaml's
            p["names"] = make_congress.names(r["name"], p["enwiki"])
        p["offices"] = {o for o in p["offices"] if not o.startswith("GOV:USA:") or o.split(":", 5)[5] != VICE_PRESIDENT}
        p["offices"] |= {f"GOV:USA:{s}:{e or ''}:{'' if e else listed}:{VICE_PRESIDENT}" for s, e in vice}
        p["executive"] = f"vice presidency: the record of bioguide {bioguide} in {source}"


def main():
    args = sys.argv[1:]
    congress_git = None
    if args[:1] == ["--executive"]:
        congress_git, args = args[1], args[2:]
    wl_git, world_git, cabinet_gits = args[0], args[1], args[2:]
    q2iso = make_leaders.countries()
    leaders = leader_positions(wl_git, world_git)
    known = set()
    for f in ("leaders.tsv", "people.tsv"):
        known.update(r["id"] for r in kb_tsv.rows(os.path.join(KB, f)))
    people, left_out = {}, Counter()
    for git_dir in cabinet_gits:
        cabinet(git_dir, q2iso, leaders, people, left_out)
    if congress_git:
        executive(congress_git, people)
    lines = []
    for pid, p in sorted(people.items(), key=lambda kv: (kv[1]["country"], kv[1]["name"], kv[0])):
        names = p.get("names") or [p["name"]]
        # The English Wikipedia title where it names the person otherwise ("Jim Mattis" for James
        # Mattis; not one with a disambiguation in brackets), initials as the press runs them
        # together ("H.R. McMaster" for "H. R. McMaster"), and the names without letters Unicode
        # does not decompose (make_leaders.UNDECOMPOSED).
        if p["enwiki"] and "(" not in p["enwiki"] and "," not in p["enwiki"] and len(p["enwiki"].split()) > 1:
            names.append(p["enwiki"])
        names += [re.sub(r"\b([A-Z])\. (?=[A-Z]\.)", r"\1.", n) for n in names]
        names += [n.translate(make_leaders.UNDECOMPOSED) for n in names]
        names = list(dict.fromkeys(names))
        merged = " (offices added to the entry of leaders.tsv or people.tsv)" if pid in known else ""
        cited = [f"id and offices: the Wikidata P39 statements exported in {' '.join(sorted(p['sources']))}"] if p["sources"] else []
        if p.get("executive"):
            cited.append(("" if p["sources"] else "id, names and ") + p["executive"])
        lines.append([pid, "PERSON", "person", "", p["country"], "|".join(names), "", "", "", p["enwiki"], "", "",
                      "|".join(sorted(p["offices"], key=lambda o: (o.split(":")[2], o))),
                      f"https://www.wikidata.org/wiki/{pid} ({' ; '.join(cited)}){merged}"])
    # gzip with no name and no time in its header, so that a rerun gives the same bytes; the file is
    # several MB as text (one id source a line), half a MB compressed
    with open(OUT, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as z, \
            io.TextIOWrapper(z, encoding="utf-8", newline="\n") as f:
        f.write("# Generated by newsgraph-kb/scripts/make_officials.py from the every-politician-scrapers"
                " cabinet exports and, for the US vice presidents, executive.yaml of"
                " github.com/unitedstates/congress-legislators (see the script); do not edit by hand.\n")
        f.write("# offices: sector:country:start:end:listed:title, the sector the CAMEO role the office"
                " acts for (GOV government, MIL armed forces, JUD courts, COP police), the title the"
                " position's English label on Wikidata; an office still held at the export has no end and"
                " the export's day as its last listed day. An id of leaders.tsv or people.tsv gains these"
                " offices there; its names stay those of that file.\n")
        f.write("\t".join(make_leaders.COLUMNS) + "\n")
        for l in lines:
            f.write("\t".join(l) + "\n")
    sectors = Counter(o.split(":")[0] for p in people.values() for o in p["offices"])
    print(f"{len(lines)} people ({sum(1 for l in lines if l[0] in known)} of them in leaders.tsv or people.tsv),"
          f" offices by sector {dict(sectors)}, written to {OUT}", file=sys.stderr)
    for why, n in left_out.most_common():
        print(f"left out: {n} statements: {why}", file=sys.stderr)


if __name__ == "__main__":
    main()
