"""Importing a register kept in a spreadsheet: one intervention a row, people matched with the
register's duplicate check, each row that breaks a rule refused by its line with the rule's sentence."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from jagdesk.domain.asb.vocabulary import LIFECYCLES, Kind, Status, Subject, a, kind_from_text, statuses
from jagdesk.domain.common.wording import plural
from jagdesk.domain.people import search_key
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.importers.register_rows import SheetRow, read_register
from jagdesk.importers.spreadsheet import key as header_key
from jagdesk.services.asb.interventions import rule_problems, stage_intervention
from jagdesk.services.asb.settings import asb_settings
from jagdesk.services.asb.status import STARTING
from jagdesk.services.asb.types import InterventionInput
from jagdesk.services.people.people import PersonInput, possible_duplicates
from jagdesk.store.models import AsbBreach, Person
from jagdesk.store.uow import UnitOfWork

COLUMNS = ("Kind", "Name", "Date of birth", "Address", "Opened on", "Starts on", "Ends on", "Review on",
           "Status", "Breaches")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
UK = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
# Reasons possible_duplicates gives that make a row's person the one on the register.
LIKELY = ("same date of birth and same name", "same date of birth and similar name")
KINDS_HINT = "ABC, ASBO, Civil injunction, CBO, CPW, CPN, PSPO, Dispersal, Closure notice, " \
             "Closure order, Warning letter 1 or Warning letter 2"
AREA_KINDS = (Kind.PSPO, Kind.DISPERSAL_AUTHORISATION)
PREMISES_KINDS = (Kind.CLOSURE_NOTICE, Kind.CLOSURE_ORDER)
NOT_STARTED = frozenset({Status.PROPOSED, Status.OFFERED, Status.DECLINED, Status.APPLIED, Status.REFUSED,
                         Status.WITHDRAWN, Status.DRAFTED, Status.CONSULTED})


class RowRefused(Exception):
    """A row that cannot be imported; str() is the sentence, without its line."""


@dataclass(frozen=True)
class RegisterImport:
    """What an import did: rows imported, people linked and added, and each refused row's line
    and sentence ("Line 7: ...")."""

    file_name: str
    imported: int
    people_matched: int
    people_added: int
    breaches: int
    refusals: tuple[str, ...]
    all_or_nothing: bool = False

    def sentence(self) -> str:
        if self.all_or_nothing and self.refusals:
            return (f"{self.file_name}: nothing was imported, because {len(self.refusals)} of its rows "
                    "were refused.")
        people = plural(self.people_matched, "person", "people")
        return (f"{self.file_name}: {plural(self.imported, 'intervention')} imported with "
                f"{plural(self.breaches, 'breach', 'breaches')}; {people} found on the register, "
                f"{self.people_added} added; {plural(len(self.refusals), 'row')} refused.")


def read_date(text: str, column: str) -> date | None:
    """A date written YYYY-MM-DD or DD/MM/YYYY; None for blank."""
    text = text.strip()
    if not text:
        return None
    iso, uk = ISO.match(text), UK.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if uk:
            return date(int(uk[3]), int(uk[2]), int(uk[1]))
    except ValueError:
        pass
    raise RowRefused(f"'{text}' in {column} is not a date (write YYYY-MM-DD or DD/MM/YYYY).")


def _names(text: str) -> tuple[str, str]:
    """(given names, family name) of "Seán O'Brien-Smith" or "O'Brien-Smith, Seán"."""
    if "," in text:
        family, given = (part.strip() for part in text.split(",", 1))
        return given, family
    parts = text.split()
    return " ".join(parts[:-1]), parts[-1] if parts else ""


class _People:
    """The register's people, matched as the duplicate check matches them; new ones added."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow, self.matched, self.added = uow, 0, 0
        self.settings = asb_settings(uow)  # the rules each row is judged by
        self.found = ""  # how the last row's person was found: "matched", "added" or ""

    def find(self, name: str, born: date | None, address: str) -> uuid.UUID:
        given, family = _names(name)
        wanted = PersonInput(family, given, date_of_birth=born, address=address)
        for row, reason in possible_duplicates(self.uow, wanted):
            if reason in LIKELY or (reason == "same name" and (born is None or row.date_of_birth is None)):
                self.found = "matched"
                return row.id
        person = Person(family_name=family, given_names=given, date_of_birth=born, address=address,
                        search_key=search_key(given, family, ""))
        self.uow.session.add(person)
        self.uow.session.flush()
        self.found = "added"
        return person.id

    def count(self) -> None:
        """Count the last row's person, once its row is imported."""
        self.matched += self.found == "matched"
        self.added += self.found == "added"
        self.found = ""


def _status(kind: Kind, text: str, started: bool) -> str:
    if not text.strip():
        if not started:
            return next(iter(LIFECYCLES[kind])).value
        live: list[Status] = [s for s in statuses(kind) if s == Status.IN_FORCE]
        return (live or [s for s in statuses(kind) if s in STARTING])[0].value
    found = next((s for s in statuses(kind) if s.value == " ".join(text.split()).casefold()), None)
    if found is None:
        raise RowRefused(f"'{text}' is not a status of {kind.label}s "
                         f"({', '.join(s.value for s in statuses(kind))}).")
    return found.value


def _input(row: SheetRow, people: _People) -> tuple[InterventionInput, list[date]]:
    kind = kind_from_text(row.get("kind"))
    if kind is None:
        shown = row.get("kind") or "(blank)"
        raise RowRefused(f"'{shown}' is not a kind of intervention ({KINDS_HINT}).")
    starts = read_date(row.get("startson"), "Starts on")
    ends, review = read_date(row.get("endson"), "Ends on"), read_date(row.get("reviewon"), "Review on")
    born = read_date(row.get("dateofbirth"), "Date of birth")
    breaches = [read_date(part, "Breaches") for part in row.get("breaches").split(";") if part.strip()]
    # When it was offered, applied for or drafted, where the register says so; else its start.
    opened = read_date(row.get("openedon") or row.get("appliedon"), "Opened on")
    if starts is None and opened is None:
        raise RowRefused("Starts on is blank: give the day it was signed, granted or served (or "
                         "offered or applied for).")
    name, address = row.get("name"), row.get("address")
    status = _status(kind, row.get("status"), starts is not None)
    # Declined, refused and pending ones never started: their date is when they were opened.
    began = Status(status) not in NOT_STARTED
    if began and starts is None:
        raise RowRefused(f"Starts on is blank: {a(kind.label)} that is {status} started; give the day "
                         "it was signed, granted or served.")
    opened_on = opened or starts
    assert opened_on is not None  # one of the two was given
    data = InterventionInput(kind.value, Subject.PERSON.value, opened_on,
                             starts_on=starts if began else None, ends_on=ends, review_on=review,
                             status=status)
    if kind in AREA_KINDS:
        data = replace(data, subject=Subject.AREA.value, place=name or address)
    elif kind in PREMISES_KINDS or (kind in (Kind.CPW, Kind.CPN) and not name):
        data = replace(data, subject=Subject.PREMISES.value, premises=address or name)
    elif not name:
        raise RowRefused(f"Name is blank: {kind.label}s are about a person.")
    else:
        # The rules first, on the row's own date of birth: a refused row adds nobody.
        problems = rule_problems(replace(data, person_id=uuid.uuid4()), born, None, people.settings)
        if problems:
            raise RowRefused(next(iter(problems.values())))
        data = replace(data, person_id=people.find(name, born, address))
    return data, [day for day in breaches if day is not None]


def import_interventions(uow: UnitOfWork, path: Path, columns: Mapping[str, str] | None = None,
                         all_or_nothing: bool = False) -> RegisterImport:
    """Import the register at `path` (.csv or .xlsx) in one transaction: every good row, or with
    `all_or_nothing` none at all when any row is refused."""
    header, rows = read_register(path, columns)
    if header_key("Kind") not in header:
        raise JagdeskError(f"{path.name} has no Kind column; name the column that holds it with "
                           "--columns Kind=HEADER.")
    people, refusals, imported, breaches = _People(uow), [], 0, 0
    for row in rows:
        try:
            if row.problem:
                raise RowRefused(row.problem)
            # Nothing of a row is written before its rules are passed (a savepoint would commit
            # on SQLite's driver), so a refused row leaves nothing behind.
            data, breached = _input(row, people)
            record = stage_intervention(uow, data)
            for day in breached:
                record.breaches.append(AsbBreach(breached_on=day, reported_by="imported register"))
            uow.session.flush()
        except (RowRefused, ValidationError) as refused:
            refusals.append(f"Line {row.line}: {refused}")
            people.found = ""
            continue
        people.count()
        imported, breaches = imported + 1, breaches + len(breached)
    summary = RegisterImport(path.name, imported, people.matched, people.added, breaches,
                             tuple(refusals), all_or_nothing)
    if all_or_nothing and refusals:
        uow.session.rollback()
        return summary
    uow.commit()
    return summary
