#!/usr/bin/env bash
# Diagnostics beside the JMH suite (they time ticks with System.nanoTime; JMH makes the claims):
#   bench/ab.sh OLD.jar NEW.jar [rounds [ticks [window [kernels [stream]]]]]
#       per-tick p50/p90/p99/mean of two benchmark jars in one JVM, rounds interleaved, and the
#       ratios NEW/OLD (io.talebian.bench.InterleavedAB). Keep a copy of bench/target/benchmarks.jar
#       before a change, rebuild, and compare: on a noisy VM this resolves a few percent where two
#       separate JMH runs do not.
#   bench/ab.sh --classes [rounds [window [kernels [stream]]]]
#       per-tick time by the signs of the leaving and the entering return (io.talebian.bench.TickClasses)
#       on the current bench/target/benchmarks.jar (built if missing or stale).
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ] || [ $# -eq 0 ]; then sed -n '2,11p' "$0"; exit 0; fi
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
