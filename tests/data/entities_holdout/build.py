#!/usr/bin/env python3
"""Build the held-out entity set from hand-written inline-marked drafts.

This script only converts markup into character offsets and checks them. It does not import
or run any part of the newsmon tagger; all labels come from the drafts, written by reading.

Markup (drafts/*.txt):
    === <id>            starts an article (language = id prefix)
    T: <title>          title line
    B: <body>           body line
    [[surface|T|Canonical name|!trap note]]   a gold mention; T is
        L = LOC, government false      G = LOC, government true
        P = PER                        O = ORG            (PER/ORG: government false)
      the trap note is optional and only feeds the README trap table.
    {{surface|why}}     a deliberately unlabelled string (trap / negative), kept as plain text.

ids, step 1: countries.tsv (col 2 by col 3 name) and people_orgs.tsv (col 2 by col 3 name), both
read as committed in /work/main (git HEAD), see read_committed(). Step 2: a second
catalogue (--catalogue FILE, columns label, QID, canonical name, aliases, role) can be given; its
rows override people_orgs.tsv for names it contains. Everything else gets id null.

Usage: python3 build.py --out stage1/articles.jsonl                      # step 1 only
       python3 build.py --catalogue /work/scratch/catalogue/final_people_orgs.tsv \
                        --name-map name_map.tsv                         # step 2 -> articles.jsonl
  --name-map: optional TSV "old canonical name<TAB>new canonical name" applied before id lookup
  (used to adopt the final catalogue's canonical spelling for an entity already labelled).
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/main/pipeline/data"
LANGS = ["en", "fr", "de", "es", "it", "pl", "ru", "uk", "ar", "ko", "zh", "ja"]
CODE = {"L": ("LOC", False), "G": ("LOC", True), "P": ("PER", False), "O": ("ORG", False)}
TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def read_committed(relpath):
    """The catalogue as committed in /work/main (git HEAD), not the working tree: the working
    tree's people_orgs.tsv was replaced by the new curated catalogue while this set was being
    written, and step 1 must use the catalogue the brief referred to."""
    text = subprocess.run(["git", "-C", "/work/main", "show", f"HEAD:{relpath}"],
                          capture_output=True, text=True, check=True).stdout
    return [l.split("\t") for l in text.splitlines() if l.strip() and not l.startswith("#")]


def load_catalogues(extra=None):
    countries = {}
    for r in read_committed("pipeline/data/countries.tsv"):
        countries[r[2]] = r[1]
    people = {}
    for r in read_committed("pipeline/data/people_orgs.tsv"):
        people[r[2]] = (r[0], r[1] or None)
    final = {}
    if extra:
        for r in read_tsv(extra):
            r += [""] * (5 - len(r))
            final[r[2]] = (r[0], r[1].strip() or None)
    return countries, people, final


def parse_line(raw, aid, field):
    out, mentions, traps, pos = [], [], [], 0
    plain_len = 0
    for m in TOKEN.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surface, code = parts[0], parts[1]
            name = parts[2] if len(parts) > 2 and parts[2] else surface
            note = parts[3][1:] if len(parts) > 3 and parts[3].startswith("!") else None
            if code not in CODE:
                sys.exit(f"{aid}: bad type {code!r} in {m.group(0)}")
            label, gov = CODE[code]
            mentions.append({"field": field, "start": plain_len, "end": plain_len + len(surface),
                             "text": surface, "label": label, "name": name, "id": None,
                             "government": gov, "_note": note})
        else:
            surface, _, why = m.group(2).partition("|")
            traps.append({"article": aid, "field": field, "start": plain_len, "text": surface,
                          "why": why, "labelled": False})
        out.append(surface)
        plain_len += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        sys.exit(f"{aid}/{field}: unbalanced markup: {text}")
    return text, mentions, traps


def parse_drafts():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "drafts", "*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("=== "):
                cur = {"id": line[4:].strip(), "T": None, "B": None}
                arts.append(cur)
            elif line.startswith("T: "):
                cur["T"] = line[3:]
            elif line.startswith("B: "):
                cur["B"] = line[3:]
            else:
                sys.exit(f"{path}: unexpected line {line[:60]!r}")
    return arts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--catalogue")
    ap.add_argument("--name-map")
    ap.add_argument("--out", default=os.path.join(HERE, "articles.jsonl"))
    a = ap.parse_args()
    countries, people, final = load_catalogues(a.catalogue)
    name_map = {}
    if a.name_map:
        for r in read_tsv(a.name_map):
            name_map[r[0]] = r[1]

    records, all_traps, errors = [], [], []
    id_source = Counter()
    for art in parse_drafts():
        aid = art["id"]
        lang = aid.split("-")[0]
        title, mt, tt = parse_line(art["T"], aid, "title")
        body, mb, tb = parse_line(art["B"], aid, "body")
        rec = {"id": aid, "language": lang, "title": title, "body": body, "mentions": []}
        for m in mt + mb:
            note = m.pop("_note")
            m["name"] = name_map.get(m["name"], m["name"])
            nm = m["name"]
            if m["label"] == "LOC" and nm in countries:
                m["id"] = countries[nm]
                id_source["countries.tsv"] += 1
            elif nm in final:
                lab, qid = final[nm]
                if lab != m["label"]:
                    errors.append(f"{aid}: {nm} label {m['label']} but final catalogue says {lab}")
                m["id"] = qid
                id_source["final_people_orgs.tsv"] += 1
            elif nm in people:
                lab, qid = people[nm]
                if lab != m["label"]:
                    errors.append(f"{aid}: {nm} label {m['label']} but people_orgs.tsv says {lab}")
                m["id"] = qid
                id_source["people_orgs.tsv"] += 1
            else:
                id_source["none (null)"] += 1
            if m["label"] != "LOC":
                assert m["government"] is False
            rec["mentions"].append(m)
            if note:
                all_traps.append({"article": aid, "field": m["field"], "start": m["start"],
                                  "text": m["text"], "why": note, "labelled": True,
                                  "label": m["label"], "name": m["name"]})
        all_traps += tt + tb
        records.append(rec)

    # ---- checks ----
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    per_lang = Counter(r["language"] for r in records)
    for lg in LANGS:
        if per_lang[lg] != 5:
            errors.append(f"{lg}: {per_lang[lg]} articles, want 5")
    for r in records:
        lo, hi = (150, 450) if r["language"] in ("zh", "ja") else (300, 900)
        if not lo <= len(r["body"]) <= hi:
            errors.append(f"{r['id']}: body length {len(r['body'])} not in {lo}-{hi}")
        for f in ("title", "body"):
            spans = sorted((m["start"], m["end"]) for m in r["mentions"] if m["field"] == f)
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                if s2 < e1:
                    errors.append(f"{r['id']}/{f}: overlap {s1}-{e1} / {s2}-{e2}")
        for m in r["mentions"]:
            if r[m["field"]][m["start"]:m["end"]] != m["text"]:
                errors.append(f"{r['id']}: offset mismatch for {m['text']}")
            if m["text"] != m["text"].strip() or not m["text"]:
                errors.append(f"{r['id']}: whitespace at span edge {m['text']!r}")
            if m["label"] not in ("PER", "ORG", "LOC") or not m["name"]:
                errors.append(f"{r['id']}: bad label/name {m}")
        r["mentions"].sort(key=lambda m: (m["field"] != "title", m["start"]))
    for t in all_traps:
        rec = next(r for r in records if r["id"] == t["article"])
        if rec[t["field"]][t["start"]:t["start"] + len(t["text"])] != t["text"]:
            errors.append(f"trap offset mismatch {t}")

    # names that look like countries but are not spelled as in countries.tsv
    for r in records:
        for m in r["mentions"]:
            if m["label"] == "LOC" and m["id"] is None:
                for c in countries:
                    if m["name"].lower() == c.lower() and m["name"] != c:
                        errors.append(f"{r['id']}: {m['name']} spelled differently from countries.tsv")

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open(a.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(a.out)), "traps.json"), "w", encoding="utf-8") as f:
        json.dump(all_traps, f, ensure_ascii=False, indent=1)

    # ---- summary ----
    print(f"wrote {len(records)} articles to {a.out}")
    tot = Counter()
    for lg in LANGS:
        ms = [m for r in records if r["language"] == lg for m in r["mentions"]]
        c = Counter(m["label"] for m in ms)
        g = sum(m["government"] for m in ms)
        tot.update(c)
        tot["gov"] += g
        print(f"{lg}: {len(ms)} mentions  LOC {c['LOC']} ORG {c['ORG']} PER {c['PER']}  government=true {g}")
    print("total", sum(tot[k] for k in ("LOC", "ORG", "PER")), dict(tot))
    print("id source:", dict(id_source))
    print("traps:", len(all_traps), "in", len({t['article'] for t in all_traps}), "articles;",
          sum(t["labelled"] for t in all_traps), "labelled as something else,",
          sum(not t["labelled"] for t in all_traps), "unlabelled")


if __name__ == "__main__":
    main()
