"""Searching the people register from its page: the list follows every keystroke, and the access
log records the search once, when typing pauses, not each letter typed; reloading after a save is
not a search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from jagdesk.gui.pages.people.people_page import PeoplePage
from jagdesk.store.models import AccessEntry
from jagdesk.store.opening import Store


def _searches(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return [entry.record_title for entry in uow.session.scalars(
            select(AccessEntry).where(AccessEntry.action == "search").order_by(AccessEntry.seq))]


def test_a_search_is_logged_once_when_typing_pauses(qtbot: Any, demo_store: Store) -> None:
    page = PeoplePage(demo_store)
    qtbot.addWidget(page)
    page.show()
    everyone = page.list.proxy.rowCount()
    qtbot.keyClicks(page.list.search, "hart")
    assert 0 < page.list.proxy.rowCount() < everyone  # the list followed the typing at once
    assert _searches(demo_store) == []  # nothing logged while typing goes on
    assert page._search_log.isActive()
    page._search_log.timeout.emit()  # the pause
    assert _searches(demo_store) == ["hart"]
    page.refresh()  # a reload (after a save, say) shows the same search again: not a new search
    assert _searches(demo_store) == ["hart"]
    page.list.search.clear()
    page._search_log.timeout.emit()
    assert _searches(demo_store) == ["hart"]  # the whole register again: not a search
