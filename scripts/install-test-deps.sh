#!/usr/bin/env bash
# Installs what the test suite needs, each only when missing. Peers the interop tests use are
# installed here so that CI really runs those tests instead of skipping them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

apt_updated=""
apt_install() { # package names
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "tests need: $* (install them with your package manager)" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  if [ -z "$apt_updated" ]; then
    $sudo apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v mvn >/dev/null 2>&1 || { echo "installing maven…" >&2; apt_install maven; }

# The npm `onvif` client (agsh/onvif), an interop peer: node + the pinned package.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "installing nodejs…" >&2; apt_install nodejs npm; }
if [ ! -f "$root/interop/npm-onvif/node_modules/onvif/package.json" ]; then
  echo "installing the npm onvif client for interop tests…" >&2
  (cd "$root/interop/npm-onvif" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# ffmpeg/ffprobe: the RTSP interop peers (jonvif-rtsp plays its streams through them).
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || { echo "installing ffmpeg…" >&2; apt_install ffmpeg; }

# Chromium and its WebDriver: the hub's browser test drives the system browser (never a download).
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { echo "installing chromium…" >&2; apt_install chromium chromium-driver; }

# VLC is not installed: Debian's (and Ubuntu's) VLC is built without live555 (--disable-live555,
# Debian bug #981439), so it cannot open rtsp:// URLs; VlcInteropTest is
# tagged needs-live555-vlc and left out of the default suite (docs/interop.md).
