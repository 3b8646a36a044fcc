"""A person picked by typing any part of the name: the register has hundreds of people, too many to
scroll a drop-down for."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

PROMPT = "Type part of the name, or choose"


def searchable_people(combo: QComboBox, people: Sequence[tuple[str, uuid.UUID]],
                      current: uuid.UUID | None) -> None:
    """Fill `combo` with the people ("Name (born ...)", id) and let it be typed into: the list that
    drops down offers every person whose name holds what was typed, anywhere in it, in any case.
    No one chosen shows the prompt rather than a "(choose)" entry that could be taken for a name."""
    combo.clear()
    for text, person_id in people:
        combo.addItem(text, person_id)
    combo.setEditable(True)
    # What is typed picks from the register; it never adds an entry to it.
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()
    assert line is not None  # an editable combo box has its line
    line.setPlaceholderText(PROMPT)
    completer = combo.completer()
    assert completer is not None  # an editable combo box makes one over its own items
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "hart" finds "Lee Hartnell"
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == current), -1))


def picked_person(combo: QComboBox) -> uuid.UUID | None:
    """The person the field shows: the entry its text names, or the only one whose name holds the
    text; None when the text names no one (or several), so that the form asks for the person rather
    than keep one chosen before the text was typed over."""
    typed = combo.currentText().strip().casefold()
    if not typed:
        return None
    texts = [(combo.itemText(i).casefold(), combo.itemData(i)) for i in range(combo.count())]
    exact = [person_id for text, person_id in texts if text == typed]
    if exact:
        return exact[0] if len(exact) == 1 else None
    holding = [person_id for text, person_id in texts if typed in text]
    return holding[0] if len(holding) == 1 else None
