"""The ordinary pack's restricted page of covert deployments, when the officer includes it: a page
of its own at the end, headed by the restricted-circulation note, easy to take out. A public pack
never has it."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Table, TableStyle

from jagdesk.domain.cctv.covert_detail import COVER_NOTE
from jagdesk.domain.meetings.vocabulary import MeetingPack
from jagdesk.exports.common import sheet_text as st
from jagdesk.exports.common.fonts import paragraph, paragraph_style
from jagdesk.exports.common.pdf_tables import MARKING_COLOUR
from jagdesk.exports.meetings.pack.parts import FRAME_W, Story, widths

TITLE = "Covert CCTV deployments (RIPA): restricted"
COVER_LINE = ("This pack includes covert CCTV deployments under RIPA on a restricted page at its "
              "end: OFFICIAL-SENSITIVE, restricted circulation.")


def covert_page(story: Story, pack: MeetingPack) -> None:
    """The restricted page, when the pack carries the detail (an ordinary pack only)."""
    if pack.public or not pack.covert_detail:
        return
    story.add(PageBreak())
    story.heading(TITLE, level=0)
    style = paragraph_style("JagCovertNote", size=10.5, bold=True, color=MARKING_COLOUR, leading=14)
    note = Table([[paragraph(COVER_NOTE, style)]], colWidths=[FRAME_W])
    note.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, MARKING_COLOUR),
                              ("TOPPADDING", (0, 0), (-1, -1), 8),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    story.add(note)
    story.subheading(f"Covert cameras up on {st.day(pack.records_to)}" if pack.records_to
                     else "Covert cameras up")
    rows = [[d.urn, d.operation, d.site, d.camera, st.day(d.installed_on),
             st.day(d.authorisation_ends_on) if d.authorisation_ends_on else ""]
            for d in pack.covert_detail]
    story.add(story.grid(["URN", "Operation", "Site", "Camera", "Up since", "Authorised to"], rows,
                         widths(30, 36, 0, 22, 22, 24)))
    story.add(story.p(f"{len(rows)} covert camera{'s' if len(rows) != 1 else ''}; subjects, "
                      "necessity and proportionality are in the central record.", "small"))
