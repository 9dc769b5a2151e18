#!/usr/bin/env python3
"""Builds the bundled leaders.tsv: heads of state and government and foreign ministers with dates.

Nothing in it is typed by hand. Sources (public, Wikidata-derived; not copied into the repository):
  - every-politician-scrapers/world-leaders-2021, data/wikidata.csv in every commit of its history
    (the main branch, to 2022-10-10, and the data-update branch, to 2024-10-23: holders up to 2024):
    a Wikidata SPARQL export of the holders of each state's head-of-state and head-of-government
    offices (P1906/P1313) with the years of their P39 statements. Gives the Wikidata id, the office
    and the years; a source from the branch names it. The person's name comes from the other
    sources where they have one (the branch's labels are Wikidata's of its day, one vandalised).
  - every-politician-scrapers/world, sources/foreign/wikidata.csv in every commit: the Wikidata P39
    statements of the current foreign ministers, with the start date.
  - ../shared/data/events/petrarch2/Phoenix.Countries.actors.txt: leaders with the dates of their
    government roles (YYMMDD). Where it names the same person with a role that starts (or ends) in
    the same year as the Wikidata statement, its exact day replaces the year.
  - open-data-archive/world-leaders-current, data/countries/*/current.json in every commit
    (daily snapshots, 2026, "Wikipedia+Wikidata"): the current heads of state and government of
    about 30 states with the Wikidata id, the day they took office and the Wikipedia titles. A
    holder in the newest snapshot holds the office still; one replaced in a later snapshot held
    it until the successor's first day. Where the Wikidata export contradicts it, it is left out.
  - every-politician-scrapers/<country> cabinet repositories (united-kingdom-cabinet, us-cabinet,
    ukraine-cabinet, ...), html/holders21.csv of the newest commit: a Wikidata SPARQL export of
    every P39 statement with an end in 2000 or later of the state's cabinet offices, with the
    Wikidata id of the holder, the days (or years) of the statement and the English Wikipedia
    title. Its position titles are the ids of wikidata/wanted-positions.csv (and xtra-positions.csv)
    of the same commit; an office counts only where the two exports above name that position id
    as a head of state or government or as the foreign ministry (or html/positions.csv names it
    "Prime Minister of ..." and abolished, as Turkey's in 2018). These give the leaders who left
    office before 2021 (Cameron, May, Poroshenko, Kerry, Abe, ...). A term the Wikidata export
    contradicts (the same person and office with no term starting in that year, before the year of
    the cabinet export) is left out.
A date known only to the year is written as the year ("2019"): the linker then counts only the days
the office was surely held (from the end of the first year to the start of the last), so in a year
of change no holder is chosen by date alone. The day of an export that lists an office as current is
no end of office: such an office ends where the next holder of the same office starts, and stays open
where the sources know no successor (close_open_offices), with the last day a source listed it as a
fifth field of the office (role:country:start::listed): the linker names the holder from a title alone
only up to that day.

Run from the repository root, after `fetch`ing the repositories (a cabinet repository's git
directory is named as `fetch` names it, .../every-politician-scrapers+<name>/repo):
  python3 newsgraph-kb/scripts/make_leaders.py WORLD_LEADERS_GIT_DIR WORLD_GIT_DIR CURRENT_GIT_DIR \
      [CABINET_GIT_DIR ...]
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

import kb_tsv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "..", "shared", "data")
OUT = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "kb", "leaders.tsv")
PEOPLE = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "kb", "people.tsv")
COLUMNS = ["id", "type", "kind", "actor", "country", "names_en", "names_de", "demonyms_en",
           "demonyms_de", "enwiki", "dewiki", "capital", "offices", "source"]

G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
EU = ("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU "
      "SVK SVN ESP SWE")
MIDDLE_EAST = "IRN ISR SAU SYR IRQ TUR EGY JOR LBN ARE QAT KWT BHR OMN YEM PSE"
IN_THE_NEWS = ("RUS UKR SYR AFG PRK VEN BLR LBY SDN SSD ETH MMR ARM AZE GEO MDA SRB KSV PAK NGA MLI "
               "SOM CUB NOR CHE DZA TUN ZWE COL PER CHL")
TARGET = set((G20 + " " + EU + " " + MIDDLE_EAST + " " + IN_THE_NEWS).split())

# Office labels of the Wikidata export, read as the linker's roles. Order matters: the first match wins.
ROLES = [
    (re.compile(r"supreme leader", re.I), "SL"),
    (re.compile(r"prime minister|chancellor of|premier|chairman of the council of ministers|"
                r"president of the government|head of government|taoiseach|^chancellor$", re.I), "HOG"),
    (re.compile(r"president|king|queen|monarch|emperor|emir|amir|sultan|supreme leader|chairman of the "
                r"state affairs|head of state|grand duke|captain regent|co-prince|pope|sovereign|"
                r"yang di-pertuan", re.I), "HOS"),
]
FOREIGN = re.compile(r"foreign|external|exterior|international relations|^United States Secretary of State$", re.I)
# A cabinet export's own title of its foreign ministry, under any of its names ("Minister of Foreign
# Affairs and Cooperation"); not a deputy, a minister of state or a trade or aid minister.
CABINET_FOREIGN = re.compile(r"(Minister|Secretary) (of|for) (Foreign|External) Affairs\b(?! of)(?!.*\b(Deputy|State|Trade)\b)", re.I)
WL_REPO = "https://github.com/every-politician-scrapers/world-leaders-2021"
# The export's main branch stops at 2022-10-10; this branch goes on (2024-10-23: holders up to 2024).
WL_BRANCH = "data-update"
WORLD_REPO = "https://github.com/every-politician-scrapers/world"
CURRENT_REPO = "https://github.com/open-data-archive/world-leaders-current"


def git_versions(git_dir, path, refs=("HEAD",)):
    """(commit, day, text) of every version of path in the history of refs, newest first."""
    log = subprocess.run(["git", "--git-dir", git_dir, "log", "--format=%H %cs", *refs, "--", path],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    for line in log:
        c, day = line.split()
        show = subprocess.run(["git", "--git-dir", git_dir, "show", f"{c}:{path}"],
                              capture_output=True, text=True)
        if show.returncode == 0:
            yield c, day, show.stdout


def branch_commits(git_dir, branch):
    """The commits of branch that the repository's main line (HEAD) lacks: a source names the branch."""
    found = subprocess.run(["git", "--git-dir", git_dir, "rev-list", f"HEAD..{branch}"],
                           capture_output=True, text=True)
    if found.returncode != 0:
        sys.exit(f"{git_dir}: no branch {branch} (fetch the repository again)")
    return set(found.stdout.split())


def country_rows():
    """The rows of the shared countries.tsv, each with its code as the KB writes it (Kosovo KSV)."""
    rows = kb_tsv.rows(os.path.join(SHARED, "kb", "countries.tsv"))
    for r in rows:
        r["code"] = "KSV" if r["iso3"] == "XKX" else r["iso3"]
    return rows


def countries():
    return {r["wikidata"]: r["code"] for r in country_rows()}


def country_names():
    """English name of countries.tsv -> ISO code."""
    return {r["name"]: r["code"] for r in country_rows()}


def state(q2iso, names, cid, label):
    """The ISO code of an export's country. Where its Wikidata id is not the one countries.tsv gives
    (the exports name the Netherlands Q55, countries.tsv the Kingdom, Q29999), the export's English
    label names it; the id is then learnt, so that the cabinet exports' positions.csv reads it too."""
    iso = q2iso.get(cid or "")
    if not iso and cid and names.get(label or ""):
        iso = q2iso[cid] = names[label]
    return iso


def key(name):
    s = unicodedata.normalize("NFD", name.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


PHOENIX_TITLES = re.compile(r"\b(PRESIDENT|MINISTER|PREMIER|CHANCELLOR|KING|LEADER|GENERAL|SECRETARY|"
                            r"CHAIRMAN|SPEAKER|SENATOR|SEN|GOVERNOR|GOV|GEN|US|MR|DR|SHEIKH|AYATOLLAH|FORMER|ACTING|DEPUTY|VICE|AMBASSADOR|GOVERNMENT|"
                            r"REGIME|ADMINISTRATION|FORCES|ARMY|PARTY|FAMILY|SUPPORTERS|LOYALISTS|SPOKESMAN|"
                            r"OFFICE|CABINET|CAMP|ALLIES)\b|'|^(AL|EL) ")


def phoenix_aliases():
    """Normalised name -> the other names of its entry in Phoenix.Countries.actors.txt, titles left out."""
    path = os.path.join(SHARED, "events", "petrarch2", "Phoenix.Countries.actors.txt")
    blocks, block = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            text = line.split("#", 1)[0].rstrip()
            if not text.strip() or text[0].isspace():
                continue
            name = text.lstrip("+").replace("_", " ").strip()
            if not text.startswith("+"):
                block = []
                blocks.append(block)
            if block is not None and len(name.split()) > 1 and not PHOENIX_TITLES.search(name.upper()):
                block.append(name.title())
    aliases = {}
    for b in blocks:
        for n in b:
            aliases.setdefault(key(n), set()).update(b)
    return aliases


def phoenix():
    """Normalised name -> [(code, start, end)] of the dated roles in Phoenix.Countries.actors.txt."""
    path = os.path.join(SHARED, "events", "petrarch2", "Phoenix.Countries.actors.txt")
    roles = {}
    names = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("\t") or line.startswith(" "):
                m = re.match(r"\s*\[(\w+)\s+([<>]?)\s*(\d{6}|\d{8})?(?:\s*-\s*(\d{6}|\d{8}))?\]", line)
                if m and m.group(3):
                    code, op, a, b = m.groups()
                    start, end = (None, date6(a)) if op == "<" else (date6(a), date6(b) if b else None)
                    if op == ">":
                        start, end = date6(a), None
                    for n in names:
                        roles.setdefault(n, []).append((code, start, end))
                continue
            name = key(line.lstrip("+").replace("_", " "))
            names = [name] if not line.startswith("+") else names + [name]
    return roles


def date6(s):
    if len(s) == 8:
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    yy, mm, dd = int(s[:2]), s[2:4], s[4:6]
    return f"{1900 + yy if yy > 40 else 2000 + yy}-{mm}-{dd}"


def exact(year, person, iso, phoenix_roles, which):
    """The Phoenix day for a Wikidata year, when Phoenix has the same person's role in that year."""
    if not year:
        return None
    days = set()
    for code, start, end in phoenix_roles.get(key(person), []):
        if not code.startswith(iso):
            continue
        d = start if which == "start" else end
        if d and d[:4] == year:
            days.add(d)
    return days.pop() if len(days) == 1 else None


# The British monarch is also head of state of other realms, but acts for the United Kingdom.
OTHER_REALMS = re.compile(r"monarch of (Australia|Canada|New Zealand)", re.I)


# Offices of a rival or exiled government, which Wikidata files under the state itself: a title
# ("Myanmar's foreign minister") names the office of the government in power, not theirs.
RIVAL_GOVERNMENTS = {
    # Foreign minister of the National Unity Government formed against the junta on 2021-04-16:
    # https://www.irrawaddy.com/news/burma/myanmar-junta-just-buying-time-nug-foreign-minister.html
    ("Q17985658", "FM", "MMR"),
    # Prime ministers of the Tripoli-based government of the General National Congress, disputed by Abdullah
    # al-Thani's and then Fayez al-Sarraj's: Omar al-Hasi (2014-2015) and Khalifa al-Ghawil (2015-2016, 2016-2017)
    # (https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Khalifa_al-Ghawi)
    ("Q17613400", "HOG", "LBY"),
    ("Q19745310", "HOG", "LBY"),
}

# A vacant presidency whose powers the cabinet held, filed by Wikidata (and the lebanon cabinet export)
# as a presidency of the prime minister: the office was vacant, so a title ("Lebanon's president")
# names no one then, and the prime minister keeps his own office.
VACANT_PRESIDENCIES = {
    # Fouad Siniora, 2007-11-24 to 2008-05-25: "his Cabinet was assuming executive powers in the absence
    # of a president" (https://www.eurasia.ro/2007/11/25/siniora-assures-lebanese-cabinet-takes-powers/)
    ("Q314263", "HOS", "LBN"),
    # Tammam Salam, 2014-05-25 to 2016-10-31: Michel Aoun's election ended "a 29-month vacuum since Michel
    # Suleiman stepped down in May 2014" (https://lfwp.net/dw/en/lebanons-parliament-elects-ex-general-michel-aoun-president/a-36211650)
    ("Q3514836", "HOS", "LBN"),
}


def role_of(label):
    if OTHER_REALMS.search(label):
        return None
    for pattern, role in ROLES:
        if pattern.search(label):
            return role
    return None


def main():
    wl_git, world_git, current_git, cabinet_gits = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    q2iso = countries()
    names = country_names()
    ph = phoenix()
    hand = set()
    hand_lines = []  # the rows of people.tsv: their offices also succeed the generated ones
    with open(PEOPLE, encoding="utf-8") as f:
        for line in f:
            if re.match(r"Q\d+\t", line):
                hand.add(line.split("\t", 1)[0])
                hand_lines.append(line.rstrip("\n").split("\t"))
    people = {}  # id -> {"name", "country", "offices": {(role, iso, start, end): day}, "sources": {url: day}}
    dropped = []

    seen = {}  # (id, role, country, start) -> the newest export day that lists the office open

    def add(pid, name, iso, role, start, end, source, day):
        if (pid, role, iso) in RIVAL_GOVERNMENTS or (pid, role, iso) in VACANT_PRESIDENCIES:
            what = "an office of a rival government" if (pid, role, iso) in RIVAL_GOVERNMENTS else "a vacancy"
            why = (pid, name, f"{role}:{iso} since {start}: {what}")
            if why not in dropped:
                dropped.append(why)
            return
        p = people.setdefault(pid, {"name": name, "country": iso, "offices": {}, "sources": {}})
        p["name"] = p["name"] or name
        o = (role, iso, start, end)
        p["offices"][o] = max(p["offices"].get(o, ""), day)
        p["sources"][source] = max(p["sources"].get(source, ""), day)
        if not end:
            k = (pid, role, iso, start)
            seen[k] = max(seen.get(k, ""), day)

    labels_seen = {}
    newest_open = {}  # (role, country) -> the holders the newest export lists as in office, and its day
    positions = {}  # Wikidata position id -> {(role, country)} as the exports read it
    wl_terms = {}  # (id, role, country) -> {(start year, end year)} of the Wikidata export
    world_fm = set()  # (id, country, position id, start) of the foreign-minister export
    on_branch = branch_commits(wl_git, WL_BRANCH)
    branch_names = {}  # id -> the branch's label, used only where no other source names the person
    for n, (commit, day, text) in enumerate(git_versions(wl_git, "data/wikidata.csv", ("HEAD", WL_BRANCH))):
        wl_source = f"{WL_REPO}/blob/{commit[:12]}/data/wikidata.csv" + (
            f" (branch {WL_BRANCH}, {day})" if commit in on_branch else "")
        for r in csv.DictReader(io.StringIO(text)):
            cid = r.get("country") if (r.get("country") or "").startswith("Q") else r.get("countryid")
            iso = state(q2iso, names, cid, r.get("country") if cid == r.get("countryid") else "")
            label = r.get("positionLabel") or r.get("positionItemLabel") or ""
            pid = r.get("officeholder")
            name = r.get("officeholderLabel") or r.get("officeholderItemLabel") or ""
            role = role_of(label)
            if role and (r.get("position") or "").startswith("Q"):
                # The state as the export names it may be a former one (the Islamic Republic of
                # Afghanistan); the cabinet repository's positions.csv then gives the country.
                positions.setdefault(r["position"], set()).add((role, iso))
            if not iso or iso not in TARGET or not pid or not pid.startswith("Q"):
                continue
            labels_seen.setdefault(label, role)
            if role is None:
                continue
            if commit in on_branch:
                # Its labels are Wikidata's of 2024 as they were (one was vandalised): the names of
                # the main line and of the other sources stay.
                branch_names.setdefault(pid, name)
                name = ""
            add(pid, name, iso, role, r.get("start_year") or "", r.get("end_year") or "", wl_source, day)
            wl_terms.setdefault((pid, role, iso), set()).add((r.get("start_year") or "", r.get("end_year") or ""))
            if n == 0 and not r.get("end_year"):
                newest_open.setdefault((role, iso), (day, set()))[1].add(pid)
    for commit, day, text in git_versions(world_git, "sources/foreign/wikidata.csv"):
        for r in csv.DictReader(io.StringIO(text)):
            iso = state(q2iso, names, r.get("country"), r.get("countryLabel"))
            pid = r.get("person") or ""
            if not FOREIGN.search(r.get("positionLabel") or ""):
                continue
            if (r.get("position") or "").startswith("Q"):
                positions.setdefault(r["position"], set()).add(("FM", iso))
            if not iso or iso not in TARGET or not pid.startswith("Q") or not r.get("start"):
                continue
            add(pid, r.get("name") or r.get("personLabel") or "", iso, "FM", r["start"], "",
                f"{WORLD_REPO}/blob/{commit[:12]}/sources/foreign/wikidata.csv", day)
            world_fm.add((pid, iso, r.get("position") or "", r["start"]))

    listed = {}  # position id -> (holders a cabinet export lists, the export's day)
    for git_dir in cabinet_gits:
        listed.update(cabinet_offices(git_dir, q2iso, positions, wl_terms, people, add, dropped))
    # A foreign minister the cabinet export of the same position does not list at all, though the
    # term began before that export: the sources disagree.
    for pid, iso, pos, start in sorted(world_fm):
        holders, day = listed.get(pos, (None, ""))
        if holders is not None and pid not in holders and start < day:
            p = people[pid]
            for o in [o for o in p["offices"] if o[:3] == ("FM", iso, start)]:
                del p["offices"][o]
            dropped.append((pid, p["name"], f"FM:{iso} since {start}: not among the holders of {pos} in the"
                            f" cabinet export of {day}"))
    current_offices(current_git, q2iso, people, add, newest_open, dropped)
    curated = curated_terms(people, add)
    for pid, p in people.items():
        p["name"] = p["name"] or branch_names.get(pid, "")

    # One office per (role, country, start): a later export that gives the end year wins over an
    # earlier one that gave none; Phoenix days replace years where it agrees.
    lines = []
    for pid, p in sorted(people.items(), key=lambda kv: (kv[1]["country"], kv[1]["name"])):
        if pid in hand:
            continue
        if not p["name"]:
            dropped.append((pid, "", "no name in the exports"))
            continue
        # A curated term with an end replaces every export term of the same person in the same
        # office that shares a day with it: its days come with a dated source, an export's may be
        # another event's (a designation, the day a statement was entered). An export term listed
        # open reaches to the last day it was listed (Win Myint's presidency, which Wikidata left
        # open after the coup, ends with the curated term). A curated term without an end is merged
        # as before: an export that lists it held later knows more of it.
        def replaced(role, iso, start, end):
            terms = curated.get((pid, role, iso), ())
            reach = seen.get((pid, role, iso, start), "") if end == "" else end
            return (start, end) not in terms and any(
                overlap(start, "" if reach == "open" else reach, cs, ce) for cs, ce in terms)
        offices = {o: day for o, day in p["offices"].items() if not replaced(*o)}
        # Of the ends given for one start: an office a current snapshot lists open, else an exact
        # day, else the newest export's end, else none.
        merged, rank = {}, {}
        for (role, iso, start, end), day in offices.items():
            k = (role, iso, start)
            r = (end == "open", len(end) == 10, bool(end), day, end)
            if k not in rank or r > rank[k]:
                merged[k], rank[k] = end, r
        exact_starts = {(r, i, st[:4]) for (r, i, st) in merged if len(st) == 10}
        for (r, i, st) in list(merged):
            if len(st) == 4 and (r, i, st) in exact_starts:
                # The same term known to the day: a later export that still lists it open extends it.
                for k in [k for k in merged if k[:2] == (r, i) and len(k[2]) == 10 and k[2][:4] == st]:
                    if not merged[k] and not merged[(r, i, st)]:
                        seen[(pid, r, i, k[2])] = max(seen[(pid, r, i, k[2])], seen[(pid, r, i, st)])
                del merged[(r, i, st)]
        if any(r == "HOS" and i == "GBR" for (r, i, _) in merged):
            for k in [k for k in merged if k[0] == "HOS" and k[1] in ("AUS", "CAN", "NZL")]:
                del merged[k]
        offices = []
        phoenix_days = False
        for (role, iso, start), end in sorted(merged.items(), key=lambda kv: kv[0][2]):
            if end == "open":
                end = ""
            elif not end:
                # Listed as current by every export that lists it: the export's day is no end of
                # office. Marked with the newest such day; close_open_offices ends it at the
                # successor's start.
                end = "~" + seen[(pid, role, iso, start)]
            if not start:
                dropped.append((pid, p["name"], "office without a start"))
                continue
            if len(start) == 4 and exact(start, p["name"], iso, ph, "start"):
                start, phoenix_days = exact(start, p["name"], iso, ph, "start"), True
            if len(end) == 4 and exact(end, p["name"], iso, ph, "end"):
                end, phoenix_days = exact(end, p["name"], iso, ph, "end"), True
            offices.append(f"{role}:{iso}:{start[:10]}:{end[:11] if end.startswith('~') else end[:10]}")
        if not offices:
            continue
        names_de = p["name"] if p.get("de", p["name"]) == p["name"] else p["de"] + "|" + p["name"]
        lines.append([pid, "PERSON", "person", "", p["country"], p["name"], names_de, "", "",
                      p.get("enwiki", ""), p.get("dewiki", ""),
                      "", "|".join(offices),
                      f"https://www.wikidata.org/wiki/{pid} (id and offices: "
                      + " ; ".join(newest_per_repository(p["sources"]))
                      + (" ; exact days: shared/data/events/petrarch2/Phoenix.Countries.actors.txt"
                         if phoenix_days else "")
                      + ")"])
    add_aliases(lines)
    add_ascii_spellings(lines)
    aliases = phoenix_aliases()
    for l in lines:
        found = sorted(aliases.get(key(l[5].split("|")[0]), set()) - set(l[5].split("|")))
        # Only where the person also has a dated Phoenix role in the same state: the same person.
        if found and any(c.startswith(l[4]) for c, _, _ in ph.get(key(l[5].split("|")[0]), [])):
            l[5] = "|".join(l[5].split("|") + [n for n in found if key(n) not in {key(x) for x in l[5].split("|")}])
            l[13] = l[13][:-1] + " ; aliases: shared/data/events/petrarch2/Phoenix.Countries.actors.txt)"
    close_open_offices(lines, hand_lines)
    for l in lines:
        l[12] = "|".join(merge_overlaps(l[12].split("|")))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by newsgraph-kb/scripts/make_leaders.py from Wikidata exports of"
                " EveryPolitician (see the script); do not edit by hand.\n")
        f.write("# offices: role:country:start:end (HOS head of state, HOG head of government, FM"
                " foreign minister, SL supreme leader); a date given as a year is known to the"
                " year only, and the office counts as held from the end of its first year to the"
                " start of its last. An office the sources list as held ends where the next holder"
                " of the same office starts; with no successor in the sources it is left open, and"
                " a fifth field gives the last day a source listed it as held"
                " (role:country:start::listed): a title alone (\"the Turkish foreign minister\")"
                " names the holder only up to that day, the person's own name on any day.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for l in lines:
            f.write("\t".join(l) + "\n")
    print(f"{len(lines)} people written to {OUT}", file=sys.stderr)
    for d in dropped:
        print("dropped", *d, file=sys.stderr)
    unknown = sorted(l for l, r in labels_seen.items() if r is None)
    print("office labels not read as a role:", "; ".join(unknown), file=sys.stderr)


def current_offices(git_dir, q2iso, people, add, newest_open, dropped):
    """Offices from the daily snapshots of world-leaders-current, with their first and last days.
    An office the Wikidata export contradicts (it lists someone else in office after the day this
    source says the term began) is left out: the sources disagree."""
    iso2 = {r["iso2"]: r["code"] for r in country_rows()}
    log = subprocess.run(["git", "--git-dir", git_dir, "log", "--format=%H"],
                         capture_output=True, text=True, check=True).stdout.split()
    holders = {}  # (iso, role) -> {(id, since): (holder, commit)}
    newest = {}  # (iso, role) -> {(id, since)} in the newest snapshot
    for n, commit in enumerate(log):  # newest first
        files = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit,
                                "data/countries/"], capture_output=True, text=True).stdout.split()
        for d in files:
            show = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{d}/current.json"],
                                  capture_output=True, text=True)
            if show.returncode != 0:
                continue
            try:
                data = json.loads(show.stdout)
            except ValueError:
                continue
            iso = iso2.get((data.get("country") or {}).get("iso_code") or "")
            if not iso or iso not in TARGET:
                continue
            for pos in (data.get("positions") or {}).values():
                h = pos.get("current_holder") or {}
                pid, since = h.get("wikidata_id") or "", h.get("since") or ""
                role = role_of(pos.get("title_en") or "")
                if not pid.startswith("Q") or not re.match(r"\d{4}-\d\d-\d\d$", since) or not role:
                    continue
                holders.setdefault((iso, role), {}).setdefault((pid, since), (h, commit))
                if n == 0:
                    newest.setdefault((iso, role), set()).add((pid, since))
    for (iso, role), seen in holders.items():
        terms = sorted(seen.items(), key=lambda kv: kv[0][1])
        for i, ((pid, since), (h, commit)) in enumerate(terms):
            following = [s for (p, s), _ in terms[i + 1:] if p != pid]
            if following:
                end = following[0]
            elif (pid, since) in newest.get((iso, role), set()):
                end = "open"
            else:
                continue
            export_day, in_office = newest_open.get((role, iso), ("", set()))
            if since < export_day and pid not in in_office:
                dropped.append((pid, h.get("name_en"), f"{role}:{iso} since {since} contradicted by the"
                                f" Wikidata export of {export_day} ({', '.join(sorted(in_office))})"))
                continue
            add(pid, h.get("name_en") or "", iso, role, since, end,
                f"{CURRENT_REPO}/blob/{commit[:12]}/data/countries", "")
            p = people[pid]
            de = h.get("wikipedia_local") or ""
            p["enwiki"] = title(h.get("wikipedia_en") or "") or p.get("enwiki", "")
            if "de.wikipedia.org" in de:
                p["dewiki"] = title(de)
                if h.get("name_local"):
                    p["de"] = h["name_local"]


def curated_terms(people, add):
    """Terms from src/kb/leader-terms.tsv: offices no export carries, each line with the public
    sources of its id and of its days. An empty end is an office still held (up to listed_until
    where given). Returns the terms with an end: (id, role, country) -> [(start, end)]."""
    rows = kb_tsv.rows(os.path.join(ROOT, "src", "kb", "leader-terms.tsv"))
    ended = {}
    for r in rows:
        # An empty end is held to the present, or, with listed_until, as far as the sources show:
        # then the term counts as listed open up to that day, as an export's would.
        listed = r.get("listed_until") or ""
        add(r["id"], r["name_en"], r["country"], r["role"], r["start"], r["end"] or ("" if listed else "open"),
            f"id: {r['id_source']} ; days: {r['dates_source']}", listed)
        p = people[r["id"]]
        p["enwiki"] = p.get("enwiki") or r["enwiki"]
        if r["name_de"] != r["name_en"]:
            p["de"] = r["name_de"]
        if r["end"]:
            ended.setdefault((r["id"], r["role"], r["country"]), []).append((r["start"], r["end"]))
    return ended


def overlap(start, end, other_start, other_end):
    """Whether two terms share a day; an empty end is open. Dates compare at the precision both
    have, and a year shares days with every day in it; a term ending on the day another starts
    (a handover, a reappointment) shares none."""
    def before(a, b):
        n = min(len(a), len(b))
        return a[:n] < b[:n] if len(a) == len(b) else a[:n] <= b[:n]
    return (not other_end or before(start, other_end)) and (not end or before(other_start, end))


def newest_per_repository(sources):
    """The newest cited version of each source repository, as URLs."""
    newest = {}
    for url, day in sources.items():
        repo = url.split("/blob/")[0]
        if repo not in newest or (day, url) > newest[repo]:
            newest[repo] = (day, url)
    return [url for _, url in sorted(newest.values(), key=lambda du: du[1])]


def cabinet_offices(git_dir, q2iso, positions, wl_terms, people, add, dropped):
    """Offices from html/holders21.csv of the newest commit of one EveryPolitician cabinet repository.
    A position counts where the world-leaders and foreign-minister exports give it one role in one
    country; an abolished "Prime Minister of ..." (html/positions.csv) counts as head of government.
    Where the Wikidata export lists the same person in the same office with a term that this file
    does not have (none starting in its first year, or none ending in its last), the sources
    disagree and this file's terms of that office are left out."""
    name = os.path.basename(os.path.dirname(os.path.abspath(git_dir))).split("+", 1)[-1]
    repo = f"https://github.com/every-politician-scrapers/{name}"
    found = next(git_versions(git_dir, "html/holders21.csv"), None)
    if found is None:
        print(f"{git_dir}: no html/holders21.csv", file=sys.stderr)
        return {}
    commit, day, text = found
    listed = {}

    def table(path):
        show = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                              capture_output=True, text=True)
        return list(csv.DictReader(io.StringIO(show.stdout))) if show.returncode == 0 else []

    ids = {}  # title -> {position id}
    for r in table("wikidata/wanted-positions.csv") + table("wikidata/xtra-positions.csv"):
        ids.setdefault(r.get("title") or "", set()).add(r.get("position") or "")
    roles = {}  # position id -> (role, country)
    country = {}  # position id -> country, as positions.csv gives it
    for r in table("html/positions.csv"):
        iso = q2iso.get(r.get("country") or "")
        country[r.get("id")] = iso
        if iso and r.get("end") and re.fullmatch(r"Prime Minister of [A-Z][\w ]+", r.get("position") or ""):
            roles[r["id"]] = ("HOG", iso)
        elif iso and CABINET_FOREIGN.match(r.get("position") or ""):
            # A foreign ministry under an earlier name ("... and Cooperation"): the current
            # foreign-minister export names only the position of today.
            roles[r["id"]] = ("FM", iso)
    for pos, read in positions.items():
        kinds = {role for role, _ in read}
        states = {iso for _, iso in read if iso} or {country.get(pos)} - {None}
        if len(kinds) == 1 and len(states) == 1:
            roles[pos] = (kinds.pop(), states.pop())
    held = {}  # (id, role, country) -> [(row, start, end)]
    for r in csv.DictReader(io.StringIO(text)):
        pos = ids.get(r.get("position") or "", set())
        pid, start, end = r.get("personID") or "", r.get("start") or "", r.get("end") or ""
        if len(pos) != 1 or next(iter(pos)) not in roles or not pid.startswith("Q"):
            continue
        role, iso = roles[next(iter(pos))]
        listed.setdefault(next(iter(pos)), (set(), day))[0].add(pid)
        if iso not in TARGET:
            continue
        # Days, or years where Wikidata has only the year or month.
        start, end = (d if re.fullmatch(r"\d{4}-\d\d-\d\d", d) else d[:4] for d in (start, end))
        if not re.fullmatch(r"\d{4}(-\d\d-\d\d)?", start) or (end and not re.fullmatch(r"\d{4}(-\d\d-\d\d)?", end)):
            continue
        held.setdefault((pid, role, iso), []).append((r, start, end))
    for (pid, role, iso), terms in held.items():
        # Statements with one start and several ends (one per cabinet, say) together say the
        # longest: open where one is open.
        longest = {}
        for r, s, e in terms:
            if s not in longest or (longest[s][2] and (not e or e > longest[s][2])):
                longest[s] = (r, s, e)
        terms = [longest[s] for s in sorted(longest)]
        starts = {s[:4] for _, s, _ in terms}
        ends = {e[:4] for _, _, e in terms if e}
        # A term of the Wikidata export that starts in this file's year or later is no
        # contradiction: the file is older (the export's data-update branch goes on to 2024).
        missing = [(s, e) for s, e in sorted(wl_terms.get((pid, role, iso), ()))
                   if s < day[:4] and (s not in starts or (e and e not in ends and not (
                       e >= day[:4] and any(not t for _, _, t in terms))))]
        if missing:
            dropped.append((pid, terms[0][0].get("person"), f"{role}:{iso} of {repo}: the Wikidata export's"
                            f" terms {missing} are not among its terms {sorted((s, e) for _, s, e in terms)}"))
            continue
        for r, start, end in terms:
            add(pid, r.get("person") or "", iso, role, start, end,
                f"{repo}/blob/{commit[:12]}/html/holders21.csv", day)
            if r.get("enwiki") and not people[pid].get("enwiki"):
                people[pid]["enwiki"] = r["enwiki"]
    return listed


def title(url):
    from urllib.parse import unquote
    return unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ") if "/wiki/" in url else ""


def add_aliases(lines):
    """Spellings from src/kb/leader-aliases.tsv added to the names of the people it lists."""
    rows = kb_tsv.rows(os.path.join(ROOT, "src", "kb", "leader-aliases.tsv"))
    extra = {r["id"]: r for r in rows}
    for l in lines:
        r = extra.get(l[0])
        if r:
            for col, key in ((5, "names_en"), (6, "names_de")):
                names = l[col].split("|")
                names += [n for n in r[key].split("|") if n and n not in names]
                l[col] = "|".join(names)


# Letters that Unicode does not decompose into a base letter and a mark, as the press writes them
# without the diacritic: "Binali Yildirim" for Yıldırım, "Jonas Gahr Store" for Støre.
UNDECOMPOSED = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def add_ascii_spellings(lines):
    """Each English name with such a letter gains its spelling without it."""
    for l in lines:
        names = l[5].split("|")
        names += [n.translate(UNDECOMPOSED) for n in names if n.translate(UNDECOMPOSED) not in names]
        l[5] = "|".join(names)


def merge_overlaps(offices):
    """Two statements of one term (starts a day apart, say) become one office."""
    out = []
    for o in sorted(offices, key=lambda o: (o.split(":")[0], o.split(":")[1], o.split(":")[2])):
        role, iso, start, end, *listed = o.split(":")
        if out:
            r0, i0, s0, e0, *listed0 = out[-1].split(":")
            if (r0, i0) == (role, iso) and (not e0 or start[:len(e0)] <= e0):
                # Open where a term is known to be held still; else the real end where one reaches
                # past every listing day of an open term (a curated end after an export's last
                # listing); else open, confirmed up to the latest day either term shows.
                still = (not e0 and not any(listed0)) or (not end and not any(listed))
                listed_days = [d for d in listed0 + listed if d]
                ends = [d for d in (e0, end) if d]
                if still:
                    merged = ""
                elif not listed_days or (ends and max(ends) >= max(listed_days)):
                    merged = max(ends)
                else:
                    merged = ":" + max(listed_days + ends)
                out[-1] = f"{r0}:{i0}:{s0}:{merged}"
                continue
        out.append(o)
    return out


# Offices held for one calendar year by law: a holder with no end in the sources held it to that
# year's end, never to the next known holder (the President of the Swiss Confederation, whom the
# data-update branch files as head of state, would otherwise run on over a missing year).
ONE_YEAR_OFFICES = {
    ("HOS", "CHE"): "Swiss Federal Constitution art. 176(2): elected for a term of office of one year"
                    " (https://droit-bilingue.ch/en-rm/1/10/101-176-210.html)",
}


def close_open_offices(lines, hand_lines):
    """An office the exports list as current (its end marked "~" and the newest day that lists it)
    ends when the next holder of the same office in the same state starts. A successor known to
    the year only ends it on that listing day where it falls in that year, else in that year. With
    no successor in the sources it stays open: the caveat is that a holder who left office without
    a successor in the sources counts as holding it still."""
    starts = {}  # (role, country) -> [(start, id)]
    for l in lines + hand_lines:
        for o in filter(None, l[12].split("|")):
            role, iso, start, end = o.split(":")
            starts.setdefault((role, iso), []).append((start, l[0]))
    for l in lines:
        offices = []
        for o in l[12].split("|"):
            role, iso, start, end = o.split(":")
            if end.startswith("~"):
                listed = end[1:]
                # Later at the precision both dates have: a successor known to the day is not later
                # than a start known to the year only, in that year (the order is unknown).
                later = sorted(s for s, pid in starts[(role, iso)]
                               if s[:len(start)] > start[:len(s)] and pid != l[0])
                if not later:
                    # Left open for the person's name; a title alone names them only up to the
                    # listing day (the fifth field), since who held the office after it is unknown.
                    end = "::" + listed
                    l[13] = l[13][:-1] + (f" ; {role}:{iso} listed as held up to {listed}, the newest"
                                          " source; left open, no successor known)")
                elif len(later[0]) == 4 and listed[:4] == later[0]:
                    end = listed
                else:
                    end = later[0]
                if end.startswith(":") or end[:4] > listed[:4]:
                    # Unobserved from the listing day on: a holder in between may be missing.
                    print("unobserved", l[0], l[5].split("|")[0], f"{role}:{iso}:{start}: listed up to"
                          f" {listed}, " + ("no successor known" if end.startswith(":") else f"next holder from {end}"),
                          file=sys.stderr)
            if (role, iso) in ONE_YEAR_OFFICES and (not end or end.startswith(":") or end[:4] > start[:4]):
                end = start[:4] + "-12-31"
            offices.append(f"{role}:{iso}:{start}:{end[1:] if end.startswith(':') else end}")
        l[12] = "|".join(offices)

if __name__ == "__main__":
    main()
