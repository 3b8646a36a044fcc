"""Writing the letters a letter dialog asked for, through the letters service and the Word export,
in one unit of work: the letters recorded only once their files are written."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from jagdesk.errors import ValidationError
from jagdesk.exports.asb.letters_docx import write_letters
from jagdesk.gui.dialogs.asb.letter_dialog import LetterEntry
from jagdesk.services.asb import letters as service
from jagdesk.store.uow import UnitOfWork


def write(uow: UnitOfWork, entry: LetterEntry, intervention_id: uuid.UUID | None,
          today: date) -> list[Path]:
    """Write the letters of `entry` (about `intervention_id` when it is the person's) and record
    them; refused with one sentence at the field at fault."""
    if not entry.to_roads and entry.person_id is None:
        raise ValidationError({"person": "Choose the person to write to."})
    if entry.to_roads and not entry.roads:
        raise ValidationError({"roads": "Name at least one road, as Shenley Road or Shenley Road:1-40."})
    if not str(entry.folder).strip() or not entry.folder.is_dir():
        raise ValidationError({"folder": f"The folder {entry.folder} does not exist: choose one."})
    template = service.template_path(entry.template)
    if not entry.to_roads and entry.person_id is not None:
        letters = [service.letter_for(uow, entry.person_id, intervention_id, today, entry.officer)]
    else:
        letters = service.letters_to_roads(uow, list(entry.roads), today, entry.officer)
    files = write_letters(template, [(letter.file_stem, letter.fields) for letter in letters],
                          entry.folder, merge=entry.merge,
                          merged_name=f"{template.stem} {today:%Y-%m-%d}")
    service.record_letters(uow, template.stem, letters, today, files)
    return files
