"""Build the translations: ``.ts`` sources in resources/translations → ``.qm`` files Qt loads.

python tools/build_translations.py            # compile every .ts to .qm (CI and the installer run this)
python tools/build_translations.py --update   # first collect new strings from desktop/ into the .ts files
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


#: The lupdate that collects the strings. PySide6 6.11's drops plural forms (``translate(ctx, text, None, n)``)
#: from some files, and 6.12.0 cannot be the run-time Qt (pyproject.toml excludes it): so the collecting tool
#: is 6.12.0's lupdate, fetched once into build/ (a developer's step: CI only compiles with lrelease).
LUPDATE_VERSION = "6.12.0"


def _lupdate() -> str:
    folder = ROOT / "build" / f"lupdate-{LUPDATE_VERSION}"
    binary = folder / "PySide6" / "lupdate"
    if not binary.exists():
        import zipfile

        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
             f"PySide6-Essentials=={LUPDATE_VERSION}", "-d", str(folder)],
            check=True,
        )  # fmt: skip
        (wheel,) = folder.glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            members = [
                n for n in archive.namelist() if n == "PySide6/lupdate" or n.startswith("PySide6/Qt/lib/")
            ]
            archive.extractall(folder, members)
        binary.chmod(0o755)
        wheel.unlink()
    return str(binary)


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    for language in LANGUAGES:
        target = TRANSLATIONS / f"comptoir_{language}.ts"
        subprocess.run(
            [
                _lupdate(),
                "-no-obsolete",  # strings removed from the code leave the .ts files too
                "-locations",
                "none",  # no file/line references: moving code does not rewrite the catalogues
                "-source-language",
                "fr",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def stale() -> list[Path]:
    """The ``.ts`` sources whose ``.qm`` is missing or older than them."""
    return [
        source
        for source in sorted(TRANSLATIONS.glob("comptoir_*.ts"))
        if not source.with_suffix(".qm").exists()
        or source.with_suffix(".qm").stat().st_mtime < source.stat().st_mtime
    ]


def build(sources: list[Path] | None = None) -> list[Path]:
    """Compile ``sources`` (default: every ``.ts``) to ``.qm`` next to them."""
    built = []
    for source in sorted(TRANSLATIONS.glob("comptoir_*.ts")) if sources is None else sources:
        target = source.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="collect strings into the .ts files first")
    args = parser.parse_args()
    if args.update:
        update()
    for path in build():
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
