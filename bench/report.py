#!/usr/bin/env python3
"""Result tables and target checks for the Talebian JMH suite (stdlib only).

  report.py table DIR                 writes DIR/RESULTS.md from DIR/*.json (JMH JSON) and
                                      DIR/env.json, DIR/commands.txt (written by bench/run.sh),
                                      plus DIR/NOTES.md (optional, hand-written) verbatim
  report.py validate [--strict] JSON...
                                      checks the targets (the original design's and the
                                      project's); exit 1 when a seed target fails, or, with
                                      --strict, when any target fails or cannot be measured

Seed targets (fail the check): engine mean <= 250 us, p95 <= 500 us (EngineLatencyBench.assess),
throughput >= 4,000 assessments/s (EngineBatchBench, the slowest batch size).
Project targets (reported; fail only with --strict): per-tick p50 <= 500 ns and p99 <= 2 us at
window 1024; 0 bytes allocated per tick (gc.alloc.rate.norm); native statistics (ffm) >= 150x
Commons Math DescriptiveStatistics and >= 1.3x the best Java Vector variant for N >= 1024.
"""

import glob
import json
import math
import os
import re
import sys

PKG = "io.talebian.bench."

# ------------------------------------------------------------------ loading


def load(paths):
    """All JMH results of the given JSON files, each tagged with its file's area name."""
    rows = []
    for p in paths:
        try:
            data = json.load(open(p))
        except (OSError, ValueError) as e:
            print(f"report: skipping {p}: {e}", file=sys.stderr)
            continue
        if not isinstance(data, list):
            continue
        for r in data:
            r["_area"] = os.path.splitext(os.path.basename(p))[0]
            rows.append(r)
    return rows


def cls(r):
    return r["benchmark"].replace(PKG, "").rsplit(".", 1)[0]


def method(r):
    return r["benchmark"].rsplit(".", 1)[1]


def params(r):
    return r.get("params") or {}


def score(r):
    return r["primaryMetric"]["score"]


def unit(r):
    return r["primaryMetric"]["scoreUnit"]


def secondary(r, name):
    for k, v in (r.get("secondaryMetrics") or {}).items():
        if k.lstrip("\u00b7") == name:
            return v
    return None


def alloc_per_op(r):
    m = secondary(r, "gc.alloc.rate.norm")
    return None if m is None else m["score"]


def to_ns(value, u):
    """Converts a time per op in unit u (e.g. 'us/op', 'ns/op') to ns."""
    base = u.split("/")[0]
    return value * {"ns": 1.0, "us": 1e3, "\u00b5s": 1e3, "ms": 1e6, "s": 1e9}[base]


def ops_per_s(value, u):
    """Converts a throughput in unit u (e.g. 'ops/s', 'ops/us') to ops per second."""
    base = u.split("/")[1]
    return value * {"ns": 1e9, "us": 1e6, "\u00b5s": 1e6, "ms": 1e3, "s": 1.0, "min": 1 / 60}[base]


def find(rows, klass, meth=None, **want):
    out = []
    for r in rows:
        if cls(r) != klass or (meth is not None and method(r) != meth):
            continue
        p = params(r)
        if all(str(p.get(k)) == str(v) for k, v in want.items()):
            out.append(r)
    return out


# ------------------------------------------------------------------ formatting


def fmt_ns(ns):
    if ns is None or (isinstance(ns, float) and math.isnan(ns)):
        return "n/a"
    if ns < 10:
        return f"{ns:.2f} ns"
    if ns < 1e3:
        return f"{ns:.1f} ns"
    if ns < 1e6:
        return f"{ns / 1e3:.2f} us"
    if ns < 1e9:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e9:.2f} s"


def fmt_num(x, digits=3):
    if x is None:
        return "n/a"
    if x == 0:
        return "0"
    mag = math.floor(math.log10(abs(x)))
    if mag >= 6:
        return f"{x / 1e6:,.{max(0, digits - 1 - (mag - 6))}f} M"
    if mag >= digits:
        return f"{x:,.0f}"
    return f"{x:.{max(0, digits - 1 - mag)}f}"


def fmt_bytes(b):
    if b is None:
        return "n/a"
    if abs(b) < 0.05:
        return f"{b:.3f}"
    return fmt_num(b)


def fmt_size(nbytes):
    n = int(nbytes)
    for u, f in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= f and n % f == 0:
            return f"{n // f} {u}"
    return f"{n} B"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(lines)


def pstr(r, skip=()):
    p = params(r)
    return ", ".join(f"{k}={v}" for k, v in sorted(p.items()) if k not in skip) or "-"


# ------------------------------------------------------------------ targets

SEED_MEAN_US = 250.0
SEED_P95_US = 500.0
SEED_TPUT = 4000.0
P50_NS = 500.0
P99_NS = 2000.0
ZERO_ALLOC_EPS = 0.5  # B/tick: below the smallest object (16 B) even if allocated every 32 ticks; JMH's own
                      # allocations read as ~0.001-0.1 B/op on code that allocates nothing
NATIVE_VS_COMMONS = 150.0
NATIVE_VS_VECTOR = 1.3


def percentile(r, p):
    pct = r["primaryMetric"].get("scorePercentiles") or {}
    for k, v in pct.items():
        if abs(float(k) - p) < 1e-9:
            return to_ns(v, unit(r))
    return None


def sample_count(r):
    """Samples of a SampleTime result: rawDataHistogram is forks x iterations x [value, count]."""
    n = 0
    for fork in r["primaryMetric"].get("rawDataHistogram") or []:
        for it in fork:
            for pair in it:
                n += int(pair[1])
    return n or None


def latency_row(rows):
    """EngineLatencyBench.assess at window 1024 (the btc stream when there are several)."""
    cands = [r for r in find(rows, "EngineLatencyBench", "assess") if str(params(r).get("window", "1024")) == "1024"]
    cands.sort(key=lambda r: (params(r).get("stream") != "btc", params(r).get("kernels", "") != "auto",
                              params(r).get("tailSums", "sorted") != "sorted", params(r).get("states", "0") != "0"))
    return cands[0] if cands else None


def checks(rows):
    """[(scope, name, measured, target, ok or None)] ; None = not measured."""
    out = []
    lat = latency_row(rows)
    if lat is not None:
        mean = to_ns(score(lat), unit(lat))
        p50, p95, p99 = percentile(lat, 50.0), percentile(lat, 95.0), percentile(lat, 99.0)
        where = f"EngineLatencyBench.assess ({pstr(lat)})"
        out.append(("seed", "mean latency <= 250 us", fmt_ns(mean), where, mean <= SEED_MEAN_US * 1e3))
        out.append(("seed", "p95 latency <= 500 us", fmt_ns(p95), where, p95 is not None and p95 <= SEED_P95_US * 1e3))
        out.append(("project", "per-tick p50 <= 500 ns (window 1024)", fmt_ns(p50), where, p50 is not None and p50 <= P50_NS))
        out.append(("project", "per-tick p99 <= 2 us (window 1024)", fmt_ns(p99), where, p99 is not None and p99 <= P99_NS))
    else:
        for scope, name in (("seed", "mean latency <= 250 us"), ("seed", "p95 latency <= 500 us"),
                            ("project", "per-tick p50 <= 500 ns (window 1024)"),
                            ("project", "per-tick p99 <= 2 us (window 1024)")):
            out.append((scope, name, "not measured", "EngineLatencyBench.assess missing", None))

    batches = [r for r in find(rows, "EngineBatchBench") if str(params(r).get("window", "1024")) == "1024"]
    if batches:
        tput = [(ops_per_s(score(r), unit(r)) * int(params(r).get("batch", 1)), r) for r in batches]
        worst, wr = min(tput, key=lambda t: t[0])
        out.append(("seed", "throughput >= 4,000 assessments/s", f"{fmt_num(worst)} /s (slowest: batch={params(wr).get('batch')})",
                    "EngineBatchBench", worst >= SEED_TPUT))
    else:
        out.append(("seed", "throughput >= 4,000 assessments/s", "not measured", "EngineBatchBench missing", None))

    # Allocation per tick: judged on EngineLatencyBench.assessAllocation (AverageTime: the most
    # operations per iteration, so JMH's own few KB per iteration weigh least), else on the
    # largest batch of EngineBatchBench. An allocation on every tick would read >= 16 B/tick (the
    # smallest object); values below 0.5 B/tick are the harness's noise, reported as they are.
    alloc = None
    for r in find(rows, "EngineLatencyBench", "assessAllocation"):
        if str(params(r).get("window", "1024")) == "1024" and alloc_per_op(r) is not None:
            alloc = (alloc_per_op(r), f"EngineLatencyBench.assessAllocation ({pstr(r)}), -prof gc")
    if alloc is None:
        best = None
        for r in find(rows, "EngineBatchBench"):
            a = alloc_per_op(r)
            b = int(params(r).get("batch", 1))
            if a is not None and (best is None or b > best[0]):
                best = (b, a / b, f"EngineBatchBench batch={b}, -prof gc")
        if best is not None:
            alloc = best[1:]
    if alloc is not None:
        out.append(("project", "0 bytes allocated per tick", f"{fmt_bytes(alloc[0])} B/tick", alloc[1],
                    alloc[0] < ZERO_ALLOC_EPS))
    else:
        out.append(("project", "0 bytes allocated per tick", "not measured", "run with -prof gc", None))

    for n in ("1024", "65536", "1048576"):
        k = {r_impl: r for r_impl, r in ((params(r).get("impl"), r) for r in find(rows, "StatsKernelsBench", n=n))}
        nat = k.get("ffm")
        for peer, target, label in (("commons", NATIVE_VS_COMMONS, "Commons Math DescriptiveStatistics"),
                                    ("vector", NATIVE_VS_VECTOR, "the Java Vector backend")):
            name = f"native (ffm) >= {target:g}x {label}, N={n}"
            pr = k.get(peer)
            if nat is None or pr is None:
                out.append(("project", name, "not measured", f"StatsKernelsBench impl={peer}/ffm at n={n} missing", None))
                continue
            ratio = to_ns(score(pr), unit(pr)) / to_ns(score(nat), unit(nat))
            extra = ""
            jni = k.get("jni")
            if jni is not None:
                extra = f" (jni: {to_ns(score(pr), unit(pr)) / to_ns(score(jni), unit(jni)):.1f}x)"
            out.append(("project", name, f"{ratio:.1f}x{extra}", "StatsKernelsBench", ratio >= target))
    return out


def checks_markdown(results):
    rows = []
    for scope, name, measured, where, ok in results:
        verdict = "not measured" if ok is None else ("PASS" if ok else "FAIL")
        rows.append((scope, name, measured, verdict, where))
    return table(("targets", "target", "measured", "verdict", "from"), rows)


def cmd_validate(argv):
    strict = "--strict" in argv
    paths = [a for a in argv if not a.startswith("--")]
    rows = load(paths)
    if not rows:
        print("validate: no JMH results in " + " ".join(paths), file=sys.stderr)
        return 1
    results = checks(rows)
    print(checks_markdown(results))
    seed_fail = [r for r in results if r[0] == "seed" and r[4] is not True]
    proj_fail = [r for r in results if r[0] == "project" and r[4] is not True]
    print()
    print("seed targets (original design): " + ("all met" if not seed_fail else
          "NOT met: " + "; ".join(f"{r[1]} ({r[2]})" for r in seed_fail)))
    print("project targets: " + ("all met" if not proj_fail else
          "not met or not measured: " + "; ".join(f"{r[1]} ({r[2]})" for r in proj_fail)))
    if seed_fail:
        return 1
    if strict and proj_fail:
        print("validate --strict: failing on the project targets above")
        return 1
    return 0


# ------------------------------------------------------------------ the RESULTS.md sections


def section_latency(rows):
    out = []
    lat = find(rows, "EngineLatencyBench", "assess")
    if lat:
        body = []
        for r in lat:
            a = None
            for ar in find(rows, "EngineLatencyBench", "assessAllocation", **params(r)):
                a = alloc_per_op(ar)
            body.append((pstr(r), fmt_ns(to_ns(score(r), unit(r))), fmt_ns(percentile(r, 50.0)), fmt_ns(percentile(r, 90.0)),
                         fmt_ns(percentile(r, 95.0)), fmt_ns(percentile(r, 99.0)), fmt_ns(percentile(r, 99.9)),
                         fmt_ns(percentile(r, 99.99)), fmt_ns(percentile(r, 100.0)), fmt_num(sample_count(r)),
                         fmt_bytes(a if a is not None else alloc_per_op(r))))
        out.append("### Single-assessment latency (`EngineLatencyBench.assess`, SampleTime: each call timed)\n")
        out.append(table(("params", "mean", "p50", "p90", "p95", "p99", "p99.9", "p99.99", "max", "samples", "B/tick"), body))
        out.append("\nB/tick: `-prof gc` gc.alloc.rate.norm of `EngineLatencyBench.assessAllocation` (the same call in "
                   "AverageTime mode), else of the sampled run. Sampled latencies include the timer's own cost "
                   "(System.nanoTime, ~20-30 ns here).")
    batches = find(rows, "EngineBatchBench")
    if batches:
        body = []
        for r in sorted(batches, key=lambda r: (pstr(r, ("batch",)), int(params(r).get("batch", 0)))):
            b = int(params(r).get("batch", 1))
            ops = ops_per_s(score(r), unit(r))
            a = alloc_per_op(r)
            body.append((pstr(r, ("batch",)), b, fmt_num(ops) + " /s", fmt_num(ops * b) + " /s", fmt_ns(1e9 / (ops * b)),
                         fmt_bytes(None if a is None else a / b)))
        out.append("\n### Batch throughput (`EngineBatchBench`: consecutive ticks of the stream per call)\n")
        out.append(table(("params", "batch", "batches/s", "assessments/s", "time/tick", "B/tick"), body))
    return "\n".join(out)


def section_components(rows):
    comp = find(rows, "EngineComponentsBench")
    if not comp:
        return ""
    full = {}
    for r in comp:
        if method(r) == "full":
            full[pstr(r)] = to_ns(score(r), unit(r))
    body = []
    for r in sorted(comp, key=lambda r: (pstr(r), -to_ns(score(r), unit(r)))):
        ns = to_ns(score(r), unit(r))
        f = full.get(pstr(r))
        share = f"{100 * ns / f:.0f}%" if f else "n/a"
        body.append((pstr(r), method(r), fmt_ns(ns), share, fmt_bytes(alloc_per_op(r))))
    return ("### Per-tick engine cost by component (`EngineComponentsBench`, AverageTime, slowest first)\n\n"
            + table(("params", "component", "time/tick", "vs full assess", "B/op"), body)
            + "\n\nEach row runs one component's per-tick work on the same real stream and window as the engine "
            "(`full` = the whole `RiskEngine.assess` with the default configuration; `fullKernelTails` = with "
            "`tail_sums=kernel`; `fullWithRegimes` = with 4 reference states registered; "
            "see the class comment for what each row includes). The window rows include the ring push; shares "
            "do not add up to 100% exactly (shared work, call overhead, cache effects).")


def section_multi(rows):
    multi = find(rows, "MultiInstrumentBench")
    if not multi:
        return ""
    body = []
    for r in sorted(multi, key=lambda r: (pstr(r), method(r))):
        ticks = int(params(r).get("instruments", 1)) * int(params(r).get("ticksPerInstrument", 1))
        if unit(r).startswith("ops"):
            calls = ops_per_s(score(r), unit(r))
        else:
            calls = 1e9 / to_ns(score(r), unit(r))
        body.append((method(r), pstr(r), fmt_num(calls) + " /s", fmt_num(calls * ticks) + " /s",
                     fmt_ns(1e9 / (calls * ticks))))
    return ("### Many instruments (`MultiInstrumentEngine`)\n\n"
            + table(("benchmark", "params", "batches/s", "ticks/s", "wall time/tick"), body))


def bandwidth(rows):
    """{bytes: {'heap': GB/s, 'offheap': GB/s}} from ReadBandwidthBench."""
    bw = {}
    for r in find(rows, "ReadBandwidthBench"):
        b = int(params(r)["bytes"])
        kind = "heap" if method(r).startswith("heap") else "offheap"
        bw.setdefault(b, {})[kind] = b / to_ns(score(r), unit(r))
    return bw


def section_kernels(rows):
    out = []
    ks = find(rows, "StatsKernelsBench")
    bw = bandwidth(rows)
    if ks:
        order = ["commons", "java", "vector", "jni", "ffm", "ffmStandard"]
        ns_of = {}
        alloc_of = {}
        for r in ks:
            ns_of[(int(params(r)["n"]), params(r)["impl"])] = to_ns(score(r), unit(r))
            alloc_of[(int(params(r)["n"]), params(r)["impl"])] = alloc_per_op(r)
        body = []
        for n in sorted({k[0] for k in ns_of}):
            probe = bw.get(8 * n, {})
            probe_s = " / ".join(f"{probe[k]:.1f}" for k in ("heap", "offheap") if k in probe) or "n/a"
            for impl in sorted({k[1] for k in ns_of if k[0] == n}, key=lambda i: order.index(i) if i in order else 99):
                ns = ns_of[(n, impl)]
                vs_c = ns_of.get((n, "commons"))
                vs_j = ns_of.get((n, "java"))
                body.append((f"{n:,}", impl, fmt_ns(ns), fmt_num(ns / n), f"{8 * n / ns:.2f}", probe_s,
                             f"{vs_c / ns:,.1f}x" if vs_c else "n/a", f"{vs_j / ns:.2f}x" if vs_j else "n/a",
                             fmt_bytes(alloc_of.get((n, impl)))))
        out.append("### Window statistics kernels (`StatsKernelsBench`: n, mean, variance, sd, skewness, kurtosis, min, max)\n")
        out.append(table(("N", "impl", "time/op", "ns/element", "GB/s (8N bytes/op)", "probe GB/s heap / off-heap",
                          "vs commons", "vs java", "B/op"), body))
        out.append("\nGB/s counts the input once (8N bytes per call); the library's kernels are two-pass, so they "
                   "read it twice. The probe is `ReadBandwidthBench` summing a `long[]` / off-heap segment of the "
                   "same 8N bytes (cache-resident up to N = 1,048,576 = 8 MiB on this machine).")
    if bw:
        body = []
        for b in sorted(bw):
            body.append((fmt_size(b), f"{bw[b].get('heap', float('nan')):.2f}", f"{bw[b].get('offheap', float('nan')):.2f}"))
        out.append("\n### Read bandwidth probe (`ReadBandwidthBench`: one pass summing 8-byte words)\n")
        out.append(table(("bytes", "heap long[] GB/s", "off-heap segment GB/s"), body))
    co = find(rows, "CallOverheadBench")
    if co:
        meths = sorted({method(r) for r in co})
        impls = []
        for r in co:
            if params(r)["impl"] not in impls:
                impls.append(params(r)["impl"])
        body = []
        for impl in impls:
            row = [impl]
            for m in meths:
                rr = find(rows, "CallOverheadBench", m, impl=impl)
                row.append(fmt_ns(to_ns(score(rr[0]), unit(rr[0]))) if rr else "n/a")
            body.append(row)
        out.append("\n### Call overhead (`CallOverheadBench`)\n")
        out.append(table(["impl"] + meths, body))
        out.append("\n`windowStatsN1`: `Kernels.windowStats` on one value (the API a caller uses); `activeIsa`: "
                   "`int tlb_active_isa(void)`, the emptiest native call (java row: an empty benchmark, the "
                   "harness floor). ffm = downcall with `Linker.Option.critical`, ffmStandard = without.")
    return "\n".join(out)


def section_ring(rows):
    out = []
    single = find(rows, "RingBench")
    if single:
        meths = sorted({method(r) for r in single})
        impls = []
        for r in single:
            if params(r)["impl"] not in impls:
                impls.append(params(r)["impl"])
        body = []
        for impl in impls:
            row = [impl]
            for m in meths:
                rr = find(rows, "RingBench", m, impl=impl)
                row.append(fmt_ns(to_ns(score(rr[0]), unit(rr[0]))) + (
                    f" ({fmt_bytes(alloc_per_op(rr[0]))} B)" if rr and alloc_per_op(rr[0]) is not None else "") if rr else "n/a")
            body.append(row)
        out.append("### SPSC ring, one thread (`RingBench`: ns per element, B/op in brackets)\n")
        out.append(table(["impl"] + [m + " (ns/element)" for m in meths], body))
    two = find(rows, "RingThroughputBench")
    if two:
        body = []
        for r in two:
            made = secondary(r, "pollsMade")
            offered = secondary(r, "offersMade")
            pf = secondary(r, "pollsFailed")

            def mops(m):
                return "n/a" if m is None else f"{ops_per_s(m['score'], m['scoreUnit']) / 1e6:.1f}"
            body.append((params(r)["impl"], pstr(r, ("impl",)), mops(made), mops(offered), mops(pf)))
        out.append("\n### SPSC ring, two threads (`RingThroughputBench`: producer and consumer spinning)\n")
        out.append(table(("impl", "params", "transfers (pollsMade) M/s", "offersMade M/s", "empty polls M/s"), body))
    pool = find(rows, "PoolBench")
    if pool:
        body = []
        for r in sorted(pool, key=lambda r: (method(r), params(r)["impl"])):
            body.append((method(r), params(r)["impl"], fmt_ns(to_ns(score(r), unit(r))), r.get("threads", 1),
                         fmt_bytes(alloc_per_op(r))))
        out.append("\n### Block pool (`PoolBench`: one acquire + one release per op)\n")
        out.append(table(("benchmark", "impl", "time/op", "threads", "B/op"), body))
    return "\n".join(out)


KNOWN = {"EngineLatencyBench", "EngineBatchBench", "EngineComponentsBench", "MultiInstrumentBench",
         "StatsKernelsBench", "ReadBandwidthBench", "CallOverheadBench", "RingBench", "RingThroughputBench",
         "PoolBench"}


def section_other(rows):
    other = [r for r in rows if cls(r) not in KNOWN]
    if not other:
        return ""
    body = [(cls(r) + "." + method(r), pstr(r), r["mode"], f"{score(r):.4g} {unit(r)}",
             fmt_bytes(alloc_per_op(r))) for r in other]
    return "### Other benchmarks\n\n" + table(("benchmark", "params", "mode", "score", "B/op"), body)


def cmd_table(argv):
    if not argv:
        print("usage: report.py table DIR", file=sys.stderr)
        return 2
    d = argv[0]
    paths = sorted(p for p in glob.glob(os.path.join(d, "*.json")) if os.path.basename(p) != "env.json")
    rows = load(paths)
    env = {}
    try:
        env = json.load(open(os.path.join(d, "env.json")))
    except (OSError, ValueError):
        pass
    commands = ""
    try:
        commands = open(os.path.join(d, "commands.txt")).read().strip()
    except OSError:
        pass
    jvm = rows[0] if rows else {}
    md = ["# Talebian benchmark results", "",
          "Generated by `bench/report.py` from the JMH JSON files in this folder "
          f"({', '.join(os.path.basename(p) for p in paths) or 'none'}); do not edit by hand. "
          "Numbers quoted anywhere in the docs come from here.", "",
          "## Machine and run", ""]
    load_s = ""
    if env.get("loadavg_start"):
        load_s = f"load average (1/5/15 min) {' / '.join(env['loadavg_start'])} at start"
        if env.get("loadavg_end"):
            load_s += f", {' / '.join(env['loadavg_end'])} at end"
    md.append(table(("what", "value"), [
        ("date", env.get("date_utc", "?")),
        ("CPU", f"{env.get('cpu_model', '?')}, {env.get('cpus', '?')} logical CPUs ({env.get('threads_per_core', '?')} thread(s)/core), "
                f"L3 {env.get('l3', '?')}, SIMD: {env.get('simd', '?')}"
                + (f", virtualised ({env['hypervisor']})" if env.get("hypervisor") not in (None, "?", "") else "")),
        ("memory", f"{env.get('memory_gib', '?')} GiB"),
        ("OS", env.get("kernel", "?")),
        ("JDK", env.get("java", f"{jvm.get('vmName', '?')} {jvm.get('jdkVersion', '?')}")),
        ("JMH", f"{jvm.get('jmhVersion', '?')}; forks {jvm.get('forks', '?')}, warmup {jvm.get('warmupIterations', '?')} x "
                f"{jvm.get('warmupTime', '?')}, measurement {jvm.get('measurementIterations', '?')} x {jvm.get('measurementTime', '?')}"),
        ("fork JVM flags", "`" + " ".join(jvm.get("jvmArgs", [])) + "`"),
        ("commit", f"{env.get('git_commit', '?')}" + (" (with uncommitted changes)" if env.get("git_dirty") else "")),
        ("load", load_s or "?"),
    ] + [(f"run {i + 1}", f"{r.get('date_utc', '?')}: areas {r.get('areas', '?')}; commit {r.get('git_commit', '?')}"
          + (" (dirty)" if r.get("git_dirty") else "") + "; load average "
          + " / ".join(r.get("loadavg_start") or ["?"]) + " at start, " + " / ".join(r.get("loadavg_end") or ["?"]) + " at end")
         for i, r in enumerate(env.get("runs") or []) if len(env.get("runs") or []) > 1]))
    md += ["", "**Noise.** " + env.get("noise_note",
           "This run shared a small virtual machine with other work (see the load average above): "
           "treat every number as indicative, with errors of tens of percent, especially the two-thread "
           "benchmarks. Re-run `bench/run.sh` on a quiet machine for numbers to publish."), ""]
    md += ["## Targets", "", checks_markdown(checks(rows)), "",
           "Seed = the original design's validation targets (`bench/validate.sh` fails on them); project = "
           "this project's own targets (reported; `bench/validate.sh --strict` fails on them).", ""]
    md += ["## Results", ""]
    for s in (section_latency(rows), section_components(rows), section_multi(rows), section_kernels(rows),
              section_ring(rows), section_other(rows)):
        if s:
            md += [s, ""]
    try:
        notes = open(os.path.join(d, "NOTES.md")).read().strip()
    except OSError:
        notes = ""
    if notes:
        md += ["## Notes on this run (hand-written, from `NOTES.md`)", "", notes, ""]
    md += ["## Exact commands", "", "```", commands or "(commands.txt missing)", "```", ""]
    out = os.path.join(d, "RESULTS.md")
    with open(out, "w") as f:
        f.write("\n".join(md))
    print(f"report: wrote {out} ({len(rows)} results)")
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] not in ("table", "validate"):
        print(__doc__, file=sys.stderr)
        return 2
    return cmd_table(argv[2:]) if argv[1] == "table" else cmd_validate(argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
