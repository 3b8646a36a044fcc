"""The public pack's redactor on names in any script, without a store."""

from __future__ import annotations

from jagdesk.services.meetings.pack.redact import DETAILS, WITHHELD, redactor_for


def test_a_chinese_name_inside_chinese_text_is_withheld() -> None:
    redactor = redactor_for(["王秀英"], [])
    assert redactor.text("王秀英说她看到了摩托车。") == f"{WITHHELD}说她看到了摩托车。"
    assert redactor.text("Spoke to 王秀英.") == f"Spoke to {WITHHELD}."


def test_latin_names_stay_whole_words_and_accents_do_not_hide_them() -> None:
    redactor = redactor_for(["PC Łukasz Wójcik", "محمد الحسن"], ["07700 900123"])
    # the rank stays, the name goes
    assert redactor.text("PC Lukasz Wojcik and WÓJCIK; Wójciks") == (
        f"PC {WITHHELD} and {WITHHELD}; Wójciks")
    assert redactor.text("PC on patrol") == "PC on patrol"  # a title is not a name
    assert redactor.text("مع محمد الحسن اليوم") == f"مع {WITHHELD} اليوم"
    assert redactor.text("call 07700 900123") == f"call {DETAILS}"
