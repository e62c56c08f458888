#!/usr/bin/env python3
"""Step 2 helper: list, for every entity labelled in the set, the rows of the final curated
catalogue whose canonical name or aliases equal the mention's canonical name or surface text.
A simple exact string lookup (plus case-folding) - NOT the tagger. Its output was reviewed by
hand; the accepted renames are in name_map.tsv and ids are then taken by build.py."""
import json, sys
from collections import defaultdict
cat = sys.argv[1] if len(sys.argv) > 1 else "/work/scratch/catalogue/final_people_orgs.tsv"
rows = []
for l in open(cat, encoding="utf-8"):
    if l.startswith("#") or not l.strip():
        continue
    p = l.rstrip("\n").split("\t") + [""] * 5
    rows.append(p)
index = defaultdict(set)
for i, p in enumerate(rows):
    for s in [p[2]] + [a for a in p[3].split("|") if a]:
        index[s.casefold()].add(i)
ents = defaultdict(set)
for l in open("stage1/articles.jsonl", encoding="utf-8"):
    r = json.loads(l)
    for m in r["mentions"]:
        ents[(m["label"], m["name"])].add(m["text"])
for (lab, name), surf in sorted(ents.items()):
    hits = set()
    for s in {name} | surf:
        hits |= index.get(s.casefold(), set())
    status = "   " if not hits else ("OK " if any(rows[i][2] == name for i in hits) else "REN")
    print(status, lab, name, "|", " / ".join(sorted(surf)),
          "=>", "; ".join(f"{rows[i][0]} {rows[i][1] or '-'} {rows[i][2]}" for i in sorted(hits)))
