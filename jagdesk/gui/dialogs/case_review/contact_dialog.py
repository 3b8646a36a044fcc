"""The single point of contact the 2025 guidance asks an applicant be given."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_contact_dialog import Ui_ContactDialog
from jagdesk.services.case_review.choices import Choice
from jagdesk.services.case_review.rows import CaseReviewDetail


class ContactDialog(RecordDialog):
    """Choose the applicant's single point of contact among the contacts."""

    def __init__(self, save: Save, detail: CaseReviewDetail, contacts: Sequence[Choice],
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ContactDialog()
        super().__init__(f"Single point of contact for {detail.reference}", save, parent, ui)
        self.contact = ui.contact_id
        ui.what.setText(f"Who {detail.applicant or 'the applicant'} deals with throughout the case "
                        "review: tell them the name and how to reach them.")
        choices(self.contact, [("(none yet)", None), *((name, i) for i, name in contacts)],
                detail.contact_id)
        self.contact.setFocus()

    def values(self) -> uuid.UUID | None:
        chosen = self.contact.currentData()
        return chosen if isinstance(chosen, uuid.UUID) else None
