"""Before the window: a desktop lacking a library of Qt's platform plugin gets a French explanation with the
packages to install (Debian/Ubuntu and Fedora names), instead of Qt's English abort."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.ui import platform_check
from desktop.ui.platform_check import PlatformProblem

ROOT = Path(__file__).resolve().parents[2]
#: A library the real xcb plugin needs, and a name of the same length no system has.
NEEDED, ABSENT = b"libxcb-cursor.so.0\x00", b"libxcb-cursor.so.9\x00"


def broken_plugin_dir(folder: Path) -> Path:
    """A copy of Qt's xcb plugin whose dependency on libxcb-cursor names a version nobody has."""
    real = platform_check.find_plugin("xcb", {})
    assert real is not None, "PySide6 ships libqxcb.so"
    data = real.read_bytes()
    assert data.count(NEEDED) == 1
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "libqxcb.so").write_bytes(data.replace(NEEDED, ABSENT))
    return folder


def test_a_missing_library_is_named_with_its_packages(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(broken_plugin_dir(tmp_path))}

    problem = platform_check.check(env, "linux")

    assert problem is not None and problem.plugin == "xcb"
    assert "libxcb-cursor.so.9" in problem.missing
    message = problem.message()
    assert "Comptoir ne peut pas ouvrir sa fenêtre" in message
    assert "sudo apt install" in message and "libxcb-cursor0" in message
    assert "sudo dnf install" in message and "xcb-util-cursor" in message


def test_without_ldd_the_loader_names_the_first_missing_library(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    plugin = broken_plugin_dir(tmp_path) / "libqxcb.so"

    missing = platform_check.missing_libraries(plugin)

    assert len(missing) == 1 and missing[0].startswith("lib")


def test_packages_are_listed_once_and_unknown_libraries_by_name() -> None:
    problem = PlatformProblem(
        "xcb", ("libxcb-icccm.so.4", "libxcb-shape.so.0", "libxcb-randr.so.0", "libfoo.so.3")
    )

    debian, fedora, unknown = problem.packages()

    assert debian == ("libxcb-icccm4", "libxcb-shape0", "libxcb-randr0")
    assert fedora == ("xcb-util-wm", "libxcb")  # one Fedora package holds both
    assert unknown == ("libfoo.so.3",)
    assert "libfoo.so.3" in problem.message()


@pytest.mark.parametrize(
    ("env", "system"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "minimal"}, "linux"),
        ({"QT_QPA_PLATFORM": "xcb"}, "win32"),
        ({"QT_QPA_PLATFORM": "xcb"}, "darwin"),
    ],
)
def test_nothing_is_checked_offscreen_or_on_windows_and_macos(env, system, tmp_path: Path) -> None:
    env = {**env, "QT_QPA_PLATFORM_PLUGIN_PATH": str(broken_plugin_dir(tmp_path))}
    assert platform_check.check(env, system) is None


def test_the_platforms_qt_tries() -> None:
    assert platform_check.platforms({}) == ("xcb",)
    assert platform_check.platforms({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == (
        "wayland",
        "xcb",
    )
    assert platform_check.platforms({"QT_QPA_PLATFORM": "wayland;xcb:fontengine=freetype"}) == (
        "wayland",
        "xcb",
    )


def test_a_session_where_one_platform_loads_is_fine(tmp_path: Path) -> None:
    """Qt falls back from wayland to xcb: a broken xcb does not matter when the first platform loads."""
    broken = broken_plugin_dir(tmp_path)
    loads = platform_check.find_plugin("minimal", {})  # needs nothing beyond Qt: stands in for wayland
    assert loads is not None and platform_check.missing_libraries(loads) == ()
    shutil.copy(loads, broken / "libqwayland.so")
    env = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(broken)}

    assert platform_check.check({**env, "QT_QPA_PLATFORM": "wayland;xcb"}, "linux") is None
    problem = platform_check.check({**env, "QT_QPA_PLATFORM": "xcb;wayland"}, "linux")
    assert problem is None  # xcb fails, wayland loads: Qt opens the window through wayland


def test_the_readme_lists_the_packages_of_the_xcb_plugin() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    xcb = [stem for stem in platform_check.PACKAGES if stem.startswith(("libxcb", "libxkbcommon"))]
    for stem in xcb:
        debian, fedora = platform_check.PACKAGES[stem]
        assert debian in readme and fedora in readme, stem


def test_started_from_a_menu_the_message_also_shows_in_a_desktop_dialog(tmp_path: Path, capsys) -> None:
    """No terminal to read stderr (a menu entry): the desktop's dialog tool shows the same message."""
    said = tmp_path / "said.txt"
    tool = tmp_path / "bin" / "zenity"
    tool.parent.mkdir()
    tool.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{said}"\n', encoding="utf-8")
    tool.chmod(0o755)
    problem = PlatformProblem("xcb", ("libxcb-icccm.so.4",))

    platform_check.tell(problem, {"DISPLAY": ":0", "PATH": str(tool.parent)})

    assert problem.message() in capsys.readouterr().err  # stderr, always
    assert said.read_text(encoding="utf-8").splitlines()[:3] == ["--error", "--no-markup", "--title=Comptoir"]
    assert "sudo apt install libxcb-icccm4" in said.read_text(encoding="utf-8")


def test_without_a_display_nothing_but_stderr(tmp_path: Path, capsys) -> None:
    problem = PlatformProblem("xcb", ("libxcb-icccm.so.4",))
    platform_check.tell(problem, {"PATH": str(tmp_path)})
    assert "libxcb-icccm4" in capsys.readouterr().err
