"""Dot voting in the console (the Vote page) and the state the projector shows."""
