"""Delight Workshop's Qt desktop interface, on top of the Qt-free ``workshop`` core.

Packages, from the bottom layer up (ARCHITECTURE.md has the map):
``state`` (the open book as Qt sees it), ``models`` (item models and labels),
``widgets`` (shared building blocks), the feature folders (``dialogs``,
``phases``, ``voting``, ``projector``, ``series``), ``commands`` (the action
registry and the menus), ``console`` (the facilitator window's frame) and
``app`` (start-up).
"""
