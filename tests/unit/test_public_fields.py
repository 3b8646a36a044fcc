"""Which fields of a case, hotspot and action stay out of public documents: defaults and choices."""

from __future__ import annotations

from jagdesk.domain.meetings.pack.public_fields import (
    RecordKind,
    default_withheld,
    stored_withheld,
    withheld_errors,
    withheld_fields,
)


def test_the_defaults_keep_out_what_would_identify_or_endanger() -> None:
    assert default_withheld(RecordKind.CASE) == {"victim", "guardian", "offender", "handler"}
    assert "place" in default_withheld(RecordKind.CASE, vulnerable_victim=True)
    assert default_withheld(RecordKind.HOTSPOT) == {"audits"}  # the description is public
    assert default_withheld(RecordKind.ACTION, side="location") == set()
    assert default_withheld(RecordKind.ACTION, side="offender") == {"description", "updates"}


def test_a_choice_is_kept_and_read_back_and_a_damaged_one_withholds_everything() -> None:
    stored = stored_withheld(RecordKind.HOTSPOT, ["audits", "description"])
    assert stored == '["description", "audits"]'
    assert withheld_fields(RecordKind.HOTSPOT, stored) == {"description", "audits"}
    assert withheld_fields(RecordKind.HOTSPOT, "[]") == set()  # chosen: all public
    assert withheld_fields(RecordKind.HOTSPOT, None) == {"audits"}  # never chosen: the defaults
    assert withheld_fields(RecordKind.HOTSPOT, "{broken") == {"description", "engagement", "audits"}
    assert withheld_errors(RecordKind.ACTION, ["owner"]) == {"public_withheld": (
        "An action record has no field 'owner' to withhold; its fields are description, updates.")}
