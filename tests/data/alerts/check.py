import json, collections, sys
LANGS = "en fr de es it pt pl nl ru uk ar tr zh ja ko".split()
RULES = {"treaty", "troops", "military_assistance"}
KINDS = {"positive", "near-miss", "negative"}
p = "/work/scratch/alerts_eval/articles.jsonl"
raw = open(p, "rb").read()
assert b"\\u" not in raw, "ASCII-escaped text found"
lines = raw.decode("utf-8").splitlines()
errs = []
if len(lines) != 75: errs.append(f"{len(lines)} lines")
ids = set(); per_lang = collections.Counter(); pos = collections.Counter(); kinds = collections.Counter()
for i, line in enumerate(lines, 1):
    a = json.loads(line)
    if set(a) != {"id","language","title","body","rules","kind","note"}: errs.append(f"{i}: keys {sorted(a)}")
    if a["id"] in ids: errs.append(f"dup id {a['id']}")
    ids.add(a["id"])
    if a["language"] not in LANGS or not a["id"].startswith(a["language"] + "-"): errs.append(f"{a['id']}: language")
    if not set(a["rules"]) <= RULES or len(set(a["rules"])) != len(a["rules"]): errs.append(f"{a['id']}: rules {a['rules']}")
    if a["kind"] not in KINDS: errs.append(f"{a['id']}: kind")
    if (a["kind"] == "positive") != bool(a["rules"]): errs.append(f"{a['id']}: kind/rules mismatch")
    n = len(a["body"]); lo, hi = (100, 350) if a["language"] in ("zh", "ja") else (200, 700)
    if not lo <= n <= hi: errs.append(f"{a['id']}: body length {n} not in {lo}-{hi}")
    per_lang[a["language"]] += 1; kinds[a["kind"]] += 1
    for r in a["rules"]: pos[(r, a["language"])] += 1
for l in LANGS:
    if per_lang[l] != 5: errs.append(f"{l}: {per_lang[l]} articles")
print("errors:", errs or "none")
print("kinds:", dict(kinds))
print("lang  " + "  ".join(f"{r[:8]:>8}" for r in sorted(RULES)))
for l in LANGS: print(f"{l:4}  " + "  ".join(f"{pos[(r,l)]:>8}" for r in sorted(RULES)))
print("total " + "  ".join(f"{sum(pos[(r,l)] for l in LANGS):>8}" for r in sorted(RULES)))
sys.exit(1 if errs else 0)
