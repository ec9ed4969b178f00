#!/usr/bin/env bash
# Builds the one-folder app bundle for this platform into packaging/dist.
#
#   python3 -m venv .venv && .venv/bin/pip install -e '.[package]'
#   PYTHON=.venv/bin/python bash packaging/build.sh
#
# Linux:   packaging/dist/delight-workshop/ and delight-workshop-<version>-linux-<arch>.tar.gz
#          (the bundle plus install.sh, the .desktop file and the MIME type).
# macOS:   packaging/dist/Delight Workshop.app (see packaging/macos/README.md)
# Windows: packaging\dist\delight-workshop\ (run from Git Bash; see packaging/windows/README.md)
#
# AppImage: not built here. appimagetool is only published as a prebuilt binary;
# with it installed, `appimagetool packaging/dist/AppDir` works on the folder this
# script prepares with APPDIR=1 (see README "Install as a desktop app").
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: PyInstaller is missing: $PYTHON -m pip install -e '.[package]'" >&2
  exit 1
fi
version=$("$PYTHON" -c "import workshop; print(workshop.__version__)")
started=$(date +%s)
# The compiled catalogues (.qm with lrelease, .mo with Babel) go into the bundle beside
# their sources; the bundle has no lrelease to compile them on first use.
"$PYTHON" packaging/i18n.py --compile-only

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/delight-workshop.spec

case "$(uname -s)" in
  Linux)
    bundle=packaging/dist/delight-workshop
    cp packaging/linux/install.sh packaging/linux/delight-workshop.desktop \
       packaging/linux/delight-workshop-mime.xml "$bundle/"
    chmod +x "$bundle/install.sh"
    arch=$(uname -m)
    tarball="packaging/dist/delight-workshop-$version-linux-$arch.tar.gz"
    # The folder inside the tarball carries the version, so versions unpack side by side.
    tar -C packaging/dist --transform "s|^delight-workshop|delight-workshop-$version|" \
      -czf "$tarball" delight-workshop
    if [ "${APPDIR:-0}" = 1 ]; then
      appdir=packaging/dist/AppDir
      rm -rf "$appdir" && mkdir -p "$appdir/usr"
      cp -a "$bundle" "$appdir/usr/bin"
      cp packaging/linux/delight-workshop.desktop "$appdir/"
      cp resources/icons/delight-workshop-256.png "$appdir/delight-workshop.png"
      printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/bin/delight-workshop" "$@"\n' \
        > "$appdir/AppRun"
      chmod +x "$appdir/AppRun"
      echo "AppDir ready: appimagetool $appdir"
    fi
    echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1))"
    echo "tarball: $tarball ($(du -sh "$tarball" | cut -f1))"
    ;;
  Darwin)
    echo "app: packaging/dist/Delight Workshop.app ($(du -sh "packaging/dist/Delight Workshop.app" | cut -f1))"
    ;;
  *)
    echo "bundle: packaging/dist/delight-workshop ($(du -sh packaging/dist/delight-workshop | cut -f1))"
    ;;
esac
echo "built in $(( $(date +%s) - started )) s; try it: <bundle>/delight-workshop --self-test"
