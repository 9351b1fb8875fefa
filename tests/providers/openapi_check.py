"""A small OpenAPI 3 request validator for the fake servers: "would the real API accept this request shape?"

It checks what an adapter can get wrong on the wire, for the paths the document declares:

- the path matches a template and the method exists for it;
- path parameters, query parameters and ``application/x-www-form-urlencoded`` body fields are declared, and
  their values fit the schema (type, enum, pattern, min/max length, minimum/maximum);
- required parameters and body fields are present, a non-array field is not repeated;
- the content type is one the operation accepts, and a body is not sent where none is declared;
- HTTP Basic credentials are present when the operation's security asks for them;
- Twilio's ``x-twilio.conditional`` groups (e.g. one of ``From``/``MessagingServiceSid``) are satisfied.

It is deliberately not a full validator (no JSON bodies, no ``oneOf``, no formats): it returns a list of
human-readable violations, empty when the request conforms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_BOOLEANS = frozenset({"true", "false"})


@dataclass(frozen=True)
class _Template:
    template: str
    regex: re.Pattern[str]
    item: Mapping[str, Any]


class OpenApiSpec:
    """The parts of an OpenAPI 3 document needed to validate requests against it."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._templates = [
            _Template(template, _template_regex(template), item)
            for template, item in document.get("paths", {}).items()
        ]

    @classmethod
    def load(cls, path: Path) -> OpenApiSpec:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def template_for(self, path: str) -> str | None:
        """The path template that ``path`` instantiates, or None when the document does not declare it."""
        found = self._match(path)
        return found[0].template if found else None

    def covers(self, path: str) -> bool:
        return self._match(path) is not None

    def validate(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Sequence[str]] | None = None,
        form: Mapping[str, Sequence[str]] | None = None,
        content_type: str | None = None,
        authorization: str | None = None,
    ) -> list[str]:
        """Violations of the document by this request (``[]`` when it conforms or the path is undeclared)."""
        found = self._match(path)
        if found is None:
            return []
        template, path_values = found
        where = f"{method.upper()} {template.template}"
        operation = template.item.get(method.lower())
        if method.lower() not in _HTTP_METHODS or not isinstance(operation, Mapping):
            return [f"{where}: method not declared for this path"]
        parameters = [self._resolve(p) for p in template.item.get("parameters", [])]
        parameters += [self._resolve(p) for p in operation.get("parameters", [])]
        errors: list[str] = []
        errors += self._check_path(where, parameters, path_values)
        errors += self._check_query(where, parameters, query or {})
        errors += self._check_body(where, operation, form, content_type)
        errors += self._check_security(where, operation, authorization)
        return errors

    # ---------------------------------------------------------------- checks
    def _check_path(
        self, where: str, parameters: list[Mapping[str, Any]], values: dict[str, str]
    ) -> list[str]:
        declared = {p["name"]: p for p in parameters if p.get("in") == "path"}
        errors = [
            f"{where}: path parameter {name} is not declared" for name in values if name not in declared
        ]
        for name, value in values.items():
            if name in declared:
                errors += self._check_value(
                    f"{where}: path parameter {name}", declared[name].get("schema"), value
                )
        return errors

    def _check_query(
        self, where: str, parameters: list[Mapping[str, Any]], query: Mapping[str, Sequence[str]]
    ) -> list[str]:
        declared = {p["name"]: p for p in parameters if p.get("in") == "query"}
        errors: list[str] = []
        for name, values in query.items():
            spec = declared.get(name)
            if spec is None:
                errors.append(f"{where}: query parameter {name!r} is not declared")
                continue
            errors += self._check_values(f"{where}: query parameter {name}", spec.get("schema"), values)
        errors += [
            f"{where}: required query parameter {name} is missing"
            for name, spec in declared.items()
            if spec.get("required") and name not in query
        ]
        return errors

    def _check_body(
        self,
        where: str,
        operation: Mapping[str, Any],
        form: Mapping[str, Sequence[str]] | None,
        content_type: str | None,
    ) -> list[str]:
        body = operation.get("requestBody")
        media = (content_type or "").split(";")[0].strip().lower()
        if body is None:
            return [f"{where}: a body is sent but none is declared"] if form else []
        content = self._resolve(body).get("content", {})
        if not form and not media:
            return [f"{where}: the request body is required"] if body.get("required") else []
        if media not in content:
            return [f"{where}: content type {media or 'none'!r} is not one of {sorted(content)}"]
        if media != "application/x-www-form-urlencoded":
            return []  # only form bodies are checked field by field
        schema = self._resolve(content[media].get("schema", {}))
        properties: Mapping[str, Any] = schema.get("properties", {})
        fields = form or {}
        errors: list[str] = []
        for name, values in fields.items():
            if name not in properties:
                errors.append(f"{where}: body field {name!r} is not declared")
                continue
            errors += self._check_values(f"{where}: body field {name}", properties[name], values)
        errors += [
            f"{where}: required body field {name} is missing"
            for name in schema.get("required", [])
            if name not in fields
        ]
        for group in operation.get("x-twilio", {}).get("conditional", []):
            names = [_pascal(snake) for snake in group]
            if not any(fields.get(name) for name in names):
                errors.append(f"{where}: one of {', '.join(names)} is required")
        return errors

    def _check_security(
        self, where: str, operation: Mapping[str, Any], authorization: str | None
    ) -> list[str]:
        requirements = operation.get("security", self.document.get("security", []))
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        wants_basic = any(
            schemes.get(name, {}).get("scheme", "").lower() == "basic"
            for requirement in requirements
            for name in requirement
        )
        if wants_basic and not (authorization or "").lower().startswith("basic "):
            return [f"{where}: HTTP Basic credentials are missing"]
        return []

    # ---------------------------------------------------------------- values
    def _check_values(self, label: str, schema: Mapping[str, Any] | None, values: Sequence[str]) -> list[str]:
        resolved = self._resolve(schema or {})
        if resolved.get("type") == "array":
            item_schema = resolved.get("items", {})
            return [error for value in values for error in self._check_value(label, item_schema, value)]
        if len(values) != 1:
            return [f"{label}: given {len(values)} times but is not an array"]
        return self._check_value(label, resolved, values[0])

    def _check_value(self, label: str, schema: Mapping[str, Any] | None, value: str) -> list[str]:
        resolved = self._resolve(schema or {})
        kind = resolved.get("type", "string")
        errors: list[str] = []
        if kind == "integer":
            if not re.fullmatch(r"-?\d+", value):
                return [f"{label}: {value!r} is not an integer"]
            errors += _bounds(label, resolved, int(value))
        elif kind == "number":
            try:
                number = float(value)
            except ValueError:
                return [f"{label}: {value!r} is not a number"]
            errors += _bounds(label, resolved, number)
        elif kind == "boolean":
            if value not in _BOOLEANS:
                errors.append(f"{label}: {value!r} is not true/false")
        else:
            if "minLength" in resolved and len(value) < resolved["minLength"]:
                errors.append(f"{label}: shorter than {resolved['minLength']} characters")
            if "maxLength" in resolved and len(value) > resolved["maxLength"]:
                errors.append(f"{label}: longer than {resolved['maxLength']} characters")
            if "pattern" in resolved and not re.search(resolved["pattern"], value):
                errors.append(f"{label}: does not match {resolved['pattern']}")
        if "enum" in resolved and value not in [str(v) for v in resolved["enum"]]:
            errors.append(f"{label}: {value!r} is not one of {resolved['enum']}")
        return errors

    # ---------------------------------------------------------------- helpers
    def _match(self, path: str) -> tuple[_Template, dict[str, str]] | None:
        for template in self._templates:
            matched = template.regex.fullmatch(path)
            if matched:
                return template, matched.groupdict()
        return None

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        seen = 0
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/") or seen > 20:
                raise ValueError(f"unsupported reference {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
        return node


def _template_regex(template: str) -> re.Pattern[str]:
    """``/a/{Id}.json`` → ``/a/(?P<Id>[^/]+)\\.json`` (a parameter never spans a slash)."""
    parts = re.split(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", template)
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+?)" for index, part in enumerate(parts)
    )
    return re.compile(pattern)


def _bounds(label: str, schema: Mapping[str, Any], number: float) -> list[str]:
    errors = []
    if "minimum" in schema and number < schema["minimum"]:
        errors.append(f"{label}: {number:g} is below {schema['minimum']}")
    if "maximum" in schema and number > schema["maximum"]:
        errors.append(f"{label}: {number:g} is above {schema['maximum']}")
    return errors


def _pascal(snake: str) -> str:
    """``messaging_service_sid`` → ``MessagingServiceSid`` (Twilio's form field names)."""
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))
