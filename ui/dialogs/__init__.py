"""Dialogs of the facilitator console: new session, session settings, shortcuts."""
