"""Persistence: SQLAlchemy models, opening stores, the unit of work, migrations, backups, audit."""
