"""The meeting's papers from its page: minutes to Word (on an optional letterhead), the pack as a PDF
(full or public), the pack printed, and the calendar (.ics) of meetings and due actions.

The writers are imported when used: they load python-docx or reportlab, which the rest of the GUI
does not need.
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from jagdesk.domain.common.wording import plural
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui.background import BackgroundTask, run_with_progress
from jagdesk.gui.dialogs.meetings.pack.public_review_dialog import PublicReviewDialog, ReviewChoice
from jagdesk.gui.operations import call
from jagdesk.services.common.access import PRINT, record_export
from jagdesk.services.meetings.pack.redact import PackReview
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

PRINT_DPI = 300  # pages are drawn as images at most this fine: enough for text, small to spool


@dataclass(frozen=True)
class MinutesExport:
    path: Path | None
    template: Path | None


@dataclass(frozen=True)
class PackExport:
    path: Path | None
    public: bool
    covert: bool = False  # the covert deployments on a restricted page (an ordinary pack only)


@dataclass(frozen=True)
class CalendarExport:
    path: Path | None
    details: bool = False


def _checked(path: Path | None, suffix: str, what: str) -> Path:
    if path is None:
        raise ValidationError({"path": f"Say where to save the {what}."})
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    if not path.parent.is_dir():
        raise ValidationError({"path": f"The folder {path.parent} does not exist."})
    return path


def write_minutes(store: Store, meeting_id: uuid.UUID, entry: MinutesExport) -> Path:
    """Write the meeting's minutes as Word; ValidationError at the field that is wrong."""
    path = _checked(entry.path, ".docx", "minutes")
    if entry.template is not None and not entry.template.is_file():
        raise ValidationError({"template": f"There is no letterhead file {entry.template}."})
    from jagdesk.exports.meetings.minutes_docx import write_minutes_docx
    from jagdesk.services.meetings.minutes_document import export_minutes_document

    document = call(store, lambda uow: export_minutes_document(uow, meeting_id, path))
    try:
        write_minutes_docx(document, path, entry.template)
    except OSError as exc:
        raise JagdeskError(f"Could not write {path}: {exc.strerror or exc}.") from None
    return path


def pack_job(store: Store, meeting_id: uuid.UUID, path: Path | None, public: bool,
             review: PackReview | None = None, covert: bool = False) -> Any:
    """The work of writing a pack (or, with no path, of making a public pack's review), for a
    worker thread (its own unit of work, no widgets)."""

    def job(_report: Any, cancelled: Any) -> Path | None:
        from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
        from jagdesk.services.meetings.pack.pack import build_meeting_pack, export_meeting_pack

        with store.unit_of_work() as uow:
            pack = (build_meeting_pack(uow, meeting_id, public, review=review, covert_detail=covert)
                    if path is None else export_meeting_pack(uow, meeting_id, path, public, review, covert))
        if cancelled() or path is None:
            return None
        try:
            write_pack_pdf(pack, path)
        except OSError as exc:
            raise JagdeskError(f"Could not write {path}: {exc.strerror or exc}.") from None
        return path

    return job


def _run(parent: QWidget | None, title: str, job: Any) -> BackgroundTask[Any]:
    task = run_with_progress(parent, title, job)
    if task.error:
        raise JagdeskError(task.error)
    return task


def write_reviewed(parent: QWidget | None, store: Store, meeting_id: uuid.UUID, path: Path,
                   choice: ReviewChoice) -> Path | None:
    """Keep the fields the officer chose for each record, then write the public pack withholding the
    words ticked or typed too."""
    from jagdesk.services.meetings.pack.public_fields import set_public_withheld

    def keep(uow: UnitOfWork) -> None:
        for (kind, record_id), withheld in choice.fields.items():
            set_public_withheld(uow, kind, record_id, withheld)

    if choice.fields:
        call(store, keep)
    review = PackReview(withhold=choice.withhold)
    task = _run(parent, "Writing the public pack…", pack_job(store, meeting_id, path, True, review))
    return task.result if isinstance(task.result, Path) else None


def write_pack(parent: QWidget | None, store: Store, meeting_id: uuid.UUID,
               entry: PackExport) -> Path | None:
    """Write the pack off the GUI thread, with progress; a public pack only once the officer has
    checked what it withholds. None when cancelled."""
    path = _checked(entry.path, ".pdf", "pack")
    if not entry.public:
        task = _run(parent, "Writing the meeting pack…",
                    pack_job(store, meeting_id, path, False, covert=entry.covert))
        return task.result if isinstance(task.result, Path) else None
    review = PackReview()
    task = _run(parent, "Finding names in the public pack…", pack_job(store, meeting_id, None, True, review))
    if task.cancelled:
        return None
    written = PublicReviewDialog.ask(
        parent, lambda choice: write_reviewed(parent, store, meeting_id, path, choice), review)
    return written if isinstance(written, Path) else None


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw each page of a PDF on `printer` (its page range if one was chosen); pages printed."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise JagdeskError(f"Could not read the pack {path} to print it.")
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    painter = QPainter()
    if not painter.begin(printer):
        raise JagdeskError("The printer could not be started; check it is on and try again.")
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number)
            image = document.render(number, QSize(round(points.width() / 72 * dpi),
                                                  round(points.height() / 72 * dpi)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Ask in the print dialog, titled `title`, for the printer and pages; None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pack(parent: QWidget | None, store: Store, meeting_id: uuid.UUID, public: bool = False,
               printer: QPrinter | None = None) -> int:
    """Write the pack to a temporary PDF and print it; with no printer given, ask in the dialog."""
    if printer is None:
        printer = choose_printer(parent, "Print the meeting pack")
        if printer is None:
            return 0
    with tempfile.TemporaryDirectory(prefix="jagdesk-pack-") as folder:
        path = write_pack(parent, store, meeting_id, PackExport(Path(folder) / "pack.pdf", public))
        if path is None:
            return 0
        printed = print_pdf(path, printer)
    if printed:  # the pack's export to the temporary file is logged; its printing is logged too
        call(store, lambda uow: _log_print(uow, meeting_id, public))
    return printed


def _log_print(uow: UnitOfWork, meeting_id: uuid.UUID, public: bool) -> None:
    from jagdesk.services.meetings import get_meeting

    meeting = get_meeting(uow, meeting_id)
    record_export(uow, f"Meeting pack {meeting.name} {meeting.held_on.isoformat()}", meeting.marking,
                  public, None, meeting_id, "meeting", PRINT)


def write_calendar(store: Store, entry: CalendarExport,
                   series_id: uuid.UUID | None) -> tuple[Path, int]:
    """Meetings (of a series, or all) and open actions' due dates as an .ics file; (path, events).
    ValidationError at the field that is wrong."""
    from jagdesk.exports.meetings.calendar_ics import (
        action_events,
        calendar_marking,
        meeting_events,
        write_ics,
    )
    from jagdesk.services.meetings import get_meeting, list_meetings
    from jagdesk.services.meetings.action_log import action_log

    target = _checked(entry.path, ".ics", "calendar")

    def read(uow: UnitOfWork) -> list[Any]:
        # Open actions of the series with a due date: the dates partners are chased on.
        meetings: list[Any] = list_meetings(uow, series_id)
        if entry.details:  # the agenda and attendees are in each meeting's detail
            meetings = [get_meeting(uow, row.id) for row in meetings]
        actions = action_log(uow, series_id=series_id, status="open")
        return meeting_events(meetings, entry.details) + action_events(actions, entry.details)

    events = call(store, read)
    try:
        write_ics(events, target)
    except OSError as exc:
        raise JagdeskError(f"Could not write {target}: {exc.strerror or exc}.") from None
    call(store, lambda uow: record_export(uow, f"Calendar of {plural(len(events), 'event')}",
                                          calendar_marking(events), False, target))
    return target, len(events)
