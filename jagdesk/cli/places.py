"""Commands for hotspots and crime statistics: `jagdesk stats` and `jagdesk yoy`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.output import to_json
from jagdesk.domain.periods import MonthRange, range_errors
from jagdesk.errors import JagdeskError
from jagdesk.services.places import crime_stats
from jagdesk.services.places.crime_areas import find_area


def _area_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--area", required=True, metavar="AREA",
                        help="a ward (name or ONS code), a locality, a hotspot, or 'partnership'")
    parser.add_argument("--from", dest="first", required=True, metavar="YYYY-MM",
                        help="the first month")
    parser.add_argument("--to", dest="last", required=True, metavar="YYYY-MM",
                        help="the last month")
    parser.add_argument("--type", dest="types", action="append", metavar="TYPE",
                        help="a police.uk crime type, such as Burglary; repeat for more "
                             "(default: every type)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def add_parsers(sub: Any) -> None:
    """Add this capability's commands to the top-level subparsers."""
    stats = sub.add_parser("stats", help="crimes in an area by month and crime type")
    _area_arguments(stats)
    yoy = sub.add_parser("yoy", help="each crime type against the same months a year before")
    _area_arguments(yoy)


def _period(args: argparse.Namespace) -> MonthRange:
    errors = range_errors(args.first, args.last, "--from", "--to")
    if errors:
        field, problem = next(iter(errors.items()))
        raise JagdeskError(f"{field}: {problem}")
    return MonthRange(args.first, args.last)


def _table(header: list[str], body: list[list[object]]) -> str:
    """An aligned text table: the first column to the left, figures to the right."""
    cells = [header, *[["" if cell is None else str(cell) for cell in row] for row in body]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                  for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()
        for row in cells)


def cmd_stats(args: argparse.Namespace) -> int:
    period = _period(args)
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            table = crime_stats.monthly_counts(uow, find_area(uow, args.area), period, args.types)
    if args.json:
        print(to_json(table))
    else:
        print(f"{table.area.title}, {period.title}")
        print(_table(table.header(), table.body()))
    return 0


def cmd_yoy(args: argparse.Namespace) -> int:
    period = _period(args)
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            table = crime_stats.year_on_year(uow, find_area(uow, args.area), period, args.types)
    if args.json:
        print(to_json(table))
        return 0
    print(f"{table.area.title}, {period.title} against {table.year_before.title}")
    if not table.compared:
        print(f"Nothing to compare with: no police.uk data for {table.year_before.title} has been "
              "imported.")
    rows = [*table.rows, *table.totals()]
    print(_table(table.header(), [[r.crime_type, r.current, r.previous, r.change, r.change_pct_text]
                                  if table.compared else [r.crime_type, r.current, "", "", ""]
                                  for r in rows]))
    if rows:
        print()
        print("\n".join(row.sentence for row in rows))
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"stats": cmd_stats, "yoy": cmd_yoy}
