#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian/Ubuntu (offscreen and real
# windows), the fonts the UI renders with, poppler for looking at PDFs, and the
# desktop-file and MIME tools the packaging checks use, and chromium with its
# driver for the room's phone-page tests (Selenium).
# Safe to run again; does nothing where apt-get is missing or we are not root.
set -euo pipefail
packages=(
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth fonts-dejavu-core poppler-utils
  desktop-file-utils shared-mime-info
  chromium chromium-driver
)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: no apt-get here; install the Qt 6 runtime libraries yourself" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
