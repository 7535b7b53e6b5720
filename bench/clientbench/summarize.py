#!/usr/bin/env python3
"""summarize.py OUTDIR - medians per workload and tool from client-side-by-side.sh's outputs:
time per operation and Go allocations per operation, with ratios to hand-written pgx."""
import glob, json, os, statistics, sys

out = sys.argv[1]
runs = {}  # tool -> [results json]
loads = {}
for f in sorted(glob.glob(os.path.join(out, "*.out"))):
    base = f[:-4]
    tool, rnd = os.path.basename(base).rsplit("-", 1)
    js = next((json.loads(l[5:]) for l in open(f) if l.startswith("JSON ")), None)
    if js is None:
        print(f"warning: {f} has no JSON line (the run failed)", file=sys.stderr)
        continue
    runs.setdefault(tool, []).append(js)
    loads.setdefault(tool, []).append(open(base + ".load").read().split(None, 1)[1].strip())

def key(name):
    return name.split(")")[0] + ")"

def collect(tool):
    vals = {}
    for js in runs.get(tool, []):
        for r in js["results"]:
            v = vals.setdefault(key(r["name"]), {"ops": [], "allocs": [], "bytes": [], "p50": []})
            v["ops"].append(r["opsPerSec"])
            if "p50us" in r:
                v["p50"].append(r["p50us"])
            if "allocsPerOp" in r:
                v["allocs"].append(r["allocsPerOp"])
                v["bytes"].append(r["bytesPerOp"])
    return vals

tools = [t for t in ["strata", "pgx", "gorm", "prisma"] if t in runs]
data = {t: collect(t) for t in tools}
labels = {
    "(a)": "create one by one ×N",
    "(b)": "createMany of N rows (rows/s)",
    "(c)": "findUnique by unique email ×N",
    "(d)": "findMany take 100 orderBy createdAt desc ×FM",
    "(e1)": "findUnique + include accounts, each of USERS",
    "(e2)": "findMany all USERS + include accounts ×20",
}
names = {"strata": "strata", "pgx": "pgx (hand-written)", "gorm": "GORM", "prisma": "Prisma 7"}

def med(t, k, f="ops"):
    v = data.get(t, {}).get(k, {}).get(f) or []
    return statistics.median(v) if v else None

hdr = "| workload | " + " | ".join(f"{names[t]} ops/s" for t in tools)
ratio_tools = [t for t in tools if t != "pgx"]
if "pgx" in tools:
    hdr += " | " + " | ".join(f"{names[t]} time ÷ pgx" for t in ratio_tools)
print(hdr + " |")
print("|" + "---|" * (1 + len(tools) + (len(ratio_tools) if "pgx" in tools else 0)))
for k, label in labels.items():
    row = f"| {k} {label} |"
    for t in tools:
        m = med(t, k)
        runsv = data.get(t, {}).get(k, {}).get("ops", [])
        row += f" {m:g} ({'/'.join(str(x) for x in runsv)}) |" if m else " – |"
    if "pgx" in tools:
        p = med("pgx", k)
        for t in ratio_tools:
            m = med(t, k)
            row += f" {p / m:.2f}× |" if m and p else " – |"
    print(row)
print()
go_tools = [t for t in tools if t != "prisma"]
print("| workload | " + " | ".join(f"{names[t]} allocs/op (B/op)" for t in go_tools) +
      (" | " + " | ".join(f"{names[t]} allocs ÷ pgx" for t in go_tools if t != "pgx") if "pgx" in go_tools else "") + " |")
print("|" + "---|" * (1 + len(go_tools) + (len(go_tools) - 1 if "pgx" in go_tools else 0)))
for k, label in labels.items():
    row = f"| {k} {label} |"
    for t in go_tools:
        a, b = med(t, k, "allocs"), med(t, k, "bytes")
        row += f" {a:g} ({b:.0f}) |" if a is not None else " – |"
    if "pgx" in go_tools:
        p = med("pgx", k, "allocs")
        for t in go_tools:
            if t == "pgx":
                continue
            a = med(t, k, "allocs")
            row += f" {a / p:.2f}× |" if a is not None and p else " – |"
    print(row)
print()
# The median latency of one call, per run, then the median over runs: a few stalls of a
# noisy machine move the mean (ops/s above) of a short workload, not this.
lat_tools = [t for t in go_tools if any(data[t].get(k, {}).get("p50") for k in labels)]
if lat_tools:
    print("| workload | " + " | ".join(f"{names[t]} median µs per call" for t in lat_tools) +
          (" | " + " | ".join(f"{names[t]} ÷ pgx" for t in lat_tools if t != "pgx") if "pgx" in lat_tools else "") + " |")
    print("|" + "---|" * (1 + len(lat_tools) + (len(lat_tools) - 1 if "pgx" in lat_tools else 0)))
    for k, label in labels.items():
        if k == "(b)":
            continue
        row = f"| {k} {label} |"
        for t in lat_tools:
            v = data[t].get(k, {}).get("p50") or []
            row += f" {statistics.median(v):g} ({'/'.join(f'{x:g}' for x in v)}) |" if v else " – |"
        if "pgx" in lat_tools:
            p = med("pgx", k, "p50")
            for t in lat_tools:
                if t == "pgx":
                    continue
                m = med(t, k, "p50")
                row += f" {m / p:.2f}× |" if m and p else " – |"
        print(row)
    print()
for t in tools:
    print(f"- {names[t]}: load before each run: {'; '.join(loads[t])}")
