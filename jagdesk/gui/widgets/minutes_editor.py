"""Taking minutes: one agenda item at a time, from the keyboard, saved as the officer types.

Ctrl+PageDown / Ctrl+PageUp (or Alt+N / Alt+P) go to the next / previous item; Ctrl+Shift+A opens
a one-line new action (Enter saves it, Esc cancels). The matters-arising item lists the open actions
of the series' earlier meetings with their latest update, to update or mark done there. Text is
saved 1.5 s after the last keystroke, on leaving a box or an item, and when the editor is hidden
(page change, window close): a crash loses at most the last few seconds.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.errors import ConflictError, JagdeskError, ValidationError
from jagdesk.gui.operations import call
from jagdesk.gui.widgets.agenda_list import kind_label, linked_text
from jagdesk.gui.widgets.minutes_parts import ActionRowBox, Matter, MinutesLayout, owner_choices
from jagdesk.services import meetings as svc
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.services.reference.agencies import ContactRow
from jagdesk.store.opening import Store

AUTOSAVE_MS = 1500  # after the last keystroke
# While typing goes on without a pause, at least this often: what a crash can lose at most.
LONGEST_UNSAVED_MS = 5000
STATUS_OK = "color: palette(placeholder-text);"
STATUS_BAD = "color: #b00020; font-weight: bold;"


class MinutesEditor(QWidget):
    """The minutes-taking mode over a meeting's agenda items (services' ItemRow)."""

    action_added = Signal(object)  # the ActionRow agreed
    matter_update_requested = Signal(object)  # the Matter to add an update to
    matter_done_requested = Signal(object)  # the Matter to close
    minutes_saved = Signal(object, int)  # (item id, new version)
    item_shown = Signal(int)  # the 0-based index of the item now shown

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._items: list[Any] = []
        self._index = -1
        self._meeting_id: uuid.UUID | None = None
        self._dirty = False
        self._dirty_since = 0.0  # time.monotonic() of the first change not yet saved
        self._loading = False
        self.failed = ""  # the sentence of the last save that failed, "" once saved
        self._contacts: list[ContactRow] = []
        self._matters: list[Matter] = []
        self.default_due: date | None = None
        self._return_focus: QWidget | None = None
        self.ui = MinutesLayout(self)
        self.minutes_box: QPlainTextEdit = self.ui.minutes_box
        self.decisions_box: QPlainTextEdit = self.ui.decisions_box
        self.action_row: ActionRowBox = self.ui.action_row
        self.status_label: QLabel = self.ui.status_label
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self._shortcuts()
        self._connect_signals()
        self._show_current()

    def _shortcuts(self) -> None:
        # What each does is its whatsThis: Help, Keyboard shortcuts lists them from there.
        keys = (("Ctrl+PgDown", self.next_item, "Minutes: next agenda item"),
                ("Alt+N", self.next_item, "Minutes: next agenda item"),
                ("Ctrl+PgUp", self.previous_item, "Minutes: previous agenda item"),
                ("Alt+P", self.previous_item, "Minutes: previous agenda item"),
                ("Ctrl+Shift+A", self.open_action_row, "Minutes: agree a new action"))
        for sequence, slot, what in keys:
            shortcut = QShortcut(QKeySequence(sequence), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)

    def _connect_signals(self) -> None:
        for box in (self.minutes_box, self.decisions_box):
            box.textChanged.connect(self._on_text_changed)
            box.installEventFilter(self)
        self.timer.timeout.connect(self.flush)
        self.ui.next_button.clicked.connect(self.next_item)
        self.ui.previous_button.clicked.connect(self.previous_item)
        self.ui.action_button.clicked.connect(self.open_action_row)
        self.ui.keep_button.clicked.connect(self.keep_mine)
        self.ui.update_button.clicked.connect(lambda: self._emit_matter(self.matter_update_requested))
        self.ui.done_button.clicked.connect(lambda: self._emit_matter(self.matter_done_requested))
        self.ui.matters_view.itemActivated.connect(
            lambda *_a: self._emit_matter(self.matter_update_requested))
        self.ui.matters_view.currentItemChanged.connect(lambda *_a: self._update_matter_buttons())
        self.action_row.save_requested.connect(self.save_action)
        self.action_row.cancel_requested.connect(self.close_action_row)

    # What the page gives -------------------------------------------------------------------------
    def set_meeting(self, meeting_id: uuid.UUID | None, items: Sequence[Any],
                    contacts: Sequence[ContactRow], default_due: date | None = None,
                    matters: Sequence[Matter] = ()) -> None:
        """Show a meeting's items; the same meeting stays on the same item. `matters`: the open
        actions of the series' earlier meetings, shown under its matters-arising item."""
        self.flush()
        keep = self.current_item().id if self.current_item() is not None \
            and meeting_id == self._meeting_id else None
        self._meeting_id = meeting_id
        self._items = list(items)
        self._contacts = list(contacts)
        self._matters = list(matters)
        self.default_due = default_due
        self.action_row.set_owners(owner_choices(contacts))
        index = next((i for i, item in enumerate(self._items) if item.id == keep), 0)
        self._index = index if self._items else -1
        self.close_action_row()
        self._show_current()

    def current_item(self) -> Any:
        return self._items[self._index] if 0 <= self._index < len(self._items) else None

    # Matters arising -----------------------------------------------------------------------------
    def matters(self) -> list[Matter]:
        return list(self._matters)

    def current_matter(self) -> Matter | None:
        item = self.ui.matters_view.currentItem()
        if item is None or not self.ui.matters.isVisible():
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self._matters if m.id == wanted), None)

    def select_matter(self, action_id: uuid.UUID) -> bool:
        view = self.ui.matters_view
        for index in range(view.topLevelItemCount()):
            item = view.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == action_id:
                view.setCurrentItem(item)
                return True
        return False

    def replace_matter(self, matter: Matter) -> None:
        """An action changed here (an update, closed): shown as it is now, in its place, until the
        meeting is read again."""
        self._matters = [matter if m.id == matter.id else m for m in self._matters]
        self._show_matters()
        self.select_matter(matter.id)

    def _show_matters(self) -> None:
        item = self.current_item()
        arising = item is not None and item.kind == ItemKind.MATTERS_ARISING
        self.ui.show_matters(self._matters if arising else None)
        self._update_matter_buttons()

    def _update_matter_buttons(self) -> None:
        matter = self.current_matter()
        self.ui.update_button.setEnabled(matter is not None)
        self.ui.done_button.setEnabled(matter is not None and matter.status == ActionStatus.OPEN)

    def _emit_matter(self, signal: Any) -> None:
        if not self.flush():
            return
        matter = self.current_matter()
        if matter is not None:
            signal.emit(matter)

    def items(self) -> list[Any]:
        return list(self._items)

    # Moving between items ------------------------------------------------------------------------
    def next_item(self) -> bool:
        return self.go_to(self._index + 1)

    def previous_item(self) -> bool:
        return self.go_to(self._index - 1)

    def go_to(self, index: int) -> bool:
        """Save this item, then show item `index` with the cursor in its minutes."""
        if not 0 <= index < len(self._items) or index == self._index:
            return False
        if not self.flush():
            return False  # the text stays here until it is saved; the status line says why
        self._index = index
        self.close_action_row()
        self._show_current()
        self.minutes_box.setFocus()
        self.minutes_box.moveCursor(self.minutes_box.textCursor().MoveOperation.End)
        return True

    def _show_current(self) -> None:
        item = self.current_item()
        self.timer.stop()
        self._loading = True
        try:
            self.minutes_box.setPlainText(item.minutes if item else "")
            self.decisions_box.setPlainText(item.decisions if item else "")
        finally:
            self._loading = False
        self._dirty = False
        self.failed = ""
        self.ui.keep_button.hide()
        for widget in (self.minutes_box, self.decisions_box, self.ui.action_button):
            widget.setEnabled(item is not None)
        self.ui.previous_button.setEnabled(self._index > 0)
        self.ui.next_button.setEnabled(0 <= self._index < len(self._items) - 1)
        if item is None:
            self.ui.show_item("No items on the agenda yet", "Add items on the Agenda tab, or press "
                              "Build agenda… there, then take the minutes here.", "")
            self.ui.show_actions([])
            self._show_matters()
            self._status("")
            return
        kind, link = kind_label(item.kind), linked_text(item)
        # "Hotspot · Hotspot: Shenley Road" says it twice: the link says what kind it is.
        if kind == item.name or (link and item.kind in ("hotspot", "case")):
            kind = ""
        about = " · ".join(part for part in (kind, link) if part)
        self.ui.show_item(f"{item.number}. {item.name}", about,
                          f"Item {self._index + 1} of {len(self._items)}")
        self.ui.show_actions(item.actions)
        self._show_matters()
        self._status("")
        self.item_shown.emit(self._index)

    # Saving as the officer types -----------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty_since = time.monotonic()
        self._dirty = True
        # Restarted by each keystroke, but never beyond LONGEST_UNSAVED_MS after the first one.
        waited_ms = (time.monotonic() - self._dirty_since) * 1000
        self.timer.start(int(max(0, min(AUTOSAVE_MS, LONGEST_UNSAVED_MS - waited_ms))))

    @property
    def dirty(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save the shown item's text now if it changed; False when the save was refused."""
        self.timer.stop()
        item = self.current_item()
        if item is None or not self._dirty:
            return not self.failed
        if self.failed and self.failed.startswith("conflict:"):
            return False  # saving again would only be refused again: Keep my text decides
        return self._save(item, item.version)

    def _save(self, item: Any, version: int) -> bool:
        minutes, decisions = self.minutes_box.toPlainText(), self.decisions_box.toPlainText()
        self._status("Saving…")
        self.status_label.repaint()
        try:
            new_version = call(self.store, lambda uow: svc.save_minutes(
                uow, item.id, version, minutes, decisions))
        except ConflictError as exc:
            self._refused(f"conflict:{exc}", str(exc), conflict=True)
            return False
        except JagdeskError as exc:
            self._refused(str(exc), str(exc))
            return False
        self._items[self._index] = replace(item, minutes=minutes, decisions=decisions,
                                           version=new_version)
        self._dirty = (minutes, decisions) != (self.minutes_box.toPlainText(),
                                               self.decisions_box.toPlainText())
        self._dirty_since = time.monotonic()  # typed while saving: counts from now
        self.failed = ""
        self.ui.keep_button.hide()
        self._status(f"Saved {datetime.now():%H:%M:%S}")
        self.minutes_saved.emit(item.id, new_version)
        return True

    def _refused(self, failed: str, sentence: str, conflict: bool = False) -> None:
        self.failed = failed
        self.ui.keep_button.setVisible(conflict)
        self._status(f"Not saved: {sentence} Your text is kept here.", bad=True)

    def keep_mine(self) -> bool:
        """After a conflict: save the text shown over the other change (it stays in the audit)."""
        item, meeting_id = self.current_item(), self._meeting_id
        if item is None or meeting_id is None:
            return False
        try:
            meeting = call(self.store, lambda uow: svc.get_meeting(uow, meeting_id))
        except JagdeskError as exc:
            self._refused(str(exc), str(exc))
            return False
        latest = next((i for i in meeting.items if i.id == item.id), None)
        if latest is None:
            self._refused("gone", "That agenda item has been deleted.")
            return False
        self.failed = ""
        return self._save(item, latest.version)

    def _status(self, text: str, bad: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(STATUS_BAD if bad else STATUS_OK)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut and watched in (self.minutes_box, self.decisions_box):
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # Another page or tab, or the window closing: nothing typed may be left unsaved.
        self.flush()
        super().hideEvent(event)

    # A new action, without leaving the keyboard --------------------------------------------------
    def open_action_row(self) -> None:
        if self.current_item() is None:
            return
        focused = self.focusWidget()
        self._return_focus = focused if focused in (self.minutes_box, self.decisions_box) \
            else self.minutes_box
        self.flush()
        due = self.default_due or date.today() + timedelta(days=28)
        self.action_row.open(QDate(due.year, due.month, due.day))

    def close_action_row(self) -> None:
        was_open = self.action_row.isVisible()
        self.action_row.close_row()
        if was_open and self._return_focus is not None:
            self._return_focus.setFocus()

    def save_action(self) -> Any:
        """Enter in the action row: agree the action at the shown item; the row closes."""
        item = self.current_item()
        if item is None:
            return None
        owner_id, problem = self.action_row.owner_id()
        if problem:
            self.action_row.show_error(problem, self.action_row.owner)
            return None
        data = ActionInput(description=self.action_row.description.text(),
                           owner_contact_id=owner_id, due_on=self.action_row.due_on())
        try:
            saved = call(self.store, lambda uow: svc.add_meeting_action(uow, item.id, data))
        except ValidationError as exc:
            self.action_row.show_error(" ".join(exc.errors.values()), self.action_row.field_for(
                next(iter(exc.errors), "")))
            return None
        except JagdeskError as exc:
            self.action_row.show_error(str(exc), self.action_row.description)
            return None
        current = self.current_item()
        self._items[self._index] = replace(current, actions=[*current.actions, saved])
        self.ui.show_actions(self._items[self._index].actions)
        self.close_action_row()
        self._status(f"Agreed {saved.reference}.")
        self.action_added.emit(saved)
        return saved

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.action_row.isVisible():
            self.close_action_row()
            return
        super().keyPressEvent(event)
