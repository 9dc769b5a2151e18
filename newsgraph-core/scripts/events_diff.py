#!/usr/bin/env python3
"""The events one `newsgraph analyze` output (JSON Lines) has and another lacks, article by article,
each with the text before its sentence, for judging a change by hand:
  events_diff.py BEFORE.jsonl AFTER.jsonl
"""
import collections, json, sys


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        events = collections.Counter((e["source"], e.get("target"), e["code"], e.get("factuality"), e["text"]) for e in d.get("events") or [])
        out[d["input"]] = (d["body"], events)
    return out


before, after = load(sys.argv[1]), load(sys.argv[2])
added = removed = dyadic = 0
for key, (body, events) in after.items():
    if key not in before:
        continue
    for e in events - before[key][1]:
        added += 1
        dyadic += bool(e[1]) and e[3] == "asserted"
        at = body.find(e[4][:60])
        print("ADDED", key.split("/")[-1], e[:4])
        print("   BEFORE:", body[max(0, at - 350):at].replace("\n", " | "))
        print("   SENTENCE:", e[4])
    for e in before[key][1] - events:
        removed += 1
        print("REMOVED", key.split("/")[-1], e[:4])
        print("   SENTENCE:", e[4])
print("added %d (asserted with a target %d), removed %d, in %d articles" % (added, dyadic, removed, len(after)))
