"""The app's language: Qt's catalogues (ours and Qt's own), the core's, layout direction, fonts.

Our strings are in ``resources/i18n/delight-workshop_<lang>.ts`` (Qt Linguist,
under version control). The compiled ``.qm`` is used from beside the ``.ts``
when it is up to date (``packaging/i18n.py`` and the bundle build write it);
otherwise it is compiled on first use with ``lrelease`` (it ships with
PySide6-Essentials) into the user's cache folder. Qt's own ``qtbase_<lang>.qm``
is loaded too, so standard buttons and file dialogs speak the same language.

The language is the setting ``ui/language`` ("" follows the system) and
applies from the next start; :func:`install_language` applies it at start.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ui.state import settings as prefs
from workshop import i18n as core_i18n
from workshop.resources import resources_dir

log = logging.getLogger(__name__)
CATALOGUE = "delight-workshop"
_installed: list[QTranslator] = []


def ts_dir() -> Path:
    return resources_dir() / "i18n"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    try:
        import PySide6

        binary = Path(PySide6.__file__).with_name("lrelease")
        if binary.exists():
            return str(binary)
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(code: str) -> Path | None:
    """The ``.qm`` of *code*: beside the ``.ts`` if up to date, else compiled into the cache."""
    ts = ts_dir() / f"{CATALOGUE}_{code}.ts"
    if not ts.exists():
        return None
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    cached = cache / "i18n" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("No lrelease found: the %s catalogue cannot be compiled", code)
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(cached)], capture_output=True, check=False
    )
    if done.returncode != 0 or not cached.exists():
        log.warning("lrelease failed for %s: %s", ts, done.stderr.decode(errors="replace"))
        return None
    return cached


def chosen_language() -> str:
    """The language setting, or the system's language when it is "" (automatic)."""
    stored = prefs.LANGUAGE.read(prefs.settings())
    return core_i18n.normalize(stored) or core_i18n.normalize(QLocale.system().name()) or "en"


def install_language(app: QApplication, code: str | None = None) -> str:
    """Load the catalogues of *code* (default: the setting) and set the layout direction."""
    code = core_i18n.normalize(code) or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(code), "qtbase", "_", qt_path):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = compiled_catalogue(code) if code != core_i18n.SOURCE_LANGUAGE else None
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    core_i18n.set_language(code)
    rtl = core_i18n.is_rtl(code)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return code


def session_layout_direction(code: str | None) -> Qt.LayoutDirection:
    """The layout direction of a window that follows a session's language (the projector)."""
    lang = core_i18n.normalize(code) or core_i18n.current_language()
    rtl = core_i18n.is_rtl(lang)
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
