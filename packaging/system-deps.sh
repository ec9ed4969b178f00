#!/usr/bin/env bash
# Installs, on Debian/Ubuntu, what the README's commands need: python3-venv (for
# `python3 -m venv`; and python3 itself where it is missing or older than 3.11,
# which this script says), the system libraries Qt needs (offscreen and real
# windows), the fonts the UI renders with, poppler for looking at PDFs, and the
# desktop-file and MIME tools the packaging checks use, and, where the distribution
# packages it (Debian does; Ubuntu ships it as a snap), chromium with its driver for
# the room's phone-page tests (Selenium), which are skipped without it.
# Safe to run again: it does nothing when every package is installed already.
# Where apt-get is missing it only says so. As root it runs apt-get itself; as
# another user it runs it through sudo (which may ask for a password). When
# another apt or dpkg process holds the package lock, it waits for it (up to 10
# minutes) instead of failing.
set -euo pipefail
packages=(
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth fonts-dejavu-core poppler-utils
  desktop-file-utils shared-mime-info
)
optional=(chromium chromium-driver)
packages+=(python3-venv)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: no apt-get here; install Python 3.11+ with venv and the Qt 6 runtime libraries yourself" >&2
  exit 0
fi

python_ok() {
  command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}
if ! python_ok; then
  if command -v python3 >/dev/null 2>&1; then
    echo "system-deps: python3 is $(python3 -c 'import platform; print(platform.python_version())'), older than 3.11: installing the system's python3" >&2
  else
    echo "system-deps: python3 is missing: installing it" >&2
  fi
  packages+=(python3)
fi

# Only what is not fully installed ("ii"); a package another install is still
# unpacking counts as missing, and apt-get below waits for that install to finish.
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing+=("$p")
done
missing_optional=()
for p in "${optional[@]}"; do
  dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing_optional+=("$p")
done
[ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
  echo "system-deps: installing ${missing[*]} with sudo" >&2
fi
# Wait for another apt/dpkg (unattended upgrades, a second terminal) instead of failing.
lock=(-o DPkg::Lock::Timeout=600)
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get "${lock[@]}" update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ ${#missing_optional[@]} -gt 0 ]; then
  $sudo apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing_optional[@]}" ||
    echo "system-deps: ${missing_optional[*]} not installed (not packaged here?): the phone-page browser tests will be skipped" >&2
fi
if ! python_ok; then
  echo "system-deps: this system's python3 is still older than 3.11; Delight Workshop needs 3.11 or newer (Debian 12, Ubuntu 23.04 or later, or pyenv)" >&2
  exit 1
fi
