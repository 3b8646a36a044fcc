"""Writing an action plan to Word or PDF from the page, a refusal or a disk error told in one sentence."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QWidget

from jagdesk.domain.meetings.vocabulary import ActionPlanDocument
from jagdesk.gui.export_files import attempt_writing
from jagdesk.gui.operations import call
from jagdesk.services.action_plans import plans as svc
from jagdesk.store.opening import Store


def export_action_plan(parent: QWidget, store: Store, plan_id: uuid.UUID, quarter: int | None,
                       target: Path) -> str:
    """Write the plan with the quarter's updates (None: the latest) to `target` (.docx or .pdf).
    What to tell the user when written, "" when it was not (the user has been told why)."""
    def write() -> ActionPlanDocument:
        document = call(store, lambda uow: svc.export_action_plan_document(uow, plan_id, target, quarter))
        # Imported here: the writers load python-docx or reportlab, which the rest of the GUI
        # does not need.
        if target.suffix.lower() == ".docx":
            from jagdesk.exports.action_plans.action_plan_docx import write_action_plan_docx
            write_action_plan_docx(document, target)
        else:
            from jagdesk.exports.action_plans.action_plan_pdf import write_action_plan_pdf
            write_action_plan_pdf(document, target)
        return document

    document = attempt_writing(parent, target, write)
    if document is None:
        return ""
    return f"Exported the {document.period} action plan to {target}."
