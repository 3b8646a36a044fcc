"""The action plans page on a real SQLite store holding the demo action plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pypdf
import pytest
from PySide6.QtCore import Qt

from jagdesk.gui.dialogs.action_plans.plan_dialog import PlanDialog
from jagdesk.gui.dialogs.action_plans.theme_dialog import ThemeDialog
from jagdesk.gui.pages.action_plans.action_plans_page import ActionPlansPage
from jagdesk.gui.pages.action_plans.plan_tree import KEY
from jagdesk.services.action_plans import plans as svc
from jagdesk.services.action_plans import rows as plan_rows
from jagdesk.services.demo.plan import stage_demo_plan
from jagdesk.store.opening import Store
from tests.support.stores import open_copy


@pytest.fixture
def plan_store(tmp_path: Path, empty_template: Path) -> Iterator[Store]:
    store = open_copy(empty_template, tmp_path / "plan.db")
    with store.unit_of_work() as uow:
        stage_demo_plan(uow)
        uow.commit()
    yield store
    store.close()


@pytest.fixture
def page(qtbot: Any, plan_store: Store) -> ActionPlansPage:
    widget = ActionPlansPage(plan_store)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def _rows(page: ActionPlansPage) -> list[list[str]]:
    tree = page.tree
    rows = []
    for t in range(tree.topLevelItemCount()):
        theme = tree.topLevelItem(t)
        rows.append([theme.text(0)])
        rows += [[theme.child(i).text(c) for c in range(4)] for i in range(theme.childCount())]
    return rows


def _select(page: ActionPlansPage, reference: str) -> None:
    tree = page.tree
    for t in range(tree.topLevelItemCount()):
        theme = tree.topLevelItem(t)
        if theme.text(0).startswith(f"{reference}."):
            tree.setCurrentItem(theme)
            return
        for i in range(theme.childCount()):
            if theme.child(i).text(0) == reference:
                tree.setCurrentItem(theme.child(i))
                return
    raise AssertionError(reference)


def _plan(store: Store, year: int = 2020) -> plan_rows.PlanDetail:
    with store.unit_of_work() as uow:
        return svc.find_plan(uow, year)


def test_shows_the_years_plan_with_refs_leads_and_latest_rag(page: ActionPlansPage) -> None:
    assert page.year.count() == 1 and page.year.currentText().startswith("2020-2021: Hertsmere")
    rows = _rows(page)
    assert rows[0] == ["1. Improve feelings of safety"]
    assert ["2. Anti-social behaviour"] in rows
    hotspots = next(r for r in rows if r[0] == "2.1")
    assert hotspots[1:] == ["Target hotspots identified by the JAG", "JAG, HBC", "Amber (Q3)"]
    assert next(r for r in rows if r[0] == "1.3")[3] == "Green (Q2), complete"
    assert page.body.currentWidget() is page.none_selected


def test_edits_an_item_with_refusals_at_the_field(page: ActionPlansPage, plan_store: Store,
                                                   messages: Any) -> None:
    _select(page, "2.2")
    form = page.form
    assert form.objective.toPlainText() == "Target offenders through the ASB case review group"
    assert page.updates.currentIndex() == 2  # the latest quarter with an update: Q3
    form.national.setText("NI17, ASB")
    form.national.textEdited.emit("NI17, ASB")
    assert form.dirty
    assert not page.save_item()
    assert "second reference, 'ASB'" in form.field_error("national_indicators")
    assert _plan(plan_store).themes[1].items[1].national_indicators == "NI17, S-A1.3"
    form.national.setText("ni17")
    assert page.save_item(), messages.errors
    assert _plan(plan_store).themes[1].items[1].national_indicators == "NI17"
    assert not form.dirty


def test_saves_a_quarter_update_and_the_tree_shows_its_rag(page: ActionPlansPage, plan_store: Store) -> None:
    _select(page, "4.2")
    tab = page.updates.quarters[4]
    tab.rag.setCurrentIndex(tab.rag.findData("green"))
    tab.text.setPlainText("Repeat cases down to 24%.")
    assert page.save_update(tab)
    assert next(r for r in _rows(page) if r[0] == "4.2")[3] == "Green (Q4)"
    item = _plan(plan_store).themes[3].items[1]
    q4 = item.update(4)
    assert q4 is not None and (q4.rag, q4.text) == ("green", "Repeat cases down to 24%.")
    tab.text.setPlainText("x" * 20001)
    assert not page.save_update(tab)
    assert "too long" in tab.field_error("text")


def test_new_item_and_moving_items_and_themes(page: ActionPlansPage, plan_store: Store,
                                              messages: Any) -> None:
    _select(page, "3")
    page.new_item()
    assert "New item 3.3" in page.form.heading.text()
    page.form.objective.setPlainText("Reduce theft from shops")
    page.form.agencies.setText("Police")
    assert page.save_item(), messages.errors
    assert next(r for r in _rows(page) if r[0] == "3.3")[1:3] == ["Reduce theft from shops", "Police"]
    # up from the top of theme 3: to the end of theme 2
    _select(page, "3.1")
    page.move_selected(-1)
    refs = [(i.reference, i.objective) for i in _plan(plan_store).items()]
    assert ("2.4", "Reduce dwelling burglary and vehicle crime") in refs
    assert ("3.1", "Reduce rural business burglary") in refs
    assert page.selected_item() is not None and page.selected_item().reference == "2.4"  # type: ignore[union-attr]
    # a theme moves with its items' references
    _select(page, "5")
    page.move_selected(-1)
    assert [t.title for t in _plan(plan_store).themes][3:] == [
        "4. Reduce the harm caused by alcohol and drugs", "5. Reduce violent crime and domestic abuse"]


def test_themes_added_renamed_and_deleted(page: ActionPlansPage, plan_store: Store, dialogs: Any,
                                          messages: Any) -> None:
    dialogs.will(lambda d: d.name.setText("Road safety"))
    page.new_theme()
    assert ["6. Road safety"] in _rows(page)
    dialogs.will(lambda d: d.name.setText(""))
    dialogs.will(lambda d: d.reject())
    page.rename_theme()
    assert isinstance(dialogs.opened[-1], ThemeDialog)
    assert dialogs.opened[-1].field_error("name") == "Enter the theme's title."
    _select(page, "2")
    page.delete_selected()
    assert "Delete theme 2. Anti-social behaviour and its 3 items" in messages.questions[-1]
    assert [t.title for t in _plan(plan_store).themes][1] == "2. Reduce serious acquisitive crime"
    _select(page, "1.1")
    page.delete_selected()
    assert [row[0] for row in _rows(page)[:2]] == ["1. Improve feelings of safety", "1.1"]
    assert len(_rows(page)) == len(_plan(plan_store).items()) + len(_plan(plan_store).themes)


def test_starts_next_years_plan_and_a_new_plan(page: ActionPlansPage, plan_store: Store, dialogs: Any,
                                               messages: Any) -> None:
    page.start_next_year()
    assert "2021-2022 plan with the 5 themes and 12 open items" in messages.questions[-1]
    assert page.year.currentText().startswith("2021-2022: Hertsmere Community Safety Action Plan 2021-2022")
    assert len(_plan(plan_store, 2021).items()) == 12
    page.start_next_year()  # from the 2021 plan: 2022 does not exist yet
    page.year.setCurrentIndex(page.year.findData(str(_plan(plan_store, 2020).id)))
    page.start_next_year()
    assert messages.errors[-1] == ("The 2021-2022 action plan already exists; open it from the "
                                   "year list.")

    def fill(dialog: PlanDialog) -> None:
        dialog.year.setValue(2024)
        assert dialog.name.text() == "JAG action plan 2024-2025"

    dialogs.will(fill)
    page.new_plan()
    assert page.year.currentText().startswith("2024-2025: JAG action plan 2024-2025")
    assert page.tree.topLevelItemCount() == 0 and page.empty.isVisible()


def test_deletes_the_plan_and_ctrl_z_brings_it_back_whole(page: ActionPlansPage, plan_store: Store,
                                                          messages: Any, qtbot: Any) -> None:
    before = _rows(page)
    messages.answer = False
    page.delete_plan_button.click()
    assert messages.questions[-1] == (
        "Delete the 2020-2021 action plan 'Hertsmere Community Safety Action Plan 2020-2021' with "
        "its 5 themes, 13 items and their updates?")
    assert _rows(page) == before
    messages.answer = True
    page.delete_plan_button.click()
    with plan_store.unit_of_work() as uow:
        assert svc.list_plans(uow) == []
    assert page.tree.topLevelItemCount() == 0 and page.empty.text().startswith("No action plans yet")
    assert not page.delete_plan_button.isEnabled()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(page) == before
    assert len(_plan(plan_store).items()) == 13 and not messages.errors


def test_exports_word_and_pdf_for_the_chosen_quarter(page: ActionPlansPage, tmp_path: Path,
                                                     messages: Any) -> None:
    page.quarter.setCurrentIndex(page.quarter.findData(2))
    assert page.export_plan(tmp_path / "plan.docx"), messages.errors
    headings = docx.Document(str(tmp_path / "plan.docx")).tables[0].rows[0].cells
    assert headings[7].text == "Update: 2020-2021 Quarter 2"
    page.quarter.setCurrentIndex(0)
    assert page.export_plan(tmp_path / "plan.pdf"), messages.errors
    assert "Quarter 3" in pypdf.PdfReader(tmp_path / "plan.pdf").pages[0].extract_text()
    assert not page.export_plan(tmp_path / "missing" / "plan.pdf")
    assert "does not exist" in messages.errors[-1]


def test_keyboard_moves_and_tree_keys(page: ActionPlansPage, qtbot: Any, plan_store: Store) -> None:
    _select(page, "1.2")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _plan(plan_store).themes[0].items[0].objective.startswith("Support PCSOs")
    assert page.tree.currentItem().data(0, KEY)[0] == "item"
