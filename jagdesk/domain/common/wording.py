"""Small pieces of English that messages, pages and documents share."""

from __future__ import annotations

from collections.abc import Sequence


def plural(count: int, noun: str, plural_form: str = "") -> str:
    """"1 action", "3 actions", "2 people" (with plural_form="people")."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"


def tabs_text(names: Sequence[str]) -> str:
    """"Details tab", "Details and Attendance tabs": the tabs whose changes are not saved."""
    return f"{' and '.join(names)} tab{'s' if len(names) > 1 else ''}"
