"""The `principles` command and what only it does: diff, new, import.

The top layer: it may import every other one (ARCHITECTURE.md, "Layers")."""
