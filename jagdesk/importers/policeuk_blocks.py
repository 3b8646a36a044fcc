"""A plain chunk of a police.uk file checked a column at a time: when every row of it is good, the
rows come out as columns (a Block) without a Python step per row.

Nearly every chunk of a real file is plain and wholly good. Checking such a chunk's columns (each
a tuple, each test one pass in C) gives exactly the row-by-row verdict at a fraction of its cost;
a chunk with any bad row is left to the row-by-row reader, which says which row and why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

from jagdesk.domain.places.geo import Point

# The two blank coordinates of a row with no location.
NO_POINT = ("", "")


@dataclass(frozen=True, slots=True)
class Block:
    """Good rows of consecutive lines, in columns: `columns[i]` holds field i of every row;
    `points` each row's point (None for a `No Location` row)."""

    first: int  # the first row's line in the file
    columns: list[tuple[str, ...]]
    points: list[Point | None]

    def __len__(self) -> int:
        return len(self.points)

    def lines(self) -> range:
        """The rows' line numbers."""
        return range(self.first, self.first + len(self.points))

    def rows(self) -> list[tuple[int, tuple[str, ...], Point | None]]:
        """The same rows as the row-by-row reader gives them: (line, fields, point)."""
        return list(zip(self.lines(), zip(*self.columns, strict=True), self.points, strict=True))


def nulls(column: tuple[str, ...]) -> tuple[str, ...] | list[str | None] | repeat[None]:
    """The column with each blank field as None (as the store keeps a blank optional field)."""
    if "" not in column:
        return column
    if column.count("") == len(column):
        return repeat(None, len(column))
    return [field or None for field in column]


def as_block(first: int, split: list[list[str]], columns: int, month: str,
             limits: tuple[tuple[int, int, str], ...], needs_ref: bool,
             points: dict[tuple[str, str], Point | str | None],
             parse: Callable[[str, str], Point | str]) -> Block | None:
    """The rows of a plain chunk (fields split, first on line `first`) as a Block if every one is
    good; None if any is not (the row-by-row reader then takes the chunk).

    `points` caches each coordinate pair's point, or the reason it is refused; `parse` makes one.
    """
    count = len(split)
    if not count or set(map(len, split)) != {columns}:
        return None
    table = list(zip(*split, strict=True))
    if table[1].count(month) != count or (needs_ref and "" in table[0]):
        return None
    for index, limit, _name in limits:
        if max(map(len, table[index])) > limit:
            return None
    keys = list(zip(table[4], table[5], strict=True))
    for key in set(keys).difference(points):
        points[key] = None if key == NO_POINT else parse(*key)
    found = list(map(points.__getitem__, keys))
    if any(type(point) is str for point in set(found)):
        return None
    return Block(first, table, found)  # type: ignore[arg-type]  # no reason (str) is left
