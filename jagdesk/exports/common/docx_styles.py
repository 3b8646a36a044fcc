"""Word styles a writer needs, made present in any document, and numbered lists that restart.

A letterhead made in Word defines few styles in its styles.xml (Word adds "Heading 1" only once it
is used), so writing with a council's template could fail on a missing style. The missing ones are
copied from python-docx's own template, with the styles they are based on or linked to and, for
list styles, their numbering definitions; the template's own styles are never touched.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable
from typing import Any

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

_STYLE_REFERENCES = ("w:basedOn", "w:link", "w:next")


@functools.cache
def _source() -> Any:
    """python-docx's default document, read once: only ever copied from, never changed."""
    return docx.Document()


def _numbering(document: Any) -> Any:
    """The document's <w:numbering> element, adding a numbering part when it has none."""
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        # python-docx cannot make a numbering part itself (NumberingPart.new is not implemented).
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element,
                                  part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return element


def _abstract_id(numbering: Any, num_id: int) -> int | None:
    found = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
    return int(found[0]) if found else None


def _copy_numbering(document: Any, num_id: int) -> int | None:
    """Copy the source's list definition `num_id` into the document; the document's new numId."""
    source = _source().part.numbering_part.element
    abstract_id = _abstract_id(source, num_id)
    if abstract_id is None:
        return None
    abstract = source.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')[0]
    target = _numbering(document)
    used = [int(v) for v in target.xpath("./w:abstractNum/@w:abstractNumId")]
    new_abstract = copy.deepcopy(abstract)
    new_abstract_id = max(used, default=-1) + 1
    new_abstract.set(qn("w:abstractNumId"), str(new_abstract_id))
    # Schema order: every w:abstractNum before the first w:num.
    first_num = target.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(new_abstract)
    else:
        target.append(new_abstract)
    return int(target.add_num(new_abstract_id).numId)


def _copy_style(document: Any, style_id: str) -> None:
    styles = document.styles.element
    if styles.get_by_id(style_id) is not None:
        return
    original = _source().styles.element.get_by_id(style_id)
    if original is None:
        return
    style = copy.deepcopy(original)
    num_ids = style.xpath("./w:pPr/w:numPr/w:numId")
    if num_ids:
        new_id = _copy_numbering(document, int(num_ids[0].get(qn("w:val"))))
        if new_id is None:
            num_ids[0].getparent().getparent().remove(num_ids[0].getparent())
        else:
            num_ids[0].set(qn("w:val"), str(new_id))
    styles.append(style)
    for tag in _STYLE_REFERENCES:
        reference = style.find(qn(tag))
        if reference is not None:
            _copy_style(document, reference.get(qn("w:val")))


def ensure_styles(document: Any, names: Iterable[str]) -> None:
    """Make each named style (UI names: "Heading 1", "List Number") present in the document."""
    source = _source().styles
    for name in names:
        if name not in document.styles:
            _copy_style(document, source[name].style_id)


def restarted_list(document: Any, style_name: str) -> int | None:
    """A new numId for a list in `style_name` that starts again at 1; None if it is not numbered.

    Every paragraph of one list carries the returned numId; the style's own list numbering runs on
    through the whole document, which would number item 4's decisions from where item 3's ended.
    """
    style = document.styles[style_name].element
    num_ids = style.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    if not num_ids:
        return None
    numbering = _numbering(document)
    abstract_id = _abstract_id(numbering, int(num_ids[0]))
    if abstract_id is None:
        return None
    num = numbering.add_num(abstract_id)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    return int(num.numId)


def number_paragraph(paragraph: Any, num_id: int) -> None:
    """Put the paragraph in list `num_id` at the first level."""
    props = paragraph._element.get_or_add_pPr()
    num_pr = props.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
