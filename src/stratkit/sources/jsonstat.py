"""A small json-stat 2.0 decoder: the format PxWeb answers in (SCB and Statistics Finland).

A dataset lists its dimensions (`id`, `size`), each with its categories in `index` order,
and one flat `value` array in row-major order: the last dimension varies fastest. `value`
may also be a sparse object {"position": value}; missing cells and nulls are no figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from stratkit.i18n import _
from stratkit.sources.figures import SourceError


@dataclass(frozen=True, slots=True)
class Dimension:
    id: str
    label: str
    codes: tuple[str, ...]  # in index order
    labels: dict[str, str]
    elimination: bool


@dataclass(frozen=True, slots=True)
class Dataset:
    dimensions: tuple[Dimension, ...]
    roles: dict[str, list[str]]
    values: dict[int, float]

    def dimension(self, id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == id)

    def role(self, role: str) -> Dimension | None:
        ids = self.roles.get(role) or []
        return self.dimension(ids[0]) if ids and ids[0] in self.ids else None

    @property
    def ids(self) -> list[str]:
        return [d.id for d in self.dimensions]

    def cells(self) -> Iterator[tuple[dict[str, str], float]]:
        """Every figure with the code of each of its dimensions."""
        sizes = [len(d.codes) for d in self.dimensions]
        for position, value in sorted(self.values.items()):
            codes: dict[str, str] = {}
            rest = position
            for dimension, size in zip(reversed(self.dimensions), reversed(sizes), strict=True):
                rest, index = divmod(rest, size)
                codes[dimension.id] = dimension.codes[index]
            yield codes, value


def decode(data: object, what: str, *, values: bool = True) -> Dataset:
    """The dataset in a json-stat2 answer, or SourceError saying why it is not usable."""
    try:
        return _decode(data, values)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise SourceError(
            _("{what} answered in a shape stratkit does not know ({detail})").format(
                what=what, detail=type(error).__name__ + (f": {error}" if str(error) else "")
            ),
            _("the service may have changed; please report this with the command you ran"),
        ) from None


def _decode(data: Any, with_values: bool) -> Dataset:
    if not isinstance(data, dict) or data.get("class") != "dataset":
        raise ValueError("not a json-stat2 dataset")
    ids, sizes = list(data["id"]), [int(s) for s in data["size"]]
    if len(ids) != len(sizes):
        raise ValueError("'id' and 'size' differ in length")
    dimensions = []
    for id, size in zip(ids, sizes, strict=True):
        node = data["dimension"][id]
        category = node["category"]
        labels = {str(k): str(v) for k, v in (category.get("label") or {}).items()}
        codes = _codes(category.get("index"), labels)
        if len(codes) != size:
            raise ValueError(f"dimension {id} has {len(codes)} categories, size says {size}")
        extension = node.get("extension") or {}
        elimination = bool(extension.get("elimination", False))
        dimensions.append(
            Dimension(str(id), str(node.get("label", id)), codes, labels, elimination)
        )
    total = 1
    for size in sizes:
        total *= size
    values = _values(data.get("value"), total) if with_values else {}
    roles = {str(k): [str(i) for i in v] for k, v in (data.get("role") or {}).items()}
    return Dataset(tuple(dimensions), roles, values)


def _codes(index: object, labels: dict[str, str]) -> tuple[str, ...]:
    if isinstance(index, list):
        return tuple(str(code) for code in index)
    if isinstance(index, dict):
        ordered = sorted(index.items(), key=lambda item: int(item[1]))
        return tuple(str(code) for code, _position in ordered)
    if index is None and len(labels) == 1:
        return tuple(labels)  # a single category may go without an index
    raise ValueError("a dimension without a category index")


def _values(raw: object, total: int) -> dict[int, float]:
    if raw is None:
        return {}
    items = enumerate(raw) if isinstance(raw, list) else ((int(k), v) for k, v in raw.items())  # type: ignore[attr-defined]
    if isinstance(raw, list) and len(raw) != total:
        raise ValueError(f"{len(raw)} values for {total} cells")
    values: dict[int, float] = {}
    for position, value in items:
        if value is None:
            continue  # a missing figure (often shown as '..' in the tables)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"value {value!r} is not a number")
        values[position] = value
    return values
