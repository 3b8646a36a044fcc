"""The ASB register's dialogs: an intervention, a step of its life, a term, a breach, letters and
the partnership's settings."""
