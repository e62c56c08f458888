import json, collections
L = "en fr de es it pt pl nl ru uk ar tr zh ja ko".split()
R = {"treaty","troops","military_assistance"}
rows=[json.loads(l) for l in open("/work/scratch/alerts_tune/articles.jsonl",encoding="utf-8")]
assert len(rows)==45, len(rows)
assert len({r["id"] for r in rows})==45
c=collections.Counter(r["language"] for r in rows); assert all(c[l]==3 for l in L), c
rc=collections.Counter(); bad=[]
for r in rows:
    assert set(r)=={"id","language","title","body","rules","kind","note"}
    assert r["id"].startswith(f"tune-{r['language']}-")
    assert set(r["rules"])<=R and len(set(r["rules"]))==len(r["rules"])
    assert (r["kind"]=="positive")==bool(r["rules"])
    lo,hi=(100,300) if r["language"] in("zh","ja") else (200,600)
    n=len(r["body"])
    if not lo<=n<=hi: bad.append((r["id"],n))
    rc.update(r["rules"] or ["(none)"])
    pos=sum(1 for x in rows if x["language"]==r["language"] and x["rules"])
    assert 1<=pos<=2, r["language"]
print("length issues:",bad); print(dict(rc)); print(collections.Counter(r["kind"] for r in rows))
