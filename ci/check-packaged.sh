#!/usr/bin/env bash
# check-packaged.sh - checks the packaged JARs (not target/classes) on JDK 17 and on the build JDK:
#   1. -Xcheck:jni smoke: io.talebian.nativelib.NativeSelfTest calls every JNI entry point under
#      -Xcheck:jni; any JVM warning (or error) in its output fails the check;
#   2. the library is extracted from the classifier JAR (origin EXTRACTED, SHA-256 verified);
#   3. multi-release behaviour of talebian-core-*.jar: on JDK 17 the Java 22 part
#      (META-INF/versions/22, FfmKernels) is invisible and auto's native backend is jni; on 22+
#      it is visible and auto's native backend is ffm;
#   4. the fallback: with -Dtalebian.isa=java nothing native loads and auto is java.
# Needs a prior `mvn package` (ci/test.sh runs this after `mvn verify`). Exit 0 = all passed.
# Usage: ci/check-packaged.sh   (JDK17_JAVA / BUILD_JAVA_HOME from ci/find-jdk.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=ci/find-jdk.sh
. "$root/ci/find-jdk.sh"
tlb_find_jdks

v=0.1.0
core="$root/java/core/target/talebian-core-$v.jar"
native="$root/java/native-linux-x86_64/target/talebian-native-$v-linux-x86_64.jar"
bindings="$root/bindings/target/talebian-bindings-$v.jar"
for j in "$core" "$native" "$bindings"; do
  [[ -f "$j" ]] || { echo "check-packaged: $j missing (run mvn package first)" >&2; exit 1; }
done
cp="$core:$native:$bindings"
work=$(mktemp -d -t talebian-packaged.XXXXXX)
trap 'rm -rf "$work"' EXIT

fails=0
fail() { echo "check-packaged: FAIL: $*" >&2; fails=$((fails + 1)); }

# run NAME JAVA [jvm options...] -- [selftest args...]: runs the self-test, prints its output.
run() {
  local name="$1" java="$2"; shift 2
  local jvm=() args=()
  while [[ $# -gt 0 && "$1" != -- ]]; do jvm+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  args=("$@")
  local major; major=$(tlb_java_major "$java")
  [[ "$major" -ge 22 ]] && jvm=(--enable-native-access=ALL-UNNAMED "${jvm[@]}")
  local out="$work/$name.out" rc=0
  # JUL has no handlers with an empty config: only the JVM itself can print warnings.
  "$java" -Xcheck:jni -Djava.util.logging.config.file=/dev/null -Dtalebian.extract.dir="$work/extract-$name" \
      "${jvm[@]}" -cp "$cp" io.talebian.nativelib.NativeSelfTest "${args[@]}" >"$out" 2>&1 || rc=$?
  sed "s/^/  [$name] /" "$out"
  [[ $rc -eq 0 ]] || fail "$name: self-test exited $rc"
  if grep -qiE 'warning|fatal error|exception' "$out"; then
    fail "$name: the JVM printed a warning or error under -Xcheck:jni"
  fi
  LAST_OUT="$out"
}

expect() { # expect NAME PATTERN
  grep -qF -- "$2" "$LAST_OUT" || fail "$1: expected '$2' in the output"
}

check_jdk() { # check_jdk LABEL JAVA
  local label="$1" java="$2" major
  major=$(tlb_java_major "$java")
  echo "check-packaged: $label = $java (Java $major)"
  run "$label-best" "$java" -- --require-native --expect-origin=EXTRACTED
  if [[ "$major" -ge 22 ]]; then
    expect "$label-best" "ffm.versioned.class=true"
    expect "$label-best" "auto.backend=ffm"
  else
    expect "$label-best" "ffm.versioned.class=false"
    expect "$label-best" "auto.backend=jni"
  fi
  run "$label-scalar" "$java" -Dtalebian.isa=scalar -- --require-native
  expect "$label-scalar" "active isa scalar"
  run "$label-java" "$java" -Dtalebian.isa=java --
  expect "$label-java" "disabled by -Dtalebian.isa=java"
  expect "$label-java" "auto.backend=java"
}

if [[ -n "$JDK17_JAVA" ]]; then
  check_jdk jdk17 "$JDK17_JAVA"
else
  fail "no JDK 17 found: the JDK 17 path is not checked"
fi
check_jdk "jdk$(tlb_java_major "$BUILD_JAVA_HOME/bin/java")" "$BUILD_JAVA_HOME/bin/java"

if [[ $fails -ne 0 ]]; then
  echo "check-packaged: $fails failure(s)" >&2
  exit 1
fi
echo "check-packaged: OK (-Xcheck:jni clean, extracted from the classifier JAR, MR-JAR picks jni on 17 and ffm on 22+)"
