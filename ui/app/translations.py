"""The app's translators: Qt's own strings in the user's language, and real plurals.

Counted texts are written ``tr("%n session(s)", "", n)``; the catalogue
``resources/translations/delight-workshop_en.ts`` gives their English singular
and plural ("1 session", "2 sessions"), compiled by ``pyside6-lrelease`` into the
``.qm`` beside it. A language with its own catalogue uses that one instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop.resources import resource

CATALOGUE = "delight-workshop"
TRANSLATOR_NAME = "delightWorkshopTranslator"


def install_qt_translations(app: QCoreApplication) -> None:
    """Qt's own strings (standard buttons, file dialogs) in the user's language."""
    translator = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", path):
        app.installTranslator(translator)


def install_app_translator(app: QCoreApplication) -> bool:
    """The app's own catalogue (once per application); True if one is installed."""
    if app.findChild(QTranslator, TRANSLATOR_NAME) is not None:
        return True
    folder = str(resource("translations"))
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    found = translator.load(QLocale(), CATALOGUE, "_", folder) or translator.load(
        f"{CATALOGUE}_en", folder
    )
    if found:
        app.installTranslator(translator)
    else:
        translator.deleteLater()
    return found
