"""Commands for importing boundaries, police.uk crime files and postcodes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jagdesk.cli.commands import open_for_command

if TYPE_CHECKING:
    from jagdesk.importers.policeuk import Rejection
    from jagdesk.services.places.crime_import import ImportSummary
    from jagdesk.services.places.postcodes import PostcodeImportSummary

# The services load numpy and shapely: imported when an import runs, not when the app starts.
BOUNDARY_KINDS = ("ward", "lsoa")


def add_parsers(sub: Any) -> None:
    """Add this capability's commands to the top-level subparsers."""
    parser = sub.add_parser("import", help="import ward/LSOA boundaries, police.uk crime files or "
                                           "postcodes")
    what = parser.add_subparsers(dest="import_what", metavar="WHAT", required=True)
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


def _print_summary(summary: ImportSummary | PostcodeImportSummary) -> None:
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
    from jagdesk.importers.policeuk import PoliceUkFile
    from jagdesk.services.places.crime_import import import_police_uk

    paths = [Path(name) for name in args.files]
    # Every file's header is checked first, so a stray file refuses the command before any import.
    for path in paths:
        PoliceUkFile(path).close()
    with open_for_command(args) as store:
        for path in paths:
            with store.unit_of_work() as uow:
                _print_summary(import_police_uk(uow, path))
    return 0


def cmd_import_postcodes(args: argparse.Namespace) -> int:
    from jagdesk.services.places.postcodes import check_postcode_files, import_postcodes

    paths = [Path(name) for name in args.files]
    check_postcode_files(paths)  # a stray file refuses the command before the store is opened
    with open_for_command(args) as store, store.unit_of_work() as uow:
        for summary in import_postcodes(uow, paths):
            _print_summary(summary)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.import_what == "boundaries":
        return cmd_import_boundaries(args)
    if args.import_what == "postcodes":
        return cmd_import_postcodes(args)
    return cmd_import_police_uk(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"import": cmd_import}
