# Sourced by bench/run.sh, bench/smoke.sh and bench/validate.sh: finds a JDK >= 22 (ci/find-jdk.sh),
# builds bench/target/benchmarks.jar when needed, and defines the fork flags and helpers.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR="$BENCH_DIR/target/benchmarks.jar"
JAR_BUILT=0

# The flags every fork gets (jvmArgsAppend replaces the @Fork annotations' list, so it is complete):
# FFM native access, the incubating Vector API, the export Agrona 2.x needs, a fixed 1 GiB heap.
FORK_ARGS="--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -Xms1g -Xmx1g"

# shellcheck source=../ci/find-jdk.sh
. "$ROOT_DIR/ci/find-jdk.sh"
tlb_find_jdks || exit 2
JAVA="$BUILD_JAVA_HOME/bin/java"

# jar_is_current: the jar exists and no source, header or pom it is built from is newer.
jar_is_current() {
  [ -f "$JAR" ] || return 1
  local newer
  newer=$(cd "$ROOT_DIR" && find pom.xml CMakeLists.txt native/include native/src native/jni bindings/pom.xml \
            bindings/src/main java/core/pom.xml java/core/src/main java/native-linux-x86_64/pom.xml bench/pom.xml \
            bench/src -type f -newer "$JAR" -print 2>/dev/null | head -n 1)
  [ -z "$newer" ]
}

# build_jar: (re)builds the uber-jar with Maven unless it is current (BENCH_NO_BUILD=1: never
# rebuild an existing jar; BENCH_BUILD=1: always rebuild).
build_jar() {
  if [ -f "$JAR" ] && { [ "${BENCH_NO_BUILD:-0}" = 1 ] || { [ "${BENCH_BUILD:-0}" != 1 ] && jar_is_current; }; }; then
    echo "bench: using the existing $JAR (up to date, or BENCH_NO_BUILD=1)"
    return 0
  fi
  echo "bench: building $JAR with JAVA_HOME=$BUILD_JAVA_HOME"
  JAR_BUILT=1
  (cd "$ROOT_DIR" && JAVA_HOME="$BUILD_JAVA_HOME" mvn -B -q ${MVN_OFFLINE:+-o} ${BENCH_MVN_ARGS:-} -pl bench -am package -DskipTests) || {
    echo "bench: the build failed" >&2
    return 1
  }
  [ -f "$JAR" ] || { echo "bench: $JAR was not produced" >&2; return 1; }
}

# jmh ARGS...: runs the JMH main of the uber-jar on the JDK >= 22. JMH refuses to start while
# another JMH run holds /tmp/jmh.lock (two runs would disturb each other's numbers);
# BENCH_IGNORE_LOCK=1 runs anyway (-Djmh.ignoreLock=true).
jmh() {
  if [ "${BENCH_IGNORE_LOCK:-0}" = 1 ]; then
    "$JAVA" -Djmh.ignoreLock=true -jar "$JAR" "$@"
  else
    "$JAVA" -jar "$JAR" "$@"
  fi
}
