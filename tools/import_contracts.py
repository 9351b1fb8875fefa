"""An import-linter contract type of our own: an allow-list of what a package may import.

import-linter's own contracts forbid named modules; "the core imports nothing but the standard library,
phonenumbers and holidays" needs the opposite — everything not named is refused, so a dependency added
tomorrow is caught too. Registered in pyproject.toml (``contract_types``) as ``allowed``::

    [[tool.importlinter.contracts]]
    type = "allowed"
    source_modules = ["desktop.core"]
    allowed_modules = ["desktop.core", "phonenumbers", "holidays"]
    # allow_standard_library = true (the default)

Direct imports are checked (function-level and ``TYPE_CHECKING`` ones included, as grimp sees them); the
graph must be built with ``include_external_packages = true`` for third-party imports to be seen at all.
"""

from __future__ import annotations

import sys
from typing import Any

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class AllowedImportsContract(Contract):
    """Each module of ``source_modules`` (as packages) imports only ``allowed_modules`` (as packages) and,
    unless ``allow_standard_library`` is false, the standard library."""

    type_name = "allowed"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    allowed_modules = fields.ListField(subfield=fields.ModuleField())
    allow_standard_library = fields.BooleanField(required=False, default=True)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        allowed = [module.name for module in self.allowed_modules]  # type: ignore[attr-defined]
        links: list[dict[str, Any]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            if source.name not in graph.modules:
                raise ValueError(f"Module '{source.name}' does not exist.")
            package = {source.name} | graph.find_descendants(source.name)
            for importer in sorted(package):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    if self._is_allowed(imported, allowed):
                        continue
                    details = graph.get_import_details(importer=importer, imported=imported)
                    lines = tuple(detail["line_number"] for detail in details)
                    links.append({"importer": importer, "imported": imported, "line_numbers": lines})
        return ContractCheck(kept=not links, warnings=[], metadata={"illegal_imports": links})

    def _is_allowed(self, imported: str, allowed: list[str]) -> bool:
        if any(imported == name or imported.startswith(name + ".") for name in allowed):
            return True
        return bool(self.allow_standard_library) and imported.partition(".")[0] in sys.stdlib_module_names

    def render_broken_contract(self, check: ContractCheck) -> None:
        output.print_error("Imports outside the allowed list:", bold=False)
        output.new_line()
        for link in check.metadata["illegal_imports"]:
            lines = ", ".join(map(str, link["line_numbers"]))
            output.print_error(f"- {link['importer']} -> {link['imported']} (l.{lines})", bold=False)
            output.new_line()
        output.new_line()
