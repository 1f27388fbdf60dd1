# Sourced by ./jonvif and ./test.sh: sets JONVIF_JAVA_HOME to a JDK 21+ or prints what to install.
# Order: $JAVA_HOME, the java on PATH, then the JDKs under /usr/lib/jvm (newest first).

jonvif_java_major() { # $1 = path to a java binary; prints its feature version
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
      return 0
    fi
  done
  echo "jonvif needs a JDK 21 or newer and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
  return 1
}
