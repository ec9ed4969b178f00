"""The installable app: wheel contents, desktop integration files, the bundle spec, the icon."""

from __future__ import annotations

import ast
import configparser
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
MIME_TYPE = "application/x-delight-workshop-book"
sys.path.insert(0, str(PACKAGING))
import render_icons  # noqa: E402  (packaging/ is not a package)

sys.path.remove(str(PACKAGING))


# -- the wheel -----------------------------------------------------------------
@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built offline from a copy of the sources (the checkout stays untouched)."""
    pytest.importorskip("setuptools", reason="the `test` extra installs setuptools")
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("workshop", "ui", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp / "dist"), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (built,) = (tmp / "dist").glob("delight_workshop-*.whl")
    return built


def test_wheel_carries_every_shipped_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".pyc"]
    shipped = [p for p in shipped if "__pycache__" not in p.parts]
    missing = [
        str(p.relative_to(ROOT))
        for p in shipped
        if f"delight_resources/{p.relative_to(ROOT / 'resources').as_posix()}" not in names
    ]
    assert not missing, f"not in the wheel: {missing}"
    for module in (
        "ui/app/self_test.py",
        "ui/dialogs/about.py",
        "ui/dialogs/first_run.py",
        "workshop/demo.py",
    ):
        assert module in names


def test_app_from_the_wheel_finds_its_files_and_passes_the_self_test(
    wheel: Path, tmp_path: Path
) -> None:
    """Unpacked like site-packages, away from the checkout: resources come from the wheel."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [sys.executable, "-c",
         "import workshop.resources as r, workshop.templates as t, ui;"
         "print(r.resources_dir()); print(ui.__file__); print(len(t.templates()))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    resources, ui_file, count = where.stdout.split("\n")[:3]
    assert Path(resources) == site / "delight_resources"
    assert Path(ui_file).is_relative_to(site)
    assert int(count) == len(list((ROOT / "resources" / "templates").glob("*.json")))
    run = subprocess.run(
        [sys.executable, "-m", "ui.app.launcher", "--self-test"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"icons in {site / 'delight_resources'}" in run.stdout
    assert "FAILED" not in run.stdout
    assert "Self-test passed" in run.stdout


# -- Linux desktop integration -----------------------------------------------------
def test_desktop_file_opens_books_with_the_app() -> None:
    path = PACKAGING / "linux" / "delight-workshop.desktop"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[-1] in ("%f", "%F")
    assert MIME_TYPE in desktop["MimeType"].split(";")
    assert (ICONS / f"{desktop['Icon']}-48.png").exists()


def test_mime_type_matches_the_book_format() -> None:
    from workshop.schema import APPLICATION_ID

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ET.parse(PACKAGING / "linux" / "delight-workshop-mime.xml")
    mime = tree.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.dwbook"]
    inner = mime.find("m:magic/m:match/m:match", ns)
    assert inner is not None and int(inner.get("value"), 16) == APPLICATION_ID


def test_install_script_puts_entry_type_and_icons_in_place(tmp_path: Path) -> None:
    program = tmp_path / "my apps" / "delight-workshop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    share = tmp_path / "share"
    subprocess.run(
        ["bash", str(PACKAGING / "linux" / "install.sh"), "--prefix", str(share), "--exec", str(program)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    desktop = (share / "applications" / "delight-workshop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in desktop.splitlines()
    for size in render_icons.PNG_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/delight-workshop.png").exists()
    assert (share / "icons/hicolor/scalable/apps/delight-workshop.svg").exists()
    assert (share / "mime/packages/delight-workshop.xml").exists()
    if shutil.which("update-mime-database"):
        assert f"{MIME_TYPE}:*.dwbook" in (share / "mime" / "globs2").read_text(encoding="utf-8")
    subprocess.run(
        ["bash", str(PACKAGING / "linux" / "install.sh"), "--prefix", str(share), "--uninstall"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert not (share / "applications" / "delight-workshop.desktop").exists()
    assert not list(share.glob("icons/hicolor/*/apps/delight-workshop.*"))


# -- the bundle spec --------------------------------------------------------------
def spec_list(name: str) -> list[str]:
    text = (PACKAGING / "delight-workshop.spec").read_text(encoding="utf-8")
    match = re.search(rf"^{name} = (\[.*?\])", text, re.S | re.M)
    assert match, f"{name} not found in the spec"
    return ast.literal_eval(match.group(1))


def test_bundle_leaves_out_qt_the_app_does_not_use() -> None:
    excluded = set(spec_list("EXCLUDED_QT_MODULES"))
    assert {"QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "QtMultimedia"} <= excluded
    # Imported only if installed, with a fallback: the bundle plays the end-of-round chime
    # with the platform's player instead (ui/widgets/chime.py).
    optional = {ROOT / "ui" / "widgets" / "chime.py": {"QtMultimedia"}}
    used = set()
    for source in [*ROOT.glob("workshop/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        text = source.read_text(encoding="utf-8")
        found = set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([\w, ()\s]+)", text):
            found |= set(re.findall(r"Qt\w+", names))
        if source in optional:
            assert "except ImportError" in text, (
                f"{source.name} must work without {optional[source]}"
            )
            found -= optional[source]
        used |= found
    assert not used & excluded, f"the app imports excluded Qt modules: {sorted(used & excluded)}"


def test_every_platform_icon_the_spec_names_exists() -> None:
    text = (PACKAGING / "delight-workshop.spec").read_text(encoding="utf-8")
    assert 'f"{NAME}.ico"' in text and 'f"{NAME}.icns"' in text
    assert (ICONS / "delight-workshop.ico").exists() and (ICONS / "delight-workshop.icns").exists()
    assert "CFBundleDocumentTypes" in text and '"dwbook"' in text


# -- the icon ------------------------------------------------------------------
def test_icon_renders_a_bubble_with_a_light_spark(qapp) -> None:
    image = render_icons.render(64)
    assert image.width() == image.height() == 64
    spark = image.pixelColor(32, 27)  # the middle of the spark
    bubble = image.pixelColor(14, 27)  # left part of the bubble, beside the spark
    corner = image.pixelColor(0, 63)  # below the bubble, left of the tail
    assert spark.lightness() > 230 and spark.alpha() == 255
    assert bubble.alpha() == 255 and bubble.red() > 200 and bubble.blue() < 120  # warm orange
    assert corner.alpha() == 0


def decoded(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def close_enough(a: QImage, b: QImage) -> bool:
    """Same size and no channel off by more than a little (PNG encoders differ by Qt version)."""
    if a.size() != b.size():
        return False
    worst = 0
    for y in range(0, a.height(), max(1, a.height() // 64)):
        for x in range(0, a.width(), max(1, a.width() // 64)):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(worst, *(abs(c - d) for c, d in zip(p.getRgb(), q.getRgb(), strict=True)))
    return worst <= 8


def test_committed_icon_files_match_the_svg(qapp) -> None:
    """Run packaging/render_icons.py after editing the SVG."""
    fresh = render_icons.build()
    assert sorted(fresh) == sorted(
        p.name for p in ICONS.iterdir() if p.suffix in (".png", ".ico", ".icns")
    )
    for size in render_icons.PNG_SIZES:
        name = f"delight-workshop-{size}.png"
        assert close_enough(decoded(fresh[name]), QImage(str(ICONS / name))), name


def test_ico_and_icns_hold_every_size(qapp) -> None:
    reader = QImageReader(str(ICONS / "delight-workshop.ico"))
    assert reader.imageCount() == len(render_icons.ICO_SIZES)
    widths = set()
    for _ in range(reader.imageCount()):
        widths.add(reader.read().width())
        reader.jumpToNextImage()
    assert widths == set(render_icons.ICO_SIZES)

    data = (ICONS / "delight-workshop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, found = 8, {}
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        found[kind] = decoded(data[offset + 8 : offset + length]).width()
        offset += length
    assert found == dict(render_icons.ICNS_SLOTS)


# -- the self-test's own PDF reading -----------------------------------------------
def test_self_test_reads_the_pdf_like_pypdf(book, session_id, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    from ui.app.self_test_pdf import pdf_text, squeeze
    from workshop.exports.pdf import write_action_plan

    book.sessions.update(session_id, title="Réception (Łódź) \\ 東京 — «front desk»")
    book.contributions.add(session_id, "delight", "Remember the guest's name (and tea)", "Ann")
    path = write_action_plan(book, session_id, tmp_path / "plan.pdf")
    mine = squeeze(pdf_text(path.read_bytes()))
    theirs = squeeze("".join(page.extract_text() for page in pypdf.PdfReader(path).pages))
    assert mine == theirs
    assert squeeze("Réception (Łódź) \\ 東京 — «front desk»") in mine


def test_self_test_reports_a_failure_and_exits_non_zero(qapp, tmp_path, monkeypatch) -> None:
    from ui.app import self_test

    def broken(self) -> str:
        raise FileNotFoundError("Missing app file: templates")

    monkeypatch.setattr(self_test.SelfTest, "start_qt", lambda self: "already running")
    monkeypatch.setattr(self_test.SelfTest, "find_files", broken)
    out = io.StringIO()
    assert self_test.SelfTest(tmp_path, out).run() == 1
    report = out.getvalue()
    assert "FAILED   App files found: FileNotFoundError: Missing app file: templates" in report
    assert re.search(r"OK +PDF shows the session title", report)
    assert "Self-test FAILED: 1 of" in report
