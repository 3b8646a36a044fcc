"""A register kept in a spreadsheet (read by importers.spreadsheet) as rows of cells by header.

Headers are matched ignoring case, spaces, underscores and hyphens ("Date of birth", "DATE_OF_BIRTH"
and "dateofbirth" are one column); a header the file spells otherwise is named with a mapping
(column -> the file's header). Each row keeps its line in the file (the header is line 1), so that
a refusal can say where to look. Cells are text; Excel's dates and numbers are written as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jagdesk.domain.common.validation import control_character
from jagdesk.errors import JagdeskError
from jagdesk.importers.spreadsheet import key as header_key
from jagdesk.importers.spreadsheet import read_sheet


@dataclass(frozen=True)
class SheetRow:
    """One row of the register: its line in the file and its cells by header key."""

    line: int
    cells: dict[str, str]
    problem: str = ""  # why the row cannot be read at all (a control character in a cell)

    def get(self, key: str) -> str:
        return self.cells.get(key, "")


def read_register(path: Path, columns: Mapping[str, str] | None = None) -> tuple[list[str], list[SheetRow]]:
    """The file's header keys and its rows (blank rows skipped), with `columns` (our column ->
    the file's header) applied. JagdeskError for a file that cannot be read at all."""
    sheet = read_sheet(path)
    renamed = {header_key(theirs): header_key(ours) for ours, theirs in (columns or {}).items()}
    header = [renamed.get(header_key(cell), header_key(cell)) for cell in sheet.header]
    rows: list[SheetRow] = []
    for line, cells in sheet.rows:
        bad = next((control_character(cell) for cell in cells if control_character(cell)), None)
        found = {key: cell for key, cell in zip(header, cells, strict=False) if key}
        rows.append(SheetRow(line, found, f"a cell holds a {bad} control character." if bad else ""))
    for ours, theirs in (columns or {}).items():
        if header_key(ours) not in header:
            raise JagdeskError(f"{sheet.name} has no column '{theirs}' (given with --columns for "
                               f"{ours}); its columns are: {', '.join(header)}.")
    return header, rows
