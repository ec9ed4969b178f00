"""Our Qt catalogues: compiled on demand, and used directly for a session's own language.

The projector (and later the phones page) follows the session's language, which
may differ from the app's: :func:`translate_in` looks a string up in that
language's catalogue without changing the app's translators.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTranslator

from workshop import i18n as core_i18n
from workshop.resources import resources_dir

log = logging.getLogger(__name__)
CATALOGUE = "delight-workshop"


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
        if shipped.exists():  # a bundle: its .qm was built with it (file times are not kept)
            return shipped
        log.warning("No lrelease found: the %s catalogue cannot be compiled", code)
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    import subprocess  # only the first start after a catalogue changed compiles it

    done = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(cached)], capture_output=True, check=False
    )
    if done.returncode != 0 or not cached.exists():
        log.warning("lrelease failed for %s: %s", ts, done.stderr.decode(errors="replace"))
        return None
    return cached


# The catalogue's <context><name> and <message><source> elements, in document order.
# lupdate writes them one per line, escaped with XML's five entities and character
# references; a regular expression reads a catalogue in a fifth of ElementTree's time,
# and without importing the XML parser at start-up.
_TS_TAG = re.compile(r"<(name|source)>(.*?)</\1>", re.DOTALL)
_TS_ENTITY = re.compile(r"&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);")
_TS_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _unescape(match: re.Match[str]) -> str:
    entity = match.group(1)
    if entity in _TS_NAMED:
        return _TS_NAMED[entity]
    return chr(int(entity[2:], 16) if entity[1] == "x" else int(entity[1:]))


def source_contexts(ts: Path) -> dict[str, list[str]]:
    """Every source text of a ``.ts`` catalogue with the contexts that hold it."""
    contexts: dict[str, list[str]] = {}
    name = ""
    for match in _TS_TAG.finditer(ts.read_text(encoding="utf-8")):
        text = match.group(2)
        if "&" in text:
            text = _TS_ENTITY.sub(_unescape, text)
        if match.group(1) == "name":
            name = text
        else:
            contexts.setdefault(text, []).append(name)
    return contexts


class CatalogueTranslator(QTranslator):
    """Our catalogue, looked up by context first and then by source text alone.

    PySide's ``self.tr`` looks a string up under the class of the object at
    run time, while lupdate files it under the class whose code calls ``tr``
    (a base class, or ``self.view.tr`` in a helper): when the context misses,
    every context that has the same source text is tried.
    """

    def __init__(self, qm: Path, ts: Path, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = QTranslator(self)
        self.loaded = self.catalogue.load(str(qm))
        self.contexts = source_contexts(ts) if ts.exists() else {}

    def isEmpty(self) -> bool:
        return not self.loaded

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[override]
        holders = self.contexts.get(source_text)
        if holders is None and self.contexts:  # not in the catalogue at all (most of Qt's
            return None  # own strings, and all but the plurals in English): not asked
        found = self.catalogue.translate(context, source_text, disambiguation, n)
        if found:
            return found
        for other in holders or ():
            if other != context:
                found = self.catalogue.translate(other, source_text, disambiguation, n)
                if found:
                    return found
        return None  # a null string: Qt asks the next translator, or keeps the source


@cache
def translator_for(code: str) -> CatalogueTranslator | None:
    """The translator of *code* (None for a missing catalogue; English has its plurals)."""
    path = compiled_catalogue(code)
    if path is None:
        return None
    translator = CatalogueTranslator(path, ts_dir() / f"{CATALOGUE}_{code}.ts")
    return translator if translator.loaded else None


def translate_in(code: str | None, contexts: tuple[str, ...], text: str, n: int = -1) -> str:
    """*text* in language *code* (None: the app's), looked up in the first context that has it.

    ``%n`` is replaced by *n* as Qt's ``tr`` does.
    """
    lang = core_i18n.normalize(code)
    if lang is None or lang == core_i18n.current_language():
        for context in contexts:
            found = QCoreApplication.translate(context, text, None, n)
            if found != text:
                return found
        return text.replace("%n", str(n)) if n >= 0 else text
    translator = translator_for(lang)
    if translator is not None:
        for context in contexts:
            found = translator.translate(context, text, None, n)
            if found:
                return found.replace("%n", str(n)) if n >= 0 else found
    return text.replace("%n", str(n)) if n >= 0 else text


def layout_direction(code: str | None) -> Qt.LayoutDirection:
    """The layout direction of a window that follows language *code* (None: the app's)."""
    lang = core_i18n.normalize(code) or core_i18n.current_language()
    rtl = core_i18n.is_rtl(lang)
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
