"""The action log as a CSV file for a spreadsheet: a row per action, owner and agency apart, and
where each action was agreed; text a spreadsheet would run as a formula is guarded."""

from __future__ import annotations

from pathlib import Path

from jagdesk.domain.meetings import action_log as log
from jagdesk.exports.common.csv_export import write_csv


def write_action_log_csv(document: log.ActionLogDocument, path: Path) -> Path:
    """Write the log's actions to `path` (whole or not at all)."""
    return write_csv(path, log.CSV_HEADER, [log.csv_row(action) for action in document.actions])
