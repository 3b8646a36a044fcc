"""The people register: list, find possible duplicates, save, delete and merge people."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select

from jagdesk.domain import people as rules
from jagdesk.domain.common.day_text import uk_day
from jagdesk.errors import InUseError, JagdeskError, ValidationError
from jagdesk.services.common.access import OPEN, SEARCH, record_access
from jagdesk.services.common.records import load_for_change, uses_of, validated
from jagdesk.services.people.links import HistoryRow, PersonLink, links_to, move_links, person_history
from jagdesk.store.models import Person
from jagdesk.store.uow import UnitOfWork

FLAG_TITLES = (("is_vulnerable", "Vulnerable"), ("is_youth", "Youth"), ("is_repeat", "Repeat"))
# Fields a merge copies into the kept record where it has nothing.
FILLED_BY_MERGE = ("given_names", "date_of_birth", "address", "postcode", "phone", "email", "notes")

__all__ = [
    "HistoryRow", "PersonDetail", "PersonInput", "PersonLink", "PersonRow", "delete_person", "get_person",
    "get_person_detail", "input_errors", "list_people", "merge_people", "open_person", "person_history",
    "person_links", "possible_duplicates", "save_person", "search_people",
]


@dataclass(frozen=True)
class PersonRow:
    """A person as lists and pickers show them."""

    id: uuid.UUID
    name: str
    aliases: tuple[str, ...]
    date_of_birth: date | None
    age: int | None
    address: str
    postcode: str
    is_vulnerable: bool
    is_youth: bool
    is_repeat: bool
    version: int

    @property
    def flags_text(self) -> str:
        """"Vulnerable, Youth" — the flags set, in a fixed order."""
        return ", ".join(title for key, title in FLAG_TITLES if getattr(self, key))

    @property
    def born_text(self) -> str:
        return uk_day(self.date_of_birth)


@dataclass(frozen=True)
class PersonInput:
    """What the user enters for a person; aliases one per line."""

    family_name: str
    given_names: str = ""
    aliases: str = ""
    date_of_birth: date | None = None
    address: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    is_vulnerable: bool = False
    is_youth: bool = False
    is_repeat: bool = False
    notes: str = ""


@dataclass(frozen=True)
class PersonDetail:
    """Everything about a person, for their page and their dialog."""

    row: PersonRow
    data: PersonInput


def _today(today: date | None) -> date:
    return today or date.today()


def _row(person: Person, today: date | None = None) -> PersonRow:
    return PersonRow(
        person.id, person.title(), tuple(rules.alias_list(person.aliases)), person.date_of_birth,
        rules.age_on(person.date_of_birth, _today(today)), person.address, person.postcode,
        person.is_vulnerable, person.is_youth, person.is_repeat, person.version,
    )


def _input(person: Person) -> PersonInput:
    return PersonInput(
        person.family_name, person.given_names, person.aliases, person.date_of_birth,
        person.address, person.postcode, person.phone, person.email, person.is_vulnerable,
        person.is_youth, person.is_repeat, person.notes,
    )


def list_people(uow: UnitOfWork, text: str = "") -> list[PersonRow]:
    """People on the register by family then given names; `text` matches names, aliases (accents
    ignored), postcode, or date of birth written dd/mm/yyyy."""
    query = select(Person).where(Person.merged_into_id.is_(None))
    text = text.strip()
    if text:
        found = [Person.search_key.contains(rules.name_key(text) or text, autoescape=True)]
        compact = "".join(text.split()).upper()
        found.append(func.replace(func.upper(Person.postcode), " ", "").contains(
            compact, autoescape=True))
        try:
            born = rules.parse_day(text)
        except ValueError:
            born = None
        if born is not None:
            found.append(Person.date_of_birth == born)
        query = query.where(or_(*found))
    query = query.order_by(func.lower(Person.family_name), func.lower(Person.given_names), Person.id)
    today = date.today()
    return [_row(person, today) for person in uow.session.scalars(query)]


def _surviving(uow: UnitOfWork, person_id: uuid.UUID) -> Person:
    person = uow.get(Person, person_id)
    if person.merged_into_id is not None:
        # merged_into_id always names the survivor, so one step is enough.
        person = uow.get(Person, person.merged_into_id)
    return person


def get_person(uow: UnitOfWork, person_id: uuid.UUID) -> PersonRow:
    """The person (or, if they were merged into another record, the record they now are)."""
    return _row(_surviving(uow, person_id))


def get_person_detail(uow: UnitOfWork, person_id: uuid.UUID) -> PersonDetail:
    """Every field of the person (following a merge, as get_person does)."""
    person = _surviving(uow, person_id)
    return PersonDetail(_row(person), _input(person))


def open_person(uow: UnitOfWork, person_id: uuid.UUID) -> PersonDetail:
    """The person's every field for their page, the look recorded in the access log."""
    detail = get_person_detail(uow, person_id)
    record_access(uow, OPEN, "person", detail.row.name, detail.row.id)
    return detail


def search_people(uow: UnitOfWork, text: str) -> list[PersonRow]:
    """The register searched for `text` (as list_people), the search recorded in the access log."""
    rows = list_people(uow, text)
    record_search(uow, text, len(rows))
    return rows


def record_search(uow: UnitOfWork, text: str, found: int) -> None:
    """Record in the access log a search of the register for `text` that found `found` people (a
    search for nothing, the whole register, is not a search)."""
    if text.strip():
        record_access(uow, SEARCH, "person", text.strip(), found=found)


def input_errors(data: PersonInput, today: date | None = None) -> dict[str, str]:
    """What is wrong with the entered fields, by field (no store needed: dialogs check first)."""
    return rules.person_errors(
        data.given_names, data.family_name, data.aliases, data.date_of_birth, data.address,
        data.postcode, data.phone, data.email, data.notes, _today(today))


def _names(data: PersonInput | Person) -> rules.Names:
    return rules.Names.of(data.given_names, data.family_name, data.aliases, data.date_of_birth)


def possible_duplicates(uow: UnitOfWork, data: PersonInput,
                        exclude_id: uuid.UUID | None = None) -> list[tuple[PersonRow, str]]:
    """People already on the register who may be the person entered, each with the reason."""
    wanted = _names(data)
    query = select(Person).where(Person.merged_into_id.is_(None))
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    today = date.today()
    found: list[tuple[PersonRow, str]] = []
    # The whole register is compared in Python: difflib finds typing slips that SQL cannot,
    # and a district's register is thousands of people, not millions.
    for person in uow.session.scalars(query):
        reason = rules.likeness(wanted, _names(person))
        if reason is not None:
            found.append((_row(person, today), reason))
    # The same date of birth first: those are the likeliest.
    found.sort(key=lambda pair: (not pair[1].startswith("same date"), pair[0].name.lower()))
    return found


def _clean(data: PersonInput) -> PersonInput:
    aliases = "\n".join(rules.alias_list(data.aliases))
    postcode = rules.normal_postcode(data.postcode) if data.postcode.strip() else ""
    return replace(
        data, family_name=data.family_name.strip(), given_names=data.given_names.strip(),
        aliases=aliases, address=data.address.strip(), postcode=postcode, phone=data.phone.strip(),
        email=data.email.strip(), notes=data.notes.strip())


def _fill(person: Person, data: PersonInput) -> None:
    for key, value in vars(data).items():
        setattr(person, key, value)
    person.search_key = rules.search_key(person.given_names, person.family_name, person.aliases)


def save_person(uow: UnitOfWork, data: PersonInput, record_id: uuid.UUID | None = None,
                expected_version: int | None = None, today: date | None = None) -> PersonRow:
    """Add a person, or change the one with `record_id` as opened at `expected_version`."""
    validated(input_errors(data, today))
    if record_id is None:
        person = Person()
        uow.session.add(person)
    else:
        person = load_for_change(uow, Person, record_id, expected_version)
        if person.merged_into_id is not None:
            raise JagdeskError(f"'{person.title()}' was merged into another record; edit that one.")
    _fill(person, _clean(data))
    uow.commit()
    return _row(person, today)


def person_links(uow: UnitOfWork, person_id: uuid.UUID) -> list[PersonLink]:
    """Everything the person is linked to: cases (reference, title, side, role) and other records."""
    return links_to(uow.session, uow.get(Person, person_id))


def delete_person(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a person nothing links to (with the records merged into them); refused, naming the
    links, otherwise."""
    person = load_for_change(uow, Person, record_id, expected_version)
    links = links_to(uow.session, person)
    if links:
        named = "; ".join(link.text for link in links[:5])
        more = f"; and {len(links) - 5} more" if len(links) > 5 else ""
        raise InUseError(f"'{person.title()}' cannot be deleted while linked to {named}{more}."
                         " Take them off first, or merge this record into another.")
    # Records merged into this one are kept only for its history: they go with it.
    for merged in uow.session.scalars(select(Person).where(Person.merged_into_id == person.id)):
        uow.session.delete(merged)
    uow.session.flush()
    uses = uses_of(uow.session, person)  # anything a newer kind of record adds, named generically
    if uses:
        raise InUseError(f"'{person.title()}' cannot be deleted: it is used by {'; '.join(uses)}.")
    uow.session.delete(person)
    uow.commit()


def merge_people(uow: UnitOfWork, keep_id: uuid.UUID, merge_id: uuid.UUID,
                 keep_version: int | None, merge_version: int | None) -> PersonRow:
    """Merge the person `merge_id` into `keep_id`: links move, empty fields are filled, names become
    aliases; the merged record is hidden, not deleted, so that its history stays. One transaction."""
    if keep_id == merge_id:
        raise ValidationError({"keep_id": "Choose another record to merge into: a record cannot be"
                                           " merged into itself."})
    keep = load_for_change(uow, Person, keep_id, keep_version)
    gone = load_for_change(uow, Person, merge_id, merge_version)
    for person in (keep, gone):
        if person.merged_into_id is not None:
            raise JagdeskError(f"'{person.title()}' was already merged into another record.")
    move_links(uow.session, gone.id, keep.id)
    for key in FILLED_BY_MERGE:
        if not getattr(keep, key) and getattr(gone, key):
            setattr(keep, key, getattr(gone, key))
    for key, _title in FLAG_TITLES:
        setattr(keep, key, getattr(keep, key) or getattr(gone, key))
    names = [keep.aliases, gone.title(), gone.aliases]
    own = rules.name_key(keep.title())
    keep.aliases = "\n".join(a for a in rules.alias_list("\n".join(names)) if rules.name_key(a) != own)
    keep.search_key = rules.search_key(keep.given_names, keep.family_name, keep.aliases)
    gone.merged_into_id = keep.id
    for earlier in uow.session.scalars(select(Person).where(Person.merged_into_id == gone.id)):
        earlier.merged_into_id = keep.id
    uow.commit()
    return _row(keep)
