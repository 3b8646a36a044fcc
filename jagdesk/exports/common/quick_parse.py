"""The markup of user text read without reportlab's parser.

fonts.markup gives only escaped text (&amp; &lt; &gt;), <font name="..."> around runs of text and
<br/> between lines. reportlab reads every paragraph's markup with its ParaParser on Python's
HTMLParser, about a quarter of the time taken to make a long document's paragraphs. For markup of
that small grammar each fragment is a copy of the one reportlab's own parser gives for a single
character in the same place (the paragraph's style, or a <font> in it, or a <br/>), with the
text put in; any other markup goes to reportlab. The one difference: text around an escaped
character is one fragment, not three, as reportlab's parser means it to be (its handle_data says
so) and HTMLParser does not give it.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus.paraparser import ParaFrag, ParaParser

_TAGS = re.compile(r'(<font name="[^"<>&]*">|</font>|<br/>)')
_FONT_TAG = len('<font name="')
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_ENTITY = re.compile("&(?:amp|lt|gt);")
_BREAK = "<br/>"

# Per style (kept, so that its id stays its): the fragment reportlab makes for "x" in the
# paragraph, in each <font> and for <br/>.
_templates: dict[int, tuple[Any, dict[str | None, Any]]] = {}
_STYLES_KEPT = 1_000


def _template(style: Any, place: str | None, case_sensitive: int) -> Any:
    """reportlab's fragment for one character: in the paragraph (None), in <font name=place>,
    or for a line break (_BREAK)."""
    entry = _templates.get(id(style))
    if entry is None or entry[0] is not style:
        if len(_templates) >= _STYLES_KEPT:
            _templates.clear()
        entry = _templates[id(style)] = (style, {})
    found = entry[1].get(place)
    if found is None:
        markup = "x" if place is None else _BREAK if place == _BREAK else f'<font name="{place}">x</font>'
        parser = ParaParser()
        parser.caseSensitive = case_sensitive
        found = entry[1][place] = parser.parse(markup, style)[1][0]
    return found


def _fragment(template: Any, text: str) -> Any:
    frag = ParaFrag.__new__(ParaFrag)
    frag.__dict__.update(template.__dict__)
    frag.text = text
    frag.link = []  # reportlab's parser gives each paragraph its own lists
    frag.us_lines = []
    return frag


def fragments(markup: str, style: Any, case_sensitive: int) -> list[Any] | None:
    """reportlab's fragments for cleaned paragraph markup of the small grammar, or None when the
    markup holds anything else (reportlab parses it then)."""
    frags: list[Any] = []
    font: str | None = None
    for i, token in enumerate(_TAGS.split(markup)):
        if i % 2 == 0:
            if not token:
                continue
            if "<" in token or token.count("&") != len(_ENTITY.findall(token)):
                return None  # other markup, or an entity only reportlab knows
            if "&" in token:
                token = _ENTITY.sub(lambda m: _ENTITIES[m.group()], token)
            frags.append(_fragment(_template(style, font, case_sensitive), token))
        elif token == _BREAK:
            if font is not None:
                return None
            frags.append(_fragment(_template(style, _BREAK, case_sensitive), ""))
        elif token == "</font>":
            if font is None:
                return None
            font = None
        elif font is None:
            font = token[_FONT_TAG:-2]
        else:
            return None  # a <font> inside another
    return frags if font is None else None
