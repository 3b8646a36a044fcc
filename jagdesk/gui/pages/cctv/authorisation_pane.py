"""One RIPA authorisation as the central record holds it: the application, the magistrate's
decision, the dates in force, reviews, renewals and cancellation, with what needs doing."""

from __future__ import annotations

from datetime import date
from html import escape

from jagdesk.domain.cctv.ripa_rows import AuthorisationRow
from jagdesk.services.cctv.deployments import DeploymentRow

WARN = "color:#b00020"


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def cameras_html(cameras: list[DeploymentRow]) -> str:
    """The covert cameras under the authorisation: where, which, up and down."""
    lines = [f"{escape(d.camera) or 'no camera yet'} at {escape(d.site)}: up {_day(d.installed_on)}, "
             + (f"down {_day(d.removed_on)}" if d.removed_on else "<b>STILL UP</b>")
             for d in cameras]
    return "<p><b>Covert cameras:</b> " + ("<br>".join(lines) or "none recorded") + "</p>"


def authorisation_html(row: AuthorisationRow | None, cameras: list[DeploymentRow]) -> str:
    """The selected authorisation in full, or what to do when none is selected."""
    if row is None:
        return ("<p style='color: gray'>Select an authorisation to see its dates, reviews and "
                "renewals, or press New application.</p>")
    officer = escape(row.officer_name) + (f", {escape(row.officer_grade)}" if row.officer_grade else "")
    decision = "awaiting the magistrate" if not row.decision else (
        f"{row.decision} on {_day(row.decided_on)}"
        + (f" at {row.decided_at:%H:%M}" if row.decided_at else "")
        + (f", {escape(row.court)}" if row.court else "")
        + (f", {escape(row.magistrate)}" if row.magistrate else ""))
    flags = escape(row.flags_text)
    parts = [
        f"<h3>{escape(row.urn)}: {escape(row.operation)}</h3>",
        f"<p><b>Status:</b> {escape(row.status.upper())}"
        + (f" <b style='{WARN}'>({flags})</b>" if flags else "") + "</p>",
        f"<p>{escape(row.description)}</p>" if row.description else "",
        f"<p><b>Subjects:</b> {escape(row.subjects_text) or '—'}<br>"
        f"<b>Offence:</b> {escape(row.offence)} ({escape(row.offence_statute)})<br>"
        f"<b>Authorising officer:</b> {officer}"
        + (" <b>(directly involved)</b>" if row.officer_involved else "")
        + f"<br><b>Authorised:</b> {_day(row.authorised_on)}"
        + (" <b>Confidential information likely.</b>" if row.confidential_likely else "") + "</p>",
        f"<p><b>Magistrate:</b> {decision}<br>"
        f"<b>In force:</b> {_day(row.approved_on)} to {_day(row.ends_on)}<br>"
        f"<b>Next review:</b> {_day(row.next_review_on)}</p>",
        "<p><b>Reviews:</b> " + (", ".join(_day(day) for day in row.reviews) or "none yet") + "</p>",
        "<p><b>Renewals:</b> " + ("; ".join(
            f"approved {_day(r.approved_on)} ({escape(r.magistrate) or 'magistrate not named'}), "
            f"runs to {_day(r.ends_on)}" for r in row.renewals) or "none") + "</p>",
    ]
    parts.append(cameras_html(cameras))
    if row.cancelled_on:
        parts.append(f"<p><b>Cancelled:</b> {_day(row.cancelled_on)} by "
                     f"{escape(row.cancelled_by)}: {escape(row.cancel_reason)}</p>")
    elif row.lapsed:
        parts.append(f"<p style='{WARN}'><b>LAPSED on {_day(row.ends_on)} without cancellation: "
                     "record the cancellation and make sure every camera is down.</b></p>")
    return "".join(parts)
