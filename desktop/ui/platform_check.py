"""Before Qt opens a window: can its platform plugin load on this desktop?

On Linux, Qt draws through its ``xcb`` plugin (and ``wayland`` in a Wayland session), which needs a dozen
X11 libraries that a fresh desktop may lack (``libxcb-icccm4``, ``libxcb-keysyms1``…). Without them Qt
aborts with an English message naming the wrong package. :func:`check` asks the dynamic linker (``ldd``)
which libraries the plugin Qt would load cannot be found, and :meth:`PlatformProblem.message` says in
French which packages to install, with their Debian/Ubuntu and Fedora names (the README lists the same).

Nothing is checked on Windows and macOS (Qt's own plugins there need nothing extra), nor for the
``offscreen`` and ``minimal`` platforms (tests, ``--smoke``). :func:`tell` prints the message, and when
Comptoir was started from a menu (no terminal to read it) also shows it with the desktop's own dialog tool.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

#: Platforms that draw nothing on a screen: no display libraries needed.
HEADLESS: Final = frozenset({"offscreen", "minimal"})

#: Library (soname without its version) → (Debian/Ubuntu package, Fedora package). The dependencies of
#: Qt's xcb plugin and of the libraries it loads (``readelf -d libqxcb.so libQt6XcbQpa.so.6``).
PACKAGES: Final[Mapping[str, tuple[str, str]]] = {
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb": ("libxcb1", "libxcb"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libX11": ("libx11-6", "libX11"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libOpenGL": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libfreetype": ("libfreetype6", "freetype"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
    "libwayland-client": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl": ("libwayland-egl1", "libwayland-egl"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_DLOPEN_MISSING = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")
_VERSION = re.compile(r"\.so(\.\d+)*$")


@dataclass(frozen=True)
class PlatformProblem:
    """The platform plugin Qt would use cannot load: these libraries are missing."""

    plugin: str  # "xcb"
    missing: tuple[str, ...]  # sonames, as the dynamic linker names them

    def packages(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """(Debian/Ubuntu packages, Fedora packages, libraries no package is known for), each once."""
        debian: dict[str, None] = {}
        fedora: dict[str, None] = {}
        unknown: dict[str, None] = {}
        for soname in self.missing:
            found = PACKAGES.get(_VERSION.sub("", soname))
            if found is None:
                unknown[soname] = None
            else:
                debian[found[0]] = None
                fedora[found[1]] = None
        return tuple(debian), tuple(fedora), tuple(unknown)

    def message(self) -> str:
        """What to tell the user, in French, with the commands to run."""
        debian, fedora, unknown = self.packages()
        lines = [
            "Comptoir ne peut pas ouvrir sa fenêtre : des bibliothèques d'affichage manquent sur cet "
            f"ordinateur ({', '.join(self.missing)}).",
            "Installez-les, puis relancez Comptoir :",
        ]
        if debian:
            lines.append(f"  Debian, Ubuntu, Linux Mint : sudo apt install {' '.join(debian)}")
            lines.append(f"  Fedora : sudo dnf install {' '.join(fedora)}")
        if unknown:
            lines.append(
                "  Sur d'autres systèmes, ou pour " + ", ".join(unknown) + " : installez le paquet de votre "
                "distribution qui fournit ces bibliothèques."
            )
        else:
            lines.append("  Sur d'autres systèmes : installez les paquets qui fournissent ces bibliothèques.")
        return "\n".join(lines)


#: The desktop's dialog tools, tried in turn (none of them needs the libraries Qt lacks).
DIALOG_TOOLS: Final = (
    ("zenity", "--error", "--no-markup", "--title=Comptoir", "--text={message}"),
    ("kdialog", "--title", "Comptoir", "--error", "{message}"),
    ("notify-send", "--urgency=critical", "Comptoir", "{message}"),
    ("xmessage", "-center", "{message}"),
)


def tell(problem: PlatformProblem, env: Mapping[str, str] | None = None) -> None:
    """Say `problem` on stderr; without a terminal (started from a menu) also in a desktop dialog."""
    env = os.environ if env is None else env
    message = problem.message()
    sys.stderr.write(message + "\n")
    if sys.stderr.isatty() or not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return
    for tool, *arguments in DIALOG_TOOLS:
        found = shutil.which(tool, path=env.get("PATH"))
        if found is None:
            continue
        command = [found, *(a.replace("{message}", message) for a in arguments)]
        try:
            shown = subprocess.run(command, check=False, timeout=600, env=dict(env), capture_output=True)
        except (OSError, subprocess.SubprocessError):
            continue
        if shown.returncode == 0:
            return


def check(env: Mapping[str, str] | None = None, system: str | None = None) -> PlatformProblem | None:
    """The problem that would keep Qt from opening a window, or None (nothing missing, or not checkable)."""
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return None
    candidates = platforms(env)
    if not candidates or candidates[0] in HEADLESS:
        return None
    problems: list[PlatformProblem] = []
    for name in candidates:
        plugin = find_plugin(name, env)
        if plugin is None:  # not one of Qt's own plugins here: Qt will say what it thinks
            return None
        missing = missing_libraries(plugin)
        if not missing:
            return None
        problems.append(PlatformProblem(name, missing))
    # Qt tried each in turn and none loaded: name what xcb needs (every Linux desktop can run it).
    return next((p for p in problems if p.plugin == "xcb"), problems[0] if problems else None)


def platforms(env: Mapping[str, str]) -> tuple[str, ...]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM`` may list several: ``wayland;xcb``)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return tuple(p.split(":", 1)[0].strip() for p in chosen.split(";") if p.strip())
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ("wayland", "xcb")
    return ("xcb",)


def _qt_dir() -> Path | None:
    try:
        import PySide6  # the package only: no Qt library is loaded yet
    except ImportError:
        return None
    return Path(PySide6.__file__).resolve().parent / "Qt"


def find_plugin(name: str, env: Mapping[str, str]) -> Path | None:
    """The file of platform plugin `name` Qt would load (``QT_QPA_PLATFORM_PLUGIN_PATH`` first)."""
    folders = [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders += [Path(p) / "platforms" for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    qt = _qt_dir()
    if qt is not None:
        folders.append(qt / "plugins" / "platforms")
    return next((f / f"libq{name}.so" for f in folders if (f / f"libq{name}.so").is_file()), None)


def missing_libraries(plugin: Path) -> tuple[str, ...]:
    """The libraries `plugin` needs (directly or through Qt's own) that the dynamic linker cannot find."""
    ldd = shutil.which("ldd")
    if ldd is not None:
        qt = _qt_dir()
        env = dict(os.environ)
        if qt is not None:  # Qt's own libraries are found as Qt finds them: next to the bindings
            env["LD_LIBRARY_PATH"] = os.pathsep.join(
                p for p in (str(qt / "lib"), env.get("LD_LIBRARY_PATH")) if p
            )
        try:
            done = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=20, env=env, check=False
            )
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None and done.returncode == 0:
            return tuple(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))
    return _first_missing(plugin)


def _first_missing(plugin: Path) -> tuple[str, ...]:
    """Without ``ldd``: load the plugin; the loader names the first library it cannot find."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _DLOPEN_MISSING.search(str(exc))
        return (found.group(1),) if found else ()
    return ()
