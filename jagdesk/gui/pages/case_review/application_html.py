"""An application in full for the page's detail pane: who applied and how, the threshold with its
reasoning, every due date with whether it was met, the decision, the PCC's review, the panel and
its recommendations, the escalation, and the records and ASB interventions it is linked to, each
a link that opens it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from jagdesk.domain.common.day_text import uk_day
from jagdesk.services.case_review.choices import InterventionLink
from jagdesk.services.case_review.rows import CaseReviewDetail

EMPTY = ("<p>No application chosen. Choose one in the list, or press <b>New</b> to record an "
         "application for an ASB case review.</p>")
# The state of a timed step, as a word and a colour a glance can take in.
STATE_COLOURS = {"met": "#1b5e20", "late": "#b00020", "overdue": "#b00020", "due": "#8a5a00",
                 "not due": "#555555"}


def _day(value: date | None, empty: str = "") -> str:
    return uk_day(value) if value else empty


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3' border='1' width='100%'><tr>{head}</tr>{body}</table>"


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}"


def _who(detail: CaseReviewDetail) -> str:
    d = detail
    applicant = escape(d.applicant or "not recorded")
    if d.on_behalf:
        victim = escape(d.victim or "the victim")
        applicant += f" on behalf of {victim} (consent given {_day(d.consent_on, 'not recorded')})"
    how = f" by {escape(d.received_how)}" if d.received_how else ""
    return (f"<p><b>Applicant:</b> {applicant}<br><b>Received:</b> {_day(d.row.received_on)}{how}"
            f"<br><b>Single point of contact:</b> {escape(d.contact) or '<i>none yet</i>'}"
            f"<br><b>Problem:</b> {escape(d.row.problem) or '<i>not described</i>'}</p>")


def _threshold(detail: CaseReviewDetail) -> str:
    t = detail.threshold
    decided = (f"Decided {_day(detail.decided_on)}: threshold "
               f"{'met' if detail.row.threshold_met else 'not met'}." if detail.decided_on
               else "Not decided yet: this is what the complaints give.")
    complaints = _table(("Incident", "Reported", "Agency", "Reference", "Counts"), (
        (_day(c.incident_on), _day(c.reported_on), escape(c.agency), escape(c.agency_reference),
         ("yes" if c.counted else "no") + (" (hate)" if c.hate_incident else ""))
        for c in detail.row.complaints))
    reasons = "".join(f"<li>{escape(check.why)}</li>" for check in t.checks)
    return _section("Threshold", f"<p><b>{escape(t.summary)}</b><br>{decided}</p>{complaints}"
                                 f"<ul>{reasons}</ul>")


def _timescales(detail: CaseReviewDetail) -> str:
    rows = []
    for step in detail.steps:
        colour = STATE_COLOURS.get(step.state, "#000000")
        rows.append((escape(step.label), _day(step.due_on, "when it can be"), _day(step.done_on),
                     f"<span style='color:{colour}'><b>{escape(step.state)}</b></span>"))
    return _section("Timescales (working days)", _table(("Step", "Due by", "Done", "State"), rows))


def _pcc(detail: CaseReviewDetail) -> str:
    d = detail
    if d.pcc_requested_on is None:
        return ""
    outcome = (f"{escape(d.pcc_outcome)} on {_day(d.pcc_outcome_on)}" if d.pcc_outcome
               else "awaited")
    return _section("Police and Crime Commissioner",
                    f"<p>Asked to review the decision {_day(d.pcc_requested_on)}; outcome: {outcome}.</p>")


def _review(detail: CaseReviewDetail) -> str:
    d = detail
    panel = ", ".join(escape(m.name) for m in d.panel) or "<i>not named yet</i>"
    meeting = "arranged (on the Meetings page)" if d.review_meeting_id else "<i>not arranged yet</i>"
    held = _day(d.review_held_on, "not yet")
    recommendations = _table(("Ref", "Recommendation", "Owner", "Due", "Status"), (
        (escape(r.reference), escape(r.description), escape(r.owner), _day(r.due_on), escape(r.status))
        for r in d.recommendations)) if d.recommendations else ""
    # An imported review counts its recommendations without their text.
    extra = (f"<p>Recommendations in the earlier log: {d.recorded_recommendations}.</p>"
             if d.recorded_recommendations else "" if d.recommendations
             else "<p><i>No recommendations recorded.</i></p>")
    summary = f"<br><b>Summary:</b> {escape(d.review_summary)}" if d.review_summary else ""
    return _section("Review", f"<p><b>Panel:</b> {panel}<br><b>Review meeting:</b> {meeting}<br>"
                              f"<b>Held:</b> {held}{summary}<br><b>Outcome sent:</b> "
                              f"{_day(d.outcome_sent_on, 'not yet')}</p>{recommendations}{extra}")


def _escalation(detail: CaseReviewDetail) -> str:
    d = detail
    if d.escalated_on is None:
        return ""
    outcome = (f"{escape(d.escalation_outcome)} ({_day(d.escalation_outcome_on)})"
               if d.escalation_outcome_on else "awaited")
    return _section("Escalation", f"<p>Asked {_day(d.escalated_on)} for the review to be looked at "
                                  f"again; outcome: {outcome}.</p>")


def record_link(kind: str, record_id: object, text: str) -> str:
    """A linked record's name as a link the page opens at the record (jagdesk:KIND/ID)."""
    return f"<a href='jagdesk:{kind}/{record_id}'>{text}</a>"


def _links(detail: CaseReviewDetail, interventions: Sequence[InterventionLink]) -> str:
    kinds = {"person": "People", "hotspot": "Hotspots", "case": "Cases"}
    # Interventions are listed below with those the linked records lead to.
    lines = [f"<b>{label}:</b> " + ", ".join(record_link(kind, link.id, escape(link.name))
                                              for link in detail.links if link.kind == kind)
             for kind, label in kinds.items() if any(link.kind == kind for link in detail.links)]
    asb = ", ".join(record_link("intervention", i.id, escape(i.reference))
                    + f" {escape(i.kind)} ({escape(i.status)}"
                    + (f", through {escape(i.through)})" if i.through else ", linked)")
                    for i in interventions)
    lines.append(f"<b>ASB interventions:</b> {asb or '<i>none on the linked records</i>'}")
    return _section("Linked to", "<p>" + "<br>".join(lines) + "</p>")


def application_html(detail: CaseReviewDetail | None,
                     interventions: Sequence[InterventionLink] = ()) -> str:
    """The application in full, or what to do when none is chosen."""
    if detail is None:
        return EMPTY
    prompts = "".join(f"<p style='background:#fff4ce; color:#3b2f00'>&#9888; {escape(p)}</p>"
                      for p in detail.prompts)
    other = (f"<p><b>Met on other grounds:</b> {escape(detail.other_grounds)}</p>"
             if detail.other_grounds else "")
    return (f"<h2>{escape(detail.reference)}: {escape(detail.row.status)}</h2>{prompts}{_who(detail)}"
            f"{_timescales(detail)}{_threshold(detail)}{other}{_pcc(detail)}{_review(detail)}"
            f"{_escalation(detail)}{_links(detail, interventions)}")
