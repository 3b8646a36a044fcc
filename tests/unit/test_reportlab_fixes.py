"""The reportlab internals exports/common/reportlab_fixes.py replaces are still there, and replaced.

reportlab is pinned below its next major version for this reason; a minor release that renames or
moves one of them fails here, not in a printed pack.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph, paraparser

from jagdesk.exports.common import reportlab_fixes, reportlab_speed


def test_the_patched_internals_exist() -> None:
    for module, name in ((ttfonts, "makeToUnicodeCMap"), (ttfonts, "shapeFragWord"),
                         (ttfonts, "makeShapedFragWord"), (ttfonts, "ShapedStr"),
                         (ttfonts, "ShapedFragWord"), (paragraph, "shapeFragWord"),
                         (paragraph, "stringWidth"), (paragraph, "textTransformFrags"),
                         (paraparser, "ParaFrag")):
        assert hasattr(module, name), f"reportlab has no {module.__name__}.{name} any more"
    # What wrap_cache and reportlab_speed override or read on reportlab's classes.
    assert hasattr(paragraph.Paragraph, "_setup") and hasattr(ttfonts.TTFont, "splitString")
    assert hasattr(ttfonts.TTFont.State(), "assignments")


def test_install_replaces_them() -> None:
    reportlab_fixes.install()
    assert ttfonts.makeToUnicodeCMap is reportlab_fixes.make_to_unicode_cmap
    assert paragraph.stringWidth is reportlab_fixes.string_width
    assert ttfonts.TTFont.splitString is reportlab_speed.split_string
    if ttfonts.uharfbuzz:
        assert ttfonts.shapeFragWord is reportlab_fixes.shape_frag_word
        assert paragraph.shapeFragWord is reportlab_fixes.shape_frag_word
