"""Information governance: how long each kind of record is kept, when it is due for review, which
of its fields are personal, and other people's names marked in a subject access disclosure."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

ERASED = "[erased]"  # what the trail and the texts keep of an erased person's values
ANONYMISED = "[anonymised]"  # what stands for a name or personal detail in an anonymised record
OTHER_PERSON = "[other person]"  # the tag after another person's name in a disclosure


class RecordKind(StrEnum):
    """The kinds of record the retention review covers (minutes and action logs are kept)."""

    CASE = "problem-solving case"
    INTERVENTION = "ASB intervention"
    AUTHORISATION = "RIPA authorisation"
    PERSON = "person"


class Decision(StrEnum):
    """What the review decided for a record."""

    KEEP = "keep"
    ANONYMISE = "anonymise"
    ERASE = "erase"


# The personal fields of each kind, replaced when a record is anonymised; the rest (dates, figures,
# statuses, the kind of power, the assessment) is kept for the partnership's figures.
PERSONAL_FIELDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.PERSON: ("given_names", "family_name", "aliases", "address", "postcode", "phone",
                        "email", "notes"),
    RecordKind.CASE: ("victim_description", "offender_description", "guardian", "handler",
                      "place_manager", "scanning_notes", "assessment_notes", "closed_reason"),
    RecordKind.INTERVENTION: ("notes", "signed_by"),
    RecordKind.AUTHORISATION: (),
}


@dataclass(frozen=True)
class RetentionYears:
    """The years each kind is kept after it ended (RIPA's come from the CCTV settings)."""

    case_years: int = 6
    intervention_years: int = 6
    person_years: int = 6
    ripa_years: int = 5

    def years(self, kind: RecordKind) -> int:
        """The years a record of `kind` is kept after it ended."""
        return {RecordKind.CASE: self.case_years, RecordKind.INTERVENTION: self.intervention_years,
                RecordKind.PERSON: self.person_years, RecordKind.AUTHORISATION: self.ripa_years}[kind]


def review_on(ended_on: date | None, years: int, kept_until: date | None = None) -> date | None:
    """The day a record that ended on `ended_on` comes up for review: `years` after it ended, or the
    next review date a decision to keep it set, whichever is later. None while it has not ended."""
    if ended_on is None:
        return None
    due: date = ended_on + relativedelta(years=years)
    return max(due, kept_until) if kept_until else due


def is_due(review: date | None, today: date) -> bool:
    """Whether a record whose review falls on `review` is due today (on the day itself, too)."""
    return review is not None and review <= today


def month_after(received_on: date) -> date:
    """A subject access request's due date: one calendar month after it was received (the 31st of
    January gives the 28th or 29th of February)."""
    due: date = received_on + relativedelta(months=1)
    return due


def retention_problem(years: int) -> str | None:
    """Why a number of years cannot be a retention period, or None."""
    if years < 1 or years > 100:
        return "A retention period is between 1 and 100 years."
    return None


def keep_problem(reason: str, next_review_on: date | None, today: date) -> dict[str, str]:
    """Why a decision to keep a record is refused, by field."""
    problems: dict[str, str] = {}
    if not reason.strip():
        problems["reason"] = "Give the reason the record is kept."
    if next_review_on is None:
        problems["next_review_on"] = "Give the date of the next review."
    elif next_review_on <= today:
        problems["next_review_on"] = "The next review is after today."
    return problems


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern matching any of `names` as whole words, longest first, case-insensitive; None
    when there is no name of two letters or more."""
    words = sorted({name.strip() for name in names if len(name.strip()) >= 2}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(word) for word in words) + r")(?!\w)", re.IGNORECASE)


def replace_names(text: str, pattern: re.Pattern[str] | None, marker: str) -> str:
    """`text` with every name the pattern finds replaced by `marker`."""
    return pattern.sub(marker, text) if pattern is not None and text else text


def mark_others(text: str, pattern: re.Pattern[str] | None) -> str:
    """`text` with each other person's name followed by the tag "[other person]", for the officer
    to redact before the disclosure is released."""
    if pattern is None or not text:
        return text
    return pattern.sub(lambda found: f"{found.group(0)} {OTHER_PERSON}", text)


def person_names(given_names: str, family_name: str, aliases: str, family_alone: bool = True) -> list[str]:
    """The names a person is found by: the full name, each alias and (unless `family_alone` is
    False) the family name alone. An erasure leaves the family name alone out: "Green" or "Hall"
    would be replaced in every text that uses the word, about anyone or anything."""
    full = " ".join(part for part in (given_names.strip(), family_name.strip()) if part)
    alone = [family_name.strip()] if family_alone or not given_names.strip() else []
    return list(dict.fromkeys(name for name in (full, *alone, *aliases.splitlines()) if name.strip()))


@dataclass(frozen=True)
class DisclosureItem:
    """One record in a disclosure: a heading and its fields (label, text)."""

    heading: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DisclosureSection:
    """A kind of record in a disclosure: their record, cases, the audit trail..."""

    title: str
    items: tuple[DisclosureItem, ...]


@dataclass(frozen=True)
class Disclosure:
    """What the store holds about one person, as of `made_on`."""

    person_id: uuid.UUID
    name: str
    made_on: date
    sections: tuple[DisclosureSection, ...]
    other_names: int  # how many other people's names the texts were searched for
