#!/usr/bin/env bash
# The full JMH suite: bench/run.sh [--quick] [--only AREA[,AREA...]] [--out DIR] [--wait-quiet NS [--wait-max MIN]]
#
# Builds bench/target/benchmarks.jar (skip with BENCH_NO_BUILD=1), runs each area of the suite on
# a JDK >= 22 (found by ci/find-jdk.sh) with 1 fork, 3 x 1 s warmup and 3 x 1 s measurement
# (--quick: 1 x 0.5 s and 2 x 0.5 s), writes one JMH JSON per area to bench/results/ (or --out
# DIR; console logs to bench/target/run-logs/), records the machine, JDK, date and the exact
# commands (env.json, commands.txt), and generates bench/results/RESULTS.md with bench/report.py.
# Environment: BENCH_NO_BUILD=1 / BENCH_BUILD=1 (never / always rebuild the jar), MVN_OFFLINE=1,
# BENCH_MVN_ARGS, BENCH_IGNORE_LOCK=1 (run even while another JMH run holds /tmp/jmh.lock).
#
# Areas: latency (per-tick engine latency; then allocation and batch throughput, written to
# throughput.json), components (per-tick engine cost by component), multi (many instruments, 1
# and 2 threads), kernels (statistics kernels, read-bandwidth probe, call overhead), ring (SPSC
# ring and pool vs JCTools/Agrona).
# Extra JMH options can follow "--" (e.g. -- -f 3 -wi 5).
#
# --wait-quiet NS [--wait-max MIN]: before the first area, wait until the host is quiet: a short
# probe (io.talebian.bench.JvmRun, 300,000 ticks of the engine at W = 1024) every ~20 s until two
# probes in a row read a per-tick p50 below NS, at most MIN minutes (default 60; then it runs
# anyway). On a shared VM the other tenants move the engine's p50 by tens of percent from one
# minute to the next; the probes' readings are recorded in commands.txt with the run, with one
# more probe right after the latency benchmark.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

ARGS_GIVEN="$*"
OUT="$BENCH_DIR/results"
ONLY="latency,components,multi,kernels,ring"  # = ALL_AREAS below
# Defaults per JMH option; an option given after "--" replaces its default (JMH rejects repeats).
declare -A DEF=([-f]=1 [-wi]=3 [-w]=1s [-i]=3 [-r]=1s)
WAIT_QUIET=""
WAIT_MAX=60
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) DEF[-wi]=1; DEF[-w]=500ms; DEF[-i]=2; DEF[-r]=500ms; shift ;;
    --only) ONLY="$2"; shift 2 ;;
    --wait-quiet) WAIT_QUIET="$2"; shift 2 ;;
    --wait-max) WAIT_MAX="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,/^set -e/{/^#/p}' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

build_jar
mkdir -p "$OUT"
# The console logs are long and machine-specific: they go under target/, not into the results.
LOGS="$BENCH_DIR/target/run-logs"
mkdir -p "$LOGS"
COMMANDS="$OUT/commands.txt"
ALL_AREAS="latency,components,multi,kernels,ring"
# A partial run (--only) adds to the record of the last full run in the same folder.
PARTIAL=0
if [ "$ONLY" != "$ALL_AREAS" ] && [ -f "$COMMANDS" ] && [ -f "$OUT/env.json" ]; then
  PARTIAL=1
  echo >> "$COMMANDS"
else
  : > "$COMMANDS"
fi
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) bench/run.sh $ARGS_GIVEN"
  for v in BENCH_NO_BUILD BENCH_BUILD BENCH_IGNORE_LOCK MVN_OFFLINE BENCH_MVN_ARGS; do
    [ -z "${!v:-}" ] || echo "# with $v=${!v}"
  done
  if [ "$JAR_BUILT" = 1 ]; then
    echo "cd $ROOT_DIR && JAVA_HOME=$BUILD_JAVA_HOME mvn -B -q ${MVN_OFFLINE:+-o} ${BENCH_MVN_ARGS:-} -pl bench -am package -DskipTests"
  else
    echo "# used the existing bench/target/benchmarks.jar of $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ) (built by mvn -pl bench -am package)"
  fi
} >> "$COMMANDS"

# The machine and JVM, for the report (bench/report.py reads env.json), and this run's entry in
# its list of runs (a partial run is added to the list of the run before it).
python3 - "$OUT/env.json" "$JAVA" "$ROOT_DIR" "$ONLY" "$PARTIAL" <<'PY'
import json, os, subprocess, sys, datetime
out, java, root, areas, partial = sys.argv[1:6]
def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception as e:
        return f"unavailable ({e})"
lscpu = sh("lscpu")
def field(name):
    for line in lscpu.splitlines():
        if line.split(":")[0].strip() == name:
            return line.split(":", 1)[1].strip()
    return "?"
mem_kb = 0
with open("/proc/meminfo") as f:
    for line in f:
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
flags = field("Flags").split()
runs = []
if partial == "1":
    try:
        old = json.load(open(out))
        runs = old.get("runs") or [{k: old.get(k) for k in ("date_utc", "git_commit", "git_dirty",
                                                             "loadavg_start", "loadavg_end")} | {"areas": "all"}]
    except (OSError, ValueError):
        runs = []
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
env = {
    "date_utc": now,
    "cpu_model": field("Model name"),
    "cpus": os.cpu_count(),
    "threads_per_core": field("Thread(s) per core"),
    "l3": field("L3 cache"),
    "hypervisor": field("Hypervisor vendor"),
    "simd": " ".join(f for f in ("avx2", "fma", "avx512f", "avx512dq") if f in flags),
    "memory_gib": round(mem_kb / 1024 / 1024, 1),
    "kernel": sh("uname -sr"),
    "java": sh(f"'{java}' -version 2>&1 | head -n 3").replace("\n", " / "),
    "git_commit": sh(f"git -C '{root}' rev-parse --short HEAD"),
    # bench/results is left out: this script has already written commands.txt there
    "git_dirty": bool(sh(f"git -C '{root}' status --porcelain -- . ':!bench/results'")),
    "loadavg_start": open("/proc/loadavg").read().split()[:3],
}
runs.append({"date_utc": now, "areas": areas, "git_commit": env["git_commit"], "git_dirty": env["git_dirty"],
             "loadavg_start": env["loadavg_start"]})
env["runs"] = runs
json.dump(env, open(out, "w"), indent=2)
PY

# wait_quiet: probes the host until two probes in a row read p50 < WAIT_QUIET ns (at most WAIT_MAX
# minutes), each reading appended to commands.txt. The probe is the engine itself (JvmRun), the
# workload most sensitive to what slows the engine; synthetic loops here did not track it.
# probe_host [LABEL]: one probe, its reading appended to commands.txt; prints the p50.
probe_host() {
  local line
  # shellcheck disable=SC2086
  line=$("$JAVA" $FORK_ARGS -cp "$JAR" io.talebian.bench.JvmRun 300000 2>/dev/null | tail -n 1)
  echo "# host probe${1:+ $1} $(date -u +%H:%M:%S): p50 p90 p99 mean (ns) $line" | tee -a "$COMMANDS" >&2
  echo "${line%% *}"
}

wait_quiet() {
  local deadline=$(( $(date +%s) + 60 * WAIT_MAX )) ok=0 p50
  echo "bench: waiting for a quiet host (two probes in a row with p50 < $WAIT_QUIET ns, at most $WAIT_MAX min)"
  while :; do
    p50=$(probe_host)
    if [[ "$p50" =~ ^[0-9.]+$ ]] && awk -v p="$p50" -v t="$WAIT_QUIET" 'BEGIN { exit !(p < t) }'; then
      ok=$((ok + 1))
    else
      ok=0
    fi
    [ $ok -ge 2 ] && { echo "# host quiet: starting" >> "$COMMANDS"; return 0; }
    if [ "$(date +%s)" -ge $deadline ]; then
      echo "# host not quiet within $WAIT_MAX min: starting anyway" | tee -a "$COMMANDS"
      return 0
    fi
    sleep 20
  done
}

# run_area NAME JMH-ARGS...: one JMH invocation -> $OUT/NAME.json and $LOGS/NAME.log.
run_area() {
  local name="$1"; shift
  local args=("$@") opt e given
  for opt in -f -wi -w -i -r; do
    given=0
    for e in "${EXTRA[@]}"; do [ "$e" = "$opt" ] && given=1; done
    [ $given = 1 ] || args+=("$opt" "${DEF[$opt]}")
  done
  args+=(-foe false -jvmArgsAppend "$FORK_ARGS" -rf json -rff "$OUT/$name.json" "${EXTRA[@]}")
  echo
  echo "=== bench: $name: java -jar bench/target/benchmarks.jar ${args[*]}"
  if [ "${BENCH_IGNORE_LOCK:-0}" = 1 ]; then
    printf '%q ' "$JAVA" -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar "${args[@]}" >> "$COMMANDS"
  else
    printf '%q ' "$JAVA" -jar bench/target/benchmarks.jar "${args[@]}" >> "$COMMANDS"
  fi
  echo >> "$COMMANDS"
  if ! jmh "${args[@]}" 2>&1 | tee "$LOGS/$name.log"; then
    echo "bench: area $name failed (see $LOGS/$name.log)" >&2
    FAILED="$FAILED $name"
  elif grep -q '<failure>' "$LOGS/$name.log"; then
    # -foe false lets the other benchmarks run; an erroring one still fails the script at the end
    echo "bench: a benchmark of area $name errored (see <failure> in $LOGS/$name.log)" >&2
    FAILED="$FAILED $name"
  fi
}
FAILED=""

[ -z "$WAIT_QUIET" ] || wait_quiet

for area in ${ONLY//,/ }; do
  case "$area" in
    latency)
      # the latency targets' benchmark first and alone: within one JMH run the SampleTime
      # benchmarks come after every Throughput and AverageTime one, minutes after the start
      run_area latency 'io.talebian.bench.EngineLatencyBench.assess$' -prof gc
      # with --wait-quiet, one more probe right after it: was the host still quiet at its end?
      [ -z "$WAIT_QUIET" ] || probe_host "after the latency benchmark" > /dev/null
      run_area throughput 'io.talebian.bench.(EngineLatencyBench.assessAllocation|EngineBatchBench)' -prof gc ;;
    components) run_area components 'io.talebian.bench.EngineComponentsBench' -prof gc ;;
    multi) run_area multi 'io.talebian.bench.MultiInstrumentBench' ;;
    kernels) run_area kernels 'io.talebian.bench.(StatsKernels|ReadBandwidth|CallOverhead)Bench' -prof gc ;;
    ring) run_area ring 'io.talebian.bench.(Ring|RingThroughput|Pool)Bench' -prof gc ;;
    *) echo "run.sh: unknown area $area" >&2; exit 2 ;;
  esac
done

python3 - "$OUT/env.json" <<'PY'
import json, sys
p = sys.argv[1]; env = json.load(open(p))
env["loadavg_end"] = open("/proc/loadavg").read().split()[:3]
env["runs"][-1]["loadavg_end"] = env["loadavg_end"]
json.dump(env, open(p, "w"), indent=2)
PY
python3 "$BENCH_DIR/report.py" table "$OUT"
echo "bench: results in $OUT (RESULTS.md, *.json), console logs in $LOGS"
if [ -n "$FAILED" ]; then
  echo "bench: these areas failed:$FAILED" >&2
  exit 1
fi
