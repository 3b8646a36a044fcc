"""Meetings: their vocabulary, their rules and the action log."""
