"""A meeting's minutes as a Word document, optionally on a council's letterhead template.

Everything is written with named Word styles (Title, Heading 1 and 2, List Number, List Bullet,
Table Grid) and no direct formatting beyond bold table headers, so a council restyles the whole
document by changing its styles, or by giving its own letterhead whose styles and header are kept.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable
from datetime import date, time
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from jagdesk.domain.meetings.vocabulary import (
    Attendance,
    Attendee,
    MinutesAction,
    MinutesDocument,
    MinutesItem,
)
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.errors import JagdeskError
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.docx_document import set_properties, use_shipped_fonts
from jagdesk.exports.common.docx_styles import ensure_styles, number_paragraph, restarted_list
from jagdesk.exports.common.docx_tables import MARKING_COLOUR, TABLE_STYLE, repeat_header_row, shade_cell
from jagdesk.exports.common.docx_text import add_field, add_text, xml_safe
from jagdesk.exports.common.sheet_text import NONE, day, side_title

STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "List Number", TABLE_STYLE)
HEADER_FILL = "E4E9F0"
LABEL_FILL = "F3F5F8"
DEFAULT_TEXT_WIDTH = Cm(17)  # A4 less 2 cm margins, when a template's section does not say
# A line typed as a list item in the minutes ("- ", "* ", "• ") or numbered in the decisions.
_BULLET = re.compile(r"^\s*[-*•]\s+")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•])\s+")


def open_template(path: str | os.PathLike[str]) -> Any:
    """A letterhead .docx opened with python-docx, or one sentence saying why it cannot be used."""
    template = Path(path)
    if template.suffix.lower() != ".docx":
        raise JagdeskError(f"The letterhead template must be a Word .docx file, not '{template.name}'.")
    if not template.is_file():
        raise JagdeskError(f"The letterhead template {template} does not exist.")
    try:
        return docx.Document(str(template))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise JagdeskError(f"The letterhead template {template} is not a Word document that can be "
                           f"read ({type(error).__name__}).") from error


def _clear_body(document: Any) -> None:
    """Remove the template's body text, keeping the final section's page setup and header links."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _time_text(starts_at: time | None, ends_at: time | None) -> str:
    if starts_at is None:
        return ""
    return f"{starts_at:%H:%M}" + (f" to {ends_at:%H:%M}" if ends_at else "")


def when_text(held_on: date, starts_at: time | None, ends_at: time | None) -> str:
    """ "Thursday 12 November 2026, 10:00 to 12:00"."""
    text = f"{held_on:%A} {held_on.day} {held_on:%B %Y}"
    times = _time_text(starts_at, ends_at)
    return f"{text}, {times}" if times else text


def owner_text(action: MinutesAction) -> str:
    """The owner column: "Name" over "(Agency)", or whichever of the two is known."""
    if action.owner and action.agency:
        return f"{action.owner}\n({action.agency})"
    return action.owner or action.agency or NONE


def due_text(action: MinutesAction) -> str:
    """The due column, with the status when it is not simply open and in time."""
    due = day(action.due_on)
    if action.status == ActionStatus.OPEN:
        return f"{due} (overdue)" if action.overdue else due
    return f"{due} ({action.status})"


def attendee_name(person: Attendee) -> str:
    return f"{person.name} (guest)" if person.guest else person.name


def _lines(text: str) -> list[str]:
    return [line.strip() for line in xml_safe(text).split("\n") if line.strip()]


class _Writer:
    def __init__(self, minutes: MinutesDocument, template: Path | None) -> None:
        self.minutes = minutes
        self.marking = xml_safe(minutes.marking)
        if template is None:
            self.doc = docx.Document()
            use_shipped_fonts(self.doc)  # a letterhead's own fonts are kept
            self._page_setup()
        else:
            self.doc = open_template(template)
            _clear_body(self.doc)
        ensure_styles(self.doc, STYLES)
        self._style_ids: dict[str, str] = {}
        section = self.doc.sections[-1]
        width = section.page_width and section.page_width - (section.left_margin or 0) - (
            section.right_margin or 0)
        self.text_width = Emu(width) if width and width > 0 else DEFAULT_TEXT_WIDTH

    def _page_setup(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2.2)

    # Text ------------------------------------------------------------------------------------------
    def style_id(self, name: str) -> str:
        """The style's id, looked up once: python-docx searches every style on each lookup by name."""
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self.doc.styles[name].style_id
        return found

    def paragraph(self, text: str, style: str | None = None, *, bold: bool = False,
                  italic: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        if style is not None:
            paragraph._p.style = self.style_id(style)
        add_text(paragraph, xml_safe(text), bold=bold, italic=italic)
        return paragraph

    def heading(self, text: str, level: int = 1) -> None:
        # Not doc.add_heading: add_text marks right-to-left runs and complex-script fonts.
        self.paragraph(text, f"Heading {level}")

    def table(self, header: list[str] | None, rows: list[list[str]], widths: list[float],
              bold_first: bool = False) -> None:
        """A table in the table style; `widths` are fractions of the text width.

        Cells are reached through the row elements directly: python-docx's row.cells works out
        the whole grid on every call, which made a 20-item meeting's tables the slowest part.
        """
        columns = len(widths)
        table = self.doc.add_table(rows=len(rows) + (header is not None), cols=columns)
        table._tbl.tblStyle_val = self.style_id(TABLE_STYLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False  # a fixed layout: a long unbroken string wraps instead of widening
        sizes = [Emu(int(self.text_width * share)) for share in widths]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size
        body = [header, *rows] if header is not None else rows
        for row_index, (tr, values) in enumerate(zip(table._tbl.tr_lst, body, strict=True)):
            is_header = header is not None and row_index == 0
            # A row stays on one page (Word still splits a row taller than a page).
            tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            for column, (tc, value, size) in enumerate(zip(tr.tc_lst, values, sizes, strict=True)):
                tc.width = size
                cell = _Cell(tc, table)
                bold = is_header or (bold_first and column == 0)
                # A paragraph per line, so each line takes its own direction: an Arabic name
                # above a left-to-right "(agency)" rather than both in one right-to-left line.
                for line_index, line in enumerate(xml_safe(value).split("\n")):
                    paragraph = cell.paragraphs[0] if line_index == 0 else cell.add_paragraph()
                    add_text(paragraph, line, bold=bold)
                if is_header:
                    shade_cell(cell, HEADER_FILL)
                elif bold_first and column == 0:
                    shade_cell(cell, LABEL_FILL)
        if header is not None:
            repeat_header_row(table.rows[0])

    # Page furniture --------------------------------------------------------------------------------
    def _marked_parts(self) -> Iterable[tuple[Any, bool]]:
        """Every header and footer in use, each with whether it is a header."""
        even_pages = self.doc.settings.odd_and_even_pages_header_footer
        for index, section in enumerate(self.doc.sections):
            parts = [(section.header, True), (section.footer, False)]
            if section.different_first_page_header_footer:
                parts += [(section.first_page_header, True), (section.first_page_footer, False)]
            if even_pages:
                parts += [(section.even_page_header, True), (section.even_page_footer, False)]
            for part, is_header in parts:
                # A later section's linked header shows the one before it, already marked.
                if index == 0 or not part.is_linked_to_previous:
                    yield part, is_header

    def _marking_paragraph(self, paragraph: Paragraph) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(paragraph, self.marking, bold=True, colour=MARKING_COLOUR)

    def furniture(self) -> None:
        minutes = self.minutes
        page_line = xml_safe(f"Minutes: {minutes.title} · {day(minutes.held_on)} · Page ")
        for part, is_header in self._marked_parts():
            paragraphs = part.paragraphs
            # Only a header holding nothing but one empty paragraph is written into; a letterhead's
            # logo is a paragraph without text, and must keep its own paragraph.
            blank = len(part._element) == 1 and len(paragraphs) == 1 and all(
                child.tag == qn("w:pPr") for child in paragraphs[0]._p)
            if is_header:
                # The marking goes above whatever the letterhead's header already holds.
                if blank:
                    first = paragraphs[0]
                else:
                    element = OxmlElement("w:p")
                    part._element.insert(0, element)
                    first = Paragraph(element, part)
                self._marking_paragraph(first)
                continue
            self._marking_paragraph(paragraphs[0] if blank else part.add_paragraph())
            line = part.add_paragraph()
            line.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(line, page_line, size=8)
            add_field(line, "PAGE", size=8)
            add_text(line, " of ", size=8)
            add_field(line, "NUMPAGES", size=8)

    # Sections --------------------------------------------------------------------------------------
    def write(self) -> Any:
        minutes = self.minutes
        self.furniture()
        kind = " · ".join(part for part in (minutes.meeting_type, minutes.series) if part)
        if kind:
            self.paragraph(kind, "Subtitle")
        self.paragraph(f"Minutes: {minutes.title}", "Title")
        self.table(None, [
            ["Date and time", when_text(minutes.held_on, minutes.starts_at, minutes.ends_at)],
            ["Venue", minutes.venue or NONE],
            ["Chair", minutes.chair or NONE],
            ["Minute-taker", minutes.minute_taker or NONE],
        ], [0.25, 0.75], bold_first=True)
        self.attendance()
        for item in minutes.items:
            self.item(item)
        self.heading("Next meeting")
        self.paragraph(minutes.next_meeting.strip() or "To be arranged.")
        return self.doc

    def attendance(self) -> None:
        self.heading("Attendance")
        for attendance, title in ((Attendance.PRESENT, "Present"), (Attendance.APOLOGIES, "Apologies"),
                                  (Attendance.ABSENT, "Absent")):
            people = [p for p in self.minutes.attendees if p.attendance == attendance]
            self.heading(title, 2)
            if people:
                self.table(["Name", "Agency"], [[attendee_name(p), p.agency or NONE] for p in people],
                           [0.45, 0.55])
            else:
                self.paragraph("None recorded.")

    def item(self, item: MinutesItem) -> None:
        self.heading(f"{item.number}. {item.title}")
        links = [f"Hotspot: {item.hotspot}" if item.hotspot else "",
                 f"Case: {item.case_reference}" if item.case_reference else "",
                 f"Side: {side_title(item.side)}" if item.side else ""]
        if any(links):
            self.paragraph(" · ".join(link for link in links if link), italic=True)
        lines = _lines(item.minutes)
        for line in lines:
            if _BULLET.match(line):
                self.paragraph(_BULLET.sub("", line), "List Bullet")
            else:
                self.paragraph(line)
        if not lines:
            self.paragraph("No minutes recorded.", italic=True)
        decisions = _lines(item.decisions)
        if decisions:
            self.heading("Decisions", 2)
            num_id = restarted_list(self.doc, "List Number")
            for line in decisions:
                paragraph = self.paragraph(_NUMBERED.sub("", line), "List Number")
                if num_id is not None:
                    number_paragraph(paragraph, num_id)
        if item.actions:
            self.heading("Actions", 2)
            self.table(["Ref", "Action", "Owner", "Due"],
                       [[a.reference, a.description, owner_text(a), due_text(a)] for a in item.actions],
                       [0.22, 0.38, 0.25, 0.15])


def write_minutes_docx(doc: MinutesDocument, path: str | os.PathLike[str],
                       template: Path | None = None, author: str | None = None) -> None:
    """Write the minutes as Word at `path` (replaced whole), on the letterhead `template` if given;
    its author is `author`, else the user signed in."""
    document = _Writer(doc, template).write()
    kind = doc.meeting_type or "meeting"
    if not kind.lower().endswith("meeting"):
        kind = f"{kind} meeting"  # "JAG meeting"; "Problem-solving meeting" as it is
    if not kind[:2].isupper():
        kind = kind[0].lower() + kind[1:]
    set_properties(document, title=f"Minutes: {doc.title}",
                   subject=f"Minutes of the {kind} held on {doc.held_on.day} {doc.held_on:%B %Y}",
                   marking=doc.marking, author=author)
    with replacing(path) as temporary:
        document.save(str(temporary))
