"""Commands for places and crime: `jagdesk import` (ward/LSOA boundaries, police.uk crime files,
postcodes), `jagdesk stats` and `jagdesk yoy`."""

from __future__ import annotations

import argparse
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.output import to_json
from jagdesk.cli.progress import TerminalProgress
from jagdesk.domain.common.periods import MonthRange, range_errors
from jagdesk.errors import JagdeskError

if TYPE_CHECKING:
    from jagdesk.importers.policeuk import Rejection
    from jagdesk.services.places.import_summary import ImportSummary
    from jagdesk.services.places.postcodes import PostcodeImportSummary

# The import services load numpy and shapely: imported when an import runs, not when the app starts.
BOUNDARY_KINDS = ("ward", "lsoa")


# The subparsers of each `import` command's parser: other features add their own kinds of file to
# it (each with set_defaults(import_handler=...)).
_IMPORTS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def import_subparsers(command: argparse.ArgumentParser) -> Any:
    """The subparsers of the `import` command's parser, made on the first call."""
    what = _IMPORTS.get(command)
    if what is None:
        what = command.add_subparsers(dest="import_what", metavar="WHAT", required=True)
        _IMPORTS[command] = what
    return what


def add_imports(command: argparse.ArgumentParser) -> None:
    """Add the three kinds of place file to `jagdesk import`."""
    what = import_subparsers(command)
    bounds = what.add_parser("boundaries", help="add or update wards or LSOAs from a GeoJSON file")
    bounds.add_argument("file", metavar="FILE")
    bounds.add_argument("--locality", metavar="NAME",
                        help="put the wards in this locality (created if new); otherwise existing "
                             "wards keep theirs")
    bounds.add_argument("--kind", choices=BOUNDARY_KINDS,
                        help="wards or LSOAs (default: found from the code property's name)")
    bounds.add_argument("--code-property", metavar="P",
                        help="the property holding each area's code (default: found by pattern, "
                             "such as WD13CD)")
    bounds.add_argument("--name-property", metavar="P",
                        help="the property holding each area's name (default: such as WD13NM)")
    police = what.add_parser("police-uk", help="import police.uk street-level or outcomes CSV files")
    police.add_argument("files", metavar="FILE", nargs="+")
    postcodes = what.add_parser(
        "postcodes", help="replace the postcodes in and near the wards with those of an ONS "
                          "Postcode Directory (ONSPD) CSV or OS Code-Point Open CSV files")
    postcodes.add_argument("files", metavar="FILE", nargs="+")


def _print_summary(summary: ImportSummary | PostcodeImportSummary,
                   line: TerminalProgress | None = None) -> None:
    if line is not None:
        line.clear()  # the summary starts at the left margin, not after the progress
    print(summary.sentence())
    rejections: tuple[Rejection, ...] = summary.rejections
    for rejection in rejections:
        print(f"  {rejection}")
    more = summary.rejected - len(rejections)
    if more > 0:
        print(f"  ... and {more:,} more rejected rows.")


def cmd_import_boundaries(args: argparse.Namespace) -> int:
    from jagdesk.services.places.boundaries import import_boundaries

    with open_for_command(args) as store, store.unit_of_work() as uow:
        summary = import_boundaries(uow, Path(args.file), kind=args.kind, locality=args.locality,
                                    code_property=args.code_property,
                                    name_property=args.name_property)
    print(summary.sentence())
    return 0


def cmd_import_police_uk(args: argparse.Namespace) -> int:
    from jagdesk.services.places import read_ahead

    paths = [Path(name) for name in args.files]
    # Started before the importer's modules are loaded and the store is opened, which its own
    # start then overlaps.
    with read_ahead.early(paths) as reader:
        from jagdesk.importers.policeuk import PoliceUkFile
        from jagdesk.services.places.crime_import import import_police_uk_files

        # Every file's header is checked first, so a stray file refuses the command before any
        # import.
        for path in paths:
            PoliceUkFile(path).close()
        with open_for_command(args) as store, store.unit_of_work() as uow, \
                TerminalProgress() as line:
            import_police_uk_files(uow, paths, told=lambda summary: _print_summary(summary, line),
                                   reader=reader, progress=_rows_read(paths, line),
                                   saving=lambda: line.say("Saving the import...", now=True))
    return 0


def _rows_read(paths: list[Path], line: TerminalProgress) -> Callable[[int, int, int], None]:
    """The import's progress as the terminal shows it: the file, its rows and its share read."""
    from jagdesk.services.places.read_ahead import file_size

    sizes = [file_size(path) for path in paths]

    def progress(number: int, rows: int, read: int) -> None:
        line.say(f"{paths[number].name}: {rows:,} rows read, {_percent(read, sizes[number])}%")

    return progress


def _percent(read: int, size: int) -> int:
    """How much of `size` bytes `read` is, in whole percent (an empty or unreadable file: 100)."""
    return min(100 * read // size, 100) if size > 0 else 100


def cmd_import_postcodes(args: argparse.Namespace) -> int:
    from jagdesk.services.places.postcodes import check_postcode_files, import_postcodes
    from jagdesk.services.places.read_ahead import file_size

    paths = [Path(name) for name in args.files]
    check_postcode_files(paths)  # a stray file refuses the command before the store is opened
    total = sum(map(file_size, paths))
    with open_for_command(args) as store, store.unit_of_work() as uow, \
            TerminalProgress() as line:
        summaries = import_postcodes(
            uow, paths, progress=lambda rows, read: line.say(
                f"{rows:,} postcodes read, {_percent(read, total)}%"),
            saving=lambda: line.say("Saving the postcodes...", now=True))
        line.clear()
        for summary in summaries:
            _print_summary(summary)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "import_handler", None)
    if handler is not None:  # a kind of file another feature added
        return handler(args)
    if args.import_what == "boundaries":
        return cmd_import_boundaries(args)
    if args.import_what == "postcodes":
        return cmd_import_postcodes(args)
    return cmd_import_police_uk(args)


def area_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `jagdesk stats` and `jagdesk yoy`."""
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
    from jagdesk.services.places import crime_stats
    from jagdesk.services.places.crime_areas import find_area

    period = _period(args)
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        # Figures are read with plain SQL on a connection: nothing is written, no ORM loads.
        with store.engine.connect() as connection:
            area = find_area(connection, args.area)
            table = crime_stats.monthly_counts(connection, area, period, args.types)
    if args.json:
        print(to_json(table))
    else:
        print(f"{table.area.title}, {period.title}")
        print(_table(table.header(), table.body()))
    return 0


def cmd_yoy(args: argparse.Namespace) -> int:
    from jagdesk.services.places import crime_stats
    from jagdesk.services.places.crime_areas import find_area

    period = _period(args)
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        # Figures are read with plain SQL on a connection: nothing is written, no ORM loads.
        with store.engine.connect() as connection:
            area = find_area(connection, args.area)
            table = crime_stats.year_on_year(connection, area, period, args.types)
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

