#!/usr/bin/env bash
# Diagnostics beside the JMH suite (they time ticks with System.nanoTime; JMH makes the claims):
#   bench/ab.sh OLD.jar NEW.jar [rounds [ticks [window [kernels [stream]]]]]
#       per-tick p50/p90/p99/mean of two benchmark jars in one JVM, rounds interleaved, and the
#       ratios NEW/OLD (io.talebian.bench.InterleavedAB). Keep a copy of bench/target/benchmarks.jar
#       before a change, rebuild, and compare: on a noisy VM this resolves a few percent where two
#       separate JMH runs do not.
#       Each build is compiled by C2 once per JVM, and what C2 makes of it moves p50 by up to ~5%
#       from one JVM to the next: repeat with the order swapped, or use --jvms.
#   bench/ab.sh --jvms N OLD.jar NEW.jar [ticks [window [kernels [stream]]]]
#       N fresh JVMs per build, alternating (io.talebian.bench.JvmRun), and the medians over them of
#       p50, p90, p99 and mean with the ratios NEW/OLD: the JIT's spread averages out (N = 10: ~1 min).
#   bench/ab.sh --classes [rounds [window [kernels [stream]]]]
#       per-tick time by the signs of the leaving and the entering return (io.talebian.bench.TickClasses)
#       on the current bench/target/benchmarks.jar (built if missing or stale).
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ] || [ $# -eq 0 ]; then sed -n '2,17p' "$0"; exit 0; fi
if [ "$1" = "--jvms" ]; then
  [ $# -ge 4 ] || { echo "ab.sh: --jvms needs N OLD.jar NEW.jar (see --help)" >&2; exit 2; }
  n="$2"; old="$3"; new="$4"; shift 4
  for j in "$old" "$new"; do [ -f "$j" ] || { echo "ab.sh: no such jar: $j" >&2; exit 2; }; done
  build_jar
  # the harness (JvmRun, TickTimer) from the current jar, first on the class path; the engine and
  # the replay from the jar under test, so jars built before the harness existed work too
  harness=$(mktemp -d)
  trap 'rm -rf "$harness"' EXIT
  (cd "$harness" && "$BUILD_JAVA_HOME/bin/jar" xf "$JAR" io/talebian/bench/JvmRun.class io/talebian/bench/TickTimer.class)
  results="$harness/results"
  for ((i = 1; i <= n; i++)); do
    for j in old new; do
      jar=$old; [ "$j" = new ] && jar=$new
      # shellcheck disable=SC2086 # FORK_ARGS is a list of flags
      line=$("$JAVA" $FORK_ARGS -Xms2g -Xmx2g -cp "$harness:$jar" io.talebian.bench.JvmRun "$@" 2>/dev/null)
      echo "$j $line" >> "$results"
    done
  done
  median() { # median of column $2 for rows tagged $1
    awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$results" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
  }
  for j in old new; do
    jar=$old; [ "$j" = new ] && jar=$new
    printf '%s median of %d JVMs: p50 %s p90 %s p99 %s mean %s ns (%s)\n' "$j" "$n" "$(median $j 2)" "$(median $j 3)" \
        "$(median $j 4)" "$(median $j 5)" "$jar"
  done
  awk -v o50="$(median old 2)" -v n50="$(median new 2)" -v o90="$(median old 3)" -v n90="$(median new 3)" \
      -v o99="$(median old 4)" -v n99="$(median new 4)" -v om="$(median old 5)" -v nm="$(median new 5)" \
      'BEGIN { printf "new/old p50 %.3f p90 %.3f p99 %.3f mean %.3f\n", n50 / o50, n90 / o90, n99 / o99, nm / om }'
  echo "p50 of each JVM: old $(awk '$1 == "old" { printf " %s", $2 }' "$results"); new $(awk '$1 == "new" { printf " %s", $2 }' "$results")"
  echo "p99 of each JVM: old $(awk '$1 == "old" { printf " %s", $4 }' "$results"); new $(awk '$1 == "new" { printf " %s", $4 }' "$results")"
  exit 0
fi
if [ "$1" = "--classes" ]; then
  shift
  build_jar
  # shellcheck disable=SC2086 # FORK_ARGS is a list of flags
  exec "$JAVA" $FORK_ARGS -Xms2g -Xmx2g -cp "$JAR" io.talebian.bench.TickClasses "$@"
fi
[ $# -ge 2 ] || { echo "ab.sh: needs OLD.jar NEW.jar (see --help)" >&2; exit 2; }
for j in "$1" "$2"; do [ -f "$j" ] || { echo "ab.sh: no such jar: $j" >&2; exit 2; }; done
build_jar
# the harness comes from the current jar; each jar under test supplies its own engine
# shellcheck disable=SC2086 # FORK_ARGS is a list of flags
exec "$JAVA" $FORK_ARGS -Xms3g -Xmx3g -cp "$JAR" io.talebian.bench.InterleavedAB "$@"
