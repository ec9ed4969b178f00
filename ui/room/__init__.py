"""The room in the console: open it for a session, see and remove phones, the projector's QR code."""
