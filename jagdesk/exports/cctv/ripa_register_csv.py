"""The RIPA central record as a CSV file for a spreadsheet (text a spreadsheet would run as a
formula is guarded)."""

from __future__ import annotations

from pathlib import Path

from jagdesk.domain.cctv import ripa_register as reg
from jagdesk.exports.common.csv_export import write_csv


def write_register_csv(record: reg.CentralRecord, path: Path) -> Path:
    """Write one row per authorisation to `path` (whole or not at all)."""
    return write_csv(path, reg.CSV_HEADER, [reg.csv_row(row) for row in record.rows])
