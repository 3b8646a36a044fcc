"""The people register's page."""
