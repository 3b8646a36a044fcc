"""The case sheet of the case shown on the problem-solving page, written as a PDF or a Word document
for partners at a problem-solving meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from jagdesk.gui import export_files
from jagdesk.gui.operations import call

if TYPE_CHECKING:
    from jagdesk.gui.pages.problem_solving.cases_page import CasesPage


class CaseSheetExport:
    """Exporting the page's case as a case sheet."""

    def __init__(self, page: CasesPage) -> None:
        self.page = page

    def choose_and_export(self) -> None:
        if self.page.view is None:
            return
        reference = self.page.view.detail.reference
        target, _ = QFileDialog.getSaveFileName(
            self.page, "Export case sheet", str(export_files.suggested(f"{reference} case sheet.pdf")),
            "PDF document (*.pdf);;Word document (*.docx)")
        if target and self.export_sheet(Path(target)):
            written = Path(target)
            if written.suffix.lower() not in (".pdf", ".docx"):
                written = written.with_suffix(".pdf")
            export_files.written(self.page, written, f"the case sheet of {reference}")

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        if self.page.view is None:
            return []
        return [("E&xport case sheet…", self.choose_and_export)]

    def export_sheet(self, target: Path) -> bool:
        """Write the selected case's sheet to `target` (.pdf or .docx)."""
        if self.page.view is None:
            return False
        reference = self.page.view.detail.reference
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_suffix(".pdf")

        def write() -> Path:
            from jagdesk.services.problem_solving.sheet import export_case_sheet

            sheet = call(self.page.store, lambda uow: export_case_sheet(uow, reference, target))
            # Imported here: the writers load reportlab or python-docx, which the rest of the GUI
            # does not need.
            if target.suffix.lower() == ".docx":
                from jagdesk.exports.problem_solving.case_sheet_docx import write_case_sheet_docx
                write_case_sheet_docx(sheet, target)
            else:
                from jagdesk.exports.problem_solving.case_sheet_pdf import write_case_sheet_pdf
                write_case_sheet_pdf(sheet, target)
            return target

        if export_files.attempt_writing(self.page, target, write) is None:
            return False
        self.page.tell(f"Exported the case sheet of {reference} to {target}.")
        return True
