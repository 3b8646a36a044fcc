"""Dialogs for action plans: a year's plan and a theme."""
