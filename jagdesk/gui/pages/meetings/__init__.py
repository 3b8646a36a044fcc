"""The meetings page (a meeting's details, attendance, agenda, minutes and actions, and its papers) and
the action log page."""
