"""The central record of authorisations and the yearly return as documents: what they hold and the
words and cells the PDF and CSV print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from jagdesk.domain.cctv.ripa_rows import AuthorisationRow

MARKING = "OFFICIAL-SENSITIVE"
RETENTION_YEARS = 5  # the central record is kept at least this long (a setting of the council's)


@dataclass(frozen=True)
class CentralRecord:
    """The authorisations given, in force or closed within a period, as of `today`."""

    first: date
    last: date
    today: date
    rows: tuple[AuthorisationRow, ...]
    retention_years: int = RETENTION_YEARS

    @property
    def title(self) -> str:
        return "Central record of RIPA directed-surveillance authorisations"

    @property
    def scope(self) -> str:
        return (f"Applications and authorisations from {self.first:%d/%m/%Y} to "
                f"{self.last:%d/%m/%Y}, as at {self.today:%d/%m/%Y}; kept at least "
                f"{self.retention_years} years.")


@dataclass(frozen=True)
class YearlyReturn:
    """A year's use of directed surveillance."""

    year: int
    applications: int
    granted: int
    refused_by_magistrate: int
    renewed: int
    cancelled: int
    lapsed: int

    def sentence(self) -> str:
        return (f"{self.year}: {self.applications} applications, {self.granted} granted, "
                f"{self.refused_by_magistrate} refused by the magistrate, {self.renewed} renewed, "
                f"{self.cancelled} cancelled, {self.lapsed} lapsed.")


# The register's columns, as IPCO reads a central record.
HEADER = ("URN", "Operation and description", "Subjects", "Offence", "Authorising officer (grade)",
          "Officer involved", "Confidential info likely", "Authorised", "Magistrate's decision",
          "In force", "Reviews", "Renewals", "Cancelled", "Status")
CSV_HEADER = ("URN", "Operation", "Description", "Subjects", "Offence", "Statute",
              "Authorising officer", "Grade", "Officer directly involved",
              "Confidential information likely", "Authorised on", "Magistrate's decision",
              "Decision date", "Decision time", "Court", "Magistrate", "Approved on", "Ends on",
              "Next review", "Reviews", "Renewals", "Cancelled on", "Cancelled by",
              "Cancellation reason", "Status", "Lapsed")


def day_text(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _time_text(value: time | None) -> str:
    return f"{value:%H:%M}" if value else ""


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def renewals_text(row: AuthorisationRow) -> str:
    """Each renewal: approved on, by whom (grade), the period it runs."""
    return "; ".join(
        f"{day_text(r.approved_on)} {r.officer_name} ({r.officer_grade}), magistrate "
        f"{r.magistrate or 'not named'}: to {day_text(r.ends_on)}" for r in row.renewals)


def decision_text(row: AuthorisationRow) -> str:
    if not row.decision:
        return "awaited"
    when = " ".join(part for part in (day_text(row.decided_on), _time_text(row.decided_at)) if part)
    who = ", ".join(part for part in (row.magistrate, row.court) if part)
    return f"{row.decision} {when}" + (f" ({who})" if who else "")


def status_text(row: AuthorisationRow) -> str:
    flags = row.flags_text
    return f"{row.status} ({flags})" if flags else row.status


def in_force_text(row: AuthorisationRow) -> str:
    if row.approved_on is None or row.ends_on is None:
        return ""
    return f"{day_text(row.approved_on)} to {day_text(row.ends_on)}"


def register_row(row: AuthorisationRow) -> list[str]:
    """The cells of the PDF register for one authorisation."""
    operation = row.operation + (f": {row.description}" if row.description else "")
    cancelled = day_text(row.cancelled_on)
    if row.cancel_reason:
        cancelled += f" ({row.cancelled_by}: {row.cancel_reason})"
    return [row.urn, operation, row.subjects_text, row.offence,
            f"{row.officer_name} ({row.officer_grade})" if row.officer_grade else row.officer_name,
            yes_no(row.officer_involved), yes_no(row.confidential_likely),
            day_text(row.authorised_on), decision_text(row), in_force_text(row),
            ", ".join(day_text(day) for day in row.reviews), renewals_text(row), cancelled,
            status_text(row)]


def csv_row(row: AuthorisationRow) -> list[object]:
    """The cells of the CSV register (dates as YYYY-MM-DD, for a spreadsheet to sort)."""
    def iso(value: date | None) -> str:
        return value.isoformat() if value else ""

    return [row.urn, row.operation, row.description, row.subjects_text, row.offence,
            row.offence_statute, row.officer_name, row.officer_grade, row.officer_involved,
            row.confidential_likely, iso(row.authorised_on), row.decision, iso(row.decided_on),
            _time_text(row.decided_at), row.court, row.magistrate, iso(row.approved_on),
            iso(row.ends_on), iso(row.next_review_on), "; ".join(iso(d) for d in row.reviews),
            "; ".join(f"{iso(r.approved_on)} to {iso(r.ends_on)} ({r.officer_name}, "
                      f"{r.officer_grade})" for r in row.renewals),
            iso(row.cancelled_on), row.cancelled_by, row.cancel_reason, row.status, row.lapsed]
