import sys, collections
sys.path[:0] = ["/work/wt/figures", "/work/wt/figures/tests/checker"]
from corpus import load_cases
from press.check import check_bundle
miss = collections.Counter(); tot = collections.Counter(); warn = collections.Counter()
fa = 0
for case in load_cases():
    clean = [f for f in check_bundle(case.bundle()).findings if f.rule not in case.expected]
    for f in clean:
        fa += 1; print("CLEAN", case.name, f.rule, f.langs, f.location, f.message[:150])
    for neg in case.negatives:
        for f in check_bundle(case.bundle(neg)).findings:
            if f.rule not in case.expected and f not in clean:
                fa += 1; print("NEG", case.name, f.rule, f.langs, f.message[:150])
    for e in case.errors:
        found = [f for f in check_bundle(case.bundle(e)).findings if e["lang"] in f.langs and f.segment == str(e["para"])]
        tot[e["type"]] += 1
        if not found:
            miss[e["type"]] += 1; print("MISS", case.name, e)
        elif all(f.severity != "error" for f in found):
            warn[e["type"]] += 1
print({t: f"{1 - miss[t]/tot[t]:.2f} ({tot[t]})" for t in tot}, "warn-only", dict(warn), "false", fa)
