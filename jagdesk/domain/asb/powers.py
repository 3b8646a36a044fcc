"""The limits of each power as dated reference data: a record is judged by the entry in force on its
date, so that a change in the law is a new entry here, not a change to the rules.

Each entry gives the day the power (or this version of it) commenced and its legal basis. An entry
whose commencement is not yet known (None) is not applied: the Crime and Policing Act 2026's
Respect Order and its higher CPN fixed penalty wait for their commencement dates to be filled in.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from jagdesk.domain.asb.vocabulary import Kind, Rank, Subject

# The day the 2014 Act's Parts 2 to 4 (CBOs, dispersal, community protection, closure) commenced,
# and with them the end of new ASBOs (ASB, Crime and Policing Act 2014, Commencement No. 7).
ACT_2014_PARTS_2_TO_4 = date(2014, 10, 20)
# Part 1 (civil injunctions) commenced later (Commencement No. 8).
ACT_2014_PART_1 = date(2015, 3, 23)
# The Sentencing Code's CBO provisions (Sentencing Act 2020, ss330-342).
SENTENCING_CODE = date(2020, 12, 1)
# Before any statutory date: the partnership's own letters and agreements.
PRACTICE = date(1900, 1, 1)
YOUTH_AGE = 18  # under this age a person is a youth for every power

PERSON = frozenset({Subject.PERSON})
PREMISES = frozenset({Subject.PREMISES})
AREA = frozenset({Subject.AREA})


@dataclass(frozen=True)
class Power:
    """One version of a power's limits, in force from `commenced_on` (None: not yet commenced)."""

    kind: Kind
    commenced_on: date | None
    legal_basis: str
    subjects: frozenset[Subject] = PERSON
    min_age: int | None = None  # on the intervention's date, for a person
    adults_only: bool = False
    ended_on: date | None = None  # none may be applied for on or after this day
    min_months: int | None = None  # adults
    max_months: int | None = None  # adults (and everyone when youth limits are not set)
    indefinite: bool = False  # an adult's may run "until further order"
    youth_min_months: int | None = None
    youth_max_months: int | None = None
    usual_months: int | None = None  # the partnership's usual length (a warning, not a refusal)
    review_months: int | None = None  # reviewed this long after it starts
    youth_review_months: int | None = None  # reviewed every this many months for a youth
    extension_months: int | None = None  # each extension at most this long
    total_max_months: int | None = None  # with its extensions, at most this long
    max_hours: int | None = None
    senior_max_hours: int | None = None  # signed by a superintendent or a council chief executive
    hearing_within_hours: int | None = None  # the court hears it within this long of service
    lowest_rank: Rank | None = None  # the police rank that may sign it, or above
    council_may_sign: bool = False
    youth_consultation: bool = False  # the youth offending team consulted before the application
    needs_prior: Kind | None = None  # only after one of these whose time to comply has passed
    power_of_arrest: bool = False  # a term may carry a power of arrest
    fixed_penalty_max: int | None = None  # pounds
    # Adults' applications on or after this day go to its successor (civil injunction: Respect
    # Order), except for housing; None while the successor has not commenced.
    adults_replaced_on: date | None = None
    notes: tuple[str, ...] = field(default=())


_ABC_NOTE = "Voluntary: signed or declined; a breach is evidence for escalation."
POWERS: tuple[Power, ...] = (
    Power(Kind.WARNING_LETTER_1, PRACTICE, "Partnership procedure (no statutory basis)"),
    Power(Kind.WARNING_LETTER_2, PRACTICE, "Partnership procedure (no statutory basis)"),
    Power(Kind.ABC, PRACTICE, "Voluntary agreement", min_age=10, usual_months=6, review_months=3,
          notes=(_ABC_NOTE,)),
    Power(Kind.ASBO, date(1999, 4, 1), "Crime and Disorder Act 1998 s1", min_age=10,
          ended_on=ACT_2014_PARTS_2_TO_4, min_months=24, indefinite=True),
    Power(Kind.CIVIL_INJUNCTION, ACT_2014_PART_1, "ASB, Crime and Policing Act 2014 Part 1 (s1)",
          min_age=10, indefinite=True, youth_max_months=12, youth_consultation=True,
          power_of_arrest=True),
    # The Crime and Policing Act 2026 replaces it for adults (except housing) from the Respect
    # Order's commencement: a new entry with adults_replaced_on set, once that day is known.
    Power(Kind.RESPECT_ORDER, None, "Crime and Policing Act 2026 (Respect Orders)", min_age=18,
          adults_only=True, indefinite=True, notes=("Breach is a criminal offence.",)),
    Power(Kind.CBO, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 Part 2 (s22)", min_age=10,
          min_months=24, indefinite=True, youth_min_months=12, youth_max_months=36,
          youth_review_months=12),
    Power(Kind.CBO, SENTENCING_CODE, "Sentencing Act 2020 (Sentencing Code) s330", min_age=10,
          min_months=24, indefinite=True, youth_min_months=12, youth_max_months=36,
          youth_review_months=12),
    Power(Kind.CPW, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s43",
          subjects=frozenset({Subject.PERSON, Subject.PREMISES}), min_age=16),
    Power(Kind.CPN, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s43",
          subjects=frozenset({Subject.PERSON, Subject.PREMISES}), min_age=16, needs_prior=Kind.CPW,
          fixed_penalty_max=100),
    Power(Kind.CPN, None, "ASB, Crime and Policing Act 2014 s43 (as amended by the Crime and "
          "Policing Act 2026)", subjects=frozenset({Subject.PERSON, Subject.PREMISES}), min_age=16,
          needs_prior=Kind.CPW, fixed_penalty_max=500),
    Power(Kind.PSPO, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s59", subjects=AREA,
          max_months=36, extension_months=36, fixed_penalty_max=100,
          notes=("A High Court challenge may be made within 6 weeks of the order.",)),
    Power(Kind.DISPERSAL_AUTHORISATION, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s34",
          subjects=AREA, max_hours=48, lowest_rank=Rank.INSPECTOR),
    Power(Kind.DISPERSAL_DIRECTION, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s35",
          min_age=10, max_hours=48),
    Power(Kind.CLOSURE_NOTICE, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s76",
          subjects=PREMISES, max_hours=24, senior_max_hours=48, hearing_within_hours=48,
          lowest_rank=Rank.INSPECTOR, council_may_sign=True),
    Power(Kind.CLOSURE_ORDER, ACT_2014_PARTS_2_TO_4, "ASB, Crime and Policing Act 2014 s80",
          subjects=PREMISES, max_months=3, total_max_months=6),
)


@dataclass(frozen=True)
class Settings:
    """The partnership's own choices where the law leaves them open."""

    abc_months: int = 6
    abc_review_months: int = 3
    expiring_days: int = 30  # the dashboard's warning before an order ends
    # The day the Crime and Policing Act 2026's Respect Orders commenced, entered once it is known:
    # Respect Orders dated before it are refused, and from it an adult's civil injunction is only
    # for housing. None: not yet commenced.
    respect_order_on: date | None = None


DEFAULT_SETTINGS = Settings()


# Each book of powers (by identity) with its entries by kind, those in force in order of commencement:
# a register of thousands asks for the law of a day again and again.
_INDEXES: dict[int, tuple[tuple[Power, ...], dict[Kind, tuple[list[date], list[Power]]]]] = {}


def _by_kind(book: tuple[Power, ...]) -> dict[Kind, tuple[list[date], list[Power]]]:
    """Each kind's entries in force, in order of commencement, with their commencement days."""
    found = _INDEXES.get(id(book))
    if found is None or found[0] is not book:
        entries: dict[Kind, list[Power]] = {}
        for power in book:
            if power.commenced_on is not None:
                entries.setdefault(power.kind, []).append(power)
        for listed in entries.values():
            listed.sort(key=lambda power: power.commenced_on or date.min)  # stable: listed order kept
        found = (book, {kind: ([p.commenced_on or date.min for p in listed], listed)
                        for kind, listed in entries.items()})
        _INDEXES[id(book)] = found
    return found[1]


# An ABC's entry with the partnership's length and review, by the entry and the two settings.
_ABC_SETTINGS: dict[tuple[int, int, int], tuple[Power, Power]] = {}


def _with_abc_settings(power: Power, settings: Settings) -> Power:
    key = (id(power), settings.abc_months, settings.abc_review_months)
    found = _ABC_SETTINGS.get(key)
    if found is None or found[0] is not power:
        found = (power, replace(power, usual_months=settings.abc_months,
                                review_months=settings.abc_review_months))
        _ABC_SETTINGS[key] = found
    return found[1]


# Each book with the partnership's dates filled in, by the book's identity and the settings.
_DATED: dict[tuple[int, date], tuple[tuple[Power, ...], tuple[Power, ...]]] = {}


def dated_book(book: tuple[Power, ...], settings: Settings) -> tuple[Power, ...]:
    """The book with the Respect Order's commencement from the settings: the Respect Order in force
    from that day, and a civil injunction from the same day that is only for housing for adults."""
    day = settings.respect_order_on
    if day is None:
        return book
    found = _DATED.get((id(book), day))
    if found is not None and found[0] is book:
        return found[1]
    dated = [replace(power, commenced_on=day) if power.kind == Kind.RESPECT_ORDER
             and power.commenced_on is None else power for power in book]
    injunctions = [p for p in book if p.kind == Kind.CIVIL_INJUNCTION and p.commenced_on is not None]
    if injunctions:
        latest = max(injunctions, key=lambda power: power.commenced_on or date.min)
        dated.append(replace(latest, commenced_on=max(day, latest.commenced_on or day),
                             adults_replaced_on=day,
                             legal_basis=f"{latest.legal_basis} (as amended by the Crime and Policing "
                                         "Act 2026)"))
    _DATED[(id(book), day)] = (book, tuple(dated))
    return _DATED[(id(book), day)][1]


def power_on(kind: Kind, day: date, book: tuple[Power, ...] = POWERS,
             settings: Settings = DEFAULT_SETTINGS) -> Power | None:
    """The version of the power in force on `day`, or None if it had not commenced by then."""
    book = dated_book(book, settings)
    days, entries = _by_kind(book).get(kind, ([], []))
    at = bisect_right(days, day)
    if not at:
        return None
    found = entries[at - 1]
    if kind == Kind.ABC and (found.usual_months, found.review_months) != (
            settings.abc_months, settings.abc_review_months):
        return _with_abc_settings(found, settings)
    return found


def first_commenced(kind: Kind, book: tuple[Power, ...] = POWERS,
                    settings: Settings = DEFAULT_SETTINGS) -> date | None:
    """The earliest day the power was in force, or None if it has not commenced."""
    book = dated_book(book, settings)
    days = [power.commenced_on for power in book if power.kind == kind and power.commenced_on]
    return min(days) if days else None
