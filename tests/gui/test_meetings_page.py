"""The meetings page, driven through its real widgets and dialogs on a real SQLite store (the demo
partnership and the Borehamwood JAG of meeting_store): a new meeting, attendance, the agenda built
from the store's proposals and reordered by keyboard and by drag, and the papers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QTest

from jagdesk.gui.dialogs.meetings.build_agenda_dialog import BuildAgendaDialog
from jagdesk.gui.dialogs.meetings.guest_dialog import GuestDialog
from jagdesk.gui.dialogs.meetings.new_meeting_dialog import NewMeetingDialog
from jagdesk.gui.pages.meetings import paper_writers as papers
from jagdesk.gui.pages.meetings.calendar_export_dialog import CalendarExportDialog
from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
from jagdesk.gui.pages.meetings.minutes_export_dialog import MinutesExportDialog
from jagdesk.gui.pages.meetings.pack_export_dialog import PackExportDialog
from jagdesk.services import meetings as svc
from jagdesk.services.meetings.agenda_builder import propose_items
from jagdesk.store.opening import Store
from tests.support.meeting_store import CHAIR, SERIES, Jag, meeting
from tests.support.on_screen import choose

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store(meeting_copy: Store) -> Store:
    return meeting_copy


@pytest.fixture
def page(meeting_page: MeetingsPage) -> MeetingsPage:
    return meeting_page


def titles(page: MeetingsPage) -> list[str]:
    return [row.name for row in page.agenda.model.rows()]


def test_a_new_meeting_takes_its_title_from_the_series_and_month(page: MeetingsPage, store: Store,
                                                                 dialogs: Any) -> None:
    def fill(dialog: Any) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        fields = dialog.fields
        choose(fields.series, SERIES)
        assert fields.meeting_type.currentText() == "JAG"  # the series' type
        fields.held_on.setDate(QDate(2021, 7, 13))
        assert fields.name.text() == f"{SERIES}, July 2021"
        assert dialog.form.isRowVisible(fields.case.parentWidget()) is False  # not problem-solving
        fields.venue.setText("Bushey Library")
        choose(fields.chair, CHAIR)

    dialogs.will(fill)
    page.new_record()
    row = page.list.current_row()
    assert row is not None and row.name == f"{SERIES}, July 2021"
    detail = meeting(store, row.id)
    assert (detail.held_on, detail.venue, detail.chair, detail.series) == (
        date(2021, 7, 13), "Bushey Library", CHAIR, SERIES)
    assert page.tabs.currentWidget() is page.attendance  # what to do next
    assert page.details.fields is not None and page.details.fields.name.text() == row.name


def test_a_problem_solving_meeting_needs_its_case_and_follows_the_triangle(
        page: MeetingsPage, store: Store, dialogs: Any) -> None:
    def fill(dialog: Any) -> None:
        fields = dialog.fields
        choose(fields.meeting_type, "Problem-solving meeting")
        assert dialog.form.isRowVisible(fields.case.parentWidget())
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert dialog.field_error("case_id")  # refused at the field: the dialog stays open
        choose(fields.case, "PS-2021-002")
        assert fields.name.text() == f"Problem-solving meeting PS-2021-002, {date.today():%B %Y}"

    dialogs.will(fill)
    page.new_meeting()
    detail = meeting(store, page.list.current_row().id)
    assert detail.case_reference == "PS-2021-002"
    assert [i.side for i in detail.items if i.side] == ["victim", "location", "offender"]


def test_attendance_is_marked_by_key_and_saved_in_one_go(page: MeetingsPage, store: Store, jag: Jag,
                                                         dialogs: Any) -> None:
    assert page.show_meeting(jag.next_id)
    page.tabs.setCurrentWidget(page.attendance)
    tab = page.attendance
    assert tab.entries() == []
    for name, key in (("Insp. Mark Ellison", Qt.Key.Key_P), ("Fiona Carr", Qt.Key.Key_A),
                      ("PC Aisha Rahman", Qt.Key.Key_X), ("Priya Raman", Qt.Key.Key_P)):
        item = tab.person(name)
        assert item is not None
        tab.tree.setCurrentItem(item)
        QTest.keyClick(tab.tree, key)
    tab.tree.setCurrentItem(tab.person("Priya Raman"))
    QTest.keyClick(tab.tree, Qt.Key.Key_Delete)  # not on the list after all

    def guest(dialog: Any) -> None:
        assert isinstance(dialog, GuestDialog)
        dialog.guest_name.setText("Zofia Kowalczyk")
        dialog.guest_agency.setText("Shenley Road traders")

    dialogs.will(guest)
    tab.guest_button.click()
    assert tab.summary.text() == "2 present, 1 apologies, 1 absent"
    assert meeting(store, jag.next_id).attendees == []  # nothing saved until Save
    tab.save_button.click()
    saved = {(a.name, a.agency, a.attendance, a.guest) for a in meeting(store, jag.next_id).attendees}
    assert saved == {("Insp. Mark Ellison", "Hertfordshire Constabulary", "present", False),
                     ("Fiona Carr", "William Sutton Housing", "apologies", False),
                     ("PC Aisha Rahman", "Hertfordshire Constabulary", "absent", False),
                     ("Zofia Kowalczyk", "Shenley Road traders", "present", True)}
    assert not tab.save_button.isEnabled()
    assert page.tabs.tabText(1) == "A&ttendance (2)"


def test_the_agenda_is_built_from_the_proposals_checked(page: MeetingsPage, store: Store, jag: Jag,
                                                        dialogs: Any) -> None:
    with store.unit_of_work() as uow:
        proposals = propose_items(uow, jag.next_id)
    assert len(proposals) >= 3
    # The May meeting's open action carries forward as a matter arising.
    assert any(p.kind == "matters arising" and "BJAG-2021-05/01" in p.reason for p in proposals)
    assert page.show_meeting(jag.next_id)
    page.tabs.setCurrentWidget(page.agenda)
    skipped = proposals[1].name

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, BuildAgendaDialog)
        assert dialog.list.topLevelItemCount() == len(proposals)
        assert [dialog.list.topLevelItem(i).text(1) for i in range(len(proposals))] == [
            p.reason for p in proposals]
        dialog.list.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)

    dialogs.will(fill)
    page.agenda.build_button.click()
    wanted = [p.name for p in proposals if p.name != skipped]
    assert titles(page) == wanted
    assert [i.name for i in meeting(store, jag.next_id).items] == wanted
    assert page.tabs.tabText(2) == f"Agend&a ({len(wanted)})"


def test_items_move_by_keyboard_and_by_drag(page: MeetingsPage, store: Store, jag: Jag) -> None:
    assert page.show_meeting(jag.held_id)
    page.tabs.setCurrentWidget(page.agenda)
    view = page.agenda.view
    first, second, third = titles(page)
    view.setFocus()
    view.setCurrentIndex(page.agenda.model.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert titles(page) == [second, first, third]
    assert [i.name for i in meeting(store, jag.held_id).items] == [second, first, third]
    assert page.agenda.current_row().name == first  # the moved item stays selected
    QTest.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert [i.name for i in meeting(store, jag.held_id).items] == [first, second, third]
    assert [i.number for i in meeting(store, jag.held_id).items] == [1, 2, 3]

    # A drag of the third row dropped above the first: what the view hands the model on a drop.
    model = page.agenda.model
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(page) == [third, first, second]
    assert [i.name for i in meeting(store, jag.held_id).items] == [third, first, second]
    # Dropped onto a row: it goes before that row.
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 0))
    assert [i.name for i in meeting(store, jag.held_id).items] == [first, third, second]
    assert model.index(0, 0).data() == "1"  # numbered by place


def test_an_item_with_actions_cannot_be_deleted(page: MeetingsPage, jag: Jag, messages: Any) -> None:
    assert page.show_meeting(jag.held_id)
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.select_id(page.agenda.model.rows()[1].id)
    page.agenda.delete_button.click()
    assert messages.errors and "cannot be deleted" in messages.errors[0]
    assert len(titles(page)) == 3


def test_a_deleted_meeting_comes_back_whole_with_ctrl_z(page: MeetingsPage, jag: Jag, store: Store,
                                                        messages: Any, qtbot: Any) -> None:
    with store.unit_of_work() as uow:
        item = svc.add_item(uow, jag.next_id, svc.ItemInput("Shenley Road parade", "general"))
        svc.save_minutes(uow, item.id, item.version, "Patrols agreed; <b>not bold</b> 😀", "Keep going.")
    page._reload(jag.next_id)
    row = page.list.current_row()
    assert row is not None and row.id == jag.next_id
    page.delete_meeting(row)
    assert "Delete the meeting" in messages.questions[-1] and not messages.errors
    with store.unit_of_work() as uow:
        assert jag.next_id not in {m.id for m in svc.list_meetings(uow)}
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = meeting(store, jag.next_id)
    assert [(i.name, i.minutes, i.decisions) for i in back.items] == [
        ("Shenley Road parade", "Patrols agreed; <b>not bold</b> 😀", "Keep going.")]
    current = page.list.current_row()
    assert current is not None and current.id == jag.next_id


def test_minutes_go_to_word(page: MeetingsPage, jag: Jag, dialogs: Any, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    assert page.show_meeting(jag.held_id)
    target = tmp_path / "minutes.docx"

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, MinutesExportDialog)
        assert dialog.path.text().endswith("minutes.docx")
        dialog.template.setText(str(tmp_path / "missing letterhead.docx"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert dialog.field_error("template").startswith("There is no letterhead file")
        dialog.template.clear()
        dialog.path.setText(str(target))

    dialogs.will(fill)
    assert page.export_minutes() == target
    document = docx.Document(str(target))
    text = "\n".join([p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells])
    for expected in ("Borehamwood JAG, May 2021", "Insp. Mark Ellison", "Zofia Kowalczyk",
                     "Siobhan Keane", "Street drinking at the Shenley Road parade",
                     "BJAG-2021-05/01", "Draft the notice extending the alcohol-free zone",
                     "Priya Raman", "OFFICIAL-SENSITIVE"):
        assert expected in text or any(expected in s.header.paragraphs[0].text
                                       for s in document.sections if s.header.paragraphs), expected


def test_the_pack_is_written_and_prints_to_a_pdf_printer(page: MeetingsPage, jag: Jag, dialogs: Any,
                                                         tmp_path: Path, store: Store) -> None:
    pytest.importorskip("jagdesk.exports.meetings.pack.pdf")
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    assert page.show_meeting(jag.held_id)
    target = tmp_path / "pack.pdf"

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, PackExportDialog)
        dialog.path.setText(str(target))
        dialog.public.setChecked(True)
        assert dialog.path.text() == str(tmp_path / "pack (public).pdf")

    dialogs.will(fill)
    dialogs.will(lambda review: None)  # the public pack's review: written as it stands
    written = page.export_pack()
    assert written == tmp_path / "pack (public).pdf" and written.stat().st_size > 0

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_to = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_to))
    pages = papers.print_pack(page, store, jag.held_id, printer=printer)
    source, printed = QPdfDocument(), QPdfDocument()
    assert printed.load(str(printed_to)) == QPdfDocument.Error.None_
    papers.write_pack(page, store, jag.held_id, papers.PackExport(tmp_path / "full.pdf", False))
    assert source.load(str(tmp_path / "full.pdf")) == QPdfDocument.Error.None_
    assert pages == printed.pageCount() == source.pageCount() > 0


def test_the_public_pack_is_checked_before_it_is_written(page: MeetingsPage, jag: Jag, dialogs: Any,
                                                          tmp_path: Path, store: Store) -> None:
    pytest.importorskip("jagdesk.exports.meetings.pack.pdf")
    import pypdf

    from jagdesk.domain.meetings.pack.public_fields import RecordKind
    from jagdesk.gui.dialogs.meetings.pack.public_review_dialog import PublicReviewDialog
    from jagdesk.services.meetings.pack.public_fields import public_setting

    assert page.show_meeting(jag.held_id)
    target = tmp_path / "public.pdf"
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        dialog.path.setText(str(target))
        dialog.public.setChecked(True)

    def review(dialog: Any) -> None:
        assert isinstance(dialog, PublicReviewDialog)
        shown = [dialog.withheld.item(r).text() for r in range(dialog.withheld.count())]
        assert any("PC [Rahman] reported 14 calls" in line for line in shown), shown
        assert any(line.startswith("left out · Case PS-2021-002: Offender side") for line in shown)
        assert not target.exists()  # nothing is written before the officer has checked
        dialog.more.setText("Co-op, Civic Offices")
        case = next(r for r in dialog.review.records if r.title == "Case PS-2021-002")
        assert "offender" in case.withheld
        assert dialog.set_field(RecordKind.CASE, case.id, "offender", False)
        seen["case"] = case.id

    dialogs.will(fill)
    dialogs.will(review)
    written = page.export_pack()
    assert written == tmp_path / "public (public).pdf"
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(written).pages).split())
    assert "Co-op" not in text and "Civic Offices" not in text and "Rahman" not in text
    assert "Committee Room 2, [name withheld], Elstree Way" in text  # the words added by hand
    with store.unit_of_work() as uow:
        setting = public_setting(uow, RecordKind.CASE, seen["case"])
    assert setting.chosen and "offender" not in setting.withheld and "victim" in setting.withheld


def test_the_calendar_has_the_series_meetings_and_due_actions(page: MeetingsPage, jag: Jag,
                                                              tmp_path: Path, dialogs: Any) -> None:
    assert page.show_meeting(jag.held_id)
    target = tmp_path / "jag.ics"

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, CalendarExportDialog)
        assert dialog.path.text().endswith(".ics") and not dialog.details.isChecked()
        dialog.path.setText(str(target))

    dialogs.will(fill)
    page.calendar_button.click()
    text = target.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == text.count("CLASS:PRIVATE") == 3  # two meetings, an action
    assert "SUMMARY:OFFICIAL-SENSITIVE: Borehamwood JAG\\, June 2021" in text
    assert "SUMMARY:OFFICIAL-SENSITIVE: Action BJAG-2021-05/01 due\r\n" in text
    assert "Priya Raman" not in text and "Agenda" not in text

    def with_details(dialog: Any) -> None:
        dialog.path.setText(str(target))
        dialog.details.setChecked(True)

    dialogs.will(with_details)
    assert page.export_calendar() == target
    text = target.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "Priya Raman" in text and "Agenda:" in text
    assert "Draft the notice extending the alcohol-free zone" in text


def test_the_series_filter_keeps_the_search_box_in_view(page: MeetingsPage) -> None:
    longest = "Borehamwood Crime Reduction Group"  # the demo's locality meeting
    series, search = page.series_filter, page.list.search
    metrics = series.fontMetrics()
    assert [series.itemText(i) for i in range(series.count())] == [
        "All series", longest, SERIES, "Hertsmere JAG"]
    # A long name does not widen the box at the search box's cost; the drop-down shows it whole.
    assert metrics.horizontalAdvance("Hertsmere JAG") < series.width() < metrics.horizontalAdvance(longest)
    assert search.width() > search.fontMetrics().horizontalAdvance("Search meetings")
    series.showPopup()
    assert series.view().window().width() > metrics.horizontalAdvance(longest)
    series.hidePopup()
    choose(series, longest)
    assert series.toolTip() == longest
    shown = page.list.proxy
    assert [shown.index(r, 1).data() for r in range(shown.rowCount())] == [
        f"{longest}, March 2021", f"{longest}, January 2021"]
