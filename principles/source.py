"""Reading content files: UTF-8 text, front matter and YAML that remembers its line numbers.

MkDocs' own front-matter reader swallows YAML errors, so Leidraad parses front matter itself
(as Material's blog plugin does) and keeps the line of every key for its messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from principles.model import SourceRef
from principles.problems import Problem, error

# The same delimiters MkDocs uses (mkdocs.utils.meta), so both agree on where the body starts.
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.DOTALL)

YamlPath: TypeAlias = tuple[str | int, ...]


@dataclass(frozen=True)
class LineMap:
    """The 1-based line of every mapping key and list item in a YAML document."""

    lines: dict[YamlPath, int] = field(default_factory=dict)
    first_line: int = 1

    def line(self, path: Iterable[str | int] = ()) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        steps = tuple(path)
        while steps:
            if steps in self.lines:
                return self.lines[steps]
            steps = steps[:-1]
        return self.first_line


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    lines: LineMap


class ContentError(Exception):
    """A file that cannot be read as content; carries the problems to report."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = list(problems)


class NotUtf8Error(ContentError):
    """The file's bytes are not UTF-8: not even MkDocs can render it."""


def read_text(path: Path, rel: str) -> str:
    """The file as text; a ContentError names the line of the first byte that is not UTF-8."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start : exc.start + 1].hex()
        raise NotUtf8Error(
            error(
                SourceRef(rel, line),
                f"file is not UTF-8 (byte 0x{byte} cannot be decoded); save it as UTF-8",
            )
        ) from None


# libyaml's parser when PyYAML has it (several times faster); its nodes carry marks too.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """YAML's safe loader, but dates stay text ('2026-11-24'), as JSON Schema expects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str, rel: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document, keeping line numbers; a ContentError says where it broke."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        raise ContentError(_yaml_problem(exc, text, rel, first_line)) from None
    except yaml.YAMLError as exc:
        raise ContentError(error(SourceRef(rel, first_line), f"invalid YAML: {exc}")) from None
    finally:
        loader.dispose()
    lines: dict[YamlPath, int] = {}
    if node is not None:
        _collect_lines(node, (), first_line, lines)
    return YamlDocument(data, LineMap(lines, first_line))


def _yaml_problem(exc: yaml.MarkedYAMLError, text: str, rel: str, first_line: int) -> Problem:
    """Where the editor should look: for an unclosed quote or bracket that runs to the end of
    the front matter, the line where it was opened; otherwise the line where parsing failed."""
    mark = exc.problem_mark
    what = exc.problem or "not valid"
    at_end = mark is None or not text[mark.index :].strip()
    if exc.context_mark is not None and at_end:
        mark = exc.context_mark
        what = f"{exc.context}, never closed ({what})"
    line = first_line + (mark.line if mark else 0)
    return error(SourceRef(rel, line), f"invalid YAML: {what}")


def _collect_lines(
    node: yaml.Node, path: YamlPath, first_line: int, lines: dict[YamlPath, int]
) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*path, str(key_node.value))
            lines[child] = first_line + key_node.start_mark.line
            _collect_lines(value_node, child, first_line, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = first_line + item.start_mark.line
            _collect_lines(item, child, first_line, lines)


@dataclass(frozen=True)
class MarkdownSource:
    """A Markdown page split into its front matter and its body."""

    front_matter: YamlDocument
    body: str
    body_first_line: int


def parse_markdown(text: str, rel: str) -> MarkdownSource:
    """Split front matter from body; a ContentError for an empty file or bad front matter."""
    if not text.strip():
        raise ContentError(
            error(SourceRef(rel, 1), "file is empty: a principle needs front matter with a title")
        )
    match = _FRONT_MATTER.match(text)
    if match is None:
        message = (
            "front matter is not closed: end it with a line '---'"
            if text.startswith("---")
            else "no front matter: start the file with '---', the fields, and '---'"
        )
        raise ContentError(error(SourceRef(rel, 1), message))
    document = parse_yaml(match.group(1) or "", rel, first_line=2)
    if not isinstance(document.data, dict):
        kind = "empty" if document.data is None else f"a {type(document.data).__name__}"
        raise ContentError(
            error(SourceRef(rel, 2), f"front matter must be a mapping of fields, not {kind}")
        )
    body_first_line = text.count("\n", 0, match.end()) + 1
    return MarkdownSource(document, text[match.end() :], body_first_line)


@dataclass(frozen=True)
class BodyOutline:
    """What Leidraad reads from a page body: its top-level tabs and a top-level `# heading`."""

    tabs: tuple[tuple[str, int], ...]
    h1_line: int | None


# The only lines that matter: a fence, a top-level tab, a top-level `# heading`.
_LANDMARK = re.compile(
    r'^(?:[ \t]*(?P<fence>`{3,}|~{3,})|===[!+]*[ \t]+"(?P<label>[^"]*)"|(?P<h1># \S))', re.M
)


def outline(body: str, first_line: int) -> BodyOutline:
    """One pass over the body, skipping fenced code; lines are numbered as in the file."""
    tabs: list[tuple[str, int]] = []
    h1_line: int | None = None
    fence = ""
    line, position = first_line, 0
    for match in _LANDMARK.finditer(body):
        line += body.count("\n", position, match.start())
        position = match.start()
        marker = match.group("fence")
        if marker:
            if not fence:
                fence = marker
            elif marker.startswith(fence):
                fence = ""
        elif fence:
            continue
        elif match.group("label") is not None:
            tabs.append((match.group("label"), line))
        elif h1_line is None:
            h1_line = line
    return BodyOutline(tuple(tabs), h1_line)
