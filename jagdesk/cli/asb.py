"""The ASB register's commands: `jagdesk import interventions FILE`, `jagdesk export asb-figures`
and `jagdesk export letter TEMPLATE --to PERSON | --roads ROAD... --out DIR` (the register and its
breaches are listed by `jagdesk list interventions|breaches`)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from jagdesk.cli.commands import open_for_command
from jagdesk.cli.exports import export_subparsers
from jagdesk.cli.output import to_json
from jagdesk.cli.places import import_subparsers
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.common.wording import plural
from jagdesk.errors import JagdeskError


def _columns(given: list[str] | None) -> dict[str, str]:
    """--columns "Kind=Type of order" "Starts on=Date signed" as {column: the file's header}."""
    mapping = {}
    for item in given or []:
        for pair in item.split(","):
            ours, sep, theirs = pair.partition("=")
            if not sep or not ours.strip() or not theirs.strip():
                raise JagdeskError(f"--columns takes COLUMN=HEADER pairs, such as 'Kind=Type of order', "
                                   f"not '{pair.strip()}'.")
            mapping[ours.strip()] = theirs.strip()
    return mapping


def cmd_import_interventions(args: argparse.Namespace) -> int:
    from jagdesk.services.asb.importing import import_interventions

    path = Path(args.file)
    columns = _columns(args.columns)
    with open_for_command(args) as store, store.unit_of_work() as uow:
        summary = import_interventions(uow, path, columns, args.all_or_nothing)
    for refusal in summary.refusals:
        print(f"  {refusal}")
    if args.all_or_nothing and summary.refusals:
        raise JagdeskError(summary.sentence())
    print(summary.sentence())
    return 0


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise JagdeskError(f"{option} '{text}' is not a date: write it as YYYY-MM-DD.") from None


def cmd_asb_figures(args: argparse.Namespace) -> int:
    from jagdesk.services.asb.figures import asb_figures
    from jagdesk.services.common.access import record_export

    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if args.out and Path(args.out).suffix.lower() != ".csv":
        raise JagdeskError(f"--out must end in .csv, not '{Path(args.out).suffix or args.out}'.")
    with open_for_command(args, upgrade=False, lock=False) as store:
        store.require_current()
        with store.unit_of_work() as uow:
            figures = asb_figures(uow, first, last)
            # Counts by kind, outcome, locality and age group: no names.
            record_export(uow, figures.title, Marking.OFFICIAL.value, False, args.out,
                          kind="asb_intervention")
    if args.out:
        from jagdesk.exports.common.csv_export import write_table

        write_table(Path(args.out), figures)
        print(f"Wrote {figures.title} ({figures.total} interventions) to {args.out}.")
    elif args.json:
        print(to_json({"from": first, "to": last, "rows": [asdict(row) for row in figures.rows],
                       "sentences": list(figures.sentences())}))
    else:
        print(f"{figures.title}: {figures.total} interventions.")
        for sentence in figures.sentences():
            print(sentence)
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from jagdesk.exports.asb.letters_docx import write_letters
    from jagdesk.services.asb import letters as service

    if bool(args.to) == bool(args.roads):
        raise JagdeskError("Give either --to PERSON or --roads ROAD ..., not both or neither.")
    out, template = Path(args.out), service.template_path(args.template)
    today = date.today()
    with open_for_command(args) as store, store.unit_of_work() as uow:
        if args.to:
            letters = [service.letter_to_person(uow, name, today, args.officer) for name in args.to]
        else:
            letters = service.letters_to_roads(uow, args.roads, today, args.officer)
        files = write_letters(template, [(letter.file_stem, letter.fields) for letter in letters], out,
                              merge=args.merge, merged_name=f"{template.stem} {today:%Y-%m-%d}")
        service.record_letters(uow, template.stem, letters, today, files)
    what = "one document for a mail merge" if args.merge else plural(len(files), "file")
    print(f"Wrote {plural(len(letters), 'letter')} from {template.name} to {out} ({what}).", file=sys.stdout)
    return 0


def add_imports(sub: Any) -> None:
    """Add `import interventions`."""
    register = import_subparsers(sub).add_parser(
        "interventions", help="import a register of interventions (ABCs, ASBOs, injunctions...) "
                              "from a .csv or .xlsx file")
    register.add_argument("file", metavar="FILE")
    register.add_argument("--columns", action="append", metavar="COLUMN=HEADER",
                          help="the file's header for one of Kind, Name, Date of birth, Address, "
                               "Opened on, Starts on, Ends on, Review on, Status, Breaches; repeat or "
                               "separate "
                               "with commas")
    register.add_argument("--all-or-nothing", action="store_true",
                          help="import nothing if any row is refused")
    register.set_defaults(import_handler=cmd_import_interventions)


def add_exports(sub: Any) -> None:
    """Add `export asb-figures` and `export letter`."""
    what = export_subparsers(sub)
    figures = what.add_parser("asb-figures", help="interventions by kind, outcome, locality and age group")
    figures.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    figures.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    figures.add_argument("--json", action="store_true", help="print JSON")
    figures.add_argument("--out", metavar="FILE.csv", help="write the figures to a CSV file")
    figures.set_defaults(export_handler=cmd_asb_figures)

    letter = what.add_parser("letter", help="letters from a Word template to people or to every "
                                            "address on roads")
    letter.add_argument("template", metavar="TEMPLATE",
                        help="a .docx file, or a template's name (warning-letter-1, warning-letter-2, "
                             "abc-invitation, residents-letter, residents-survey)")
    letter.add_argument("--to", action="append", metavar="PERSON",
                        help="a person on the register, by name or intervention reference; repeat for more")
    letter.add_argument("--roads", nargs="+", metavar="ROAD",
                        help="roads, as 'Shenley Road' (the addresses known) or 'Shenley Road:1-40'")
    letter.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    letter.add_argument("--merge", action="store_true",
                        help="one document of every letter, a page each, for a mail merge")
    letter.add_argument("--officer", default="", metavar="NAME",
                        help="the officer who signs (default: the intervention's officer)")
    letter.set_defaults(export_handler=cmd_letter)

