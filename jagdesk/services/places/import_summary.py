"""What importing one police.uk file did, as the import tells it."""

from __future__ import annotations

from dataclasses import dataclass

from jagdesk.importers.policeuk import STREET, Rejection


@dataclass(frozen=True)
class ImportSummary:
    """What importing one police.uk file did.

    Street files: `imported` rows added (every readable row: police.uk counts rows, and a Crime
    ID may repeat), `no_location` and `outside` (in no ward of the store) among them.
    Outcomes files: `outcomes_updated` crimes given this month's outcome, `outcomes_unknown` rows
    for crimes not in the store, `skipped` rows for crimes that already had this or a later outcome.
    `already_imported`: this month of this force's file of this kind was imported before, so
    nothing was added and every readable row counts as skipped.
    """

    file_name: str
    source: str  # "street" or "outcomes"
    month: str
    force: str
    imported: int
    skipped: int
    rejected: int
    rejections: tuple[Rejection, ...]  # the first rejected rows, with line numbers and reasons
    no_location: int
    outside: int
    outcomes_updated: int
    outcomes_unknown: int
    already_imported: bool
    previous_file: str = ""  # the file imported before, when already_imported

    def sentence(self) -> str:
        """The summary in one sentence (the rejections are listed separately)."""
        head = f"{self.file_name} ({self.source}, {self.month}, {self.force})"
        rejected = f"{self.rejected:,} rejected"
        if self.already_imported:
            return (f"{head} was already imported as {self.previous_file}: nothing was added, "
                    f"{self.skipped:,} rows skipped as already present, {rejected}.")
        if self.source == STREET:
            return (f"{head}: {self.imported:,} rows imported, {rejected}; "
                    f"{self.no_location:,} with no location, "
                    f"{self.outside:,} outside the partnership's wards.")
        return (f"{head}: outcomes of {self.outcomes_updated:,} crimes updated, "
                f"{self.outcomes_unknown:,} rows for crimes not in the store, {self.skipped:,} "
                f"skipped as already present, {rejected}.")
