#!/usr/bin/env bash
# Desktop integration for Linux: menu entry, icon, and *.dwbook books opening with the app.
#
#   ./install.sh                 # for you: ~/.local/share (no root needed)
#   sudo ./install.sh --system   # for everyone: /usr/share
#   ./install.sh --uninstall     # (or --system --uninstall) removes what it installed
#
# Options: --prefix DIR (another share/ folder, e.g. for tests or /usr/local/share),
#          --exec PATH  (the program to start; found by itself, see below).
#
# Run it from the unpacked bundle (delight-workshop-<version>/install.sh): menu entries
# then start that bundle, so move the folder first if you want it elsewhere (e.g. /opt).
# Run from a source checkout (packaging/linux/install.sh) it uses the `delight-workshop`
# command installed by pip. It copies the .desktop file, the MIME type and the icons,
# then refreshes the desktop, MIME and icon caches when those tools are installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_path=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --system) prefix=/usr/share ;;
    --prefix) prefix="$2"; shift ;;
    --exec) exec_path="$2"; shift ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

name=delight-workshop
mime_name=application-x-delight-workshop-book
sizes=(16 24 32 48 64 128 256 512)

# Where the icons and the desktop/MIME files are: next to this script in a bundle
# (the bundle's own copy of resources/), or in the checkout.
if [ -d "$here/_internal/resources/icons" ]; then
  icons="$here/_internal/resources/icons"
elif [ -d "$here/../../resources/icons" ]; then
  icons=$(cd "$here/../../resources/icons" && pwd)
else
  echo "install.sh: cannot find the icons (resources/icons)" >&2; exit 1
fi

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$prefix/applications" 2>/dev/null || true
  command -v update-mime-database >/dev/null 2>&1 &&
    update-mime-database "$prefix/mime" >/dev/null 2>&1 || true
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -f -t "$prefix/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$prefix/applications/$name.desktop" "$prefix/mime/packages/$name.xml"
  for s in "${sizes[@]}"; do
    rm -f "$prefix/icons/hicolor/${s}x${s}/apps/$name.png" \
          "$prefix/icons/hicolor/${s}x${s}/mimetypes/$mime_name.png"
  done
  rm -f "$prefix/icons/hicolor/scalable/apps/$name.svg" \
        "$prefix/icons/hicolor/scalable/mimetypes/$mime_name.svg"
  refresh
  echo "Removed Delight Workshop's menu entry, icons and file type from $prefix"
  exit 0
fi

if [ -z "$exec_path" ]; then
  if [ -x "$here/$name" ] && [ -d "$here/_internal" ]; then
    exec_path="$here/$name"                 # the unpacked bundle
  elif command -v "$name" >/dev/null 2>&1; then
    exec_path=$(command -v "$name")         # pip install
  else
    echo "install.sh: no $name program found; install the app or pass --exec PATH" >&2
    exit 1
  fi
fi

install -d "$prefix/applications" "$prefix/mime/packages" \
           "$prefix/icons/hicolor/scalable/apps" "$prefix/icons/hicolor/scalable/mimetypes"
# Exec: the path in double quotes (it may hold spaces); the desktop entry spec would
# need double escaping for these characters, so refuse them instead.
case "$exec_path" in
  *[\"\`\$\\]*) echo "install.sh: move the app to a path without \" \` \$ or \\" >&2; exit 1 ;;
esac
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%f\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/$name.desktop" > "$prefix/applications/$name.desktop"
chmod 644 "$prefix/applications/$name.desktop"
install -m 644 "$here/$name-mime.xml" "$prefix/mime/packages/$name.xml"
for s in "${sizes[@]}"; do
  install -d "$prefix/icons/hicolor/${s}x${s}/apps" "$prefix/icons/hicolor/${s}x${s}/mimetypes"
  install -m 644 "$icons/$name-$s.png" "$prefix/icons/hicolor/${s}x${s}/apps/$name.png"
  install -m 644 "$icons/$name-$s.png" "$prefix/icons/hicolor/${s}x${s}/mimetypes/$mime_name.png"
done
install -m 644 "$icons/$name.svg" "$prefix/icons/hicolor/scalable/apps/$name.svg"
install -m 644 "$icons/$name.svg" "$prefix/icons/hicolor/scalable/mimetypes/$mime_name.svg"
refresh
echo "Installed Delight Workshop into $prefix: menu entry (starts $exec_path),"
echo "icons, and the file type application/x-delight-workshop-book (*.dwbook)."
