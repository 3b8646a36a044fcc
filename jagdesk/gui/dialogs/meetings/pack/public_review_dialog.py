"""The check before a public pack is written: every span withheld and field left out, the capitalised
words that might be names the rules could not place (tick to withhold them too), other words to
withhold, and each case's, hotspot's and action's fields kept out of public documents."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from jagdesk.domain.meetings.pack.public_fields import FIELDS, RecordKind
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.meetings.pack.redact import PackReview, ReviewKind

KEY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ReviewChoice:
    """What the officer chose: more words to withhold, and the records whose fields changed."""

    withhold: tuple[str, ...]
    fields: dict[tuple[RecordKind, uuid.UUID], frozenset[str]]


def _checkable(text: str, checked: bool, data: Any) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(KEY, data)
    return item


class PublicReviewDialog(RecordDialog):
    """The public pack's review; Save writes the pack with what was ticked."""

    def __init__(self, save: Callable[[ReviewChoice], Any], review: PackReview,
                 parent: QWidget | None = None) -> None:
        super().__init__("Check the public pack", save, parent)
        self.setMinimumSize(860, 640)
        self.review = review
        self.withheld = QListWidget()
        for line in review.lines:
            if line.kind != ReviewKind.POSSIBLE:
                self.withheld.addItem(f"{line.kind} · {line.section}: {line.context}")
        self.possible = QListWidget()
        contexts: dict[str, str] = {}
        for line in review.of_kind(ReviewKind.POSSIBLE):
            contexts.setdefault(line.text, f"{line.section}: {line.context}")
        for word, context in contexts.items():
            self.possible.addItem(_checkable(f"{word} · {context}", False, word))
        self.more = QLineEdit()
        self.more.setPlaceholderText("Other names, separated by commas")
        self.fields = QListWidget()
        self._start: dict[tuple[RecordKind, uuid.UUID], frozenset[str]] = {}
        for record in review.records:
            self._start[(record.kind, record.id)] = record.withheld
            for f in FIELDS[record.kind]:
                self.fields.addItem(_checkable(f"{record.title}: {f.label}", f.key in record.withheld,
                                               (record.kind, record.id, f.key)))
        heading = QLabel(f"{self.withheld.count()} withheld or left out; tick any word below that is "
                         "a person's name to withhold it too.")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.add_field("withheld", "Withheld:", self.withheld)
        self.add_field("possible", "&Withhold this too:", self.possible)
        self.add_field("more", "&Also withhold:", self.more)
        self.add_field("fields", "&Left out of public documents:", self.fields)
        self.buttons.button(self.buttons.StandardButton.Save).setText("&Write the public pack")

    def choose(self, word: str) -> bool:
        """Tick a possible name; False when there is none such."""
        for row in range(self.possible.count()):
            item = self.possible.item(row)
            if item.data(KEY) == word:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def set_field(self, kind: RecordKind, record_id: uuid.UUID, key: str, withheld: bool) -> bool:
        """Tick or untick one record's field; False when the pack has no such field."""
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            if item.data(KEY) == (kind, record_id, key):
                item.setCheckState(Qt.CheckState.Checked if withheld else Qt.CheckState.Unchecked)
                return True
        return False

    def values(self) -> ReviewChoice:
        words = [self.possible.item(r).data(KEY) for r in range(self.possible.count())
                 if self.possible.item(r).checkState() == Qt.CheckState.Checked]
        words += [w.strip() for w in self.more.text().split(",") if w.strip()]
        chosen: dict[tuple[RecordKind, uuid.UUID], set[str]] = {key: set() for key in self._start}
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            kind, record_id, key = item.data(KEY)
            if item.checkState() == Qt.CheckState.Checked:
                chosen[(kind, record_id)].add(key)
        changed = {key: frozenset(v) for key, v in chosen.items() if frozenset(v) != self._start[key]}
        return ReviewChoice(tuple(dict.fromkeys(words)), changed)
