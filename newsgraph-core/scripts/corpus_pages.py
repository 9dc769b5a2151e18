#!/usr/bin/env python3
"""Draws articles from a corpus file (JSON Lines, gzip or not) and writes each as an HTML page with
its date, so that `newsgraph analyze DIR/*.html` reads it with paragraphs and date as published.

Used to judge a change of the event coder on whole articles, side by side (events_diff.py):
  corpus_pages.py --seed 808 --count 120 --pattern '(^|\\n|[.!?]["”]? )(He|She) ' \
    --pattern '(?i)\\bthe (president|prime minister)\\b' ../shared/data/corpus/world-news-en.jsonl.gz OUT
An article is drawn when it has a date, 1,500 to --max-chars characters and matches every --pattern;
ids already drawn into the --exclude folders are left out.
"""
import argparse, gzip, html, json, os, random, re

p = argparse.ArgumentParser()
p.add_argument("--seed", type=int, required=True)
p.add_argument("--count", type=int, required=True)
p.add_argument("--pattern", action="append", default=[])
p.add_argument("--max-chars", type=int, default=7000)
p.add_argument("--exclude", action="append", default=[])
p.add_argument("corpus")
p.add_argument("out")
a = p.parse_args()
drawn = {f.split("-", 1)[1][:-5] for d in a.exclude for f in os.listdir(d) if f.endswith(".html")}
patterns = [re.compile(x) for x in a.pattern]
opener = gzip.open if a.corpus.endswith(".gz") else open
articles = []
with opener(a.corpus, "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        t = r.get("text") or ""
        if r["id"] not in drawn and r.get("date") and 1500 < len(t) < a.max_chars and all(x.search(t) for x in patterns):
            articles.append(r)
random.seed(a.seed)
random.shuffle(articles)
os.makedirs(a.out, exist_ok=True)
for i, r in enumerate(articles[: a.count]):
    title = html.escape(r.get("title") or "")
    body = "".join("<p>%s</p>\n" % html.escape(x.strip()) for x in r["text"].split("\n") if x.strip())
    page = ('<html><head><meta property="article:published_time" content="%sT12:00:00Z"><title>%s</title></head>'
            "<body><article><h1>%s</h1>\n%s</article></body></html>" % (r["date"], title, title, body))
    with open(os.path.join(a.out, "%03d-%s.html" % (i, r["id"])), "w", encoding="utf-8") as o:
        o.write(page)
print("%d of %d matching articles written to %s" % (min(a.count, len(articles)), len(articles), a.out))
