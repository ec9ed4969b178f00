#!/usr/bin/env bash
# CI for the desktop bundle (Linux): build it, unpack the tarball somewhere else, run the
# unpacked app's --self-test with a bare environment, and install its desktop
# integration into a scratch folder. About 1.5 minutes on 2 cores.
#
#   bash packaging/ci-bundle.sh          # uses .venv (made if missing), adds PyInstaller
#   PYTHON=/path/to/python bash packaging/ci-bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1
started=$(date +%s)

PYTHON=${PYTHON:-.venv/bin/python}
if [ ! -x "$PYTHON" ]; then
  python3 -m venv .venv
  PYTHON=.venv/bin/python
fi
"$PYTHON" -c "import workshop, ui" 2>/dev/null || "$PYTHON" -m pip install -q -e .
# The `package` extra of pyproject.toml, without reinstalling the app itself.
requirement=$("$PYTHON" -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['package'])")
echo "== $requirement into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
"$PYTHON" -m pip install -q $requirement

echo "== build"
PYTHON="$PYTHON" bash packaging/build.sh
version=$("$PYTHON" -c "import workshop; print(workshop.__version__)")
tarball="$PWD/packaging/dist/delight-workshop-$version-linux-$(uname -m).tar.gz"

# The bundle must not grow unnoticed: a build machine's extra libraries (GTK 3 once
# added 11 MB that nothing loads) or a new dependency. Measured: 189 MB folder, 78 MB
# tarball (PySide6-Essentials 6.11.3, Python 3.11): Qt 94 MB; since 157 MB the fonts
# for every script, Babel's data for the shipped languages, uharfbuzz (the PDF's
# shaping), rapidfuzz (the roll-up) and aiohttp (the room). Raise the limits on
# purpose only.
MAX_FOLDER_MB=${MAX_FOLDER_MB:-196}
MAX_TARBALL_MB=${MAX_TARBALL_MB:-82}
folder_mb=$(du -sm packaging/dist/delight-workshop | cut -f1)
tarball_mb=$(( ($(stat -c %s "$tarball") + 1048575) / 1048576 ))
echo "== size: folder $folder_mb MB (limit $MAX_FOLDER_MB), tarball $tarball_mb MB (limit $MAX_TARBALL_MB)"
unwanted=$(find packaging/dist/delight-workshop -name 'libgtk-3*' -o -name 'libgdk-3*' | head -3)
if [ -n "$unwanted" ]; then
  echo "ci-bundle: GTK 3 libraries are in the bundle although nothing loads them: $unwanted" >&2
  exit 1
fi
if [ "$folder_mb" -gt "$MAX_FOLDER_MB" ] || [ "$tarball_mb" -gt "$MAX_TARBALL_MB" ]; then
  echo "ci-bundle: the bundle grew past its limit (folder $folder_mb MB > $MAX_FOLDER_MB MB" \
    "or tarball $tarball_mb MB > $MAX_TARBALL_MB MB): see what was added" >&2
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar -C "$scratch" -xzf "$tarball"
app="$scratch/delight-workshop-$version"

echo "== self-test of the unpacked bundle (no venv, no checkout on the path)"
(cd "$scratch" && env -i HOME="$scratch/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$app/delight-workshop" --self-test)

if command -v xvfb-run >/dev/null 2>&1; then
  echo "== self-test on an X display (Xvfb): the bundle's xcb platform plugin loads"
  (cd "$scratch" && HOME="$scratch/home" xvfb-run -a env QT_QPA_PLATFORM=xcb \
    "$app/delight-workshop" --self-test | grep -E "^(OK|FAILED) +Qt starts|^Self-test")
fi

echo "== command line of the bundle"
"$app/delight-workshop" --version
"$app/delight-workshop" demo "$scratch/cli.dwbook" >/dev/null
"$app/delight-workshop" info "$scratch/cli.dwbook" | grep -q '"sessions"'

echo "== desktop integration from the bundle"
"$app/install.sh" --prefix "$scratch/share"
test -f "$scratch/share/applications/delight-workshop.desktop"
grep -q "^Exec=\"$app/delight-workshop\" %f$" "$scratch/share/applications/delight-workshop.desktop"
test -f "$scratch/share/icons/hicolor/256x256/apps/delight-workshop.png"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$scratch/share/applications/delight-workshop.desktop"
fi
if command -v update-mime-database >/dev/null 2>&1; then
  grep -q 'application/x-delight-workshop-book:\*\.dwbook' "$scratch/share/mime/globs2"
fi

echo "== bundle OK: $(du -sh packaging/dist/delight-workshop | cut -f1) folder," \
  "$(du -sh "$tarball" | cut -f1) tarball, $(( $(date +%s) - started )) s"
