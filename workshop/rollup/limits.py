"""How alike two teams' obstacles must be to count as one (a percentage of likeness).

Here and not in :mod:`.shared`: the command line states them in its help, and must not
import the fuzzy matcher to do so.
"""

DEFAULT_THRESHOLD = 80
MIN_THRESHOLD = 50
MAX_THRESHOLD = 100
