"""Every command of `jagdesk`: its name, its help, the function that runs it and the functions that
add its arguments, each named by a dotted path and loaded only when that command runs.

`jagdesk list agencies` thus loads the store and the listing, not the documents' writers, the demo,
the imports or the server's administration: a script calling `jagdesk` many times waits for none
of them. A function adding arguments is given the command's own parser; `import` and `export` are
groups that several features add to (cli.places.import_subparsers, cli.exports.export_subparsers),
each subcommand naming its handler with set_defaults(import_handler=...) or (export_handler=...).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    """One command: `run` and each of `arguments` are "package.module:function"."""

    name: str
    help: str
    run: str
    arguments: tuple[str, ...] = ()


_CORE = "jagdesk.cli.commands"
_IMPORTS = ("jagdesk.cli.places:add_imports", "jagdesk.cli.cctv:add_imports",
            "jagdesk.cli.asb:add_imports", "jagdesk.cli.case_review:add_imports")
# The documents of `export`, in the order its help lists them.
_EXPORTS = ("jagdesk.cli.problem_solving:add_parsers", "jagdesk.cli.action_plans:add_parsers",
            "jagdesk.cli.meetings:add_parsers", "jagdesk.cli.cctv:add_exports",
            "jagdesk.cli.asb:add_exports", "jagdesk.cli.case_review:add_exports",
            "jagdesk.cli.governance:add_exports")

COMMANDS: tuple[Command, ...] = (
    Command("gui", "open the app (the default)", f"{_CORE}:cmd_gui"),
    Command("init", "create the store, or upgrade it to this version", f"{_CORE}:cmd_init",
            (f"{_CORE}:init_arguments",)),
    Command("demo", "load the demo partnership into an empty store", f"{_CORE}:cmd_demo"),
    Command("check", "check integrity and schema version; count records", f"{_CORE}:cmd_check",
            (f"{_CORE}:check_arguments",)),
    Command("backup", "write a complete copy of the store to a new file", f"{_CORE}:cmd_backup",
            (f"{_CORE}:backup_arguments",)),
    Command("restore", "replace the store's records with a backup's", f"{_CORE}:cmd_restore",
            (f"{_CORE}:restore_arguments",)),
    Command("transfer", "copy every record to another, empty store", f"{_CORE}:cmd_transfer",
            (f"{_CORE}:transfer_arguments",)),
    Command("takeout", "take a locality out into an encrypted file for a laptop",
            "jagdesk.cli.offline:cmd_takeout", ("jagdesk.cli.offline:takeout_arguments",)),
    Command("checkin", "check a take-out file back in to the store it was taken out of",
            "jagdesk.cli.offline:cmd_checkin", ("jagdesk.cli.offline:checkin_arguments",)),
    Command("list", "list records of one kind", f"{_CORE}:cmd_list", (f"{_CORE}:list_arguments",)),
    Command("screenshots", "render every main page to PNG files", f"{_CORE}:cmd_screenshots",
            (f"{_CORE}:screenshots_arguments",)),
    # Places first (import, stats, yoy), then the `export` command and the documents each feature adds.
    Command("import", "import boundaries, police.uk crime files, postcodes or a feature's earlier "
                      "records", "jagdesk.cli.places:cmd_import", _IMPORTS),
    Command("stats", "crimes in an area by month and crime type", "jagdesk.cli.places:cmd_stats",
            ("jagdesk.cli.places:area_arguments",)),
    Command("yoy", "each crime type against the same months a year before",
            "jagdesk.cli.places:cmd_yoy", ("jagdesk.cli.places:area_arguments",)),
    Command("export", "write a document or file (see 'jagdesk export -h')",
            "jagdesk.cli.exports:cmd_export", _EXPORTS),
    Command("retention", "the records due for the retention review",
            "jagdesk.cli.governance:cmd_retention", ("jagdesk.cli.governance:retention_arguments",)),
    Command("server", "roles and users of a PostgreSQL store", "jagdesk.cli.admin:cmd_server",
            ("jagdesk.cli.admin:server_arguments",)),
    Command("encrypt", "encrypt a SQLite store (new passphrase from JAGDESK_NEW_PASSPHRASE, else "
                       "asked for), after a verified backup", "jagdesk.cli.admin:cmd_encryption"),
    Command("decrypt", "store a SQLite store unencrypted (passphrase from JAGDESK_PASSPHRASE), "
                       "after a verified backup", "jagdesk.cli.admin:cmd_encryption"),
    Command("passphrase", "change an encrypted store's passphrase (the new one from "
                          "JAGDESK_NEW_PASSPHRASE, else asked for), after a verified backup",
            "jagdesk.cli.admin:cmd_encryption"),
)
BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}


def load(path: str) -> Any:
    """The function a dotted "package.module:function" path names, its module imported now."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def handler(command: str) -> Handler:
    """The function that runs the command."""
    return cast(Handler, load(BY_NAME[command].run))
