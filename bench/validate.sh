#!/usr/bin/env bash
# Performance validation: the Java counterpart of the original design's validate_performance.sh
# and analyze_latency.py.
#   bench/validate.sh [--strict] [--from JSON...] [--out DIR]
#
# Runs the engine latency benchmark (EngineLatencyBench: SampleTime at window 1024 on the BTC
# trade stream, with -prof gc), the batch throughput benchmark (EngineBatchBench, batches of 10,
# 100, 1000) and the statistics kernels at N >= 1024 (commons, vector, jni, ffm), then checks:
#   fails (exit 1) when   mean > 250 us, p95 > 500 us, or throughput < 4,000 assessments/s
#                         (the original design's targets);
#   reports pass/fail of  per-tick p50 <= 500 ns, p99 <= 2 us (window 1024), 0 bytes allocated
#                         per tick, native (ffm) statistics >= 150x Commons Math and >= 1.3x the
#                         Java Vector backend for N >= 1024 (the project's targets); --strict
#                         fails on these too (and on any target that could not be measured).
# --from JSON...: check existing JMH JSON files (e.g. bench/results/*.json) instead of running.
# Results of a run go to bench/target/validate/ (or --out DIR). 1 fork, 3 x 1 s warmup, 5 x 1 s
# measurement: about 5 minutes.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

STRICT=()
FROM=()
OUT="$BENCH_DIR/target/validate"
while [ $# -gt 0 ]; do
  case "$1" in
    --strict) STRICT=(--strict); shift ;;
    --out) OUT="$2"; shift 2 ;;
    --from) shift; while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do FROM+=("$1"); shift; done ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "validate.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

echo "Talebian performance validation"
echo "==============================="
if [ ${#FROM[@]} -eq 0 ]; then
  build_jar
  mkdir -p "$OUT"
  common=(-f 1 -wi 3 -w 1s -i 5 -r 1s -foe true -jvmArgsAppend "$FORK_ARGS")
  echo "-- latency, allocation and batch throughput (window 1024, BTC trades)"
  jmh 'io.talebian.bench.Engine(Latency|Batch)Bench' -p window=1024 -p stream=btc -prof gc "${common[@]}" \
      -rf json -rff "$OUT/validate-latency.json" > "$OUT/validate-latency.log" 2>&1 \
      || { tail -40 "$OUT/validate-latency.log" >&2; echo "validate: the latency benchmark failed" >&2; exit 1; }
  echo "-- statistics kernels, N >= 1024: commons, vector, jni, ffm"
  jmh 'io.talebian.bench.StatsKernelsBench' -p n=1024,65536,1048576 -p impl=commons,vector,jni,ffm "${common[@]}" \
      -rf json -rff "$OUT/validate-kernels.json" > "$OUT/validate-kernels.log" 2>&1 \
      || { tail -40 "$OUT/validate-kernels.log" >&2; echo "validate: the kernel benchmark failed" >&2; exit 1; }
  FROM=("$OUT/validate-latency.json" "$OUT/validate-kernels.json")
  echo "   logs and JSON in $OUT"
fi
echo
python3 "$BENCH_DIR/report.py" validate "${STRICT[@]}" "${FROM[@]}"
