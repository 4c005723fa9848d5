"""Reading and checking content: the values, the `Index`, every check, and `load_index`.

The lowest layer: it imports nothing of `principles.site`, `principles.export` or
`principles.tools` (ARCHITECTURE.md, "Layers"; `tests/test_layers.py`)."""
