"""Designer forms compiled by `make forms` (python -m placeboard.ui.form_compiler)."""
