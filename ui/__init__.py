"""Delight Workshop's Qt desktop interface, on top of the Qt-free ``workshop`` core."""
