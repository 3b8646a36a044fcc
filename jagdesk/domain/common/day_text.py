"""Days as people type them: "10/12/2026", "10/12/26", "10.12.2026", "10 Dec 2026", "10th December
2026", "Thu 10 Dec 2026", "2026-12-10"; day first, as in the United Kingdom."""

from __future__ import annotations

import re
from datetime import date

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
DAY_NAMES = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*[\s,]*", re.IGNORECASE)
NUMBERS = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]+)\.?[\s,\-/.]*(\d{2}|\d{4})?$",
                   re.IGNORECASE)
HINT = "type it as 10/12/2026 or 10 Dec 2026"


def _year(text: str | None, today: date) -> int:
    if not text:
        return today.year
    number = int(text)
    return 2000 + number if len(text) == 2 else number


def _month(word: str) -> int | None:
    word = word.lower()
    if len(word) < 3:
        return None
    # "Dec", "Sept", "December": the start of the month's name, at least three letters of it.
    return next((number for number, name in enumerate(MONTHS, 1) if name.startswith(word)), None)


def read_day(text: str, today: date) -> date | None:
    """The day `text` names (no year: this year), or None if it names none."""
    text = DAY_NAMES.sub("", " ".join(text.split()).strip())
    try:
        if match := ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := NUMBERS.match(text):
            return date(_year(match[3], today), int(match[2]), int(match[1]))
        if match := WORDS.match(text):
            month = _month(match[2])
            return date(_year(match[3], today), month, int(match[1])) if month else None
    except ValueError:  # 31/02/2026
        return None
    return None


def day_problem(text: str, what: str = "date") -> str:
    """The sentence for text that names no day."""
    return f"'{text.strip()}' is not a {what}: {HINT}."
