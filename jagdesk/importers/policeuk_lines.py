"""A police.uk file's lines a chunk at a time: plain chunks split at the commas, the rest for csv.

Nearly every police.uk file is plain: no quotes, no control characters. Such a chunk of lines is
split at its commas by str.split, several times faster than the csv module and giving the same
fields; a chunk with anything else goes through the csv reader line by line, as before.
"""

from __future__ import annotations

import csv
import io

# Characters of text per chunk (whole lines): a few hundred rows.
CHUNK_CHARS = 1 << 17
# Line ends the csv module takes as they come: a chunk holding a blank line is not plain.
BLANK_LINES = ("\n", "\r\n", "\r")


class Lines:
    """An iterator over the file's lines (for the csv reader) that can also hand out the rest of
    the current chunk whole; `count` is the number of lines handed out so far."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._text = text
        self._chunk: list[str] = []
        self._at = 0
        self.count = 0

    def __iter__(self) -> Lines:
        return self

    def __next__(self) -> str:
        if self._at >= len(self._chunk):
            self._chunk, self._at = self._text.readlines(CHUNK_CHARS), 0
            if not self._chunk:
                raise StopIteration
        line = self._chunk[self._at]
        self._at += 1
        self.count += 1
        return line

    @property
    def in_chunk(self) -> bool:
        """Whether lines of the current chunk are still to be handed out."""
        return self._at < len(self._chunk)

    def plain_rows(self) -> list[list[str]] | None:
        """The fields of the rest of the current chunk (or of the next), if every line of it is
        plain, handing those lines out; None (handing out nothing) if not, or at the end."""
        if self._at >= len(self._chunk):
            self._chunk, self._at = self._text.readlines(CHUNK_CHARS), 0
        lines = self._chunk[self._at:] if self._at else self._chunk
        if not lines:
            return None
        text = "".join(lines)
        if '"' in text or max(map(len, lines)) > csv.field_size_limit() or any(
                blank in lines for blank in BLANK_LINES):
            return None
        # Beyond CR and LF, splitlines() also breaks at control and separator characters: a
        # line holding one comes out as two, which the count catches.
        bare = text.splitlines()
        if len(bare) != len(lines):
            return None
        joined = "".join(bare)
        if "\t" in joined:  # tabs are text, kept as they are
            joined = joined.replace("\t", "")
        if not joined.isprintable():
            return None
        self._at = len(self._chunk)
        self.count += len(lines)
        return [line.split(",") for line in bare]
