"""Escaping user text for reportlab's paragraph markup.

The same as ``xml.sax.saxutils.escape`` without its entity table: importing
``xml.sax.saxutils`` pulls in urllib.request, http.client, email and ssl
(about 40 ms of every PDF export), none of which the PDF needs.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, so the text is never read as markup."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
