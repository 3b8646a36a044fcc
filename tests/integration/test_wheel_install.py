"""The wheel council IT would install: built from this checkout, installed into a fresh virtual
environment outside it, and used from there to load the demo and write a PDF and a Word file.

The fresh environment gets JAGDesk from the wheel alone; its dependencies (PySide6, reportlab...)
are borrowed from the test run's environment through a .pth file rather than downloaded again.
The test checks that jagdesk and its fonts and templates are then read from the fresh
environment, never from the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import docx
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _fresh_environment(folder: Path, wheel: Path) -> Path:
    """A new virtual environment holding only the wheel; returns its python."""
    venv.create(folder, with_pip=False)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", str(wheel)], check=True, timeout=300)
    ask = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    own_site = subprocess.run([str(python), "-c", ask], check=True, capture_output=True,
                              text=True).stdout.strip()
    # After its own site-packages, so the wheel's jagdesk wins over the checkout's editable install.
    (Path(own_site) / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def test_the_wheel_installed_elsewhere_writes_a_pack_and_minutes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                    str(tmp_path / "wheel"), str(ROOT)], check=True, timeout=300)
    (wheel,) = (tmp_path / "wheel").glob("jagdesk-*.whl")
    python = _fresh_environment(tmp_path / "venv", wheel)
    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "JAGDESK_DB", "JAGDESK_SHARED_DATA"}}
    env["JAGDESK_DATA_DIR"] = str(tmp_path / "data")

    where = _run([str(python), "-c", "import jagdesk, jagdesk.paths as p; "
                  "print(jagdesk.__file__); print(p.resources_dir())"], work, env).splitlines()
    assert all(Path(line).is_relative_to(tmp_path / "venv") for line in where), where
    assert (Path(where[1]) / "fonts" / "NotoSans-Regular.ttf").is_file()

    jagdesk = [str(python), "-m", "jagdesk"]
    _run([*jagdesk, "demo"], work, env)
    # The demo's story is placed around today, so its meetings are found by what they are.
    meetings = json.loads(_run([*jagdesk, "list", "meetings", "--json"], work, env))
    held = next(m for m in meetings if m["status"] == "held" and m["series"])
    _run([*jagdesk, "export", "pack", held["id"], "--out", str(work / "pack.pdf")], work, env)
    _run([*jagdesk, "export", "minutes", held["id"], "--out", str(work / "minutes.docx")], work, env)

    pack_text = " ".join(page.extract_text() for page in PdfReader(work / "pack.pdf").pages)
    assert held["name"] in pack_text
    minutes = docx.Document(str(work / "minutes.docx"))
    assert any(held["series"] in paragraph.text for paragraph in minutes.paragraphs)
