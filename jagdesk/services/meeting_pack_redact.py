"""The public pack: every person's name and personal details taken out of what the pack prints.

A locality meeting's pack is read by residents: nobody on the people register and no partner's
officer may be named in it, and no date of birth, address, phone number or email may show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from jagdesk.domain.meetings import (
    Attendee,
    HotspotSheet,
    Marking,
    MinutesAction,
    MinutesDocument,
)
from jagdesk.domain.problem_solving import CaseSheet, Repeat, SheetAction, Side, Triangle, TriangleSide
from jagdesk.store.models import Contact, Person
from jagdesk.store.uow import UnitOfWork

WITHHELD = "[name withheld]"
DETAILS = "[withheld]"
# Titles and ranks are not names: "PC" alone must not be withheld everywhere it appears.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "di", "sgt", "insp",
                    "pcso", "cllr", "councillor", "sir", "dame", "rev", "prof"})
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# UK numbers written any usual way: 01707 123456, +44 (0)1707 123 456, 07700-900123.
PHONE = re.compile(r"(?<!\w)(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s-]?\(?\d\)?){8,10}(?!\w)")
POSTCODE = re.compile(r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)", re.IGNORECASE)


def _plain(text: str) -> str:
    """The text without accents: "Łukasz" may be typed "Lukasz"."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _variants(name: str) -> set[str]:
    """A name, its accent-free spelling and each of its words that is a name, not a title."""
    name = " ".join(name.split())
    found = {name, _plain(name)} if name else set()
    for word in name.replace("-", " ").split():
        word = word.strip(".,;:()'\"")
        if len(word) >= 2 and word.lower() not in TITLES:
            found |= {word, _plain(word)}
    return {v for v in found if len(v) >= 2}


def _date_forms(value: date) -> set[str]:
    return {f"{value:%d/%m/%Y}", f"{value.day}/{value.month}/{value.year}", value.isoformat(),
            f"{value.day} {value:%b %Y}", f"{value.day} {value:%B %Y}", f"{value:%d.%m.%Y}"}


@dataclass(frozen=True)
class Redactor:
    """One compiled pattern of every name, alias and personal detail, and the generic patterns."""

    names: re.Pattern[str] | None
    details: re.Pattern[str] | None

    def text(self, value: str) -> str:
        """The text with names withheld and personal details removed."""
        if not value:
            return value
        if self.details is not None:
            value = self.details.sub(DETAILS, value)
        value = EMAIL.sub(DETAILS, value)
        value = PHONE.sub(DETAILS, value)
        value = POSTCODE.sub(DETAILS, value)
        if self.names is not None:
            value = self.names.sub(WITHHELD, value)
        return value

    def lines(self, values: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.text(v) for v in values)


# Scripts written without spaces between words: a Chinese name inside a Chinese sentence has
# letters on both sides, so for these no word boundary can be asked for.
_UNSPACED_SCRIPTS = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "THAI",
                     "LAO ", "KHMER", "MYANMAR")


def _unspaced(word: str) -> bool:
    return any(unicodedata.name(c, "").startswith(_UNSPACED_SCRIPTS) for c in word)


def _pattern(words: set[str]) -> re.Pattern[str] | None:
    if not words:
        return None

    def alternatives(group: Iterable[str]) -> str:
        # Longest first, so that a full name goes as one and not word by word.
        ordered = sorted(group, key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)

    spaced = [w for w in words if not _unspaced(w)]
    unspaced = [w for w in words if _unspaced(w)]
    parts = [rf"(?<!\w)(?:{alternatives(spaced)})(?!\w)"] if spaced else []
    parts += [f"(?:{alternatives(unspaced)})"] if unspaced else []
    return re.compile("|".join(parts), re.IGNORECASE)


def redactor_for(names: Iterable[str], details: Iterable[str]) -> Redactor:
    """The redactor withholding these names (each word of them too, titles apart) and details."""
    variants: set[str] = set()
    for name in names:
        variants |= _variants(name)
    return Redactor(_pattern(variants), _pattern({d for d in details if len(d) >= 4}))


def build_redactor(uow: UnitOfWork) -> Redactor:
    """The redactor for this store: every person on the register (merged-away records too) and
    every contact in the directory."""
    names: list[str] = []
    details: set[str] = set()
    for person in uow.session.scalars(select(Person)):
        names.append(" ".join(p for p in (person.given_names, person.family_name) if p))
        names += person.aliases.splitlines()
        for detail in (person.address, person.postcode, person.phone, person.email):
            details |= {line.strip() for line in detail.splitlines()}
        if person.date_of_birth:
            details |= _date_forms(person.date_of_birth)
    for name, phone, email in uow.session.execute(select(Contact.name, Contact.phone, Contact.email)):
        names.append(name)
        details |= {phone.strip(), email.strip()}
    return redactor_for(names, details)


# --- Applying it to what the pack prints ------------------------------------------------------------


def public_action(r: Redactor, action: MinutesAction) -> MinutesAction:
    """An action owned by its agency only, its text cleaned."""
    return replace(action, description=r.text(action.description), owner="",
                   latest_update=r.text(action.latest_update), raised_at=r.text(action.raised_at))


def public_minutes(r: Redactor, doc: MinutesDocument) -> MinutesDocument:
    """The meeting without a name: attendees by agency only, chair and minute-taker left out."""
    attendees = tuple(Attendee("", r.text(a.agency), a.attendance, a.guest) for a in doc.attendees)
    items = tuple(replace(
        item, title=r.text(item.title), minutes=r.text(item.minutes), decisions=r.text(item.decisions),
        hotspot=r.text(item.hotspot), actions=tuple(public_action(r, a) for a in item.actions))
        for item in doc.items)
    return replace(doc, title=r.text(doc.title), series=r.text(doc.series), venue=r.text(doc.venue),
                   chair="", minute_taker="", marking=Marking.OFFICIAL, attendees=attendees,
                   items=items, next_meeting=r.text(doc.next_meeting))


def public_hotspot(r: Redactor, sheet: HotspotSheet, owner_agency: str) -> HotspotSheet:
    """A hotspot sheet with its owner as an agency and no audit attendees."""
    return replace(sheet, name=r.text(sheet.name), description=r.text(sheet.description),
                   owner=owner_agency, engagement=r.lines(sheet.engagement),
                   audits=r.lines(sheet.audits))


def _side(r: Redactor, side: TriangleSide) -> TriangleSide:
    # Victims and offenders are linked people: their names go; the location side lists places.
    linked = r.lines(side.linked) if side.side == Side.LOCATION else ()
    return replace(side, description=r.text(side.description), linked=linked,
                   controller=r.text(side.controller))


def _agency_only(owner: str) -> str:
    """ "Name (Agency)" -> "Agency"; an owner that is only an agency stays."""
    match = re.fullmatch(r".*\((.+)\)\s*", owner)
    return match.group(1) if match else ""


def public_case(r: Redactor, sheet: CaseSheet) -> CaseSheet:
    """A case summary without linked people's names, owners as agencies, text cleaned."""
    triangle = Triangle(_side(r, sheet.triangle.victim), _side(r, sheet.triangle.location),
                        _side(r, sheet.triangle.offender))
    repeats = tuple(Repeat(x.side, r.text(x.subject), r.text(x.detail), x.other_cases)
                    for x in sheet.repeats if x.side == Side.LOCATION)
    actions = tuple(SheetAction(
        reference=a.reference, description=r.text(a.description), side=a.side, technique=a.technique,
        owner=_agency_only(a.owner) or r.text(a.owner), due_on=a.due_on, status=a.status,
        overdue=a.overdue, latest_update=r.text(a.latest_update)) for a in sheet.actions)
    text = r.text
    return replace(
        sheet, title=text(sheet.title), owner=_agency_only(sheet.owner), behaviour=text(sheet.behaviour),
        place=text(sheet.place), time_pattern=text(sheet.time_pattern), objective=text(sheet.objective),
        objective_measure=text(sheet.objective_measure), objective_target=text(sheet.objective_target),
        scanning_notes=text(sheet.scanning_notes), triangle=triangle, repeats=repeats, actions=actions,
        assessment_notes=text(sheet.assessment_notes), closed_reason=text(sheet.closed_reason),
        marking=Marking.OFFICIAL)

