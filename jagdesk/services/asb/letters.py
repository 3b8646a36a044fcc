"""Letters from the partnership's Word templates: warning letters and ABC invitations to a person,
residents' letters and surveys to every address on chosen roads; each recorded once written."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jagdesk import paths
from jagdesk.domain.asb.vocabulary import Kind
from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.people import full_name, name_key
from jagdesk.errors import JagdeskError, NotFoundError
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.types import Filter
from jagdesk.services.common.access import record_export
from jagdesk.services.people.people import list_people
from jagdesk.store.models import AsbIntervention, AsbLetter, Contact, Person
from jagdesk.store.uow import UnitOfWork

TEMPLATES = "asb/templates"
# The placeholders a template may hold, written {{name}} in Word.
PLACEHOLDERS = ("name", "given_names", "family_name", "address", "date", "officer", "reference", "kind",
                "starts_on", "ends_on", "review_on", "summary", "road")
ROAD_SPEC = re.compile(r"^(?P<road>.+?)(?::(?P<first>\d+)-(?P<last>\d+))?$")
MAX_HOMES = 2000  # a range longer than this is a typing slip, not a road


@dataclass(frozen=True)
class Letter:
    """One letter: its placeholders' values, what to call its file and what it is recorded against."""

    fields: dict[str, str]
    file_stem: str
    person_id: uuid.UUID | None = None
    intervention_id: uuid.UUID | None = None
    road: str = ""


def template_path(name: str) -> Path:
    """The template NAME: a .docx file's path, else the partnership's own copy in the data folder's
    templates folder, else the one shipped with JAGDesk."""
    given = Path(name).expanduser()
    if given.suffix.lower() == ".docx" and given.is_file():
        return given
    stem = given.stem if given.suffix.lower() == ".docx" else name
    for folder in (paths.data_dir() / "templates", paths.resources_dir() / TEMPLATES):
        if (folder / f"{stem}.docx").is_file():
            return folder / f"{stem}.docx"
    shipped = sorted(p.stem for p in (paths.resources_dir() / TEMPLATES).glob("*.docx"))
    raise JagdeskError(f"There is no letter template '{name}': give a .docx file or one of "
                       f"{', '.join(shipped)}.")


def _person(uow: UnitOfWork, wanted: str) -> Person:
    text = wanted.strip()
    if text.upper().startswith("ASB-"):
        record = uow.session.scalar(select(AsbIntervention).where(
            func.upper(AsbIntervention.reference) == text.upper()))
        if record is None or record.person_id is None:
            raise NotFoundError(f"There is no intervention {text} about a person.")
        return uow.get(Person, record.person_id)
    found = [row for row in list_people(uow, text) if name_key(row.name) == name_key(text)] \
        or list_people(uow, text)
    if not found:
        raise NotFoundError(f"No one on the people register is called '{text}'.")
    if len(found) > 1:
        named = "; ".join(f"{row.name} ({row.born_text or 'no date of birth'})" for row in found[:5])
        raise JagdeskError(f"{len(found)} people match '{text}' ({named}): give an intervention "
                           "reference instead.")
    return uow.get(Person, found[0].id)


def letter_to_person(uow: UnitOfWork, wanted: str, today: date, officer: str = "") -> Letter:
    """The letter to the person `wanted` (a name on the register, or an intervention's reference),
    about their latest intervention, or the one named."""
    person = _person(uow, wanted)
    reference = wanted.strip().upper() if wanted.strip().upper().startswith("ASB-") else ""
    return _letter(uow, person, reference, today, officer)


def letter_for(uow: UnitOfWork, person_id: uuid.UUID, intervention_id: uuid.UUID | None, today: date,
               officer: str = "") -> Letter:
    """The letter to a person picked from the register, about the intervention given (else their
    latest)."""
    person = uow.get(Person, person_id)
    reference = uow.get(AsbIntervention, intervention_id).reference if intervention_id else ""
    return _letter(uow, person, reference, today, officer)


def _letter(uow: UnitOfWork, person: Person, reference: str, today: date, officer: str) -> Letter:
    rows = list_interventions(uow, Filter(person_id=person.id), today)
    if reference:
        rows = [row for row in rows if row.reference == reference]
    row = rows[0] if rows else None
    record = uow.session.get(AsbIntervention, row.id) if row else None
    contact = uow.session.get(Contact, record.officer_id) if record and record.officer_id else None
    name = full_name(person.given_names, person.family_name)
    fields = {
        "name": name, "given_names": person.given_names, "family_name": person.family_name,
        "address": person.address, "date": day_text(today),
        "officer": officer or (contact.name if contact else ""),
        "reference": row.reference if row else "", "kind": Kind(row.kind).label if row else "",
        "starts_on": day_text(row.starts_on) if row and row.starts_on else "",
        "ends_on": day_text(row.ends_on) if row and row.ends_on else "",
        "review_on": day_text(row.next_review_on) if row and row.next_review_on else "",
        "summary": record.summary if record else "", "road": "",
    }
    stem = f"{row.reference} {name}" if row else name
    return Letter(fields, stem, person.id, row.id if row else None)


def shipped_templates() -> list[str]:
    """The names of the letter templates: the partnership's own copies and those shipped."""
    names = {path.stem for folder in (paths.data_dir() / "templates", paths.resources_dir() / TEMPLATES)
             if folder.is_dir() for path in folder.glob("*.docx")}
    return sorted(names)


def _homes(uow: UnitOfWork, spec: str) -> tuple[str, list[str]]:
    match = ROAD_SPEC.match(spec.strip())
    if match is None or not match["road"].strip():
        raise JagdeskError(f"'{spec}' is not a road: write it as 'Shenley Road' or 'Shenley Road:1-40'.")
    road = " ".join(match["road"].split())
    if match["first"]:
        first, last = int(match["first"]), int(match["last"])
        if last < first or last - first >= MAX_HOMES:
            raise JagdeskError(f"'{spec}': the house numbers run from {first} to {last}; give a range "
                               f"of at most {MAX_HOMES} numbers, the smaller first.")
        return road, [f"{number} {road}" for number in range(first, last + 1)]
    # Without numbers: the addresses on the people register on that road, each once.
    addresses = uow.session.scalars(select(Person.address).where(
        func.lower(Person.address).contains(road.lower(), autoescape=True),
        Person.merged_into_id.is_(None))).all()
    homes = sorted({address.split(",")[0].strip() for address in addresses if address.strip()})
    if not homes:
        raise JagdeskError(f"No address on {road} is known: give its house numbers, as "
                           f"'{road}:1-40'.")
    return road, homes


def letters_to_roads(uow: UnitOfWork, roads: list[str], today: date, officer: str = "") -> list[Letter]:
    """A letter to every address on each road, "The Occupier"."""
    letters = []
    for spec in roads:
        road, homes = _homes(uow, spec)
        for home in homes:
            fields = dict.fromkeys(PLACEHOLDERS, "")
            fields.update(name="The Occupier", address=home, date=day_text(today), officer=officer,
                          road=road)
            letters.append(Letter(fields, home, road=road))
    return letters


def record_letters(uow: UnitOfWork, template: str, letters: list[Letter], written_on: date,
                   files: list[Path]) -> int:
    """Record the letters written: against each person, or once for each road with its homes."""
    per_road: dict[str, int] = {}
    for index, letter in enumerate(letters):
        if letter.road:
            per_road[letter.road] = per_road.get(letter.road, 0) + 1
            continue
        name = files[min(index, len(files) - 1)].name if files else ""
        uow.session.add(AsbLetter(template=template, written_on=written_on, person_id=letter.person_id,
                                  intervention_id=letter.intervention_id, file_name=name))
    for road, count in per_road.items():
        uow.session.add(AsbLetter(template=template, written_on=written_on, road=road, addresses=count,
                                  file_name=", ".join(f.name for f in files[:1])))
    # Letters name people at their homes: written out of the store, so in the access log too.
    record_export(uow, f"ASB letters from {template}: {len(letters)}", Marking.OFFICIAL_SENSITIVE.value,
                  False, ", ".join(str(f) for f in files)[:2000])
    return len(letters)
