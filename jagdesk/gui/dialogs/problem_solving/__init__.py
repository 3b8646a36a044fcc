"""Dialogs for problem-solving cases: a new case, closing and reopening it, a person linked to it,
its actions and their updates."""
