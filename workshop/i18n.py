"""The core's translations: gettext catalogues, one language per process or per block.

The catalogues are ``resources/locale/<lang>/LC_MESSAGES/delight-workshop.po``
(under version control; ``packaging/i18n.py`` re-extracts and compiles them).
A compiled ``.mo`` beside the ``.po`` is used when it is up to date; otherwise
the ``.po`` is compiled in memory with Babel on first use, so a plain checkout,
a wheel and the bundle all find their translations.

``_`` and ``ngettext`` look the language up when they are called: the app's
language by default (:func:`set_language`), or a session's language inside
``with language(code):`` (a Spanish session's PDF from a German app).
"""

from __future__ import annotations

import contextvars
import functools
import gettext
import io
import locale
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from .resources import resources_dir

F = TypeVar("F", bound=Callable[..., Any])
DOMAIN = "delight-workshop"
SOURCE_LANGUAGE = "en"
# The shipped languages, with their names in their own language (for menus and the CLI).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ar": "العربية",
}
RTL_LANGUAGES = frozenset({"ar"})

_lock = threading.Lock()
_cache: dict[str, gettext.NullTranslations] = {}
_app_language = [SOURCE_LANGUAGE]
_block_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "workshop_language", default=None
)
_forced: contextvars.ContextVar[bool] = contextvars.ContextVar("workshop_forced", default=False)


def locale_dir() -> Path:
    return resources_dir() / "locale"


def normalize(code: str | None) -> str | None:
    """A shipped language for a locale name (``de_DE.UTF-8`` -> ``de``, ``pt`` -> ``pt_BR``)."""
    if not code:
        return None
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    if code in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else None


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(name, "").split(":"):
            found = normalize(part)
            if found:
                return found
    if environ is None:
        try:
            found = normalize(locale.getlocale(locale.LC_MESSAGES)[0])
        except (AttributeError, ValueError):
            found = None
        if found:
            return found
    return SOURCE_LANGUAGE


def _frozen() -> bool:
    """A bundle: its .mo files were compiled when it was built (copies lose file times)."""
    import sys

    return bool(getattr(sys, "frozen", False))


def _compile(po: Path) -> gettext.NullTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of *code* (NullTranslations for English or an unknown code)."""
    code = normalize(code) or SOURCE_LANGUAGE
    with _lock:
        found = _cache.get(code)
        if found is not None:
            return found
        folder = locale_dir() / code / "LC_MESSAGES"
        po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
        if code == SOURCE_LANGUAGE or not po.exists():
            found = gettext.NullTranslations()
        elif mo.exists() and (mo.stat().st_mtime >= po.stat().st_mtime or _frozen()):
            with mo.open("rb") as handle:
                found = gettext.GNUTranslations(handle)
        else:
            found = _compile(po)
        _cache[code] = found
        return found


def set_language(code: str | None) -> str:
    """Make *code* (or the system's language when None) the process's language; returns it."""
    chosen = normalize(code) or system_language()
    _app_language[0] = chosen
    return chosen


def current_language() -> str:
    return _block_language.get() or _app_language[0]


def is_rtl(code: str | None = None) -> bool:
    return (normalize(code) if code else current_language()) in RTL_LANGUAGES


@contextmanager
def language(code: str | None, *, force: bool = False) -> Iterator[str]:
    """Translate into *code* inside the block (None: the enclosing block's or the app's).

    A session's exports run inside ``language(session.language)``; ``force=True``
    (the CLI's ``--lang``) wins over the session's language in nested blocks.
    """
    if _forced.get():
        yield current_language()
        return
    chosen = normalize(code) or current_language()
    token = _block_language.set(chosen)
    forced = _forced.set(force)
    try:
        yield chosen
    finally:
        _forced.reset(forced)
        _block_language.reset(token)


def in_language(code_of: Callable[..., str | None]) -> Callable[[F], F]:
    """Run the decorated function inside ``language(code_of(*args, **kwargs))``."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with language(code_of(*args, **kwargs)):
                return function(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def _(message: str) -> str:
    """*message* in the current language."""
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for *n* in the current language (``%(n)s`` or ``{n}`` left to the caller)."""
    return translations(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return translations(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks *message* for extraction where it is defined; translate it with ``_`` where shown."""
    return message


# argparse's own words (usage, option headings, its errors), marked here for extraction.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("argument %(argument_name)s: %(message)s"),
)


def translate_argparse() -> None:
    """Make argparse's help and errors speak the current language (it calls its module's _)."""
    import argparse

    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
