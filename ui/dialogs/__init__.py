"""Dialogs of the facilitator console: new session, session settings, a card, About and the first-run tour."""
