"""Positions for a file the fast path has already read and validated, from PyYAML's C nodes.

A file whose only findings come from the checks (an overdue value, an incomplete indicator)
needs positions for just those findings. Reading it again with yaml_reader, which builds the
data and every slot in Python, costs about 10 ms for 20 kB; PyYAML's C composer builds the
node tree, with the same marks yaml_reader's events carry, in about 4 ms. NodePositions answers
`locate`'s questions (is there an entry at this path, where) by walking that tree, and gives
the spans yaml_reader would have given: the key's scalar, the value's scalar, or the point where
a list or mapping starts.

Only files that passed fast_reader.suspect (no tags, anchors, aliases, explicit or quoted keys,
tabs, several documents or control characters) and whose keys and data passed come here: the
two readers then agree on the shape of the data, so the tree has the shape of the data
yaml_reader would build. tests/unit/test_fast_path.py and test_property_loader.py hold
both paths to the same reports.
"""

from __future__ import annotations

import unicodedata

import yaml

from stratkit.diagnostics import Span
from stratkit.reading.lines import LineMap
from stratkit.reading.unknown_keys import Loc
from stratkit.reading.yaml_reader import Slot

try:  # libyaml's composer, where PyYAML was built with it
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]


class _Composer(_Parser, yaml.resolver.BaseResolver):
    """Composes nodes without resolving their tags: only their marks are wanted here, and
    resolving calls back into Python for every scalar (half the time of composing)."""

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return ""

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


class NodePositions:
    """The slots of yaml_reader.parse, looked up in a composed node tree instead of built."""

    def __init__(self, root: yaml.Node, lines: LineMap) -> None:
        self.root = root
        self.lines = lines
        # A mapping's entries by key text, made when a lookup first passes through it.
        self._mappings: dict[int, dict[object, tuple[yaml.Node, yaml.Node]]] = {}
        # The nodes found at each path already asked for: placing a finding asks for its path
        # and every shorter one, under each spelling of each key, and the findings of one
        # indicator share most of them.
        self._nodes: dict[Loc, tuple[yaml.Node | None, yaml.Node] | None] = {(): (None, root)}

    @classmethod
    def of(cls, text: str) -> NodePositions | None:
        """The slots of a text, or None when PyYAML cannot compose it as one mapping."""
        if text.startswith("\ufeff"):
            text = text[1:]  # as yaml_reader does, so that columns on the first line agree
        try:
            composer = _Composer(text)
            try:
                root = composer.get_single_node()
            finally:
                composer.dispose()
        except yaml.YAMLError:
            return None
        return cls(root, LineMap(text)) if isinstance(root, yaml.MappingNode) else None

    def get(self, loc: Loc) -> Slot | None:
        found = self._node(loc) if loc else None
        if found is None:
            return None
        key, node = found
        return Slot(None if key is None else self._span(key), self._span(node))

    def _node(self, loc: Loc) -> tuple[yaml.Node | None, yaml.Node] | None:
        """The key node (None in a list) and the value node at `loc`, if there is one."""
        if loc in self._nodes:
            return self._nodes[loc]
        parent = self._node(loc[:-1])
        found: tuple[yaml.Node | None, yaml.Node] | None = None
        part = loc[-1]
        if parent is not None:
            node = parent[1]
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                found = self._entries(node).get(part)
            elif (
                isinstance(node, yaml.SequenceNode)
                and type(part) is int
                and 0 <= part < len(node.value)
            ):
                found = (None, node.value[part])
        self._nodes[loc] = found
        return found

    def _entries(self, node: yaml.MappingNode) -> dict[object, tuple[yaml.Node, yaml.Node]]:
        entries = self._mappings.get(id(node))
        if entries is None:
            entries = {}
            for key, value in node.value:
                entries.setdefault(_text(key), (key, value))  # the first, as yaml_reader keeps
            self._mappings[id(node)] = entries
        return entries

    def __contains__(self, loc: object) -> bool:
        return isinstance(loc, tuple) and bool(loc) and self._node(loc) is not None

    def _span(self, node: yaml.Node) -> Span:
        if isinstance(node, yaml.ScalarNode):
            return self.lines.span(node.start_mark, node.end_mark)
        return self.lines.point(node.start_mark)


def _text(node: yaml.Node) -> object:
    if not isinstance(node, yaml.ScalarNode):
        return None  # a list or mapping as a key: never a path part
    text: str = node.value
    return text if text.isascii() else unicodedata.normalize("NFC", text)
