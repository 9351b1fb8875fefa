"""Build Comptoir for this operating system into dist/, then check the frozen application as a shop would run it.

    python -m pip install -e ".[installer]"
    python installer/build.py                # translations, PyInstaller, size report, frozen checks
    python installer/build.py --package      # … then the download for this system (see installer/README.md)
    python installer/build.py --checks-only  # the checks again on the existing dist/

Steps: compile the translations; run PyInstaller with installer/comptoir.spec (work files in build/, the
bundle in dist/Comptoir/, plus dist/Comptoir.app on macOS); print the bundle's size and what dominates it;
check the bundle's contents (the shipped files of installer/layout.py, Qt's plugins and translations, the
keyring backends of this system, holidays' names of days) and run the frozen executable on fresh data
folders under build/frozen-checks/: ``--version``, ``--smoke`` (offscreen; under Xvfb with the real X11
plugin too when ``xvfb-run`` is installed), ``import`` of a small .xlsx and .csv, a promotional ``send`` then
``dispatch --once`` through the simulator (legal hours: holidays and time zones), and, when
``COMPTOIR_TEST_PG`` names a PostgreSQL server, ``--smoke`` on a throwaway database there.

``--package`` then makes what a shop downloads: on Linux dist/Comptoir-<version>-linux-<machine>.tar.gz,
checked by installing it into a scratch home folder with its install.sh, starting the installed program and
uninstalling it (the data must stay); on Windows the Inno Setup installer (installer/windows/comptoir.iss,
needs Inno Setup 6); on macOS the disk image (installer/macos/make_dmg.sh).

A check fails on a non-zero exit, a traceback, anything written on stderr (Qt's own warnings land there
before the application takes them over) or a warning or error in the data folder's log (where the
application sends Qt's warnings afterwards). Exit code 0 when everything passed, 1 otherwise.

Only build/ and dist/ are written (both ignored by git), besides the compiled .qm files next to their .ts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import APP_NAME, __version__  # noqa: E402
from installer import layout  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = ROOT / "installer" / "comptoir.spec"
CHECKS = BUILD / "frozen-checks"
MAX_BUNDLE_MB = 250
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
LINUX = sys.platform.startswith("linux")

#: Qt platform plugins that must be in the bundle on each system (file names without "lib" and extension).
PLATFORM_PLUGINS = {
    "win32": ("qwindows", "qoffscreen"),
    "darwin": ("qcocoa", "qoffscreen"),
    "linux": ("qxcb", "qwayland", "qoffscreen"),
}
#: Libraries that only left-out plugins would bring (the GTK 3 platform theme).
LEAKS = ("libgtk-3", "libgdk-3")


# ---------------------------------------------------------------------------------------- building


def compile_translations() -> None:
    from tools import build_translations

    build_translations.build()


def run_pyinstaller(verbose: bool) -> None:
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ in the source tree
        "PYINSTALLER_CONFIG_DIR": str(BUILD / "pyinstaller-cache"),  # not ~/.cache/pyinstaller
    }
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        "--log-level",
        "INFO" if verbose else "WARN",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)


# ---------------------------------------------------------------------------------------- the bundle


def bundle_folder() -> Path:
    return DIST / APP_NAME


def internal_folder() -> Path:
    """Where PyInstaller puts everything but the executables (``sys._MEIPASS`` when frozen)."""
    return bundle_folder() / "_internal"


def program(command_line: bool = True) -> Path:
    """The executable a user starts: the .app's on macOS; on Windows the console one for commands."""
    if MACOS:
        return DIST / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    if WINDOWS:
        return bundle_folder() / ("comptoir-cli.exe" if command_line else f"{APP_NAME}.exe")
    return bundle_folder() / APP_NAME


def _files(folder: Path) -> list[tuple[Path, int]]:
    """Every file under ``folder`` with its size; symbolic links (PyInstaller links duplicates) count 0."""
    found = []
    for path in folder.rglob("*"):
        if path.is_symlink():
            found.append((path, 0))
        elif path.is_file():
            found.append((path, path.stat().st_size))
    return found


def _mb(size: int) -> str:
    return f"{size / 1_000_000:6.1f} MB"


def size_report(top: int = 12) -> int:
    """Print the bundle's size, by component and by file; return the total in bytes."""
    files = _files(bundle_folder())
    total = sum(size for _, size in files)
    print(f"\nBundle {bundle_folder().relative_to(ROOT)}: {_mb(total).strip()} unpacked, {len(files)} files")
    groups: dict[str, int] = defaultdict(int)
    internal = internal_folder()
    for path, size in files:
        if not path.is_relative_to(internal):
            groups[f"{path.name} (executable, with the Python modules)"] += size
            continue
        parts = path.relative_to(internal).parts
        # PySide6's Qt libraries are the bulk: show them one by one, the rest by top-level package.
        key = (
            "/".join(parts[:4])
            if parts[:3] == ("PySide6", "Qt", "lib")
            else "/".join(parts[: 2 if parts[0] == "PySide6" else 1])
        )
        groups[key] += size
    print("  biggest contributors:")
    for name, size in sorted(groups.items(), key=lambda item: -item[1])[:top]:
        print(f"    {_mb(size)}  {name}")
    return total


# ---------------------------------------------------------------------------------------- checks


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)

    def check(self, name: str, problems: Sequence[str]) -> None:
        if problems:
            self.failures.extend(f"{name}: {p}" for p in problems)
            print(f"  ✗ {name}")
            for problem in problems:
                print(f"      {problem}")
        else:
            print(f"  ✓ {name}")


def check_contents(report: Report, total: int) -> None:
    internal = internal_folder()
    names = {path.name for path, _ in _files(internal)}
    relative = {path.relative_to(internal).as_posix() for path, _ in _files(internal)}
    report.check(
        "shipped files (installer/layout.py) in place",
        [f"missing {p.as_posix()}" for p in layout.shipped_files() if p.as_posix() not in relative],
    )
    report.check(
        "Qt's French dialogs (qtbase_fr.qm)", [] if "qtbase_fr.qm" in names else ["qtbase_fr.qm missing"]
    )
    wanted = PLATFORM_PLUGINS.get(sys.platform, ("qoffscreen",))
    platforms = {
        path.name.split(".")[0].removeprefix("lib")
        for path, _ in _files(internal)
        if path.parent.name == "platforms"
    }
    report.check(
        f"Qt platform plugins ({', '.join(wanted)})",
        [f"{plugin} missing" for plugin in wanted if plugin not in platforms],
    )
    report.check(
        "Qt parts left out stay out",
        sorted({f"{name} is in the bundle" for name in names if _left_out(name)}),
    )
    report.check(
        "holidays' French names of days (locale/fr/…/FR.mo)",
        []
        if (internal / "holidays" / "locale" / "fr" / "LC_MESSAGES" / "FR.mo").is_file()
        else ["FR.mo missing"],
    )
    entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    modules = _archived_modules()
    wanted_modules = layout.KEYRING_MODULES.get(sys.platform, ())
    report.check(
        "keyring: entry points and this system's backend",
        (["keyring's entry_points.txt missing: no backend would be found"] if not entry_points else [])
        + [f"{module} missing" for module in wanted_modules if module not in modules],
    )
    if importlib.util.find_spec("qtawesome") is not None:  # the interface's icon fonts, once it uses them
        fonts = list((internal / "qtawesome" / "fonts").glob("*.ttf"))
        report.check("QtAwesome's icon fonts", [] if fonts else ["qtawesome/fonts/*.ttf missing"])
    report.check(
        f"size under {MAX_BUNDLE_MB} MB",
        [] if total <= MAX_BUNDLE_MB * 1_000_000 else [f"{_mb(total).strip()} unpacked"],
    )


def _left_out(name: str) -> bool:
    """Whether a file of the bundle belongs to a Qt module left out (its binding or its library)."""
    for module in layout.QT_MODULES_LEFT_OUT:
        if (
            name.startswith(f"{module}.")
            or f"Qt6{module[2:]}." in name
            or f"Qt{module[2:]}.framework" in name
        ):
            return True
    return name.startswith(LEAKS)


def _archived_modules() -> set[str]:
    """The Python modules inside the executable's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(program()))
    return set(archive.open_embedded_archive("PYZ.pyz").toc)


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    log: str


def run_frozen(
    name: str,
    *args: str,
    env: dict[str, str] | None = None,
    gui: bool = False,
    prefix: Sequence[str] = (),
    fresh: bool = True,
) -> Run:
    """Run the frozen executable on the data folder build/frozen-checks/<name>/data, emptied first unless
    ``fresh`` is false (a step after another on the same data)."""
    folder = CHECKS / name
    data = folder / "data"
    if fresh:
        shutil.rmtree(data, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **(env or {})}
    for variable in ("COMPTOIR_DB", "COMPTOIR_DATA_DIR"):
        full_env.pop(variable, None)
    command = [*prefix, str(program(command_line=not gui)), "--data-dir", str(data), *args]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=full_env,
        cwd=folder,
        timeout=180,
        check=False,
    )
    log_file = data / "logs" / "comptoir.log"
    log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
    return Run(result.returncode, result.stdout or "", result.stderr or "", log)


def problems_of(run: Run, expect: Callable[[Run], list[str]] | None = None) -> list[str]:
    problems = []
    if run.code != 0:
        problems.append(f"exit code {run.code}")
    if "Traceback" in run.stdout + run.stderr:
        problems.append("a traceback was printed")
    problems += [f"stderr: {line}" for line in run.stderr.splitlines() if line.strip()][:10]
    problems += [
        f"log: {line}"
        for line in run.log.splitlines()
        if any(f" {level} " in line for level in ("WARNING", "ERROR", "CRITICAL"))
    ][:10]
    if expect is not None and not problems:
        problems += expect(run)
    return problems


def _json(run: Run) -> object:
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError:
        return None


def sample_files(folder: Path) -> tuple[Path, Path]:
    """A small .xlsx (two clients) and a .csv (one client, semicolons, accents) as shops keep them."""
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "Téléphone", "Email"])
    sheet.append(["Martin", "Claire", "06 12 34 56 78", "claire.martin@exemple.fr"])
    sheet.append(["Dupont", "Jean", "07 81 23 45 67", ""])
    xlsx = folder / "clients.xlsx"
    workbook.save(xlsx)
    csv = folder / "clients.csv"
    csv.write_text("Nom;Prénom;Portable\nBernard;Élodie;06 98 76 54 32\n", encoding="utf-8")
    return xlsx, csv


def _started(run: Run) -> list[str]:
    return [] if "Comptoir démarre correctement" in run.stdout else [f"printed {run.stdout.strip()!r}"]


def _imported(count: int) -> Callable[[Run], list[str]]:
    def expect(run: Run) -> list[str]:
        report = _json(run)
        got = report.get("imported") if isinstance(report, dict) else None
        return [] if got == count else [f"expected {count} imported clients, the report says {got!r}"]

    return expect


def check_runs(report: Report) -> None:
    version = run_frozen("version", "--version")
    report.check(
        "--version",
        problems_of(
            version,
            lambda r: (
                [] if r.stdout.strip() == f"{APP_NAME} {__version__}" else [f"printed {r.stdout.strip()!r}"]
            ),
        ),
    )
    report.check(
        "--smoke (offscreen): database migrated, window, translations, presets, icon",
        problems_of(run_frozen("smoke", "--smoke"), _started),
    )
    if WINDOWS:  # the window's executable has no console: only its exit code tells
        gui = run_frozen("smoke-window", "--smoke", gui=True)
        report.check(
            "--smoke with the window's executable (Comptoir.exe)",
            [] if gui.code == 0 else [f"exit code {gui.code}"],
        )
    if LINUX:
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            x11 = run_frozen(
                "smoke-x11",
                "--smoke",
                env={"QT_QPA_PLATFORM": "xcb"},
                prefix=(xvfb, "-a", "-s", "-screen 0 1280x800x24"),
            )
            report.check("--smoke on X11 (xcb plugin, under Xvfb)", problems_of(x11, _started))
        else:
            print("  - --smoke on X11 skipped: xvfb-run is not installed")

    xlsx, csv = sample_files(CHECKS / "files")
    report.check(
        "import clients.xlsx --json",
        problems_of(run_frozen("import-xlsx", "import", str(xlsx), "--json"), _imported(2)),
    )
    report.check(
        "import clients.csv --json",
        problems_of(run_frozen("import-csv", "import", str(csv), "--json"), _imported(1)),
    )

    # A promotion goes only to a client who agreed: import one first (consent column), then send to her.
    consenting = CHECKS / "files" / "consent.csv"
    consenting.write_text("Nom;Prénom;Portable;Consentement SMS\nMartin;Claire;06 12 34 56 78;oui\n", "utf-8")
    problems = problems_of(run_frozen("send", "import", str(consenting), "--json"), _imported(1))
    for args in (
        ("send", "--to", "06 12 34 56 78", "--text", "Promo -10 %", "--purpose", "promotional"),
        ("dispatch", "--once"),
        ("messages", "--json"),
    ):
        if not problems:
            step = run_frozen("send", *args, fresh=False)
            problems = [f"{' '.join(args)}: {p}" for p in problems_of(step)]
    if not problems:
        listed = _json(step)
        statuses = (
            [m.get("status") for m in listed if isinstance(m, dict)] if isinstance(listed, list) else None
        )
        # Outside the legal hours (night, Sunday, public holiday) the promotion waits, deferred: both
        # answers come from the same holidays and time-zone data.
        if statuses not in (["sent"], ["deferred"]):
            problems.append(f"expected one message sent by the simulator (or deferred), got {statuses}")
    report.check(
        "send --purpose promotional, dispatch --once: legal hours (holidays, time zones), simulator", problems
    )

    admin_url = os.environ.get("COMPTOIR_TEST_PG")
    if admin_url:
        report.check("--smoke on PostgreSQL (COMPTOIR_TEST_PG)", _postgres_check(admin_url))


def _postgres_check(admin_url: str) -> list[str]:
    """--smoke and an import on a database of their own, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"comptoir_frozen_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        problems = problems_of(run_frozen("postgres", "--db", url, "--smoke"), _started)
        _, csv = sample_files(CHECKS / "files")
        problems += problems_of(
            run_frozen("postgres-import", "--db", url, "import", str(csv), "--json"), _imported(1)
        )
        return problems
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------------------------------- packages


def package() -> Path:
    """The download for this system, in dist/."""
    if WINDOWS:
        return _package_windows()
    if MACOS:
        subprocess.run(["sh", str(ROOT / "installer" / "macos" / "make_dmg.sh")], check=True, cwd=ROOT)
        return DIST / f"{APP_NAME}-{__version__}-macos.dmg"
    return _package_linux()


def _package_linux() -> Path:
    """A .tar.gz holding the bundle, install.sh and the menu entry (owners reset: a reproducible archive)."""
    name = f"{APP_NAME}-{__version__}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle_folder(), arcname=f"{name}/{APP_NAME}", filter=anonymous)
        for file in ("install.sh", "comptoir.desktop"):
            archive.add(ROOT / "installer" / "linux" / file, arcname=f"{name}/{file}", filter=anonymous)
    return target


def _package_windows() -> Path:
    """Inno Setup's installer; signed when COMPTOIR_SIGNTOOL holds a signtool command line ending in $f."""
    candidates = [
        shutil.which("iscc"),
        *(
            str(Path(os.environ[variable]) / sub / "ISCC.exe")
            for variable, sub in (
                ("ProgramFiles(x86)", "Inno Setup 6"),
                ("ProgramFiles", "Inno Setup 6"),
                ("LOCALAPPDATA", "Programs/Inno Setup 6"),
            )
            if variable in os.environ
        ),
    ]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        raise SystemExit("Inno Setup 6 is not installed (winget install JRSoftware.InnoSetup)")
    numbers = ".".join(str(n) for n in layout.numeric_version(__version__))
    command = [iscc, f"/DAppVersion={__version__}", f"/DAppNumericVersion={numbers}"]
    if os.environ.get("COMPTOIR_SIGNTOOL"):
        command += ["/DSignTool=comptoir", f"/Scomptoir={os.environ['COMPTOIR_SIGNTOOL']}"]
    subprocess.run([*command, str(ROOT / "installer" / "windows" / "comptoir.iss")], check=True, cwd=ROOT)
    return DIST / f"{APP_NAME}-{__version__}-windows-setup.exe"


def check_linux_package(report: Report, tarball: Path) -> None:
    """Install the archive as a user would, into a scratch home folder; start it; uninstall it."""
    folder = CHECKS / "package"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tarfile.open(tarball) as archive:
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
            archive.extractall(folder, filter="tar")
        else:  # older 3.11: our own archive, just written
            archive.extractall(folder)
    [unpacked] = folder.iterdir()
    home = folder / "home"
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    for variable in ("XDG_DATA_HOME", "COMPTOIR_DB", "COMPTOIR_DATA_DIR"):
        env.pop(variable, None)

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, capture_output=True, text=True, env=env, cwd=folder, timeout=180, check=False
        )

    problems = []
    installed = run("sh", str(unpacked / "install.sh"))
    if installed.returncode != 0:
        problems.append(f"install.sh: exit code {installed.returncode}: {installed.stderr.strip()[:300]}")
    local = home / ".local"
    entry = local / "share" / "applications" / "comptoir.desktop"
    expected = [
        local / "lib" / "comptoir" / APP_NAME,
        local / "bin" / "comptoir",
        entry,
        local / "share" / "icons" / "hicolor" / "48x48" / "apps" / "comptoir.png",
        local / "share" / "icons" / "hicolor" / "512x512" / "apps" / "comptoir.png",
    ]
    problems += [f"not installed: {path.relative_to(home)}" for path in expected if not path.exists()]
    if entry.exists():
        if f'Exec="{local / "lib" / "comptoir" / APP_NAME}"' not in entry.read_text(encoding="utf-8"):
            problems.append("the menu entry does not start the installed program")
        validator = shutil.which("desktop-file-validate")
        if validator:
            checked = run(validator, str(entry))
            if checked.returncode != 0 or checked.stdout.strip():
                problems.append(f"desktop-file-validate: {(checked.stdout + checked.stderr).strip()[:300]}")
    if not problems:
        smoke = run(str(local / "bin" / "comptoir"), "--smoke")
        if smoke.returncode != 0 or smoke.stderr.strip():
            problems.append(
                f"installed comptoir --smoke: exit code {smoke.returncode}: {smoke.stderr.strip()[:300]}"
            )
        database = local / "share" / APP_NAME / "comptoir.sqlite3"
        if not database.exists():
            problems.append(f"no database in the default data folder ({database.relative_to(home)})")
        removed = run("sh", str(unpacked / "install.sh"), "--uninstall")
        if removed.returncode != 0:
            problems.append(f"install.sh --uninstall: exit code {removed.returncode}")
        problems += [
            f"left after uninstalling: {p.relative_to(home)}"
            for p in expected
            if p.exists() or p.is_symlink()
        ]
        if not database.exists():
            problems.append("uninstalling deleted the data")
    report.check(f"{tarball.name}: install.sh, the installed program, --uninstall keeps the data", problems)


# ---------------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--checks-only", action="store_true", help="check the existing dist/ without building"
    )
    parser.add_argument("--package", action="store_true", help="then make the download for this system")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's full log")
    args = parser.parse_args(argv)
    timings: dict[str, float] = {}
    if not args.checks_only:
        started = time.monotonic()
        try:
            compile_translations()
            run_pyinstaller(args.verbose)
        except subprocess.CalledProcessError as exc:
            print(
                f"build failed: {' '.join(map(str, exc.cmd[:4]))}… exited with {exc.returncode}",
                file=sys.stderr,
            )
            return 1
        timings["build"] = time.monotonic() - started
    if not program().exists():
        print(
            f"{program().relative_to(ROOT)} is missing: build first (python installer/build.py)",
            file=sys.stderr,
        )
        return 1
    total = size_report()
    started = time.monotonic()
    report = Report()
    print("\nFrozen checks:")
    check_contents(report, total)
    check_runs(report)
    timings["checks"] = time.monotonic() - started
    if args.package and not report.failures:
        started = time.monotonic()
        made = package()
        timings["package"] = time.monotonic() - started
        print(f"\nPackage {made.relative_to(ROOT)}: {_mb(made.stat().st_size).strip()}")
        if LINUX:
            check_linux_package(report, made)
    print("\n" + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))
    if report.failures:
        print(f"{len(report.failures)} problem(s): the bundle is not fit to ship.", file=sys.stderr)
        return 1
    print(f"{APP_NAME} {__version__}: the frozen application passed every check.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
