"""dev.py on a fresh Linux desktop: what Qt lacks is named with the one command that installs it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'
FEDORA = 'NAME="Fedora Linux"\nID=fedora\n'
MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n'
ARCH = "NAME=\"Arch Linux\"\nID=arch\n"
SUSE = 'NAME="openSUSE Leap"\nID="opensuse-leap"\nID_LIKE="suse opensuse"\n'


@pytest.fixture(scope="module")
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dev_script"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("os_release", "command"), [
    (DEBIAN, "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"),
    (UBUNTU, "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"),
    (MINT, "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"),
    (FEDORA, "sudo dnf install -y xcb-util-cursor xcb-util-keysyms xcb-util-wm"),
    (ARCH, "sudo pacman -S --needed xcb-util-cursor xcb-util-keysyms xcb-util-wm"),
    (SUSE, "sudo zypper install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"),
])
def test_the_install_command_for_each_family(dev: ModuleType, os_release: str,
                                             command: str) -> None:
    missing = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert dev.install_command(missing, os_release) == command


@pytest.mark.parametrize(("args", "opens"), [
    ([], True), (["--db", "/tmp/x.db"], True), (["gui"], True),
    (["list", "agencies"], False), (["--db", "x.db", "demo"], False),
])
def test_only_starting_the_app_needs_the_desktop_libraries(dev: ModuleType, args: list[str],
                                                          opens: bool) -> None:
    assert dev._opens_window(args) is opens
