"""A covert deployment as the ordinary meeting pack may print it, when the officer chooses to: on a
page of its own behind a cover note, never in a public pack."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

COVER_NOTE = (
    "OFFICIAL-SENSITIVE: restricted circulation. Covert surveillance under the Regulation of "
    "Investigatory Powers Act 2000 (Part II), included at the officer's choice for the members "
    "entitled to see it. Do not copy, forward or discuss it outside the meeting; take this page "
    "out before the pack goes any further. The central record of authorisations holds the rest.")


@dataclass(frozen=True)
class CovertDeployment:
    """A covert camera up on the pack's day, under its authorisation."""

    urn: str
    operation: str
    site: str
    camera: str
    installed_on: date
    authorisation_ends_on: date | None
