"""Long text in the audit trail as the edits made to it, not as two whole copies.

Minutes are saved a second and a half after the officer stops typing. Writing the whole old and
new text into the trail on each of those saves would grow a store by megabytes a meeting (a long
item is 100 KB). The autosave asks for its changes to be kept as edits instead: each is
[start, end, replacement], in the old text's characters, found paragraph by paragraph, so a
sentence added to a long item costs the trail that paragraph. The trail still holds every
version: the insert entry has the whole first text and each later entry the edits from the one
before it (apply_edits).
"""

from __future__ import annotations

import difflib
from typing import Any

# Below this many characters (old and new together) a change is kept whole: short enough to read.
LONG_TEXT = 2000
COMPACT_TEXT = "compact_text"  # session.info key: the unit of work asks for edits


def text_edits(old: str, new: str) -> list[list[Any]]:
    """The replacements that turn old into new: [start, end, text] in old's characters."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    starts = [0]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    new_starts = [0]
    for line in new_lines:
        new_starts.append(new_starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    return [[starts[i1], starts[i2], new[new_starts[j1]:new_starts[j2]]]
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def apply_edits(old: str, edits: list[list[Any]]) -> str:
    """The text the edits made of old (text_edits' inverse)."""
    parts: list[str] = []
    at = 0
    for start, end, replacement in edits:
        parts += [old[at:start], replacement]
        at = end
    parts.append(old[at:])
    return "".join(parts)


def compact_change(old: Any, new: Any) -> Any:
    """What the trail keeps of one field's change: [old, new], or {"edits": …} for long text."""
    if isinstance(old, str) and isinstance(new, str) and len(old) + len(new) > LONG_TEXT:
        return {"edits": text_edits(old, new), "lengths": [len(old), len(new)]}
    return [old, new]
