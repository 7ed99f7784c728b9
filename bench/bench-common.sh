# Sourced by bench/run.sh, bench/smoke.sh and bench/validate.sh: finds a JDK >= 22 (ci/find-jdk.sh),
# builds bench/target/benchmarks.jar when needed, and defines the fork flags and helpers.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR="$BENCH_DIR/target/benchmarks.jar"

# The flags every fork gets (jvmArgsAppend replaces the @Fork annotations' list, so it is complete):
# FFM native access, the incubating Vector API, the export Agrona 2.x needs, a fixed 1 GiB heap.
FORK_ARGS="--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -Xms1g -Xmx1g"

# shellcheck source=../ci/find-jdk.sh
. "$ROOT_DIR/ci/find-jdk.sh"
tlb_find_jdks || exit 2
JAVA="$BUILD_JAVA_HOME/bin/java"

# build_jar [force]: (re)builds the uber-jar with Maven unless it exists and BENCH_NO_BUILD=1.
build_jar() {
  if [ "${BENCH_NO_BUILD:-0}" = 1 ] && [ -f "$JAR" ]; then
    echo "bench: using the existing $JAR (BENCH_NO_BUILD=1)"
    return 0
  fi
  echo "bench: building $JAR with JAVA_HOME=$BUILD_JAVA_HOME"
  (cd "$ROOT_DIR" && JAVA_HOME="$BUILD_JAVA_HOME" mvn -B -q ${MVN_OFFLINE:+-o} -pl bench -am package -DskipTests) || {
    echo "bench: the build failed" >&2
    return 1
  }
  [ -f "$JAR" ] || { echo "bench: $JAR was not produced" >&2; return 1; }
}

# jmh ARGS...: runs the JMH main of the uber-jar on the JDK >= 22.
jmh() {
  "$JAVA" -jar "$JAR" "$@"
}
