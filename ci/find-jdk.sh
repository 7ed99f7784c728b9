#!/usr/bin/env bash
# Sourced by the launcher and the CI scripts. Sets:
#   BUILD_JAVA_HOME  a JDK >= 22 to build with (FFM is final there): JAVA_HOME if it is one,
#                    else the newest JDK >= 22 under /usr/lib/jvm (or TALEBIAN_JDK_DIRS).
#   JDK17_JAVA       a JDK 17 java executable for the JDK 17 test run (empty if none).
# Fails with a message naming what it looked at when no JDK >= 22 exists.

tlb_java_major() { # $1 = a java executable; prints its feature version (17, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | head -n1 | sed 's/^1\.//'
}

tlb_find_jdks() {
  local dirs="${TALEBIAN_JDK_DIRS:-/usr/lib/jvm}" d j v best="" bestv=0
  BUILD_JAVA_HOME=""
  JDK17_JAVA=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(tlb_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 22 ]; then best="$JAVA_HOME"; bestv=$v; fi
    if [ "$v" = 17 ]; then JDK17_JAVA="$JAVA_HOME/bin/java"; fi
  fi
  for d in $dirs; do
    for j in "$d"/*/; do
      j=${j%/}
      [ -x "$j/bin/javac" ] || continue
      [ -L "$j" ] && continue
      v=$(tlb_java_major "$j/bin/java")
      [ -n "$v" ] || continue
      if [ -z "$best" ] || { [ "$best" != "${JAVA_HOME:-}" ] && [ "$v" -gt "$bestv" ]; }; then
        if [ "$v" -ge 22 ]; then best="$j"; bestv=$v; fi
      fi
      if [ -z "$JDK17_JAVA" ] && [ "$v" = 17 ]; then JDK17_JAVA="$j/bin/java"; fi
    done
  done
  if [ -z "$best" ]; then
    echo "talebian: no JDK >= 22 found (looked at JAVA_HOME=${JAVA_HOME:-unset} and $dirs/*); install one, e.g. a Temurin 25 JDK" >&2
    return 1
  fi
  BUILD_JAVA_HOME="$best"
  export BUILD_JAVA_HOME JDK17_JAVA
}
