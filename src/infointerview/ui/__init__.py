"""The widgets, one module per phase. Importing this package imports ipywidgets."""
