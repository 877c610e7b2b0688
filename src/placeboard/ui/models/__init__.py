"""Table models for the area views: rows prepared once per reload, so that painting,
sorting and filtering never compute or call a service."""
