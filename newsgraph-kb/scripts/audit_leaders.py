#!/usr/bin/env python3
"""Audits the knowledge base's coverage of leaders: for each state the KB must cover, the periods
from 2014-01-01 to today in which it holds no head of state (HOS), head of government (HOG) or
foreign minister (FM).

Offices are read as the header of leaders.tsv describes them (and as org.newsgraph.kb.Office reads
them): role:country:start:end[:listed], an empty end is open, a date given as a year counts from the
end of its first year to the start of its last. An open office with a last listed day counts up to that
day only, as the linker resolves a title to it (--open counts it to today, as a name mention links).
people.tsv is read too (the linker loads both, people.tsv last); --leaders-only audits leaders.tsv alone.

--stale lists instead every office that is open (no end) while a later holder of the same office in
the same state has a start: a term that has ended but is shown as current. It reads every bundled file
of people, merged by id as the knowledge base loads them (leaders.tsv, people.tsv winning, then the
offices of officials.tsv.gz and congress.tsv). The same office is the role and state for a leader's
(HOS, HOG, FM, SG, SL), the sector, state and title for an official's; a seat in Congress is left out
(each state has two senators). A position several people hold at once (deputy prime ministers,
ambassadors the export files under one title) is marked "several": two of its holders start on one
day, or two of its closed terms overlap by more than a day; a later holder there need not be a
successor. A later start known to the year only, in the year the open office starts (or the reverse),
does not count (the order is unknown).

Run from the repository root:
  python3 newsgraph-kb/scripts/audit_leaders.py [--leaders-only] [--open] [--summary] [--stale]
Prints one line per gap (or stale office), then the counts; exits 0 (an audit, not a check).
"""
import datetime
import os
import sys

import kb_tsv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KB = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "kb")
SINCE = datetime.date(2014, 1, 1)

# The states issue 8 requires, by group (ISO 3166 alpha-3, Kosovo KSV as in the CAMEO dictionaries).
GROUPS = {
    # The G20's member states (the EU, its 20th member, is covered by its member states below).
    "G20": "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA",
    # The 27 member states of the European Union.
    "EU": ("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
           "ROU SVK SVN ESP SWE"),
    # The Middle East: the states of the Gulf, the Levant, Iran, Iraq, Turkey, Egypt and Yemen.
    "Middle East": "IRN ISR SAU SYR IRQ TUR EGY JOR LBN ARE QAT KWT BHR OMN YEM PSE",
    # States at war, in civil war or under sanctions in the last decade (Ukraine, Syria, Libya, Sudan,
    # Sahel, Caucasus, Balkans, Myanmar, Venezuela, North Korea ...), and states often in the
    # news as mediators or hosts of talks (Norway, Switzerland) or for crises (Zimbabwe, Peru).
    "In the news": ("RUS UKR SYR AFG PRK VEN BLR LBY SDN SSD ETH MMR ARM AZE GEO MDA SRB KSV PAK NGA "
                    "MLI SOM CUB NOR CHE DZA TUN ZWE COL PER CHL"),
}
REQUIRED = sorted({iso for states in GROUPS.values() for iso in states.split()})

# States whose head of state heads the government: Wikidata gives one office as both head of state
# (P1906) and head of government (P1313), so the world-leaders-2021 export of 2022-10-10
# (https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952/data/wikidata.csv)
# lists no separate head-of-government office for them. Switzerland's government is the Federal
# Council as a body (same export: "Member of the Swiss Federal Council"). Their HOG is not audited.
NO_SEPARATE_HOG = set("ARG BRA CHE CHL COL CYP IDN IRN KOR MEX MMR NGA OMN PER SSD USA VEN ZAF ZWE".split())
# Head-of-government offices abolished within the audited years: Turkey's Prime Minister until
# 2018-07-09 (html/positions.csv of
# https://github.com/every-politician-scrapers/turkey-ministers/blob/288fbd45ee3f/html/positions.csv).
HOG_UNTIL = {"TUR": datetime.date(2018, 7, 9)}
# Head-of-government offices created within the audited years: Afghanistan's Islamic Republic (2004-2021)
# had none, its president was both head of state and of government (CIA World Factbook 2007,
# https://bitlit.ru/page/en/united-states-central-intelligence-agency/the-2007-cia-world-factbook/66:
# "the president is both the chief of state and head of government"); its constitution ended with the
# Taliban takeover of 2021-08-15 (https://en.wikipedia.org/wiki/2004_Constitution_of_Afghanistan).
HOG_FROM = {"AFG": datetime.date(2021, 8, 15)}
# States with no single head of state: Switzerland's is the seven-member Federal Council as a body, its
# yearly President of the Confederation only first among equals ("Il sistema governativo sviz. non
# conosce la carica di capo dello Stato", https://hls-dhs-dss.ch/it/articles/010086/2010-08-02/;
# https://graphsearch.epfl.ch/concept/33730924). Their HOS is not audited.
COLLECTIVE_HOS = {"CHE"}
# Realms whose head of state is the British monarch: make_leaders.py codes that office for the United
# Kingdom only (the monarch acts for it), so their HOS is not audited.
SHARED_HOS = {"AUS", "CAN"}
# Roles that count as another: Iran's and North Korea's Supreme Leader (SL) heads the state.
COUNTS_AS = {"SL": "HOS"}
ROLES = ("HOS", "HOG", "FM")


def day(text, end):
    if not text:
        return None
    if len(text) == 4:
        return datetime.date(int(text), 1, 1) if end else datetime.date(int(text), 12, 31)
    return datetime.date.fromisoformat(text[:10])


def held(files, open_to_today):
    """(role, country) -> [(start, end, id)] of every office in the files; an office with a last
    listed day ends there unless open_to_today."""
    out = {}
    for name in files:
        for row in kb_tsv.rows(os.path.join(KB, name)):
            for o in filter(None, (row.get("offices") or "").split("|")):
                role, iso, start, end, *listed = o.split(":")
                if listed and not open_to_today:
                    end = listed[0]
                role = COUNTS_AS.get(role, role)
                out.setdefault((role, iso), []).append((day(start, False), day(end, True), row["id"]))
    return out


def gaps(terms, first, last):
    """The periods within [first, last] that no term covers, as (start, end) inclusive."""
    found, at = [], first
    for start, end, _ in sorted(terms, key=lambda t: t[0] or datetime.date.min):
        start = start or first
        if end is not None and end < at or start > last:
            continue
        if start > at:
            found.append((at, start - datetime.timedelta(days=1)))
        if end is None or end >= last:
            return found
        at = max(at, end + datetime.timedelta(days=1))
    if at <= last:
        found.append((at, last))
    return found


LEADER_ROLES = {"HOS", "HOG", "FM", "SG", "SL"}


def merged_people():
    """id -> (name, offices) as the knowledge base loads the bundled files (KnowledgeBase.readBundled)."""
    people = {}
    for name in ("leaders.tsv", "people.tsv"):
        for row in kb_tsv.rows(os.path.join(KB, name)):
            people[row["id"]] = (row["names_en"].split("|")[0], list(filter(None, row["offices"].split("|"))))
    for name in ("officials.tsv.gz", "congress.tsv"):
        for row in kb_tsv.rows(os.path.join(KB, name)):
            offices = list(filter(None, row["offices"].split("|")))
            if row["id"] in people:
                people[row["id"]][1].extend(offices)
            else:
                people[row["id"]] = (row["names_en"].split("|")[0], offices)
    return people


def stale():
    """Prints each open office with a later holder of the same office (see the module's comment)."""
    by_office = {}
    for pid, (name, offices) in merged_people().items():
        for o in offices:
            f = o.split(":", 5)
            if f[0] == "LEG" or not f[2]:
                continue
            office = (f[0], f[1]) if f[0] in LEADER_ROLES else (f[0], f[1], f[5])
            by_office.setdefault(office, []).append((f[2], f[3], f[4] if len(f) > 4 else "", pid, name))
    count = {"leader": 0, "one": 0, "several": 0}
    for office, terms in sorted(by_office.items()):
        starts = [t[0] for t in terms]
        closed = sorted((day(t[0], False), day(t[1], True)) for t in terms if t[1])
        several = len(office) == 3 and (len(set(starts)) < len(starts) or any(
            (a[1] - b[0]).days > 1 for a, b in zip(closed, closed[1:])))
        for start, end, listed, pid, name in terms:
            if end:
                continue
            later = sorted((t for t in terms if t[3] != pid and day(t[0], False) > day(start, False)
                            and not ((len(t[0]) == 4 or len(start) == 4) and t[0][:4] == start[:4])),
                           key=lambda t: day(t[0], False))
            if not later:
                continue
            kind = "leader" if len(office) == 2 else "several" if several else "one"
            count[kind] += 1
            print(f"{':'.join(office)}\t{kind}\t{pid} {name}\t{start}\tlisted {listed or '-'}"
                  f"\tlater: {later[0][3]} {later[0][4]} {later[0][0]}")
    print(f"open offices with a later holder: {count['leader']} of leaders, {count['one']} of officials"
          f" (positions held by one at a time), {count['several']} of officials (positions held by several at once)")


def main():
    if "--stale" in sys.argv:
        stale()
        return
    files = ["leaders.tsv"] if "--leaders-only" in sys.argv else ["leaders.tsv", "people.tsv"]
    summary = "--summary" in sys.argv
    today = datetime.date.today()
    offices = held(files, "--open" in sys.argv)
    states = REQUIRED
    if "--group" in sys.argv:  # e.g. --group "G20,Middle East"
        names = sys.argv[sys.argv.index("--group") + 1].split(",")
        states = sorted({iso for name in names for iso in GROUPS[name.strip()].split()})
    count = {r: [0, 0, 0, 0] for r in ROLES}  # role -> [states with a gap, gaps, days without a holder, days audited]
    for iso in states:
        for role in ROLES:
            first, last = SINCE, today
            if role == "HOS" and (iso in SHARED_HOS or iso in COLLECTIVE_HOS):
                continue
            if role == "HOG":
                if iso in NO_SEPARATE_HOG:
                    continue
                first, last = max(SINCE, HOG_FROM.get(iso, SINCE)), min(today, HOG_UNTIL.get(iso, today))
            found = gaps(offices.get((role, iso), []), first, last)
            count[role][3] += (last - first).days + 1
            if found:
                count[role][0] += 1
                count[role][1] += len(found)
            for start, end in found:
                count[role][2] += (end - start).days + 1
                if not summary:
                    open_end = "today" if end == today else end.isoformat()
                    print(f"{iso}\t{role}\t{start}\t{open_end}\t{(end - start).days + 1} days")
    print(f"audited {len(states)} states ({', '.join(f'{g} {len(s.split())}' for g, s in GROUPS.items())})"
          f" in {' + '.join(files)} from {SINCE} to {today}"
          + (", open offices to today" if "--open" in sys.argv else ", open offices to their last listed day"))
    for role in ROLES:
        states, n, days, audited = count[role]
        print(f"{role}: {states} states with a gap, {n} gaps, {days} days without a holder"
              f" ({1 - days / audited:.3f} of {audited} days filled)")
    days, audited = sum(c[2] for c in count.values()), sum(c[3] for c in count.values())
    print(f"all: {sum(c[1] for c in count.values())} gaps, {days} days ({1 - days / audited:.3f} of {audited} days filled)")


if __name__ == "__main__":
    main()
