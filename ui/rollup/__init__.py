"""The regional roll-up window: many teams' books side by side, read-only, and the obstacles they share."""
