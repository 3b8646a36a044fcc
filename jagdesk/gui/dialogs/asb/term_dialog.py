"""A term of an order or agreement: a prohibition or a requirement, its own end, and whether a power
of arrest is attached."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.domain.asb.vocabulary import TermKind
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.asb.ui_term_dialog import Ui_TermDialog
from jagdesk.services.asb.types import TermInput


class TermDialog(RecordDialog):
    """A term of `what`; `term` one already saved (its id kept, as breaches name it)."""

    def __init__(self, save: Save, what: str, term: TermInput | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_TermDialog()
        super().__init__(f"Term of {what}", save, parent, ui)
        self.term = term or TermInput("")
        ui.intro.setText(f"A prohibition (not to...) or a requirement (to...) of {what}. Leave its "
                         "end unset when it lasts as long as the order.")
        choices(ui.term_kind, [(kind.value.capitalize(), kind.value) for kind in TermKind],
                self.term.term_kind)
        ui.text.setPlainText(self.term.text)
        ui.text.setPlaceholderText("Not to enter the Shenley Road parade between 8pm and 6am")
        ui.ends_on.set_value(self.term.ends_on)
        ui.power_of_arrest.setChecked(self.term.power_of_arrest)
        ui.text.setFocus()

    def values(self) -> TermInput:
        ui = self.ui
        return TermInput(ui.text.toPlainText(), ui.term_kind.currentData(), ui.ends_on.value(),
                         ui.power_of_arrest.isChecked(), self.term.id)
