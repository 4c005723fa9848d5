"""Reading content files: UTF-8 text, front matter and YAML that remembers its line numbers.

MkDocs' own front-matter reader swallows YAML errors, so Leidraad parses front matter itself
(as Material's blog plugin does) and keeps the line of every key for its messages.
"""

from __future__ import annotations

import bisect
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import yaml
from mkdocs.utils.meta import YAML_RE as _FRONT_MATTER

from principles.content.model import SourceRef
from principles.content.problems import Problem, error

# Front matter is recognised with MkDocs' own expression (imported above), so that the check
# and the build always agree on where the fields end and the body starts.

MAX_FILE_BYTES = 1024 * 1024
"""A data file (YAML) larger than this is refused: checking and building stay bounded."""
MAX_PAGE_BYTES = 512 * 1024
"""A Markdown page larger than this is refused: Python-Markdown renders an ordinary page of
this size (dense with links and emphasis) in about 2.5 seconds (bench/README.md, "Bounded
work"); ordinary principle pages are some kilobytes."""
MAX_YAML_DEPTH = 20
"""Front matter nests three levels deep at most; deeper structures are refused."""

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
        super().__init__("; ".join(problem.text("en") for problem in problems))
        self.problems = list(problems)


def outside_docs(path: Path, rel: str) -> bool:
    """Whether the file at `path` (whose path in the docs folder is `rel`) is, once its
    symbolic links are followed, a file outside the docs folder. MkDocs follows such links and
    would publish what they point to: any file of the machine that builds the site."""
    parts = rel.split("/")
    docs_dir = path.parents[len(parts) - 1]
    try:
        # Quick: when no folder or file under the docs folder is a link, the file is in it.
        step = str(docs_dir)
        for part in parts:
            step = f"{step}{os.sep}{part}"  # strings: pathlib is slower, and this runs per file
            if stat.S_ISLNK(os.lstat(step).st_mode):
                break
        else:
            return False
        return not path.resolve(strict=True).is_relative_to(docs_dir.resolve(strict=True))
    except (OSError, RuntimeError):  # A link to nothing, or in a loop: nothing of ours either.
        return True


def read_text(path: Path, rel: str, *, known_inside: bool = False) -> str:
    """The file as text, read as MkDocs reads it: UTF-8 with or without a byte order mark,
    and Windows (CRLF) or old Mac (CR) line ends turned into LF.

    A ContentError names the line of the first byte that is not UTF-8, or says that the file
    is too large, or that it is (a link to) a file outside the docs folder, which is not read
    (`known_inside`: the caller has just made sure it is not).
    """
    if not known_inside and outside_docs(path, rel):
        raise ContentError(error(SourceRef(rel, 1), "LD117"))
    size = path.stat().st_size
    limit = MAX_PAGE_BYTES if rel.endswith(".md") else MAX_FILE_BYTES
    if size > limit:
        raise ContentError(
            error(SourceRef(rel, 1), "LD101", size=-(-size // 1024), limit=limit // 1024)
        )
    raw = path.read_bytes()
    try:
        return universal_newlines(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start : exc.start + 1].hex()
        raise ContentError(error(SourceRef(rel, line), "LD102", byte=byte)) from None


def universal_newlines(text: str) -> str:
    """`text` with CRLF and CR line ends as LF: what Python's text mode (and so MkDocs) reads."""
    if "\r" not in text:  # A search for one character: fast; and most text has none.
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# libyaml's parser when PyYAML has it (several times faster); its nodes carry marks too.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """YAML's safe loader, but dates stay text ('2026-11-24'), as JSON Schema expects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str, rel: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document, keeping line numbers; a ContentError says where it broke.

    The work is bounded by the text's size: anchors and aliases (which can expand a few lines
    into billions of values) are refused, and so is nesting deeper than MAX_YAML_DEPTH. A key
    given twice is an error rather than a value silently lost.
    """
    text = universal_newlines(text)
    line_of = _line_counter(text, first_line)
    try:
        _refuse_aliases(text, rel, line_of)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            lines = _walk(node, rel, line_of) if node is not None else {}
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise ContentError(_yaml_problem(exc, text, rel, line_of)) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise ContentError(error(SourceRef(rel, first_line), "LD103", detail=exc)) from None
    return YamlDocument(data, LineMap(lines, first_line))


# Line breaks to PyYAML (its marks count them) but not to an editor, which shows the file's
# lines as ended by \n, \r\n or \r only.
_YAML_ONLY_BREAKS = re.compile("[\x85\u2028\u2029]")


LineOf: TypeAlias = Callable[[yaml.Mark | None], int]


def _line_counter(text: str, first_line: int) -> LineOf:
    """The line of a PyYAML mark in the file, as the editor numbers it (`text` has `\n` line
    ends only and starts at `first_line`); no mark: the first line."""
    if not _YAML_ONLY_BREAKS.search(text):
        return lambda mark: first_line + (mark.line if mark else 0)
    line_ends = [position for position, char in enumerate(text) if char == "\n"]
    return lambda mark: first_line + (bisect.bisect_left(line_ends, mark.index) if mark else 0)


def _refuse_aliases(text: str, rel: str, line_of: LineOf) -> None:
    """A ContentError at the first anchor (`&name`) or alias (`*name`) of the document."""
    if "&" not in text and "*" not in text:
        return  # Neither can occur: no need to read the events.
    loader = _Loader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = line_of(event.start_mark)
                raise ContentError(error(SourceRef(rel, line), "LD108", anchor=event.anchor))
    finally:
        loader.dispose()


def _walk(root: yaml.Node, rel: str, line_of: LineOf) -> dict[YamlPath, int]:
    """The line of every value by its path, in one walk that also refuses structures nested
    too deeply and keys given twice in one mapping."""
    problems: list[Problem] = []
    lines: dict[YamlPath, int] = {}
    stack: list[tuple[yaml.Node, YamlPath]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_YAML_DEPTH:
            line = line_of(node.start_mark)
            raise ContentError(error(SourceRef(rel, line), "LD109", limit=MAX_YAML_DEPTH))
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                line = line_of(key_node.start_mark)
                if key in seen:
                    problems.append(error(SourceRef(rel, line), "LD110", key=key, other=seen[key]))
                    continue
                seen[key] = line
                lines[(*path, key)] = line
                stack.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value):
                lines[(*path, position)] = line_of(item.start_mark)
                stack.append((item, (*path, position)))
    if problems:
        raise ContentError(*problems)
    return lines


def _yaml_problem(exc: yaml.MarkedYAMLError, text: str, rel: str, line_of: LineOf) -> Problem:
    """Where the editor should look, and what is wrong there in words an editor knows: for an
    unclosed quote or bracket that runs to the end of the front matter, the line where it was
    opened; otherwise the line where parsing failed."""
    mark = exc.problem_mark
    what = exc.problem or "not valid"
    at_end = mark is None or not text[mark.index :].strip()
    if exc.context_mark is not None and at_end:
        line = line_of(exc.context_mark)
        return error(SourceRef(rel, line), "LD104", detail=f"{exc.context} ({what})")
    line = line_of(mark)
    for code, clue in _YAML_CLUES:
        if clue in what:
            return error(SourceRef(rel, line), code, detail=what)
    return error(SourceRef(rel, line), "LD103", detail=what)


# What PyYAML says, and the message that explains it to an editor.
_YAML_CLUES = (
    ("LD105", "mapping values are not allowed"),
    ("LD106", "'\\t'"),
    ("LD107", "expected <block end>"),
    ("LD107", "did not find expected key"),
    ("LD107", "could not find expected ':'"),
    ("LD107", "did not find expected '-'"),
)


@dataclass(frozen=True)
class MarkdownSource:
    """A Markdown page split into its front matter and its body."""

    front_matter: YamlDocument
    body: str
    body_first_line: int


def parse_markdown(text: str, rel: str) -> MarkdownSource:
    """Split front matter from body; a ContentError for an empty file or bad front matter."""
    text = universal_newlines(text)
    if not text.strip():
        raise ContentError(error(SourceRef(rel, 1), "LD111"))
    document, body, body_first_line = split_front_matter(text, rel)
    if document is None:
        raise ContentError(error(SourceRef(rel, 1), _why_no_front_matter(text)))
    return MarkdownSource(document, body, body_first_line)


def split_front_matter(text: str, rel: str) -> tuple[YamlDocument | None, str, int]:
    """Front matter (None when the page has none), body and the body's first line, for any
    Markdown page: a page need not have front matter, but what MkDocs reads as front matter
    must be a valid mapping."""
    text = universal_newlines(text)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text, 1
    document = parse_yaml(match.group(1), rel, first_line=2)
    if not isinstance(document.data, dict):
        raise ContentError(error(SourceRef(rel, 2), "LD116", kind=value_kind(document.data)))
    return document, text[match.end() :], text.count("\n", 0, match.end()) + 1


def value_kind(value: Any) -> str:
    """The kind of a YAML value, as a word of `principles.content.messages.WORDS`."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "boolean"
    return {str: "string", int: "integer", float: "number", list: "array", dict: "object"}.get(
        type(value), type(value).__name__
    )


def _why_no_front_matter(text: str) -> str:
    """Why MkDocs would not see front matter at the start of `text` (a message code)."""
    first, _, rest = text.partition("\n")
    if first.rstrip(" \t") != "---":
        return "LD112"
    if re.match(r"(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", rest):
        return "LD113"
    last = rest.rstrip(" \t").rpartition("\n")[2]
    if last in ("---", "...") and not rest.endswith("\n"):
        return "LD114"
    return "LD115"
