"""The public version of a meeting pack: each part as the redactor leaves it, people's names and
details withheld, case work left to the agencies that own it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from jagdesk.domain.common.marking import Marking
from jagdesk.domain.meetings.pack.public_fields import ITEM_SIDES_WITHHELD, RecordKind
from jagdesk.domain.meetings.vocabulary import (
    Attendee,
    HotspotSheet,
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
from jagdesk.services.meetings.pack.redact import LEFT_OUT, RecordFields, Redactor
from jagdesk.store.models import (
    Action,
    Hotspot,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


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
                   cases=cases, statistics=statistics, extra_sections=extra, previous_minutes=last,
                   covert_cameras=0, covert_detail=())  # never in public, not even as a count


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
