#!/usr/bin/env bash
# Sourced by the Makefile's scripts: puts a JDK 25 first on the PATH.
# The functions target the Lambda java25 runtime, so the build needs javac 25.
java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'
}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
  :
elif command -v java >/dev/null && [ "$(java_major java)" -ge 25 ] 2>/dev/null; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
else
  JAVA_HOME=
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*-2[5-9]-* /opt/java/*25*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 25 ] 2>/dev/null; then
      JAVA_HOME=$candidate
      break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "error: a JDK 25 is required (the functions run on the Lambda java25 runtime)." >&2
    echo "       Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8 on JDK 25 warns about sun.misc.Unsafe; the warning is Maven's, not ours.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
