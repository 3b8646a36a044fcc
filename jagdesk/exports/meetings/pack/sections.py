"""The pack's sections other than hotspots and cases: cover, contents, attendance, agenda and
items, the last meeting's minutes, the earlier actions, crime statistics and the sections later
issues add. A section with nothing to say takes a line, not a page."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from jagdesk.domain.meetings.vocabulary import Attendance, MeetingPack, MinutesAction, MinutesDocument
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.exports.common import sheet_text as st
from jagdesk.exports.common.fonts import paragraph, paragraph_style
from jagdesk.exports.common.pdf_tables import MARKING_COLOUR
from jagdesk.exports.meetings.pack.covert import COVER_LINE
from jagdesk.exports.meetings.pack.parts import (
    FRAME_W,
    NONE,
    OVERDUE_FILL,
    Story,
    widths,
)


def when(doc: MinutesDocument) -> str:
    """ "Tuesday 10 November 2026, 10:00 to 12:00" """
    text = f"{doc.held_on:%A} {doc.held_on.day} {doc.held_on:%B %Y}"
    if doc.starts_at:
        text += f", {doc.starts_at:%H:%M}"
        if doc.ends_at:
            text += f" to {doc.ends_at:%H:%M}"
    return text


def cover(story: Story, pack: MeetingPack) -> None:
    doc = pack.meeting
    story.add(Spacer(1, 30 * mm), story.p(doc.meeting_type or "Meeting", "subheading"),
              story.p(doc.title, "title"), Spacer(1, 4))
    rows = [("Date", when(doc)), ("Venue", doc.venue), ("Series", doc.series)]
    if not pack.public:
        rows += [("Chair", doc.chair), ("Minutes", doc.minute_taker)]
    rows.append(("Printed", st.day(doc.printed_on)))
    if pack.crime_months:
        rows.append(("Crime figures", f"{pack.crime_months}, the last complete months before the meeting"))
    story.add(story.fields(rows, 30 * mm))
    if pack.records_to is not None and doc.printed_on > doc.held_on:
        story.add(Spacer(1, 4), story.p(
            f"Printed on {st.day(doc.printed_on)}, after the meeting. This pack is as it stood on "
            f"the meeting day, {st.day(pack.records_to)}: audits, engagement, action updates and "
            "actions recorded later are left out, and an action done later is shown as open"
            + (f"; the crime figures cover {pack.crime_months}." if pack.crime_months else "."),
            "body"))
    story.add(Spacer(1, 14 * mm))
    style = paragraph_style("JagCoverMarking", size=20, bold=True, align="center", color=MARKING_COLOUR)
    box = Table([[paragraph(doc.marking, style)]], colWidths=[FRAME_W])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, MARKING_COLOUR),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    story.add(box, Spacer(1, 6))
    if pack.public:
        story.add(story.p("Public version: the names and personal details of residents, victims, "
                          "offenders and partner officers are withheld.", "body"))
    else:
        story.add(story.p("Handle, store and share this pack as its marking requires. Do not leave "
                          "it in the meeting room.", "small"))
        if pack.covert_detail:
            story.add(Spacer(1, 4), paragraph(COVER_LINE, paragraph_style(
                "JagCovertCover", size=10.5, bold=True, color=MARKING_COLOUR)))


def contents(story: Story) -> TableOfContents:
    story.add(PageBreak())
    story.heading("Contents", level=0)
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        paragraph_style("JagToc0", size=10.5, bold=True, leading=15, space_before=3,
                        leftIndent=0, firstLineIndent=0),
        paragraph_style("JagToc1", size=9.5, leading=13, leftIndent=12 * mm, firstLineIndent=0),
    ]
    story.add(toc)
    return toc


def attendance(story: Story, pack: MeetingPack) -> None:
    doc = pack.meeting
    story.heading("Attendance", level=1)
    if not doc.attendees:
        story.add(story.p("No attendance recorded yet."))
        return
    if pack.public:  # agencies only, counted
        counts = Counter((a.agency or "Other", a.attendance) for a in doc.attendees)
        agencies = sorted({agency for agency, _ in counts})
        body = [[agency, *(str(counts[(agency, kind)]) for kind in Attendance)] for agency in agencies]
        story.add(story.grid(["Agency", *(k.label for k in Attendance)], body,
                             widths(0, 25, 25, 25), numeric_from=1))
        return
    order = {kind.value: i for i, kind in enumerate(Attendance)}
    rows = sorted(doc.attendees, key=lambda a: order.get(a.attendance, 9))
    body = [[a.name + (" (guest)" if a.guest else ""), a.agency or NONE,
             Attendance(a.attendance).label if a.attendance in order else a.attendance] for a in rows]
    story.add(story.grid(["Name", "Agency", "Attendance"], body, widths(0, 70, 25)))


def _owner(action: MinutesAction) -> str:
    if action.owner and action.agency:
        return f"{action.owner} ({action.agency})"
    return action.owner or action.agency or NONE


def _status(action: MinutesAction) -> str:
    text = st.label(action.status)
    return f"{text}, OVERDUE" if action.overdue and action.status == ActionStatus.OPEN else text


def action_table(story: Story, actions: tuple[MinutesAction, ...], with_raised: bool) -> None:
    body: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for row, action in enumerate(actions, start=1):
        described: Any = action.description
        if action.latest_update or (with_raised and action.raised_at):
            described = [story.p(action.description, "cell")]
            if with_raised and action.raised_at:
                described.append(story.p(f"Agreed at {action.raised_at}", "small"))
            if action.latest_update:
                described.append(story.p(f"Latest: {action.latest_update}", "small"))
        status: Any = _status(action)
        if action.overdue and action.status == ActionStatus.OPEN:
            status = story.p(status, "overdue")
            extra.append(("BACKGROUND", (4, row), (4, row), OVERDUE_FILL))
        body.append([action.reference, described, _owner(action), st.day(action.due_on), status])
    story.add(story.grid(["Ref", "Action", "Owner", "Due", "Status"], body,
                         widths(30, 0, 45, 21, 22), extra))


def agenda(story: Story, pack: MeetingPack) -> None:
    doc = pack.meeting
    story.add(PageBreak())
    story.heading("Agenda", level=0)
    attendance(story, pack)
    story.heading("Items", level=1)
    body = []
    for item in doc.items:
        about = [x for x in (item.hotspot and f"Hotspot: {item.hotspot}",
                             item.case_reference and f"Case {item.case_reference}",
                             item.side and f"Side: {st.side_title(item.side)}") if x]
        body.append([str(item.number), item.title, "; ".join(about) or st.label(item.kind)])
    story.add(story.grid(["No.", "Item", "About"], body, widths(11, 0, 60)) if body
              else story.p("No items on the agenda yet."))
    if doc.next_meeting.strip():
        story.add(Spacer(1, 4), story.fields([("Next meeting", doc.next_meeting)]))


def _present(doc: MinutesDocument, public: bool) -> list[tuple[str, str]]:
    """Who came, who sent apologies: ("Present", "Name (Agency), ...") (a public pack: agencies,
    counted)."""
    lines = []
    for kind in Attendance:
        people = [a for a in doc.attendees if a.attendance == kind]
        if not people:
            continue
        if public or not any(a.name for a in people):
            counts = Counter(a.agency or "Other" for a in people)
            names = [f"{agency} ({n})" if n > 1 else agency for agency, n in sorted(counts.items())]
        else:
            names = [f"{a.name} ({a.agency})" if a.agency else a.name for a in people]
        lines.append((kind.label, ", ".join(names)))
    return lines


def previous_minutes(story: Story, pack: MeetingPack) -> None:
    """The minutes of the series' last meeting, for members to agree: attendance, then each item's
    minutes and decisions, and the references of the actions agreed at it (their progress is in
    the earlier actions, printed once)."""
    doc = pack.previous_minutes
    if doc is None:
        story.heading("Minutes of the last meeting", level=0)
        story.add(story.p("No earlier meeting of this series: there are no minutes to agree."
                          if pack.meeting.series.strip() else
                          "This meeting is not one of a series: there are no earlier minutes to agree."))
        return
    story.add(PageBreak())
    story.heading(f"Minutes of the last meeting: {doc.title}", level=0)
    story.add(story.p(f"Held {when(doc)}" + (f", {doc.venue}" if doc.venue.strip() else "")
                      + ". For members to agree as a true record.", "small"), Spacer(1, 3))
    present = _present(doc, pack.public)
    if present:
        story.add(story.fields(present, 24 * mm))
    written = [item for item in doc.items if item.minutes.strip() or item.decisions.strip() or item.actions]
    if not written:
        story.add(story.p("No minutes were written for this meeting."))
        return
    for item in written:
        story.heading(f"{item.number}. {item.title}", level=1, keep=15 * mm)
        story.text(item.minutes)
        if item.decisions.strip():
            story.subheading("Decisions")
            story.text(item.decisions)
        if item.actions:
            refs = ", ".join(a.reference for a in item.actions)
            story.add(story.fields([("Actions agreed", f"{refs} (what each is and where it stands: "
                                     "Actions from earlier meetings)")], 28 * mm))


def previous_actions(story: Story, pack: MeetingPack) -> None:
    """Matters arising: the last meeting's actions and the earlier ones still open, each once."""
    actions = pack.previous_actions
    if not actions:
        story.heading("Actions from earlier meetings", level=0)
        story.add(story.p("No actions from earlier meetings of this series."))
        return
    story.add(PageBreak())
    story.heading("Actions from earlier meetings", level=0)
    overdue = sum(1 for a in actions if a.overdue and a.status == ActionStatus.OPEN)
    still_open = sum(1 for a in actions if a.status == ActionStatus.OPEN)
    as_at = f" on {st.day(pack.records_to)}" if pack.records_to is not None else ""
    story.add(story.p(f"{len(actions)} actions; {still_open} still open{as_at}"
                      + (f", {overdue} overdue." if overdue else ".")
                      + " These are the matters arising: every action of the last meeting, and the "
                      "earlier ones still open.", "small"), Spacer(1, 3))
    action_table(story, actions, with_raised=True)


def statistics(story: Story, pack: MeetingPack) -> None:
    if not any(table.kind == "crime" for table in pack.statistics):
        story.heading("Crime statistics", level=0)
        story.add(story.p(
            f"The store holds no police.uk street data for {pack.crime_months}, the last complete "
            "months before the meeting: import those months to see the figures." if pack.crime_months
            else "No crime data in the store: import police.uk files to see the figures."))
    else:
        story.add(PageBreak())
        story.heading("Crime statistics", level=0)
    for table in (*pack.statistics, *pack.asb_statistics):
        story.heading(table.title, level=1)
        count = len(table.columns)
        first = 62.0 if count > 1 else 0.0
        # A figure needs no more than 40 mm: a table of one period's counts stays narrow.
        rest = min((FRAME_W / mm - first) / max(count - 1, 1), 40.0)
        story.add(story.grid(list(table.columns), [list(r) for r in table.rows],
                             widths(first, *([rest] * (count - 1))) if count > 1 else [FRAME_W],
                             extra=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F1F3F6"))]
                             if table.kind == "crime" else [],
                             numeric_from=1))
        for sentence in table.sentences:
            story.add(story.p(sentence, "small"))
    if pack.covert_cameras and not pack.public:
        count = pack.covert_cameras
        story.heading("Covert CCTV", level=1)
        story.add(story.p(
            f"Covert surveillance: {count} camera{'s were' if count > 1 else ' was'} up under a RIPA "
            "authorisation on the meeting's day. " + (
                "They are listed on the restricted page at the end of this pack." if pack.covert_detail
                else "Where, why and about whom is kept in the central record, not in this pack.")))


def extra_sections(story: Story, pack: MeetingPack) -> None:
    for section in pack.extra_sections:
        if not section.rows:
            story.heading(section.title, level=0)
            story.add(story.p(section.empty_text))
            continue
        story.add(PageBreak())
        story.heading(section.title, level=0)
        share = FRAME_W / mm / max(len(section.columns), 1)
        story.add(story.grid(list(section.columns), [list(r) for r in section.rows],
                             widths(*([share] * len(section.columns)))))
