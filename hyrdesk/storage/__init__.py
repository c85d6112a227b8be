"""SQLite storage: a thin connection wrapper, migrations and repositories. Never imports Qt."""
