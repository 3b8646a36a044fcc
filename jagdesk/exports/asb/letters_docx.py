"""Letters written to Word from a template the partnership edits in Word: each {{placeholder}}
replaced by the letter's value, in the body, tables, headers and footers; one file per letter, or
one document of every letter (a page each) for printing as a mail merge."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

from jagdesk.errors import JagdeskError
from jagdesk.exports.common.atomic import replacing

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
# Characters a file name may not hold on Windows, and runs of space.
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _paragraphs(document: Any) -> Iterator[Any]:
    """Every paragraph of the document: body, table cells (nested too), headers and footers."""
    def walk(container: Any) -> Iterator[Any]:
        yield from container.paragraphs
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                yield from walk(part)


def _open(template: Path) -> Any:
    try:
        return Document(str(template))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a document
        raise JagdeskError(f"{template.name} could not be read as a Word document ({exc}).") from None


def _fill_paragraph(paragraph: Any, fields: Mapping[str, str]) -> None:
    if "{{" not in paragraph.text:
        return
    # A placeholder inside one run keeps that run's formatting; one Word split over several runs
    # (it does, after an edit) is joined into the first run of the paragraph.
    for run in paragraph.runs:
        if "{{" in run.text:
            run.text = PLACEHOLDER.sub(lambda m: fields[m.group(1)], run.text)
    if PLACEHOLDER.search(paragraph.text):
        text = PLACEHOLDER.sub(lambda m: fields[m.group(1)], paragraph.text)
        runs = paragraph.runs
        runs[0].text = text
        for run in runs[1:]:
            run.text = ""


def fill_template(template: Path, fields: Mapping[str, str]) -> Any:
    """The template with every placeholder replaced; JagdeskError naming one it does not know."""
    document = _open(template)
    for paragraph in _paragraphs(document):
        for name in PLACEHOLDER.findall(paragraph.text):
            if name not in fields:
                known = ", ".join("{{" + key + "}}" for key in fields)
                raise JagdeskError(f"The template {template.name} holds {{{{{name}}}}}, which JAGDesk "
                                   f"does not fill; use {known}.")
        _fill_paragraph(paragraph, fields)
    # python-docx writes a value's line breaks (an address over several lines) as Word's own.
    return document


def file_name(stem: str, taken: set[str]) -> str:
    """A file name for a letter, safe on Windows and unique among those `taken`."""
    base = " ".join(UNSAFE.sub(" ", stem).split()).strip(". ") or "letter"
    name, number = f"{base}.docx", 2
    while name.casefold() in taken:
        name, number = f"{base} ({number}).docx", number + 1
    taken.add(name.casefold())
    return name


def write_letters(template: Path, letters: Sequence[tuple[str, Mapping[str, str]]], folder: Path,
                  merge: bool = False, merged_name: str = "letters") -> list[Path]:
    """Write each (file stem, fields) letter to its own file in `folder`, or all of them to one
    document of a page each; the files written."""
    if not folder.is_dir():
        raise JagdeskError(f"The folder {folder} does not exist.")
    if not letters:
        raise JagdeskError("There are no letters to write.")
    documents = [fill_template(template, fields) for _stem, fields in letters]  # all checked first
    if merge:
        merged = documents[0]
        body = merged.element.body
        for document in documents[1:]:
            merged.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            for element in list(document.element.body):
                if element.tag != qn("w:sectPr"):
                    body.insert(len(body) - 1, copy.deepcopy(element))
        target = folder / file_name(merged_name, set())
        with replacing(target) as temporary:
            merged.save(str(temporary))
        return [target]
    taken = {path.name.casefold() for path in folder.iterdir()}
    written = []
    for (stem, _fields), document in zip(letters, documents, strict=True):
        target = folder / file_name(stem, taken)
        with replacing(target) as temporary:
            document.save(str(temporary))
        written.append(target)
    return written
