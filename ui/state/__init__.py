"""What every window shares, below everything else in ui/: the core-to-Qt bridge, the context, change following, the round timer and typed settings.

Nothing here imports another ``ui`` package, so models, widgets and features can all use it.
"""
