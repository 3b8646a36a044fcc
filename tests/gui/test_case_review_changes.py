"""A saved case review application corrected through the page (its applicant, complaints and
links), refused in one sentence when the correction is wrong, and the records it is linked to
opened from its pane: driven through the real widgets on the demo store."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QUrl

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.asb.asb_page import AsbPage
from jagdesk.gui.pages.case_review.case_reviews_page import CaseReviewsPage
from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
from jagdesk.gui.pages.people.people_page import PeoplePage
from jagdesk.gui.widgets.ticks import tick
from jagdesk.services.case_review.applications import get_case_review
from jagdesk.store.models import CaseReviewApplication
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)  # the demo's story day in the tests


def page_at(window: MainWindow, threshold: str) -> CaseReviewsPage:
    """The case reviews page with the demo's application of that threshold chosen."""
    page = window.page(CaseReviewsPage)
    window.show_page(window.pages.index(page))
    page.today = TODAY
    page.refresh()
    row = next(n for n, line in enumerate(page.table.model.rows()) if line.threshold_text == threshold)
    page.table.view.selectRow(row)
    assert page.detail is not None
    return page


def links_in(page: CaseReviewsPage, kind: str) -> list[str]:
    return re.findall(rf"jagdesk:{kind}/[0-9a-f-]+", page.text.toHtml())


def test_the_complaints_and_links_of_a_saved_application_are_corrected(
        window: MainWindow, dialogs: Any, messages: Any, demo_store: Store) -> None:
    page = page_at(window, "not met")
    assert page.detail is not None
    with demo_store.unit_of_work("t") as uow:  # a description entered through the service
        uow.get(CaseReviewApplication, page.detail.id).complaints[0].description = "Bass through the wall"
        uow.commit()
    page.refresh()
    before = page.detail
    assert before is not None and len(before.row.complaints) == 2
    seen: dict[str, Any] = {}

    def correct(dialog: Any) -> None:
        seen["title"] = dialog.windowTitle()
        seen["shown"] = (dialog.complaints.rowCount(), dialog.problem.toPlainText(),
                         dialog.received_on.date().toPython())
        dialog.add_complaint(date(2020, 12, 28), date(2020, 12, 29), "Hertsmere Borough Council", "ASB-77")
        tick(dialog.ui.intervention_ids, dialog.ui.intervention_ids.item(0).text())

    dialogs.will(correct)
    page.buttons["edit"].click()
    assert seen["title"] == f"Change the application {before.reference}"
    assert seen["shown"] == (2, before.row.problem, before.row.received_on)
    after = page.detail
    assert after is not None and after.reference == before.reference
    assert len(after.row.complaints) == 3 and "ASB-77" in {c.agency_reference for c in after.row.complaints}
    assert (after.applicant, after.contact, after.row.problem) == (before.applicant, before.contact,
                                                                   before.row.problem)
    assert {link.id for link in before.links} < {link.id for link in after.links}
    assert [c.description for c in after.row.complaints].count("Bass through the wall") == 1
    assert messages.errors == []


def test_a_wrong_correction_is_refused_in_one_sentence_and_changes_nothing(
        window: MainWindow, dialogs: Any, demo_store: Store) -> None:
    page = page_at(window, "not met")
    before = page.detail
    assert before is not None
    said: list[str] = []

    def backwards(dialog: Any) -> None:
        dialog.add_complaint(date(2021, 1, 10), date(2021, 1, 9))  # reported before it happened
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        said.append(dialog.general_error.text() or dialog.field_error("complaints"))
        dialog.reject()

    dialogs.will(backwards)
    page.buttons["edit"].click()
    assert len(said) == 1 and said[0].endswith(".") and "reported" in said[0]
    with demo_store.unit_of_work("t") as uow:
        assert get_case_review(uow, before.id, TODAY) == before


def test_a_linked_intervention_and_record_open_at_their_record(window: MainWindow) -> None:
    page = page_at(window, "met")
    [intervention, *_] = links_in(page, "intervention")
    page.text.anchorClicked.emit(QUrl(intervention))
    asb = window.page(AsbPage)
    assert window.current_page() is asb
    assert asb.current() is not None and str(asb.current().id) == intervention.rsplit("/", 1)[1]
    hotspot = next(iter(links_in(page, "hotspot") + links_in(page, "person")), None)
    assert hotspot is not None, "the demo's application links a hotspot or a person"
    page.text.anchorClicked.emit(QUrl(hotspot))
    assert window.current_page() is window.page(HotspotsPage if "hotspot" in hotspot else PeoplePage)
    assert not page.open_link(QUrl("jagdesk:intervention/not-an-id"))
