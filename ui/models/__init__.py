"""Qt item models over the workshop book, and the translated names of the core's vocabulary.

Each model follows ``bridge.changed`` and applies what a change did to its rows
(insert one row, update one row, remove one row) instead of resetting.
"""
