"""The command line's grammar: every command's name and help from the table in capabilities.py,
and the arguments of the one command given, added by functions loaded only for it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from jagdesk import __version__
from jagdesk.cli.capabilities import BY_NAME, COMMANDS, load


class OneLineParser(argparse.ArgumentParser):
    """Reports a wrong command line as one sentence on stderr, like every other refusal."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"jagdesk: {message} (see 'jagdesk --help').\n")


def command_named(argv: Sequence[str]) -> str | None:
    """The command the arguments name: the first word that is neither an option nor --db's value."""
    value_next = False
    for word in argv:
        if value_next:
            value_next = False
        elif word == "--":
            break
        elif word.startswith("-"):
            # --db URL (or an abbreviation of it, which argparse accepts) takes the next word.
            value_next = len(word) > 2 and "--db".startswith(word)
        else:
            return word
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for `jagdesk [--db URL] COMMAND ...`: every command with its help, and the
    arguments of the command `argv` names (the others' would load modules this run does not use)."""
    parser = OneLineParser(
        prog="jagdesk",
        description="JAGDesk: Joint Action Group case work. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"JAGDesk {__version__}")
    parser.add_argument(
        "--db", metavar="URL",
        help="the store: a SQLite file path or a SQLAlchemy URL such as "
             "postgresql://user@host/jagdesk (default: JAGDESK_DB, else the file in the data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = command_named(argv)
    for command in COMMANDS:
        own = sub.add_parser(command.name, help=command.help)
        if command.name == chosen:
            _add_arguments(own, command.name)
    return parser


def _add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    for path in BY_NAME[name].arguments:
        load(path)(parser)
