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

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ui.state import settings as prefs
from ui.state.language import translator_for
from workshop import i18n as core_i18n

_installed: list[QTranslator] = []


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
    ours = translator_for(code)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(QLocale(code))
    core_i18n.set_language(code)
    rtl = core_i18n.is_rtl(code)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return code


def remove_language(app: QApplication) -> None:
    """Back to the state before :func:`install_language` (English, left to right, the
    system's locale for numbers and dates): for tests and scripts that switch languages."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    core_i18n.set_language(core_i18n.SOURCE_LANGUAGE)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
