"""Small shared building blocks: plain-text labels, palette, icons, message boxes, the card delegate, the capture box, the timer panel, the drafts prompt."""
