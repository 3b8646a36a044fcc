"""Words of user text for print: the characters that must stay with the one before them, and
greedy line breaking of words in logical order (for right-to-left text, broken before reordering)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

# Characters that belong to the character before them: combining marks (accents, Arabic vowel
# marks, Gurmukhi vowel signs), zero-width (non-)joiners, variation selectors, emoji skin tones,
# tag characters and the keycap mark. Split from their neighbour they would print as a box.
_STICKY_CATEGORIES = frozenset({"Mn", "Mc", "Me"})


def sticky(char: str) -> bool:
    """Whether the character belongs with the one before it."""
    code = ord(char)
    return (unicodedata.category(char) in _STICKY_CATEGORIES
            or code in (0x200C, 0x200D, 0x20E3)
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
            or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F)


def break_words(words: list[str], width: float, measure: Callable[[str], float]) -> list[list[str]]:
    """Greedy line breaking of logical-order words; a word wider than a line is cut into pieces."""
    space = measure(" ")
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in words:
        pieces = [word]
        if measure(word) > width:
            pieces, piece = [], ""
            for char in word:
                if piece and measure(piece + char) > width and not sticky(char):
                    pieces.append(piece)
                    piece = ""
                piece += char
            pieces.append(piece)
        for piece in pieces:
            size = measure(piece)
            if lines[-1] and used + space + size > width:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0.0) + size
            lines[-1].append(piece)
    return lines
