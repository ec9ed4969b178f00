"""Qt item models over the workshop book, kept up to date from the core's changes.

Each model follows ``bridge.changed`` and applies what a change did to its rows
(insert one row, update one row, remove one row) instead of resetting.
"""
