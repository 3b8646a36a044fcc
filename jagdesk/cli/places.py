"""Commands for hotspots and crime statistics."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_parsers(sub: Any) -> None:
    """Add this capability's commands to the top-level subparsers."""


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}
