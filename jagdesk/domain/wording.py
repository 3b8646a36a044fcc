"""Small pieces of English that messages, pages and documents share."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str = "") -> str:
    """"1 action", "3 actions", "2 people" (with plural_form="people")."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"
