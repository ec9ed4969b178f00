"""Delight Workshop core: the workshop book, its operations and exports.

This package never imports Qt; the desktop UI lives in ``ui``.
"""

__version__ = "0.1.0"
