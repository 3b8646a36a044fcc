"""Dialogs for the people register: a person, the possible duplicates, and merging two records."""
