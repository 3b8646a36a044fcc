"""The public pack: every person's name and personal details taken out of what the pack prints,
and the fields each case, hotspot and action keeps out of public documents.

A locality meeting's pack is read by residents: nobody on the people register, no partner's
officer, no guest and nobody written after a title ("Cllr Patel") may be named in it, and no date
of birth, address, phone number or email may show. Where a name is a name is decided by
jagdesk.domain.meetings.pack.public_names ("Mark the valuables" and "Bell Lane" stay); what a record keeps out
(the offender side, the victims' description, a hotspot's audits) by jagdesk.domain.public_fields.

Everything withheld, and every capitalised word that might be a name the rules could not place, is
noted on the pack's review, which the officer sees before the public pack is written.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from jagdesk.domain.meetings.pack.name_book import NameBook, name_book
from jagdesk.domain.meetings.pack.public_fields import ITEM_SIDES_WITHHELD, RecordKind, withheld_fields
from jagdesk.domain.meetings.pack.public_names import SpanKind, find_names
from jagdesk.domain.meetings.vocabulary import (
    Attendee,
    HotspotSheet,
    Marking,
    MeetingPack,
    MinutesAction,
    MinutesDocument,
    MinutesItem,
    PackSection,
)
from jagdesk.domain.problem_solving.vocabulary import (
    CaseSheet,
    Repeat,
    SheetAction,
    Side,
    Triangle,
    TriangleSide,
)
from jagdesk.services.meetings.pack.public_fields import vulnerable_victim_cases
from jagdesk.store.models import (
    Action,
    Agency,
    Contact,
    Hotspot,
    Locality,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    Person,
    ProblemCase,
    Ward,
)
from jagdesk.store.uow import UnitOfWork

WITHHELD = "[name withheld]"
DETAILS = "[withheld]"
LEFT_OUT = "[left out of the public version]"
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# UK numbers written any usual way: 01707 123456, +44 (0)1707 123 456, 07700-900123.
PHONE = re.compile(r"(?<!\w)(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s-]?\(?\d\)?){8,10}(?!\w)")
POSTCODE = re.compile(r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)", re.IGNORECASE)
CONTEXT = 45  # characters either side of a span on the review


class ReviewKind:
    NAME = "name withheld"
    DETAIL = "detail withheld"
    FIELD = "left out"
    POSSIBLE = "possible name"


@dataclass(frozen=True)
class ReviewLine:
    """One thing the officer checks before the public pack is written."""

    kind: str  # a ReviewKind
    section: str  # where in the pack: "Minutes, item 4", "Case PS-2021-001"
    text: str  # the span as written, or the field left out
    context: str  # the text around it, the span in [brackets]

    def line(self) -> str:
        return f"{self.kind}: {self.section}: {self.context}"


@dataclass(frozen=True)
class RecordFields:
    """A case, hotspot or action in the pack and the fields it keeps out (its public setting)."""

    kind: RecordKind
    id: uuid.UUID
    title: str
    withheld: frozenset[str]


@dataclass
class PackReview:
    """The officer's review of a public pack: what to withhold besides the rules' (given), and every
    span withheld, field left out and possible name left in (found while the pack is made)."""

    withhold: tuple[str, ...] = ()
    lines: list[ReviewLine] = field(default_factory=list)
    records: list[RecordFields] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[ReviewLine]:
        return [line for line in self.lines if line.kind in kinds]

    @property
    def possible_names(self) -> list[str]:
        """The possible names, each once, in the order they come."""
        return list(dict.fromkeys(line.text for line in self.of_kind(ReviewKind.POSSIBLE)))


def _plain(text: str) -> str:
    """The text without accents: "Łukasz" may be typed "Lukasz"."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _date_forms(value: date) -> set[str]:
    return {f"{value:%d/%m/%Y}", f"{value.day}/{value.month}/{value.year}", value.isoformat(),
            f"{value.day} {value:%b %Y}", f"{value.day} {value:%B %Y}", f"{value:%d.%m.%Y}"}


def _details_pattern(details: Iterable[str]) -> re.Pattern[str] | None:
    words = {d for d in details if len(d) >= 4}
    words |= {_plain(d) for d in words}
    if not words:
        return None
    ordered = sorted(words, key=lambda w: (-len(w), w))  # longest first: a whole address goes as one
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
                      + r")(?!\w)", re.IGNORECASE)


def _context(value: str, start: int, end: int) -> str:
    before = value[max(0, start - CONTEXT):start]
    after = value[end:end + CONTEXT]
    text = f"{'…' if start > CONTEXT else ''}{before}[{value[start:end]}]{after}" \
           f"{'…' if end + CONTEXT < len(value) else ''}"
    return " ".join(text.split())


@dataclass
class Redactor:
    """The names, personal details and record settings of a store, applied to what a pack prints."""

    book: NameBook
    details: re.Pattern[str] | None
    review: PackReview = field(default_factory=PackReview)
    cases: dict[str, frozenset[str]] = field(default_factory=dict)  # by reference
    hotspots: dict[str, frozenset[str]] = field(default_factory=dict)  # by name
    actions: dict[str, frozenset[str]] = field(default_factory=dict)  # by reference
    section: str = ""

    def _note(self, kind: str, text: str, context: str) -> None:
        line = ReviewLine(kind, self.section, text, context)
        if line not in self.review.lines:
            self.review.lines.append(line)

    def text(self, value: str) -> str:
        """The text with names withheld and personal details removed; each noted on the review."""
        if not value:
            return value
        spans: list[tuple[int, int, str]] = []
        for pattern in (self.details, EMAIL, PHONE, POSTCODE):
            if pattern is None:
                continue
            for match in pattern.finditer(value):
                if match.end() > match.start() and all(match.end() <= s or match.start() >= e
                                                       for s, e, _ in spans):
                    spans.append((match.start(), match.end(), ReviewKind.DETAIL))
        for span in find_names(value, self.book):
            if any(span.start < e and span.end > s for s, e, _ in spans):
                continue
            kind = ReviewKind.NAME if span.kind == SpanKind.NAME else ReviewKind.POSSIBLE
            spans.append((span.start, span.end, kind))
        out: list[str] = []
        last = 0
        for start, end, kind in sorted(spans):
            self._note(kind, value[start:end], _context(value, start, end))
            if kind == ReviewKind.POSSIBLE:
                continue
            out.append(value[last:start])
            out.append(DETAILS if kind == ReviewKind.DETAIL else WITHHELD)
            last = end
        out.append(value[last:])
        return "".join(out)

    def lines(self, values: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.text(v) for v in values)

    def left_out(self, label: str, value: str) -> str:
        """A field the record keeps out of public documents: noted, and printed as left out."""
        if not value.strip():
            return value
        shown = " ".join(value.split())
        cut = "…" if len(shown) > 2 * CONTEXT else ""
        self._note(ReviewKind.FIELD, label, f"{label}: {shown[:2 * CONTEXT]}{cut}")
        return LEFT_OUT

    def at(self, section: str) -> Redactor:
        """This redactor noting what it finds under `section`."""
        self.section = section
        return self


def redactor_for(names: Iterable[str], details: Iterable[str], withhold: Iterable[str] = (),
                 known: Iterable[str] = ()) -> Redactor:
    """The redactor withholding these names where they are names, these details, the officer's
    `withhold` words wherever they are, and not taking the `known` places' words for names."""
    return Redactor(name_book(names, withhold, known), _details_pattern(details))


def _names_and_details(uow: UnitOfWork) -> tuple[list[str], set[str]]:
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
    names += [n for n in uow.session.scalars(select(MeetingAttendee.guest_name)) if n.strip()]
    return names, details


def _known(uow: UnitOfWork) -> list[str]:
    """Names of places and organisations: their words are not possible names of people."""
    known: list[str] = []
    for column in (Agency.name, Locality.name, Ward.name, Hotspot.name, MeetingSeries.name,
                   Meeting.venue, MeetingAttendee.guest_agency):
        known += [v for v in uow.session.scalars(select(column)) if v]
    return known


def build_redactor(uow: UnitOfWork, review: PackReview | None = None) -> Redactor:
    """The redactor for this store: every person on the register (merged-away records too) with
    their aliases, every contact in the directory, every meeting guest, the officer's own words on
    the `review`, and each case's, hotspot's and action's public setting."""
    review = review if review is not None else PackReview()
    names, details = _names_and_details(uow)
    redactor = redactor_for(names, details, review.withhold, _known(uow))
    redactor.review = review
    vulnerable = vulnerable_victim_cases(uow)
    for case_id, reference, stored in uow.session.execute(
            select(ProblemCase.id, ProblemCase.reference, ProblemCase.public_withheld)):
        redactor.cases[reference] = withheld_fields(RecordKind.CASE, stored,
                                                    vulnerable_victim=case_id in vulnerable)
    for name, stored in uow.session.execute(select(Hotspot.name, Hotspot.public_withheld)):
        redactor.hotspots[name] = withheld_fields(RecordKind.HOTSPOT, stored)
    for reference, side, stored in uow.session.execute(
            select(Action.reference, Action.side, Action.public_withheld)):
        redactor.actions[reference] = withheld_fields(RecordKind.ACTION, stored, side=side)
    return redactor


def _record(uow: UnitOfWork, r: Redactor, kind: RecordKind, column: InstrumentedAttribute[str], key: str,
            withheld: frozenset[str]) -> None:
    """Note a record of the pack and its setting on the review (each once)."""
    model = {RecordKind.CASE: ProblemCase, RecordKind.HOTSPOT: Hotspot, RecordKind.ACTION: Action}[kind]
    found = uow.session.execute(select(model.id).where(column == key)).first()
    if found is None or any(x.id == found[0] for x in r.review.records):
        return
    title = {RecordKind.CASE: f"Case {key}", RecordKind.HOTSPOT: f"Hotspot {key}",
             RecordKind.ACTION: f"Action {key}"}[kind]
    r.review.records.append(RecordFields(kind, found[0], title, withheld))


# --- Applying it to what the pack prints ------------------------------------------------------------


def public_action(r: Redactor, action: MinutesAction) -> MinutesAction | None:
    """An action owned by its agency only, its text cleaned; None when the action is kept out of
    public documents (an offender-side action by default), without its updates if they are."""
    withheld = r.actions.get(action.reference, frozenset())
    if "description" in withheld:
        r.left_out(f"Action {action.reference}", action.description)
        return None
    update = r.left_out(f"Action {action.reference}, updates", action.latest_update) \
        if "updates" in withheld else r.text(action.latest_update)
    return replace(action, description=r.text(action.description), owner="", latest_update=update,
                   raised_at=r.text(action.raised_at))


def public_actions(r: Redactor, actions: Iterable[MinutesAction]) -> tuple[MinutesAction, ...]:
    return tuple(a for a in (public_action(r, x) for x in actions) if a is not None)


def _public_item(r: Redactor, item: MinutesItem) -> MinutesItem:
    r.at(f"Minutes, item {item.number}. {item.title}")
    if item.side in ITEM_SIDES_WITHHELD:
        label = f"Item {item.number} ({item.side} side)"
        minutes = r.left_out(label, item.minutes)
        decisions = r.left_out(f"{label}, decisions", item.decisions)
    else:
        minutes, decisions = r.text(item.minutes), r.text(item.decisions)
    return replace(item, title=r.text(item.title), minutes=minutes, decisions=decisions,
                   hotspot=r.text(item.hotspot), actions=public_actions(r, item.actions))


def public_minutes(r: Redactor, doc: MinutesDocument) -> MinutesDocument:
    """The meeting without a name: attendees by agency only, chair and minute-taker left out."""
    r.at("Meeting")
    title, series, venue = r.text(doc.title), r.text(doc.series), r.text(doc.venue)
    next_meeting = r.text(doc.next_meeting)
    r.at("Attendance")
    attendees = tuple(Attendee("", r.text(a.agency), a.attendance, a.guest) for a in doc.attendees)
    items = tuple(_public_item(r, item) for item in doc.items)
    return replace(doc, title=title, series=series, venue=venue, chair="", minute_taker="",
                   marking=Marking.OFFICIAL, attendees=attendees, items=items, next_meeting=next_meeting)


def public_hotspot(r: Redactor, sheet: HotspotSheet, owner_agency: str) -> HotspotSheet:
    """A hotspot sheet with its owner as an agency, no audit attendees, and without the parts the
    hotspot keeps out (its visual audits by default: they show the place's weak points)."""
    r.at(f"Hotspot {sheet.name}")
    withheld = r.hotspots.get(sheet.name, frozenset())

    def part(key: str, label: str, lines: tuple[str, ...]) -> tuple[str, ...]:
        if key not in withheld:
            return r.lines(lines)
        for line in lines:
            r.left_out(label, line)
        return (LEFT_OUT,) if lines else ()

    description = r.left_out("Description", sheet.description) if "description" in withheld \
        else r.text(sheet.description)
    return replace(sheet, name=r.text(sheet.name), description=description, owner=owner_agency,
                   engagement=part("engagement", "Engagement", sheet.engagement),
                   audits=part("audits", "Visual audit", sheet.audits))


def _agency_only(owner: str) -> str:
    """ "Name (Agency)" -> "Agency"; an owner that is only an agency stays."""
    match = re.fullmatch(r".*\((.+)\)\s*", owner)
    return match.group(1) if match else ""


_SIDE_FIELDS = {Side.VICTIM: ("victim", "guardian"), Side.LOCATION: ("location", "place_manager"),
                Side.OFFENDER: ("offender", "handler")}
_CONTROLLERS = {Side.VICTIM: "guardian", Side.LOCATION: "place manager", Side.OFFENDER: "handler"}


def _side(r: Redactor, side: TriangleSide, withheld: frozenset[str]) -> TriangleSide:
    # Victims and offenders are linked people: their names go; the location side lists places.
    linked = r.lines(side.linked) if side.side == Side.LOCATION else ()
    description_key, controller_key = _SIDE_FIELDS[Side(side.side)]
    label = f"{str(side.side).capitalize()} side"
    description = r.left_out(label, side.description) if description_key in withheld \
        else r.text(side.description)
    controller = r.left_out(f"{label}, {_CONTROLLERS[Side(side.side)]}", side.controller) \
        if controller_key in withheld else r.text(side.controller)
    return replace(side, description=description, linked=linked, controller=controller)


def _sheet_action(r: Redactor, a: SheetAction) -> SheetAction | None:
    withheld = r.actions.get(a.reference, frozenset())
    if "description" in withheld:
        r.left_out(f"Action {a.reference}", a.description)
        return None
    update = r.left_out(f"Action {a.reference}, updates", a.latest_update) if "updates" in withheld \
        else r.text(a.latest_update)
    return SheetAction(
        reference=a.reference, description=r.text(a.description), side=a.side, technique=a.technique,
        owner=_agency_only(a.owner) or r.text(a.owner), due_on=a.due_on, status=a.status,
        overdue=a.overdue, latest_update=update)


def public_case(r: Redactor, sheet: CaseSheet) -> CaseSheet:
    """A case summary without linked people's names, owners as agencies, text cleaned, and without
    the fields the case keeps out (by default its victim and offender sides)."""
    r.at(f"Case {sheet.reference}")
    withheld = r.cases.get(sheet.reference, frozenset())

    def text(key: str, label: str, value: str) -> str:
        return r.left_out(label, value) if key in withheld else r.text(value)

    triangle = Triangle(_side(r, sheet.triangle.victim, withheld),
                        _side(r, sheet.triangle.location, withheld),
                        _side(r, sheet.triangle.offender, withheld))
    repeats = tuple(Repeat(x.side, r.text(x.subject), r.text(x.detail), x.other_cases)
                    for x in sheet.repeats if x.side == Side.LOCATION)
    actions = tuple(a for a in (_sheet_action(r, x) for x in sheet.actions) if a is not None)
    return replace(
        sheet, title=r.text(sheet.title), owner=_agency_only(sheet.owner),
        behaviour=text("behaviour", "Behaviour", sheet.behaviour),
        place=text("place", "Place", sheet.place),
        time_pattern=text("time_pattern", "Time", sheet.time_pattern),
        objective=text("objective", "Objective", sheet.objective),
        objective_measure=text("objective", "Objective measure", sheet.objective_measure),
        objective_target=text("objective", "Objective target", sheet.objective_target),
        scanning_notes=text("scanning_notes", "Scanning notes", sheet.scanning_notes),
        triangle=triangle, repeats=repeats, actions=actions,
        assessment_notes=text("assessment_notes", "Assessment notes", sheet.assessment_notes),
        closed_reason=text("closed_reason", "Why it closed", sheet.closed_reason),
        marking=Marking.OFFICIAL)


def _public_section(r: Redactor, section: PackSection) -> PackSection:
    r.at(section.title)
    return replace(section, title=r.text(section.title),
                   rows=tuple(tuple(r.text(cell) for cell in row) for row in section.rows),
                   empty_text=r.text(section.empty_text))


def public_pack(uow: UnitOfWork, r: Redactor, full: MeetingPack,
                hotspot_agencies: Sequence[str]) -> MeetingPack:
    """The public version of a pack built in full (hotspot sheets without audit attendees): every
    part cleaned, and each case, hotspot and action in it noted on the review with its setting."""
    meeting = public_minutes(r, full.meeting)
    last = public_minutes(r, full.previous_minutes) if full.previous_minutes is not None else None
    r.at("Actions from earlier meetings")
    earlier = public_actions(r, full.previous_actions)
    hotspots = tuple(public_hotspot(r, sheet, agency)
                     for sheet, agency in zip(full.hotspots, hotspot_agencies, strict=True))
    cases = tuple(public_case(r, sheet) for sheet in full.cases)
    r.at("Crime statistics")
    statistics = tuple(replace(t, title=r.text(t.title)) for t in full.statistics)
    extra = tuple(_public_section(r, s) for s in full.extra_sections)
    for sheet in full.hotspots:
        _record(uow, r, RecordKind.HOTSPOT, Hotspot.name, sheet.name, r.hotspots.get(sheet.name, frozenset()))
    for case in full.cases:
        _record(uow, r, RecordKind.CASE, ProblemCase.reference, case.reference,
                r.cases.get(case.reference, frozenset()))
    references = [a.reference for item in full.meeting.items for a in item.actions]
    if full.previous_minutes is not None:
        references += [a.reference for item in full.previous_minutes.items for a in item.actions]
    references += [a.reference for a in full.previous_actions]
    references += [a.reference for case in full.cases for a in case.actions]
    for reference in dict.fromkeys(references):
        _record(uow, r, RecordKind.ACTION, Action.reference, reference,
                r.actions.get(reference, frozenset()))
    return replace(full, meeting=meeting, public=True, previous_actions=earlier, hotspots=hotspots,
                   cases=cases, statistics=statistics, extra_sections=extra, previous_minutes=last)
