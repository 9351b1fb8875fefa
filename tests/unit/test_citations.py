"""Comments cite only documents the repository holds: a reader can open every reference."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: A file name ending in .md cited in code (``architecture.md``, ``docs/architecture.md §2``…).
CITED = re.compile(r"(?<![\w/.-])((?:[\w-]+/)*[\w-]+\.md)\b")
FOLDERS = ("desktop", "tests", "bench", "tools", "installer")


def cited_documents() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__):  # its own examples
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for name in CITED.findall(line):
                    found.setdefault(name, []).append(f"{path.relative_to(ROOT)}:{number}")
    return found


def exists(name: str) -> bool:
    return (ROOT / name).is_file() or any(
        p.is_file() for p in ROOT.glob(f"**/{Path(name).name}") if ".venv" not in p.parts
    )


def test_every_cited_document_is_in_the_repository() -> None:
    missing = {name: where for name, where in cited_documents().items() if not exists(name)}
    assert missing == {}


def test_the_check_sees_a_citation() -> None:
    assert CITED.findall("# see product.md §7 and docs/architecture.md") == [
        "product.md",
        "docs/architecture.md",
    ]
    assert not exists("product.md")
