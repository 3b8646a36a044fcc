"""Set up and run JAGDesk from a source checkout, on Windows, macOS or Linux.

    python3 dev.py run [ARGS...]    install into .venv if needed, then start JAGDesk
    python3 dev.py test [ARGS...]   install with the test tools if needed, then run pytest

The first run creates .venv beside this file and installs the project into it (editable);
later runs reinstall only when pyproject.toml has changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
SCRIPTS = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = SCRIPTS / ("python.exe" if os.name == "nt" else "python")


def _ensure_installed(extra: str) -> None:
    """Create .venv and install the project (with `extra`) unless that exact install is there."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit("JAGDesk needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    stamp = VENV / f"jagdesk-installed{'-' + extra if extra else ''}"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    target = f".[{extra}]" if extra else "."
    print(f"Installing JAGDesk and its dependencies into .venv ({target}) ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                   check=True, cwd=ROOT)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target],
                   check=True, cwd=ROOT)
    stamp.write_text(wanted)


# The system libraries Qt's X11 (xcb) platform loads, with the package that has each, per family
# of Linux distribution. Windows and macOS need nothing beyond what pip installs.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor", "libxcb-cursor0"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm", "libxcb-icccm4"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms",
                            "libxcb-keysyms1"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image", "libxcb-image0"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil",
                                "xcb-util-renderutil", "libxcb-render-util0"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11",
                              "libxkbcommon-x11-0"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb", "libxcb-xkb1"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb", "libxcb-randr0"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb", "libxcb-shape0"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd", "libEGL1"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig", "libfontconfig1"),
}
# Family: (how /etc/os-release names it, the install command).
FAMILIES = (
    (("debian", "ubuntu"), "sudo apt-get install -y"),
    (("fedora", "rhel", "centos"), "sudo dnf install -y"),
    (("arch",), "sudo pacman -S --needed"),
    (("suse", "opensuse"), "sudo zypper install -y"),
)


def _linux_family(os_release: str) -> int:
    """Which of FAMILIES the system belongs to (0, Debian's, when it cannot tell)."""
    names = " ".join(re.findall(r"^(?:ID|ID_LIKE)=\"?([^\"\n]*)", os_release, re.MULTILINE))
    for index, (ids, _command) in enumerate(FAMILIES):
        if any(name in names.split() or name in names for name in ids):
            return index
    return 0


def install_command(missing: list[str], os_release: str) -> str:
    """The one command that installs the libraries `missing` (sonames) on this distribution."""
    family = _linux_family(os_release)
    packages = sorted({XCB_LIBRARIES[name][family] for name in missing if name in XCB_LIBRARIES})
    return f"{FAMILIES[family][1]} {' '.join(packages)}"


def missing_qt_libraries() -> list[str]:
    """The libraries Qt's xcb platform needs that this Linux system lacks (sonames)."""
    found = subprocess.run([str(PYTHON), "-c", "import PySide6, os; "
                            "print(os.path.dirname(PySide6.__file__))"],
                           capture_output=True, text=True, check=False).stdout.strip()
    plugin = Path(found) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not found or not plugin.exists():
        return []
    missing = set()
    for library in (plugin, plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6"):
        listing = subprocess.run(["ldd", str(library)], capture_output=True, text=True,
                                 check=False).stdout
        missing |= set(re.findall(r"^\s*(\S+) => not found", listing, re.MULTILINE))
    # Qt loads xcb-cursor itself when the platform starts, so ldd does not list it.
    known = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                           check=False).stdout
    if "libxcb-cursor.so.0" not in known:
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def _opens_window(args: list[str]) -> bool:
    """Whether `jagdesk ARGS` starts the app (no command) rather than a command-line command."""
    rest = list(args)
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option in {"--db"} and rest:
            rest.pop(0)
    return not rest or rest[0] == "gui"


def _check_desktop(args: list[str]) -> str | None:
    """On Linux with X11, a sentence naming the command that installs what Qt lacks, if anything."""
    if not sys.platform.startswith("linux") or not _opens_window(args):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt draws with its Wayland platform, shipped in the wheel
    missing = missing_qt_libraries()
    if not missing:
        return None
    try:
        os_release = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        os_release = ""
    return ("JAGDesk's windows need system libraries this computer lacks "
            f"({', '.join(missing)}); install them with: {install_command(missing, os_release)}")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        _ensure_installed("")
        problem = _check_desktop(rest)
        if problem:
            print(problem, file=sys.stderr)
            return 2
        return subprocess.call([str(PYTHON), "-m", "jagdesk", *rest], cwd=ROOT)
    _ensure_installed("test")
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
