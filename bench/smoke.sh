#!/usr/bin/env bash
# CI smoke test of the JMH suite: every benchmark once, so none can rot.
#   bench/smoke.sh            (builds bench/target/benchmarks.jar unless BENCH_NO_BUILD=1)
# 1 fork per benchmark, no warmup, one 100 ms iteration, the smallest parameters (N = 64,
# window 64, 512-byte probe, ...). Fails (exit 1) if any benchmark errors or if a benchmark
# class produced no result. Takes a few minutes (one JVM start per benchmark/parameter set).
# The numbers mean nothing: the full suite is bench/run.sh.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

build_jar
OUT="$BENCH_DIR/target/smoke"
mkdir -p "$OUT"
args=(-f 1 -wi 0 -i 1 -r 100ms -foe true -jvmArgsAppend "$FORK_ARGS"
      -p n=64 -p bytes=512 -p window=64 -p batch=10 -p instruments=4 -p stream=btc
      -rf json -rff "$OUT/smoke.json" 'io.talebian.bench.*')
echo "bench smoke: java -jar bench/target/benchmarks.jar ${args[*]}"
start=$(date +%s)
if ! jmh "${args[@]}" > "$OUT/smoke.log" 2>&1; then
  grep -B2 -A20 -m3 -E 'Exception|Error|<failure>' "$OUT/smoke.log" >&2 || tail -40 "$OUT/smoke.log" >&2
  echo "bench smoke: FAILED (a benchmark errored; full log: $OUT/smoke.log)" >&2
  exit 1
fi
python3 - "$OUT/smoke.json" "$JAR" <<'PY'
import json, sys, zipfile, re
results = json.load(open(sys.argv[1]))
ran = {r["benchmark"].rsplit(".", 1)[0] for r in results}
# every class with @Benchmark methods listed in the jar's JMH index must have produced a result
with zipfile.ZipFile(sys.argv[2]) as z:
    listing = z.read("META-INF/BenchmarkList").decode()
classes = set(re.findall(r"(io\.talebian\.bench\.[A-Za-z0-9_]+Bench)\b", listing))
missing = sorted(classes - ran)
print(f"bench smoke: {len(results)} benchmark results from {len(ran)} classes")
if missing:
    print("bench smoke: FAILED, no result for: " + ", ".join(missing), file=sys.stderr)
    sys.exit(1)
PY
echo "bench smoke: OK in $(( $(date +%s) - start )) s"
