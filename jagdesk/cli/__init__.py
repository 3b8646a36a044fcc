"""The command line: the same services as the GUI, for council IT, scripting and checks."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from jagdesk.cli.capabilities import handler
from jagdesk.cli.parser import build_parser
from jagdesk.errors import JagdeskError

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def resume_collector() -> None:
    """Switch the garbage collector back on if `python -m jagdesk` paused it for the start, with
    what was loaded so far frozen: it lives until exit and need never be walked again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _store_reason(exc: Exception) -> str | None:
    """The driver's reason when `exc` is SQLAlchemy's, else None. Looked up without importing
    SQLAlchemy: a command that never touched a store (and the window, before it paints) need not
    load it, and where it was loaded only the store layer raises its errors."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.SQLAlchemyError):
        return None
    from jagdesk.store.engine import driver_reason

    return driver_reason(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 2 with one sentence on stderr for bad input."""
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(words).parse_args(words)
    command = args.command or "gui"
    try:
        run = handler(command)
        # Paused by `python -m jagdesk` while the modules load (the GUI's run on, to its own).
        if command != "gui":
            resume_collector()
        return run(args) or EXIT_OK
    except JagdeskError as exc:
        print(f"jagdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("jagdesk: stopped; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`jagdesk list actions | head`): what it wanted was printed.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        reason = _store_reason(exc)
        if reason is None:
            raise
        # A store damaged or changed underneath us: say so in one line rather than a traceback.
        print(f"jagdesk: the store could not be read or written: {reason}.", file=sys.stderr)
        return EXIT_BAD_INPUT
