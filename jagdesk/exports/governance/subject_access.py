"""A subject access disclosure written as one A4 PDF (marked OFFICIAL-SENSITIVE, a draft for the
officer to redact the tagged names of other people) and one JSON file with the same content."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.governance import OTHER_PERSON, Disclosure
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import paragraph, sample_styles
from jagdesk.exports.common.marked_canvas import MarkedCanvas
from jagdesk.exports.common.pdf_tables import fields_table

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP, BOTTOM = 22 * mm, 22 * mm
FRAME_W = PAGE_W - 2 * MARGIN


def title(disclosure: Disclosure) -> str:
    """The document's title: whose disclosure and when it was made."""
    return f"Subject access disclosure: {disclosure.name}, {uk_day(disclosure.made_on)}"


def file_stem(disclosure: Disclosure) -> str:
    """The files' name without suffix: the person's name and the day, safe on every system."""
    name = re.sub(r"[^\w-]+", "-", disclosure.name).strip("-") or "person"
    return f"subject-access-{name}-{disclosure.made_on.isoformat()}"


def _note(disclosure: Disclosure) -> str:
    return (f"DRAFT FOR REDACTION. Names of other people are followed by {OTHER_PERSON}: redact them "
            "(and anything else that identifies someone else) before this is released. Searched for "
            f"{disclosure.other_names} names of other people on the register.")


def _story(disclosure: Disclosure) -> list[Flowable]:
    styles = sample_styles()
    story: list[Flowable] = [paragraph(title(disclosure), styles["title"]),
                             paragraph(_note(disclosure), styles["small"]), Spacer(1, 3 * mm)]
    for section in disclosure.sections:
        story.append(paragraph(section.title, styles["heading"]))
        if not section.items:
            story.append(paragraph("Nothing held.", styles["body"]))
        for item in section.items:
            story.append(KeepTogether([paragraph(item.heading, styles["subheading"]),
                                       fields_table(list(item.fields), FRAME_W, 38 * mm, styles)]))
    return story


def write_disclosure_pdf(disclosure: Disclosure, path: str | os.PathLike[str]) -> None:
    """Write the disclosure as a PDF at `path` (replaced whole, never half-written)."""
    with replacing(path) as temporary:
        doc = BaseDocTemplate(str(temporary), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=TOP, bottomMargin=BOTTOM, title=title(disclosure),
                              author="JAGDesk", subject="Subject access disclosure", creator="JAGDesk")
        frame = Frame(MARGIN, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("disclosure", frames=[frame])])

        def make_canvas(*args: Any, **kwargs: Any) -> MarkedCanvas:
            return MarkedCanvas(*args, marking=Marking.OFFICIAL_SENSITIVE.value, footer=title(disclosure),
                                margin=MARGIN, **kwargs)

        doc.build(_story(disclosure), canvasmaker=make_canvas)


def disclosure_json(disclosure: Disclosure) -> dict[str, Any]:
    """The disclosure as plain JSON values."""
    return {"person": disclosure.name, "person_id": str(disclosure.person_id),
            "made_on": disclosure.made_on.isoformat(), "marking": Marking.OFFICIAL_SENSITIVE.value,
            "note": _note(disclosure),
            "sections": [{"title": section.title,
                          "items": [{"heading": item.heading, "fields": dict(item.fields)}
                                    for item in section.items]} for section in disclosure.sections]}


def write_disclosure(disclosure: Disclosure, folder: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write the PDF and the JSON file into `folder`; their paths."""
    folder = Path(folder)
    pdf, data = folder / f"{file_stem(disclosure)}.pdf", folder / f"{file_stem(disclosure)}.json"
    write_disclosure_pdf(disclosure, pdf)
    with replacing(data) as temporary:
        temporary.write_text(json.dumps(disclosure_json(disclosure), ensure_ascii=False, indent=2),
                             encoding="utf-8")
    return pdf, data
