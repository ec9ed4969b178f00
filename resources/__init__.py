"""Data files shipped with Delight Workshop (installed as ``delight_resources``)."""
