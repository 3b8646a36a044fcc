"""The command line run in-process, as the tests of its commands run it."""

from __future__ import annotations

import pytest

from jagdesk.cli import main

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    """`jagdesk ARGV...`: its exit status, and what it printed to stdout and to stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err
