"""Sector presets: the French templates shipped in ``resources/presets/<sector>.json`` plus ``common.json``.

Each file is ``{"version": 1, "sector": "...", "templates": [{"key", "name", "purpose", "body"}, ...]}``.
`key` is stable across versions (reminder rules and automations may refer to it); `name` is what the user
sees and may rename. Promotional presets carry no STOP line of their own: the opt-out mention of the
provider account is appended when the message leaves (`desktop.core.outgoing`), so a
preset never hard-codes a STOP number that would be wrong for the account in use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from desktop.core.entities import Purpose, Sector
from desktop.paths import resource_path

PRESETS_DIR: Final = resource_path("presets")
COMMON: Final = "common"
PRESETS_VERSION: Final = 1


class PresetError(ValueError):
    """A preset file is missing or malformed (a packaging bug, not a user error)."""


@dataclass(frozen=True, slots=True)
class PresetTemplate:
    key: str
    name: str
    purpose: Purpose
    body: str
    sector: str  # a Sector value, or "" for the presets common to every sector


def preset_files(sector: Sector | str, directory: Path | None = None) -> list[Path]:
    """The files that hold the presets of `sector`: its own (none for "other") and the common one."""
    sector = Sector(sector)
    folder = directory or PRESETS_DIR
    files = [] if sector == Sector.OTHER else [folder / f"{sector.value}.json"]
    return [*files, folder / f"{COMMON}.json"]


def _read(path: Path) -> list[PresetTemplate]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PresetError(f"{path.name}: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != PRESETS_VERSION:
        raise PresetError(f"{path.name}: expected an object with version {PRESETS_VERSION}")
    sector = "" if data.get("sector") == COMMON else str(data.get("sector", ""))
    presets: list[PresetTemplate] = []
    for item in data.get("templates", []):
        try:
            presets.append(
                PresetTemplate(
                    key=str(item["key"]),
                    name=str(item["name"]).strip(),
                    purpose=Purpose(item["purpose"]),
                    body=str(item["body"]),
                    sector=sector,
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PresetError(f"{path.name}: bad template entry {item!r}") from exc
    return presets


def load_presets(sector: Sector | str, directory: Path | None = None) -> list[PresetTemplate]:
    """The sector's own presets first, then the common ones. Raises PresetError on a broken file."""
    return [preset for path in preset_files(sector, directory) for preset in _read(path)]


def all_presets(directory: Path | None = None) -> list[PresetTemplate]:
    """Every preset of every sector, each once (for tests and the first-run wizard's overview)."""
    seen: dict[str, PresetTemplate] = {}
    for sector in Sector:
        for preset in load_presets(sector, directory):
            seen.setdefault(preset.key, preset)
    return list(seen.values())
