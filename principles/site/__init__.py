"""The site generation: generated pages, navigation, what templates call, search, assets.

Imports `principles.content`, never `principles.export` or `principles.tools`
(ARCHITECTURE.md, "Layers"; `tests/test_layers.py`)."""
