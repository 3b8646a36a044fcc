"""Dialogs for meetings: a new meeting, an agenda item, the agenda builder, a guest, and a new action
from the action log."""
