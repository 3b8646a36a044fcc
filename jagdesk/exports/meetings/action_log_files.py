"""The action log to the file a user names: Word, PDF or CSV by its ending. The writers load
python-docx or reportlab, so each is imported only when its kind of file is written."""

from __future__ import annotations

from pathlib import Path

from jagdesk.domain.meetings.action_log import ActionLogDocument
from jagdesk.errors import JagdeskError

KINDS = {".docx": "Word", ".pdf": "PDF", ".csv": "CSV"}


def log_kind(path: Path) -> str:
    """"Word", "PDF" or "CSV" from the file's ending; any other ending is refused in a sentence."""
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise JagdeskError(f"The action log is written as .docx, .pdf or .csv, not "
                           f"'{path.suffix or path.name}'.")
    return kind


def write_action_log(document: ActionLogDocument, path: Path) -> str:
    """Write the log to `path` as its ending says; the kind written ("Word", "PDF" or "CSV")."""
    kind = log_kind(path)
    if kind == "Word":
        from jagdesk.exports.meetings.action_log_docx import write_action_log_docx

        write_action_log_docx(document, path)
    elif kind == "PDF":
        from jagdesk.exports.meetings.action_log_pdf import write_action_log_pdf

        write_action_log_pdf(document, path)
    else:
        from jagdesk.exports.meetings.action_log_csv import write_action_log_csv

        write_action_log_csv(document, path)
    return kind
