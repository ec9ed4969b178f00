"""Render the app icon (resources/icons/delight-workshop.svg) to every size the platforms need.

    python packaging/render_icons.py          # rewrites the files below
    python packaging/render_icons.py --check  # exit 1 if a committed file is out of date

Sources: ``delight-workshop.svg`` (every size from 32 px up) and
``delight-workshop-small.svg`` (16 and 24 px: one-pixel outline, chunkier shapes).

Writes into resources/icons/:
- ``delight-workshop-<N>.png`` for N in PNG_SIZES (Linux hicolor theme, the window icon);
- ``delight-workshop.ico`` (Windows: PNG payloads, which Windows Vista and later read);
- ``delight-workshop.icns`` (macOS: PNG payloads in the ``ic07``..``ic14`` slots, the
  same layout ``iconutil -c icns`` writes).

Rendering uses Qt's own SVG renderer (QSvgRenderer), so no Pillow, Inkscape or rsvg
is needed, and the ICO and ICNS containers are written here byte by byte.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "delight-workshop.svg"
SMALL_SVG = ICONS / "delight-workshop-small.svg"  # hinted drawing for the tiny sizes
SMALL_UP_TO = 24
NAME = "delight-workshop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns slot -> pixel size (the @2x slots hold the doubled image of the size they stand for).
ICNS_SLOTS = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render(size: int, svg: Path = SVG) -> QImage:
    """The icon drawn at *size* x *size* pixels on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (sizes up to 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(slots: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: 'icns', total length, then (type, length incl. 8-byte header, data)."""
    body = b"".join(kind + struct.pack(">I", len(data) + 8) + data for kind, data in slots)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def source_for(size: int) -> Path:
    """The drawing used at *size*: the hinted one for tiny icons, else the main one."""
    return SMALL_SVG if size <= SMALL_UP_TO else SVG


def build() -> dict[str, bytes]:
    """Every icon file, by file name, rendered from the SVG sources."""
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_SLOTS})
    pngs = {size: png_bytes(render(size, source_for(size))) for size in sizes}
    files = {f"{NAME}-{size}.png": pngs[size] for size in PNG_SIZES}
    files[f"{NAME}.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[f"{NAME}.icns"] = icns_bytes([(kind, pngs[size]) for kind, size in ICNS_SLOTS])
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date files")
    parser.add_argument("--out", type=Path, default=ICONS, help="folder to write into")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    stale = []
    for name, data in build().items():
        target = args.out / name
        if target.exists() and target.read_bytes() == data:
            continue
        stale.append(name)
        if not args.check:
            target.write_bytes(data)
            print(f"wrote {target} ({len(data):,} bytes)")
    if args.check and stale:
        print("out of date (run packaging/render_icons.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
