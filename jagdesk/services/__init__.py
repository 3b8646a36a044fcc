"""Use cases: each takes a unit of work, does one thing, and returns plain dataclasses."""
