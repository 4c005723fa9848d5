"""Checking a page body's raw HTML as the build renders it.

`principles.content.body` reads the Markdown source line by line; where it guesses wrong about
what is code (four-space-indented lines inside a raw HTML block are HTML for Python-Markdown,
not code), a stray `</div>` or a form went unseen. Here the body is rendered with the site's own
Markdown extensions (mkdocs.yml's, with MkDocs' built-ins), and the HTML that comes out is read
with the standard library's HTML parser: every tag the author wrote (Python-Markdown keeps raw HTML
verbatim in its "stash" and puts it back at the end) is checked, and each finding is traced
back to its line through the stash.

A body without a `<` that could start a tag is not rendered: Markdown alone makes balanced,
harmless HTML (its addresses are checked in `principles.content.body`).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
from markdown import util
from markdown.postprocessors import Postprocessor, RawHtmlPostprocessor

from principles.content.model import SourceRef
from principles.content.problems import Problem, error, warning

VOID_ELEMENTS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr")
)  # fmt: skip
# Elements whose end tag HTML lets authors leave out: never reported as unclosed.
OPTIONAL_END = frozenset(
    ("p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
     "colgroup", "rt", "rp")
)  # fmt: skip
# Elements a page body may not contain, and why (a word of principles.content.messages.WORDS).
REFUSED_ELEMENTS = {
    "script": "scripts",
    "noscript": "scripts",
    "iframe": "frames",
    "frame": "frames",
    "frameset": "frames",
    "object": "objects",
    "embed": "objects",
    "applet": "objects",
    "form": "forms",
    "input": "forms",
    "button": "buttons",
    "select": "forms",
    "textarea": "forms",
    "base": "base",
    "meta": "settings",
    "link": "settings",
    "html": "generated",
    "head": "generated",
    "body": "generated",
    "title": "title",
}
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"})
SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
# Elements whose children may close themselves with `/>` (SVG, MathML).
_FOREIGN = frozenset({"svg", "math"})
_TAG_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
# What could start a tag or comment, or give Markdown's own element an attribute (attr_list):
# without either, a body is not rendered. Two expressions: each starts with one character,
# which the regular expression engine looks for quickly.
_TAG_START = re.compile(r"<[A-Za-z/!]")
_ATTRIBUTE_LIST = re.compile(r"\{[^}\n]*=")
# Python-Markdown's whitespace normalisation (NormalizeWhitespace), which keeps every line.
_BLANK_LINE = re.compile(r"(?<=\n) +\n")
# Markup an extension writes itself, not the author (the tables extension's column alignment).
_GENERATED_STYLE = re.compile(r"^text-align: (?:left|right|center);$")


# MkDocs always adds these to the extensions mkdocs.yml names (mkdocs.config.defaults).
_MKDOCS_BUILTINS = ("toc", "tables", "fenced_code")
_SITE_CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"
"""Leidraad's own mkdocs.yml (in a checkout or an editable install)."""


def site_extensions(config_file: Path | None) -> tuple[list[Any], dict[str, Any]]:
    """The Markdown extensions and their configs of `config_file` (a mkdocs.yml) as MkDocs
    reads them, its built-in extensions included: what a page is rendered with. Without a
    config file (or with one MkDocs could not read), MkDocs' built-in extensions alone."""
    from mkdocs.config.config_options import MarkdownExtensions
    from mkdocs.utils.yaml import yaml_load

    option = MarkdownExtensions(builtins=list(_MKDOCS_BUILTINS), configkey="mdx_configs")
    if config_file is None or not config_file.is_file():
        return option.run_validation([]), {}
    try:
        with config_file.open("rb") as handle:
            value = yaml_load(handle).get("markdown_extensions", [])
        return option.run_validation(value), dict(option.configdata)
    except Exception:  # MkDocs itself reports a broken mkdocs.yml
        return MarkdownExtensions(builtins=list(_MKDOCS_BUILTINS)).run_validation([]), {}


def config_file_for(docs_dir: Path) -> Path | None:
    """The mkdocs.yml that builds `docs_dir`: the one beside it, else Leidraad's own."""
    for candidate in (docs_dir.parent / "mkdocs.yml", _SITE_CONFIG):
        if candidate.is_file():
            return candidate
    return None


class SiteMarkdown:
    """The site's Markdown: made once per index, the first time a body needs rendering, with
    the extensions given (the build's), or those of a mkdocs.yml (`for_config`)."""

    def __init__(self, extensions: Sequence[Any], configs: Mapping[str, Any]) -> None:
        self.extensions = list(extensions)
        self.configs = dict(configs)
        self.key = repr((self.extensions, sorted(self.configs.items(), key=repr)))
        """Tells the results of one configuration from another's (in the caches)."""
        self._config_file: Path | None = None
        self._read_config = False
        self._md: markdown.Markdown | None = None
        self._tracker: _TrackRawHtml | None = None

    @classmethod
    def for_config(cls, config_file: Path | None) -> SiteMarkdown:
        """The Markdown of `config_file` (MkDocs' built-in extensions alone without one),
        read when first needed."""
        site = cls([], {})
        site._config_file, site._read_config = config_file, True
        site.key = f"config:{config_file}"
        return site

    def render(self, body: str) -> _Rendering:
        if self._md is None:
            if self._read_config:
                self.extensions, self.configs = site_extensions(self._config_file)
                self._read_config = False
            self._md = markdown.Markdown(extensions=self.extensions,
                                         extension_configs=self.configs)  # fmt: skip
            original = self._md.postprocessors["raw_html"]
            assert isinstance(original, RawHtmlPostprocessor)
            self._tracker = _TrackRawHtml(self._md, original)
            self._md.postprocessors.register(self._tracker, "raw_html", 30)
        assert self._tracker is not None
        self._md.reset()
        self._md.convert(body)
        stash = [
            block if isinstance(block, str) else None for block in self._md.htmlStash.rawHtmlBlocks
        ]
        return _Rendering(self._tracker.pieces, stash)


@dataclass
class _Rendering:
    """The HTML as the stash was put back: pieces of (text, stash key or None, offset of the
    text in that stash entry), and the stash's entries (None: not text)."""

    pieces: list[tuple[str, int | None, int]]
    stash: list[str | None]


class _TrackRawHtml(Postprocessor):
    """Python-Markdown's `raw_html` postprocessor (the one the extensions registered), which
    also remembers which stash entry each piece of the HTML came from."""

    def __init__(self, md: markdown.Markdown, original: RawHtmlPostprocessor) -> None:
        super().__init__(md)
        self.original = original
        self.pieces: list[tuple[str, int | None, int]] = []

    def run(self, text: str) -> str:
        stash = self.md.htmlStash
        pieces: list[tuple[str, int | None, int]] = []
        self.pieces = pieces
        if not stash.html_counter:
            pieces.append((text, None, 0))
            return text
        base = util.HTML_PLACEHOLDER % r"([0-9]+)"
        pattern = re.compile(f"<p>{base}</p>|{base}")

        def expand(part: str, key: int | None, depth: int) -> None:
            position = 0
            for match in pattern.finditer(part):
                pieces.append((part[position : match.start()], key, position))
                position = match.end()
                wrapped = match.group(1) is not None
                inner = int(match.group(1) or match.group(2))
                if inner >= stash.html_counter or depth > 20:
                    pieces.append((match.group(0), key, match.start()))
                    continue
                html = self.original.stash_to_string(stash.rawHtmlBlocks[inner])  # type: ignore[arg-type]
                if wrapped and not self.original.isblocklevel(html):
                    pieces.append(("<p>", key, match.start()))
                    expand(html, inner, depth + 1)
                    pieces.append(("</p>", key, match.end() - 4))
                else:
                    expand(html, inner, depth + 1)
            pieces.append((part[position:], key, position))

        expand(text, None, 0)
        return "".join(piece for piece, _, _ in pieces)


@dataclass
class _Tag:
    kind: str  # "start", "end" or "startend"
    name: str
    attrs: list[tuple[str, str | None]]
    text: str
    source: int | None  # offset in the (normalised) body when the author wrote it verbatim
    index: int = 0
    end: _Tag | None = None  # the end tag that closed this element
    problems: list[tuple[str, dict[str, object], bool]] = field(default_factory=list)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, list[tuple[str, str | None]], tuple[int, int], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append(("start", tag, attrs, self.getpos(), self.get_starttag_text() or ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append(("startend", tag, attrs, self.getpos(), self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        self.found.append(("end", tag, [], self.getpos(), ""))


_END_TAG = re.compile(r"</[^>]*>?")


def normalised(body: str) -> str:
    """`body` as Python-Markdown reads it (tabs expanded, blank lines emptied): same lines."""
    text = body.replace("\x02", "").replace("\x03", "")
    if "\t" in text:
        text = text.expandtabs(4)
    if " \n" in text:
        text = _BLANK_LINE.sub("\n", text)
    return text


def _stash_sources(
    source: str, stash: list[str | None], order: list[int], visible: str
) -> list[int | None]:
    """Where each stash entry the author wrote starts in `source` (None: written by an
    extension, or not text). `order` has the entries in the order they appear in the HTML,
    which is the order of the source (but for footnotes, which go to the end): each is looked
    for after the previous one first, outside code (`visible` has code blanked), and never
    where another entry was found."""
    starts: list[int | None] = [None] * len(stash)
    taken: list[tuple[int, int]] = []
    cursor = 0

    def free(start: int, length: int) -> bool:
        return all(start + length <= a or start >= b for a, b in taken)

    def occurrences(text: str, since: int) -> Iterator[int]:
        start = source.find(text, since)
        while start != -1:
            yield start
            start = source.find(text, start + 1)

    for key in order:
        whole = stash[key]
        # Python-Markdown ends a raw block that runs to the end of the body with line breaks
        # of its own.
        entry = whole.rstrip("\n") if whole else whole
        if not entry or not entry.strip() or entry not in source:
            continue
        first = entry.lstrip()
        lead = len(entry) - len(first)
        found = None
        for since, in_code_too in ((cursor, False), (0, False), (cursor, True), (0, True)):
            for start in occurrences(entry, since):
                shown = visible[start + lead : start + lead + 1]
                if free(start, len(entry)) and (in_code_too or shown == first[:1]):
                    found = start
                    break
            if found is not None:
                break
        starts[key] = found
        if found is not None:
            taken.append((found, found + len(entry)))
            cursor = found + len(entry)
    return starts


def _tags(rendering: _Rendering, source: str, visible: str) -> list[_Tag]:
    """Every tag of the rendered HTML, with its place in `source` when the author wrote it."""
    html = "".join(piece for piece, _, _ in rendering.pieces)
    starts_of_pieces: list[int] = []
    position = 0
    for piece, _, _ in rendering.pieces:
        starts_of_pieces.append(position)
        position += len(piece)
    line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
    order = list(dict.fromkeys(key for _, key, _ in rendering.pieces if key is not None))
    stash_sources = _stash_sources(source, rendering.stash, order, visible)
    parser = _Tags()
    parser.feed(html)
    parser.close()
    tags: list[_Tag] = []
    for kind, name, attrs, (line, column), text in parser.found:
        offset = line_starts[line - 1] + column
        if kind == "end":
            match = _END_TAG.match(html, offset)
            text = match.group() if match else f"</{name}>"
        number = bisect.bisect_right(starts_of_pieces, offset) - 1
        _, key, in_entry = rendering.pieces[number]
        where = None
        if key is not None and stash_sources[key] is not None:
            where = stash_sources[key] + in_entry + offset - starts_of_pieces[number]  # type: ignore[operator]
            if source[where : where + len(text)] != text:
                where = None
        tags.append(_Tag(kind, name, attrs, text, where, len(tags)))
    return tags


@dataclass
class _Finding:
    tag: _Tag
    code: str
    values: dict[str, object]
    is_error: bool = True
    attribute: str = ""  # the attribute the finding is about, to find it in the source


def _structure(tags: list[_Tag]) -> tuple[list[_Finding], list[_Tag]]:
    """Stray end tags, elements closed by the wrong end tag, elements never closed. The
    extensions' own markup is balanced: an end tag the author wrote may close only elements
    the author opened (or a paragraph or list item around them); an element the author opened
    must be closed by an end tag the author wrote."""
    findings: list[_Finding] = []
    stack: list[_Tag] = []
    foreign = 0
    for tag in tags:
        if not _TAG_NAME.match(tag.name):
            continue
        raw = tag.source is not None
        if tag.kind != "end":
            if tag.name in VOID_ELEMENTS or (tag.kind == "startend" and foreign):
                continue
            stack.append(tag)
            foreign += tag.name in _FOREIGN
            continue
        if tag.name in VOID_ELEMENTS:
            continue
        depth = None
        for position in range(len(stack) - 1, -1, -1):
            opened = stack[position]
            if opened.name == tag.name and (opened.source is not None) == raw:
                depth = position
                break
            if raw and opened.source is None and opened.name not in OPTIONAL_END:
                break  # An end tag of the author's may not close the extensions' markup.
        if depth is None:
            if raw:
                findings.append(_Finding(tag, "LD401", {"name": tag.name}))
            continue
        for inner in stack[depth + 1 :]:
            if inner.source is not None and inner.name not in OPTIONAL_END:
                if raw:
                    findings.append(_Finding(inner, "LD412", {"name": inner.name,
                                                              "closer": tag.name}))  # fmt: skip
                else:
                    findings.append(_Finding(inner, "LD402", {"name": inner.name}))
            foreign -= inner.name in _FOREIGN
        stack[depth].end = tag
        foreign -= stack[depth].name in _FOREIGN
        del stack[depth:]
    unclosed = [tag for tag in stack if tag.source is not None and tag.name not in OPTIONAL_END]
    return findings, unclosed


def _element_findings(tag: _Tag) -> list[_Finding]:
    """Refused elements, event handlers, styles and script addresses on one start tag."""
    found: list[_Finding] = []
    name = tag.name
    if name in REFUSED_ELEMENTS and tag.kind != "end":
        found.append(_Finding(tag, "LD403", {"name": name, "reason": REFUSED_ELEMENTS[name]}))
    elif name == "style" and tag.kind != "end":
        found.append(_Finding(tag, "LD404", {}, is_error=False))
    if tag.kind == "end":
        return found
    for attribute, value in tag.attrs:
        if attribute.startswith("on"):
            found.append(_Finding(tag, "LD405", {"attribute": attribute, "name": name},
                                  attribute=attribute))  # fmt: skip
        elif attribute == "style":
            if tag.source is None and _GENERATED_STYLE.match(value or ""):
                continue
            found.append(_Finding(tag, "LD406", {"name": name}, False, attribute))
        elif attribute in URL_ATTRIBUTES and value and SCRIPT_URL.match(value):
            scheme = value.strip().partition(":")[0].strip().lower()
            found.append(_Finding(tag, "LD407", {"scheme": scheme}, attribute=attribute))
    return found


@dataclass(frozen=True)
class Located:
    """A problem of a body, its line counted from the body's first line (0)."""

    line: int
    code: str
    values: tuple[tuple[str, str], ...]
    is_error: bool
    fix: tuple[int, int] | None = None  # the source range the advice says to remove
    lines: tuple[int, ...] = ()  # lines the message names, counted like `line`

    @property
    def kind(self) -> str:
        """What is wrong, whatever the advice: a stray end tag (LD401, also when its removal
        has to wait: LD428), a refused element (LD403, also to be removed whole: LD426,
        LD427), …"""
        kinds = {"LD428": "LD401", "LD429": "LD401", "LD431": "LD401", "LD426": "LD403",
                 "LD427": "LD403", "LD430": "LD403", "LD432": "LD403"}  # fmt: skip
        return kinds.get(self.code, self.code)

    def moved(self, lines: int, offset: int) -> Located:
        """This problem of a part of a body that starts `lines` lines, `offset` characters
        into it."""
        values = tuple(
            (name, str(int(value) + lines) if name in ("start", "end") else value)
            for name, value in self.values
        )
        fix = (self.fix[0] + offset, self.fix[1] + offset) if self.fix else None
        moved = tuple(line + lines for line in self.lines)
        return Located(self.line + lines, self.code, values, self.is_error, fix, moved)

    def problem(self, rel: str, first_line: int) -> Problem:
        make = error if self.is_error else warning
        values: dict[str, object] = dict(self.values)
        for name in ("start", "end"):  # lines of the advice, counted like `line`
            if name in values:
                values[name] = first_line + int(str(values[name]))
        if self.lines:
            values["lines"] = ", ".join(str(first_line + line) for line in self.lines)
        return make(SourceRef(rel, first_line + self.line), self.code, **values)


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset)


def _fallback(source: str, visible: str, finding: _Finding, used: set[int]) -> int:
    """Where in `source` a finding on a tag the author did not write verbatim is (an element
    `md_in_html` rewrote, an attribute `attr_list` added): its tag name or attribute outside
    code, else anywhere, else the body's first line."""
    needles = [re.compile(rf"<{re.escape(finding.tag.name)}\b", re.IGNORECASE)]
    if finding.attribute:
        needles.insert(0, re.compile(rf"\b{re.escape(finding.attribute)}\s*=", re.IGNORECASE))
    for needle in needles:
        for text in (visible, source):
            for match in needle.finditer(text):
                if match.start() not in used:
                    used.add(match.start())
                    return match.start()
    return 0


def check(body: str, site: SiteMarkdown) -> list[Located]:
    """The problems of `body`'s raw HTML as the site renders it, each at its line.

    Rendering a whole body costs milliseconds; most of a page is Markdown without HTML. So
    the top-level blocks that hold a tag are rendered on their own first (a block starts on a
    line that is not indented, after a blank line, outside code: what came before cannot
    reach into it); the whole body is rendered only when one of them is broken on its own
    (an element left open may run on into the next block) or holds a comment, which may."""
    if not _may_have_html(body):
        return []
    source = normalised(body)
    blocks = _html_blocks(source)
    if blocks is None:
        return _check_advised(source, site)
    found: list[Located] = []
    for start, end in blocks:
        block = source[start:end]
        # Pages share blocks (a notice, a banner): each is rendered once.
        part = _remembered(_block_cache, block, site, _check_advised)
        if any(located.kind in _STRUCTURE for located in part):
            return _check_advised(source, site)
        line = _line(source, start)
        found.extend(located.moved(line, start) for located in part)
    return found


_block_cache: dict[tuple[str, bytes], tuple[Located, ...]] = {}


def _html_blocks(source: str) -> list[tuple[int, int]] | None:
    """The ranges of the top-level blocks of `source` that may hold a tag, or None when the
    whole body is to be rendered (a comment, or only one or two blocks)."""
    if "<!--" in source:
        return None
    starts = [0]
    blank = source.find("\n\n")
    while blank != -1:
        start = blank + 2
        while source.startswith("\n", start):
            start += 1
        if start < len(source) and source[start] not in " \t":
            starts.append(start)
        blank = source.find("\n\n", start)
    if len(starts) < 3:
        return None
    if "```" in source or "~~~" in source:
        # A line that is not indented is code only in a fenced block.
        from principles.content.body import visible_text

        visible = visible_text(source, same_offsets=True)
        starts = [start for start in starts if visible[start] == source[start]]
    ends = [*starts[1:], len(source)]
    holding = {bisect.bisect_right(starts, position) - 1 for position in _html_starts(source)}
    return [(starts[number], ends[number]) for number in sorted(holding)]


def _may_have_html(text: str) -> bool:
    return bool(_TAG_START.search(text) or ("{" in text and _ATTRIBUTE_LIST.search(text)))


def _html_starts(text: str) -> Iterator[int]:
    """Where a tag, comment or attribute list may start in `text`."""
    for match in _TAG_START.finditer(text):
        yield match.start()
    if "{" in text:
        for match in _ATTRIBUTE_LIST.finditer(text):
            yield match.start()


def _check_advised(body: str, site: SiteMarkdown) -> list[Located]:
    """`check` of the whole of `body`. Advice to remove something is tried first: when the
    page would be worse without it (the text after it literal, other HTML left open), the
    message says what to fix first (LD428), or, with nothing to fix first, to rewrite the line
    without HTML (LD431, LD432: no removal is advised)."""
    found, _ = _check(body, site)
    if not any(located.fix for located in found):
        return found
    source = normalised(body)
    before = _Verdict(found, _markdown_made(body, site))
    structural = sorted(
        {located.line for located in found if located.code in _STRUCTURE and not located.fix}
    )
    safe: list[Located] = []
    for located in found:
        if located.fix is None:
            safe.append(located)
            continue
        start, end = located.fix
        fixed = source[:start] + source[end:]
        after, _ = _check(fixed, site)
        # What Markdown made of the removed text goes with it.
        made = _markdown_made(fixed, site) + _markdown_made(source[start:end], site)
        if not before.worse(_Verdict(after, made)):
            safe.append(located)
            continue
        what = _tag_text(located) if located.kind == "LD401" else _element_text(located)
        if not structural:  # Nothing to fix first: removing it alone would not do.
            code = "LD431" if located.kind == "LD401" else "LD432"
            safe.append(Located(located.line, code, (("what", what),), True))
            continue
        lines = ", ".join(str(line) for line in structural)
        safe.append(
            Located(located.line, "LD428", (("what", what), ("lines", lines)), True,
                    lines=tuple(structural))
        )  # fmt: skip
    return safe


_STRUCTURE = frozenset({"LD401", "LD402", "LD412", "LD425"})
# What Markdown makes of text (not raw HTML; not paragraphs and list items, which removing a
# line may merge): fewer of one of these after a fix means text turned literal (a code span
# too: `<div>` shown as code, not as a tag).
_MARKDOWN_MADE = re.compile(r"<(h[1-6]|em|strong|blockquote|code)\b")


def _tag_text(located: Located) -> str:
    return f"</{dict(located.values)['name']}>"


def _element_text(located: Located) -> str:
    name = dict(located.values)["name"]
    return f"<{name}>…</{name}>"


@dataclass(frozen=True)
class _Verdict:
    found: list[Located]
    markdown_made: Counter[str]

    def worse(self, after: _Verdict) -> bool:
        """Whether `after` (one fix applied) is no better than this: as many problems or
        more, a kind of problem there was not, or text that Markdown no longer formats. Each
        kind of element is counted on its own: a heading the fix makes does not make up for
        emphasis it loses."""
        return (
            len(after.found) >= len(self.found)
            or not {f.kind for f in after.found} <= {f.kind for f in self.found}
            or any(after.markdown_made[name] < count for name, count in self.markdown_made.items())
        )


def _markdown_made(body: str, site: SiteMarkdown) -> Counter[str]:
    """How many elements of each kind Markdown made of `body` (raw HTML left out)."""
    try:
        rendering = site.render(body)
    except Exception:  # See `_check`.
        return Counter()
    return Counter(
        name
        for piece, key, _ in rendering.pieces
        if key is None
        for name in _MARKDOWN_MADE.findall(piece)
    )


def _check(body: str, site: SiteMarkdown) -> tuple[list[Located], list[_Tag]]:
    if not _may_have_html(body):
        return [], []
    from principles.content.body import visible_text

    source = normalised(body)
    visible = visible_text(source, same_offsets=True)
    try:
        rendering = site.render(body)
    except Exception:  # An extension that fails on a page fails the build, which says so.
        return [], []
    tags = _tags(rendering, source, visible)
    findings, unclosed = _structure(tags)
    # Which tags the author wrote, or that the source names (`md_in_html` writes the
    # author's elements anew, `attr_list` adds attributes): the others are the extensions'.
    lowered = source.lower()
    for tag in tags:
        if tag.kind == "end" or not _TAG_NAME.match(tag.name):
            continue
        if tag.source is None and f"<{tag.name}" not in lowered:
            refused = [f for f in _element_findings(tag) if f.attribute]
            findings.extend(
                f for f in refused if re.search(rf"\b{re.escape(f.attribute)}\s*=", lowered)
            )
            continue
        findings.extend(_element_findings(tag))
    return _advise(source, visible, tags, findings, unclosed), tags


def _advise(
    source: str,
    visible: str,
    tags: list[_Tag],
    findings: list[_Finding],
    unclosed: list[_Tag],
) -> list[Located]:
    """The findings as advice that leaves the page better: a refused element with content
    (a form with its fields, a button with its text) is removed whole, from its start tag to
    its end tag, and nothing inside it is reported on its own."""
    located: list[Located] = []
    used: set[int] = set()
    removed: list[tuple[int, int]] = []  # tag indexes of refused elements removed whole
    ranges: list[tuple[int, int]] = []
    for finding in sorted(findings, key=lambda f: f.tag.index):
        tag = finding.tag
        if any(first <= tag.index <= last for first, last in removed):
            continue  # Goes with the element around it.
        where = tag.source if tag.source is not None else _fallback(source, visible, finding,
                                                                       used)  # fmt: skip
        values: dict[str, object] = dict(finding.values)
        code = finding.code
        fix = None
        end = tag.end
        if code == "LD403" and end is not None and end.source is not None and where is not None:
            removed.append((tag.index, end.index))
            start_line, end_line = _line(source, where), _line(source, end.source)
            fix = (where, end.source + len(end.text))
            ranges.append(fix)
            if start_line == end_line:
                code = "LD427"
            else:
                code = "LD426"
                values.update(start=start_line, end=end_line)  # made absolute below
        elif code == "LD401" and tag.source is not None:
            fix = (tag.source, tag.source + len(tag.text))
        if fix is not None:
            fix, marker = _removal(source, *fix)
            if marker:  # The item's text is to move up behind its marker.
                code = "LD429" if code == "LD401" else "LD430"
                values = {k: v for k, v in values.items() if k in ("name", "reason")}
                values["marker"] = marker
        located.append(
            Located(_line(source, where), code,
                    tuple((k, str(v)) for k, v in values.items()), finding.is_error, fix)
        )  # fmt: skip
    for tag in unclosed:
        assert tag.source is not None
        if any(a <= tag.source < b for a, b in ranges):
            continue
        code = "LD425" if _opens_the_rest(source, tag) else "LD402"
        located.append(Located(_line(source, tag.source), code, (("name", tag.name),), True))
    return located


# What is left of a line when a list item held nothing but the removed HTML.
_EMPTY_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*")


def _removal(source: str, start: int, end: int) -> tuple[tuple[int, int], str]:
    """The range to remove for `start`-`end`, and the list marker behind which the item's
    text below moves up ("": none). When nothing but a list marker or spaces would be left of
    the line(s), the line goes with it; but when the item goes on below (on the next line, or
    after blank lines indented as its text), its text moves up behind the marker: without
    the line, that text would be code or another item's; with a bare marker, a `-` under a
    line is that line's heading underline (and with the marker's space trimmed, as editors
    do, the item no list item at all)."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end == -1 else line_end
    left = source[line_start:start] + source[end:line_end]
    if not _EMPTY_ITEM.fullmatch(left):
        return (start, end), ""
    next_start = min(line_end + 1, len(source))
    below = next_start
    while source.startswith("\n", below):
        below += 1
    below_end = source.find("\n", below)
    below_line = source[below : len(source) if below_end == -1 else below_end]
    text = below_line.lstrip(" \t")
    indent = len(below_line) - len(text)
    # After a blank line the item goes on only where its text is indented (by four spaces).
    needed = len(left) - len(left.lstrip()) + 4 if below > next_start else 1
    marker = left.strip()
    if marker and text and indent >= needed and not source[end:line_end].strip():
        # `- </div>` over `    text` becomes `- text`.
        return (start, below + indent), marker
    return (line_start, next_start), ""


def _opens_the_rest(source: str, tag: _Tag) -> bool:
    """Whether Python-Markdown reads everything from `tag` to the end of the body as one raw
    HTML block: a block that starts with it, is never closed and goes on past a blank line."""
    assert tag.source is not None
    line_start = source.rfind("\n", 0, tag.source) + 1
    if source[line_start : tag.source].strip():
        return False
    return "\n\n" in source[tag.source :].rstrip()


_cache: dict[tuple[str, bytes], tuple[Located, ...]] = {}


def problems(body: str, first_line: int, rel: str, site: SiteMarkdown) -> list[Problem]:
    """`check` as located problems of `rel`, whose body starts on line `first_line`; the
    result for the same body and site is remembered (the preview checks on every save)."""
    if not _may_have_html(body):
        return []
    found = _remembered(_cache, body, site, check)
    return [located.problem(rel, first_line) for located in found]


def _remembered(
    cache: dict[tuple[str, bytes], tuple[Located, ...]],
    text: str,
    site: SiteMarkdown,
    compute: Callable[[str, SiteMarkdown], Iterable[Located]],
) -> tuple[Located, ...]:
    """`compute(text, site)`, made once per text and site (bounded: the cache starts afresh
    past 20,000 entries)."""
    key = (site.key, hashlib.blake2b(text.encode("utf-8", "surrogatepass")).digest())
    found = cache.get(key)
    if found is None:
        if len(cache) > 20_000:
            cache.clear()
        found = cache[key] = tuple(compute(text, site))
    return found
