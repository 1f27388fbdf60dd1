# Sourced by ./jonvif and ./test.sh: sets JONVIF_JAVA_HOME to a JDK 21+ (and JONVIF_JAVA_MAJOR to
# its feature version) or prints what to install.
# Order: $JAVA_HOME, the java on PATH, then the JDKs under /usr/lib/jvm (newest first).

jonvif_java_major() { # $1 = path to a java binary; prints its feature version
  # The JDK's release file answers without starting a JVM (that costs 50-100 ms per candidate).
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n1)
    if [ -n "$v" ] && [ "$v" != 1 ]; then
      echo "$v"
      return
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

jonvif_is_jdk21() { # $1 = JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v
  v=$(jonvif_java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ]
}

jonvif_find_java() {
  local candidates=() c
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)")
    candidates+=("${c%/bin/java}")
  fi
  if [ -d /usr/lib/jvm ]; then
    while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
  fi
  for c in "${candidates[@]}"; do
    if jonvif_is_jdk21 "$c"; then
      JONVIF_JAVA_HOME="$c"
      JONVIF_JAVA_MAJOR=$(jonvif_java_major "$c/bin/java")
      return 0
    fi
  done
  echo "jonvif needs a JDK 21 or newer and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
  return 1
}
