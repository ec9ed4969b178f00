"""Issue 13, item 14: the bundle leaves GTK 3 out and CI fails when the bundle grows.

The full build runs in CI (``packaging/ci-bundle.sh``, about 1.5 minutes); here the
spec's filter and the size check of ci-bundle.sh run on their own.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def unwanted_binaries() -> re.Pattern[str]:
    text = (PACKAGING / "delight-workshop.spec").read_text(encoding="utf-8")
    start = text.index("UNWANTED_BINARIES = re.compile(")
    end = text.index("\n)\n", start) + 2
    namespace: dict[str, object] = {"re": re}
    exec(text[start:end], namespace)
    return namespace["UNWANTED_BINARIES"]  # type: ignore[return-value]


# What PyInstaller collected where GTK 3 is installed: nothing in the bundle loads these.
GTK_ONLY = ["libgtk-3.so.0", "libgdk-3.so.0", "libepoxy.so.0", "libatk-bridge-2.0.so.0",
            "libatspi.so.0", "libXcomposite.so.1", "libXdamage.so.1", "libXinerama.so.1",
            "libXcursor.so.1", "libXrandr.so.2", "libXi.so.6", "libXext.so.6", "libXfixes.so.3",
            "libXrender.so.1", "libatk-1.0.so.0", "libcairo.so.2", "libpango-1.0.so.0",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so"]  # fmt: skip
# What Qt's xcb, wayland, offscreen and print plugins do load: must stay.
NEEDED = ["libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1", "libxcb-xinput.so.0",
          "libxcb-randr.so.0", "libxcb-cursor.so.0", "libxkbcommon.so.0",
          "libxkbcommon-x11.so.0", "libwayland-client.so.0", "libwayland-cursor.so.0",
          "libcups.so.2", "libdbus-1.so.3", "libfontconfig.so.1", "libfreetype.so.6",
          "libglib-2.0.so.0", "libEGL.so.1", "libGLX.so.0",
          "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
          "PySide6/Qt/plugins/platforms/libqoffscreen.so",
          "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
          "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"]  # fmt: skip


@pytest.mark.parametrize("name", GTK_ONLY)
def test_gtk_and_what_only_it_needs_stay_out(name: str) -> None:
    assert unwanted_binaries().search(name), name


@pytest.mark.parametrize("name", NEEDED)
def test_what_qt_loads_stays_in(name: str) -> None:
    assert not unwanted_binaries().search(name), name


def _size_check() -> str:
    text = (PACKAGING / "ci-bundle.sh").read_text(encoding="utf-8")
    start = text.index("MAX_FOLDER_MB=")
    end = text.index("scratch=$(mktemp -d)")
    return text[start:end]


@pytest.mark.parametrize(
    "limits, files, ok",
    [
        ({"MAX_FOLDER_MB": "5", "MAX_TARBALL_MB": "5"}, {"lib.so": 1}, True),
        ({"MAX_FOLDER_MB": "1", "MAX_TARBALL_MB": "5"}, {"lib.so": 3}, False),
        ({"MAX_FOLDER_MB": "5", "MAX_TARBALL_MB": "5"}, {"libgtk-3.so.0": 1}, False),
    ],
)
def test_ci_bundle_fails_past_its_stated_size(tmp_path: Path, limits, files, ok: bool) -> None:
    bundle = tmp_path / "packaging" / "dist" / "delight-workshop"
    bundle.mkdir(parents=True)
    for name, megabytes in files.items():
        (bundle / name).write_bytes(b"\1" * (megabytes * 1024 * 1024))
    tarball = tmp_path / "bundle.tar.gz"
    tarball.write_bytes(b"\1" * 1024)
    script = f"set -euo pipefail\ntarball={tarball}\n{_size_check()}\necho passed\n"
    result = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True,
                            text=True, env={"PATH": "/usr/bin:/bin", **limits})  # fmt: skip
    assert (result.returncode == 0) == ok, result.stdout + result.stderr
    if not ok:
        assert "ci-bundle:" in result.stderr


def test_stated_limits_are_above_the_measured_bundle() -> None:
    text = (PACKAGING / "ci-bundle.sh").read_text(encoding="utf-8")
    folder = int(re.search(r"MAX_FOLDER_MB:-(\d+)", text).group(1))
    tarball = int(re.search(r"MAX_TARBALL_MB:-(\d+)", text).group(1))
    # Just above what was measured (the comment says it): room for noise, not for bloat.
    measured = re.search(r"Measured: (\d+) MB folder, (\d+) MB\s*#?\s*tarball", text)
    assert measured, "ci-bundle.sh states the measured size beside its limits"
    was_folder, was_tarball = int(measured.group(1)), int(measured.group(2))
    assert was_folder < folder <= was_folder * 1.1
    assert was_tarball < tarball <= was_tarball * 1.1
