"""Persistence: tables, the database file, migrations, the change log, backups."""
