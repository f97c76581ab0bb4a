"""The JSON Schema of the strategy file format, for editors (completion, hover, red squiggles).

Generated from the pydantic models, then adapted to what editors need:
- Draft-07, the newest draft the YAML language server (VS Code, Neovim, …) fully supports:
  `definitions` instead of `$defs`, and no keywords beside a `$ref`, which draft-07 ignores.
- Every Swedish and Finnish spelling of a key (model.vocabulary) as a property of its own,
  with "exactly one of them" where a key is required and "at most one" elsewhere.
- Every description in English, Swedish and Finnish.
- `x-` extension keys allowed at every level, as stratkit ignores them.
The values themselves are described in schema_fragments, next to the types in model.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from pydantic import AliasChoices, BaseModel

from stratkit.i18n import N_, in_language
from stratkit.model.parts import every_part
from stratkit.model.strategy import StrategyFile

DRAFT = "http://json-schema.org/draft-07/schema#"
EXTENSION_KEYS = "^x-"


def strategy_schema() -> dict[str, Any]:
    generated = StrategyFile.model_json_schema(mode="validation")
    definitions: dict[str, Any] = generated.pop("$defs", {})
    for model in every_part(StrategyFile):
        node = generated if model is StrategyFile else definitions.get(model.__name__)
        if node is None:
            continue  # a part with a schema of its own (a year's details: reported.ENTRY_SCHEMA)
        _add_aliases(node, model)
        node["patternProperties"] = {
            EXTENSION_KEYS: {"description": N_("A local extension key; stratkit ignores it.")}
        }
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "title": "stratkit strategy file, format version 1",
        "description": N_(
            "A municipal strategy (vision, goals, indicators, initiatives) as checked by "
            "`stratkit validate`. See docs/format.md."
        ),
        **{k: v for k, v in generated.items() if k != "title"},
        "definitions": definitions,
    }
    converted: dict[str, Any] = _draft7(schema)
    _in_three_languages(converted)
    return converted


def _in_three_languages(node: Any) -> None:
    """Every description in English, Swedish and Finnish, for the editor's hover."""
    if isinstance(node, list):
        for item in node:
            _in_three_languages(item)
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "description" and isinstance(value, str):
            node[key] = (
                f"{value}\n\nSvenska: {in_language(value, 'sv')}"
                f"\n\nSuomeksi: {in_language(value, 'fi')}"
            )
        elif key not in ("enum", "examples"):
            _in_three_languages(value)


def render() -> str:
    return json.dumps(strategy_schema(), ensure_ascii=False, indent=2) + "\n"


def _add_aliases(node: dict[str, Any], model: type[BaseModel]) -> None:
    properties: dict[str, Any] = {}
    required: list[str] = list(node.get("required", []))
    rules: list[dict[str, Any]] = []
    for name, sub in node.get("properties", {}).items():
        properties[name] = sub
        alias = model.model_fields[name].validation_alias
        if not isinstance(alias, AliasChoices):
            continue
        spellings = [name] + [c for c in alias.choices if isinstance(c, str) and c != name]
        if len(spellings) == 1:
            continue  # `id` is `id` in every language
        for other in spellings[1:]:
            properties[other] = copy.deepcopy(sub)
        if name in required:
            required.remove(name)
            rules.append({"oneOf": [{"required": [key]} for key in spellings]})
        else:
            rules.append({"not": {"anyOf": _pairs(spellings)}})
    node["properties"] = properties
    if "required" in node:
        node["required"] = required
    if rules:
        node["allOf"] = rules


def _pairs(spellings: list[str]) -> list[dict[str, Any]]:
    return [{"required": [a, b]} for i, a in enumerate(spellings) for b in spellings[i + 1 :]]


def _draft7(node: Any) -> Any:
    if isinstance(node, list):
        return [_draft7(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _draft7(value) for key, value in node.items()}
    ref = converted.get("$ref")
    if isinstance(ref, str):
        converted["$ref"] = ref.replace("#/$defs/", "#/definitions/")
        if len(converted) > 1:
            # Draft-07 ignores everything beside a $ref; allOf keeps the description.
            converted["allOf"] = [{"$ref": converted.pop("$ref")}]
    return converted
