"""Dev corpus run as `press check --text` would: whole texts, no glossary, release date."""
import sys, collections
sys.path[:0] = ["/work/wt/figures", "/work/wt/figures/tests/checker"]
from corpus import load_cases
from press.check import check_texts
only = sys.argv[1:]  # families to show
def texts(case, edit=None):
    out = {}
    for lang, paras in case.paras.items():
        ps = []
        for pid, t in paras.items():
            if edit and edit["lang"] == lang and str(edit["para"]) == pid:
                t = t.replace(str(edit["find"]), str(edit["replace"]), 1)
            ps.append(t)
        out[lang] = "\n\n".join(ps)
    return out
def run(case, edit=None):
    from press.markup import to_plain
    return check_texts({l: to_plain(t) for l, t in texts(case, edit).items()}, {}, case.date, case.facts).findings
def key(f): return (f.rule, tuple(f.langs), f.message)
miss = collections.Counter(); tot = collections.Counter(); warn = collections.Counter(); fa = collections.Counter()
words = 0
for case in load_cases():
    words += case.words()
    clean = [f for f in run(case) if f.rule not in case.expected]
    ck = {key(f) for f in clean}
    for f in clean:
        fa[f.family] += 1
        if not only or f.family in only: print("CLEAN", case.name, f.rule, f.langs, f.message[:160])
    for neg in case.negatives:
        for f in run(case, neg):
            if f.rule not in case.expected and key(f) not in ck:
                fa[f.family] += 1
                if not only or f.family in only: print("NEG", case.name, f.rule, f.langs, f.message[:160])
    for e in case.errors:
        found = [f for f in run(case, e) if e["lang"] in f.langs and key(f) not in ck]
        tot[e["type"]] += 1
        if not found:
            miss[e["type"]] += 1
            if not only or e["type"] in only: print("MISS", case.name, e)
        elif all(f.severity != "error" for f in found):
            warn[e["type"]] += 1
print({t: f"{1 - miss[t]/tot[t]:.2f} ({tot[t]})" for t in sorted(tot)}, "warn-only", dict(warn), "false", dict(fa), "words", words)
