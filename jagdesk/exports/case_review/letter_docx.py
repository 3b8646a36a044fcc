"""The letter to the applicant, written from a Word template the partnership edits: the fields
of CaseReviewLetter as {{ reference }}, {{ applicant }}..., the recommendations as a loop."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from jagdesk.domain.case_review.documents import CaseReviewLetter
from jagdesk.errors import JagdeskError
from jagdesk.exports.common.atomic import replacing


def write_letter_docx(letter: CaseReviewLetter, template: Path, path: str | os.PathLike[str]) -> None:
    """Fill `template` with the letter's fields and write it to `path` (replaced whole)."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    if not template.is_file():
        raise JagdeskError(f"The letter template {template} is not there.")
    fields = dataclasses.asdict(letter)
    try:
        document = DocxTemplate(str(template))
        document.render(fields, autoescape=True)
    except TemplateError as error:
        raise JagdeskError(f"The letter template {template.name} could not be filled: {error}.") from None
    with replacing(path) as temporary:
        document.save(str(temporary))
