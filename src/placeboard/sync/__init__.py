"""Sync with the ICB: merge, PostgreSQL hub and bundles (a later issue)."""
