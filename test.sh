#!/usr/bin/env bash
# Runs the whole jonvif test suite: finds a JDK 21+, installs what the tests need when missing,
# then runs `mvn -B verify`. Extra arguments go to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
# shellcheck source=scripts/find-java.sh
. "$root/scripts/find-java.sh"
jonvif_find_java || exit 1
export JAVA_HOME="$JONVIF_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"

"$root/scripts/install-test-deps.sh"

if [ ! -d "$root/../shared/onvif-reference" ]; then
  echo "note: ../shared/onvif-reference is missing: schema-validation and capture tests will be skipped" >&2
fi

exec mvn -B -ntp verify "$@"
