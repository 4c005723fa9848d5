"""Reading a page body as Markdown readers of it will see it: its tabs, its headings and its
raw HTML, each with the line it is on.

What is code (fenced, indented, inline) is left alone: a few regex passes show that a page
has no code block (nearly every principle page), else one pass over its lines finds them.
The rest is searched for tabs, `# headings`, links and HTML tags, on the lines at the margin
(`margin_lines`) where those can start; `principles check` runs this on every page, so the
line-by-line work is kept to what needs it (bench/README.md). The problems found here concern
any Markdown page; what they mean for a principle (roles, title) is
`principles.content.load`'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from principles.content.model import SourceRef
from principles.content.problems import Problem, error, warning


@dataclass(frozen=True)
class Tab:
    """A top-level content tab (`=== "Label"`): its label, line and which tab set it is in;
    `selected` when the author opens the set on it (`===+ "Label"`), and how its content starts
    (`tab_start`)."""

    label: str
    line: int
    tab_set: int
    selected: bool = False
    heading: str = ""
    lead: str = ""


@dataclass(frozen=True)
class Heading:
    """A Markdown heading outside code and raw HTML."""

    level: int
    text: str
    line: int


@dataclass(frozen=True)
class ListedLink:
    """A list item that starts with a link: `- **[Naam](https://…)**: wat het is`."""

    text: str
    url: str
    line: int


@dataclass(frozen=True)
class LinkList:
    """A section whose list is nothing but links, such as a hand-written '## Meer weten'."""

    heading: Heading
    links: tuple[ListedLink, ...]
    alone: bool = False
    """The section holds nothing but that list (no paragraph, table or HTML beside it)."""
    end: int = 0
    """The section's last line (before the next heading, or the body's last line)."""


@dataclass(frozen=True)
class EmptySection:
    """A `## heading` with nothing under it for a reader: no text at all (`holds` "nothing"), or
    only what another site's plugins would have filled in: an HTML comment ("comment"), a
    `{{ … }}` or `{% … %}` ("placeholder"), an empty `<div>` ("div")."""

    heading: Heading
    holds: str


@dataclass(frozen=True)
class BodyOutline:
    tabs: tuple[Tab, ...]
    headings: tuple[Heading, ...]
    problems: tuple[Problem, ...]
    link_lists: tuple[LinkList, ...] = ()
    empty_sections: tuple[EmptySection, ...] = ()

    @property
    def h1(self) -> tuple[Heading, ...]:
        return tuple(heading for heading in self.headings if heading.level == 1)


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
_TAB = re.compile(r'^===(?P<marks>[!+]*)[ \t]+"(?P<label>[^"]*)"')
_NEW_TAB_SET = re.compile(r"^===\+?!")
# An ATX heading's start: up to three spaces, one to six '#', then white space or the end.
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
# Lines whose indented continuation is content, not code: tabs, admonitions, lists.
_OPENER = re.compile(r"^([ \t]*)(?:(?:===|!!!|\?\?\?)\S*[ \t]|[-*+][ \t]+|\d{1,9}[.)][ \t]+)")
_MAY_HAVE_HEADING = re.compile(r"^ {0,3}#", re.M)
NUMBERED_TITLE = re.compile(r"^\s*(\d+)\s*\.\s*(.*)$", re.DOTALL)
"""A title that starts with its number: `9. Integreer en pas technologie aan`."""
_OPENER_STARTS = frozenset("=!?-*+0123456789")
# The scheme of a script address, and white space, at the end of a text (before its ':').
_SCRIPT_WORD = re.compile(r"(?:javascript|vbscript|data)\s*\Z", re.IGNORECASE)
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(
    r"<(?P<end>/)?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<attrs>(?:\s[^<>]*?)?)(?P<selfclose>/)?>",
    re.DOTALL,
)
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
# The address of an inline link `[text](url)` or of a reference `[name]: url`.
_MARKDOWN_LINK_URL = re.compile(
    r"\]\(\s*<?(?P<url>[^)\s>]*)|^ {0,3}\[[^\]]+\]:\s*<?(?P<ref>\S+)", re.M
)
_AUTOLINK = re.compile(r"<(?P<url>(?:javascript|vbscript|data):[^>\s]*)>", re.IGNORECASE)
# A top-level list item, and a link at its very start (perhaps in bold or italics).
_LIST_ITEM = re.compile(r"^ {0,3}[-*+][ \t]+(?P<rest>.*)$")
_LEADING_LINK = re.compile(r"^(?:\*\*|__|\*|_)?\[(?P<text>[^\]]+)\]\(\s*<?(?P<url>[^)\s>]+)")

VOID_ELEMENTS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr")
)  # fmt: skip


def _heading(line: str) -> tuple[int, str] | None:
    """(level, text) of `line` when it is an ATX heading (`## Text ##`), else None: the text
    without the closing '#'s and white space (read without a lazy pattern, which would try
    every character of the line)."""
    start = _ATX.match(line)
    if start is None:
        return None
    text = line[start.end(1) :].lstrip(" \t").rstrip(" \t")
    unclosed = text.rstrip("#")
    if len(unclosed) < len(text) and unclosed[-1:] in (" ", "\t"):
        text = unclosed  # A closing sequence: ' ##' at the end.
    return len(start.group(1)), text.strip()


def contains(text: str, mark: str) -> bool:
    """`mark in text`, its first character looked for first: a search for one character is
    several times faster, and most pages have no '`', '~' or '<' at all."""
    return mark[0] in text and mark in text


# The outline, the bounds and the links of a page each need its visible text: made once per
# text. Enough entries for every page of a large site, so that `principles check` and the
# preview (which reads only changed files again, but checks every page's links) never make one
# twice.
@functools.lru_cache(maxsize=16_384)
def visible_text(body: str, *, same_offsets: bool = False) -> str:
    """`body` with code (fenced, indented, inline) and HTML comments blanked out, line for
    line: what a reader sees as text and markup. With `same_offsets`, every character keeps
    its offset (code lines become spaces, not empty)."""
    if _has_no_code_block(body):
        text = body
    else:
        lines = body.split("\n")
        masked = _mask_code(lines)
        if same_offsets:
            masked = [
                m if m == line else " " * len(line) for m, line in zip(masked, lines, strict=True)
            ]
        text = "\n".join(masked)
    if contains(text, "<!--"):
        text = _COMMENT.sub(lambda m: _blank(m.group()), text)
    if "`" in text:
        text = _INLINE_CODE.sub(lambda m: _blank(m.group()), text)
    return text


def outline(body: str, first_line: int, rel: str = "") -> BodyOutline:
    """Tabs, headings and problems of a body whose first line is line `first_line` of `rel`."""
    lines = body.split("\n")
    text = visible_text(body)
    problems: list[Problem] = []

    def at(offset: int) -> SourceRef:
        return SourceRef(rel, first_line + text.count("\n", 0, offset))

    raw_lines = _raw_lines(text) if "<" in text else set()
    _check_links(text, at, problems)
    if contains(body, "```") or contains(body, "~~~") or contains(body, "<!--"):
        _check_unclosed(body, at, problems)
    visible = text.split("\n")
    margin = margin_lines(body)
    tabs = _tabs(lines, visible, margin, first_line, rel, problems) if contains(text, "===") else []
    headings = tuple(
        Heading(*found, first_line + number)
        for number in margin
        if "#" in visible[number][:4]
        and number not in raw_lines
        and (found := _heading(visible[number]))
    )
    link_lists = _link_lists(visible, margin, headings, raw_lines, first_line)
    empty = _empty_sections(lines, headings, first_line) if headings else ()
    return BodyOutline(tuple(tabs), headings, tuple(problems), link_lists, empty)


# A line that holds more than white space and does not start with four spaces or a tab. (The
# line break before it is part of the pattern: a literal the regex engine finds fast, where
# `^` would make it try every position.)
_MARGIN_LINE = re.compile(r"\n(?! {4}|\t)[^\S\n]*\S")


def margin_lines(body: str) -> tuple[int, ...]:
    """The numbers (0-based) of the lines of `body` that start at the margin: not blank, and
    indented by less than four spaces. Every line where a tab, a heading or a section's list
    can start is one, and only such a line ends a tab's content: the other lines need not be
    read for those. (Blanking code, comments and inline code out of a line, `visible_text`,
    never moves it off the margin.)"""
    return _margin(body)[0]


@functools.lru_cache(maxsize=16_384)
def _margin(body: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """`margin_lines(body)`, and where each of those lines starts in "\n" + `body`."""
    shifted = "\n" + body
    numbers: list[int] = []
    starts: list[int] = []
    number = offset = 0
    for match in _MARGIN_LINE.finditer(shifted):
        number += shifted.count("\n", offset, match.start())
        offset = match.start()
        numbers.append(number)
        starts.append(offset + 1)
    return tuple(numbers), tuple(starts)


# Leading white space that is not all spaces (a tab, a no-break space …), or a line indented by
# eight spaces or more after a blank line (one pattern: one pass over the page); a line
# indented by four or more after a blank line; a line that opens a tab, an admonition or a
# details block (`_OPENER`'s first kind). Possessive: each is tried from every line break, and may
# never go back over what it read (a page of blank lines would take quadratic time).
_UNEVEN_OR_DEEP = re.compile(r"\n *+(?:[^\S\n ]|\n {8,}+\S)")
_AFTER_BLANK = re.compile(r"\n *+\n {4,}+\S")
_BLOCK_OPENER = re.compile(r" {0,3}(?:===|!!!|\?\?\?)\S*[ \t]")


def _has_no_code_block(body: str) -> bool:
    """True when `_mask_code` would blank nothing in `body`, shown without reading it line by
    line; False when that cannot be shown (`_mask_code` then reads every line).

    Shown when there is no fence, all leading white space is spaces, and every line that could
    be indented code — the first line, or one after a blank line, indented by four or more — is
    indented less than eight inside a tab, an admonition or a details block opened at the
    margin: their content is indented four, nothing opened inside them has its content less
    indented, so code there needs eight. (Every other line follows text, or is at the margin.)
    """
    if contains(body, "```") or contains(body, "~~~"):
        return False
    shifted = "\n" + body
    first_line = shifted[: shifted.find("\n", 1)] if "\n" in body else shifted
    if first_line.startswith("\n    ") and first_line.strip():
        return False
    if _UNEVEN_OR_DEEP.search(shifted):
        return False  # Eight or more after a blank line: code even in a block.
    # A line that could be code in the part of the page that each line at the margin begins
    # (or before the first): that line must open a block.
    starts = _margin(body)[1]
    if not starts:
        return _AFTER_BLANK.search(shifted) is None
    if _AFTER_BLANK.search(shifted, 0, starts[0]):
        return False
    for position, begin in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(shifted)
        if _AFTER_BLANK.search(shifted, begin, end) and not _BLOCK_OPENER.match(shifted, begin):
            return False
    return True


def _link_lists(
    visible: list[str],
    margin: tuple[int, ...],
    headings: tuple[Heading, ...],
    raw_lines: set[int],
    first_line: int,
) -> tuple[LinkList, ...]:
    """The sections under a `## heading` (or deeper) whose top-level list items all start with
    a link. A list inside a tab is indented, so it is never one of them.

    Only the lines at the margin and in raw HTML are visited: an indented line is an item's
    continuation, or content of a tab or an admonition."""
    starts = {heading.line - first_line: heading for heading in headings if heading.level > 1}
    if not starts:
        return ()
    heading_lines = {heading.line - first_line for heading in headings}
    found: list[LinkList] = []
    current: Heading | None = None
    links: list[ListedLink] = []
    only_links = alone = True

    def close(end: int) -> None:
        if current is not None and links and only_links:
            found.append(LinkList(current, tuple(links), alone, first_line + end))

    for number in sorted(raw_lines.union(margin)) if raw_lines else margin:
        line = visible[number]
        if number in starts or (current is not None and number in heading_lines):
            close(number - 1)
            current, links, only_links, alone = starts.get(number), [], True, True
            continue
        if current is None:
            continue
        if number in raw_lines or line.lstrip()[:1] not in ("-", "*", "+"):
            # Beside the list: anything that is not indented (an item's continuation is).
            if line.strip() and (number in raw_lines or not line[:1].isspace()):
                alone = False
            continue
        item = _LIST_ITEM.match(line)
        if item is None:
            alone = alone and line[:1].isspace()
            continue
        link = _LEADING_LINK.match(item.group("rest"))
        if link is None:
            only_links = False
        else:
            links.append(
                ListedLink(link.group("text").strip(), link.group("url"), first_line + number)
            )
    close(len(visible) - 1)
    return tuple(found)


# What another site's plugins leave in a section they would have filled: a comment, a macro
# or template tag, an empty <div> (perhaps nested).
_PLACEHOLDERS = (
    ("comment", _COMMENT),
    ("placeholder", re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)),
    ("div", re.compile(r"<div\b[^<>]*>\s*</div\s*>", re.IGNORECASE)),
)


def _empty_sections(
    lines: list[str], headings: tuple[Heading, ...], first_line: int
) -> tuple[EmptySection, ...]:
    """Every `## heading` (or deeper) followed by nothing a reader sees before the next heading
    of its level or higher (a deeper heading is content: a subsection). The raw `lines` are
    read, so a code block is content."""
    found: list[EmptySection] = []
    for position, heading in enumerate(headings):
        if heading.level < 2:
            continue
        following = headings[position + 1] if position + 1 < len(headings) else None
        if following is not None and following.level > heading.level:
            continue
        end = following.line - first_line if following else len(lines)
        text = "\n".join(lines[heading.line - first_line + 1 : end]).strip()
        if text[:1] not in ("", "<", "{"):
            continue  # Every placeholder starts with '<' or '{': this text stays.
        holds = "nothing"
        for kind, pattern in _PLACEHOLDERS:
            while text.strip() and pattern.search(text):
                text, holds = pattern.sub("", text), kind if holds == "nothing" else holds
        if not text.strip():
            found.append(EmptySection(heading, holds))
    return tuple(found)


def title_heading(body: BodyOutline, title: str) -> Heading | None:
    """The body's first heading when it is a `# heading` that repeats the title (as pages
    written for other MkDocs sites have): Leidraad drops it, since it renders the title."""
    if body.headings and body.headings[0].level == 1:
        first = body.headings[0]
        if comparable_title(first.text) == comparable_title(title):
            return first
    return None


def body_lead(markdown: str, body: BodyOutline, first_line: int, title: str) -> str:
    """The Markdown before the body's first section heading or role tab (after a `# heading`
    that repeats the title): the page's opening explanation, "" when it has none."""
    title_line = title_heading(body, title)
    start = title_line.line - first_line + 1 if title_line else 0
    ends = [h.line for h in body.headings if h is not title_line] + [t.line for t in body.tabs]
    if not ends:
        return "\n".join(markdown.split("\n")[start:]).strip()
    end = min(ends) - first_line
    return "\n".join(markdown.split("\n", end)[start:end]).strip()  # only the lines it needs


def comparable_title(title: str) -> str:
    """A title without its number, case and extra spaces: '9.  Integreer' ~ 'integreer'."""
    numbered = NUMBERED_TITLE.match(title)
    words = numbered.group(2) if numbered else title
    return " ".join(words.split()).casefold()


def without_title_heading(markdown: str, title: str) -> str:
    """`markdown` without its first `# heading` if that repeats the title (see
    `title_heading`): the page template renders the title already."""
    if not _MAY_HAVE_HEADING.search(markdown):
        return markdown
    heading = title_heading(outline(markdown, 1), title)
    if heading is None:
        return markdown
    lines = markdown.split("\n")
    del lines[heading.line - 1]
    return "\n".join(lines)


def with_opened_tab(markdown: str, opens: Callable[[str], bool]) -> str:
    """`markdown` with every top-level tab set opened on its first tab whose label `opens`
    accepts (`=== "Jurist"` becomes `===+ "Jurist"`), except a set whose author chose a tab."""
    if "===" not in markdown:
        return markdown
    lines = markdown.split("\n")
    visible = visible_text(markdown).split("\n")
    tabs = _tabs(lines, visible, margin_lines(markdown), 1, "", [])
    chosen = {tab.tab_set for tab in tabs if tab.selected}
    for tab in tabs:
        if tab.tab_set not in chosen and opens(tab.label):
            chosen.add(tab.tab_set)
            line = lines[tab.line - 1]
            lines[tab.line - 1] = f"===+{line[3:]}"
    return "\n".join(lines)


def with_relabelled_tabs(markdown: str, relabel: Callable[[str], str]) -> str:
    """`markdown` with the label of every top-level tab replaced by `relabel(label)`."""
    if "===" not in markdown:
        return markdown
    lines = markdown.split("\n")
    visible = visible_text(markdown).split("\n")
    for tab in _tabs(lines, visible, margin_lines(markdown), 1, "", []):
        label = relabel(tab.label)
        if label != tab.label:
            line = lines[tab.line - 1]
            marks, _, rest = line.partition('"')
            after = rest.partition('"')[2]
            lines[tab.line - 1] = f'{marks}"{label}"{after}'
    return "\n".join(lines)


def _blank(text: str) -> str:
    """`text` with every character but line breaks replaced by a space (keeps offsets)."""
    return re.sub(r"[^\n]", " ", text)


def unclosed_fence(lines: list[str]) -> tuple[int, str] | None:
    """The line (0-based) and marks of a code fence that is never closed, if any."""
    unclosed: list[tuple[int, str]] = []
    _mask_code(lines, unclosed)
    return unclosed[0] if unclosed else None


def _mask_code(lines: list[str], unclosed: list[tuple[int, str]] | None = None) -> list[str]:
    """The lines with fenced and indented code blanked out; a fence never closed is added to
    `unclosed` (its line and marks)."""
    masked = list(lines)
    fence = ""
    fence_line = 0
    # The open containers (tabs, admonitions, list items): where each opener is indented, and
    # where its content is; code is indented four more than the innermost content.
    opener_indents: list[int] = []
    content_indents: list[int] = []
    container = 0
    previous_blank = True
    in_code = False
    for number, line in enumerate(lines):
        stripped = line.lstrip()
        if fence:
            masked[number] = ""
            closing = _FENCE.match(line) if stripped[:1] in "`~" else None
            if closing and closing.group(1).startswith(fence) and not closing.group(2).strip():
                fence = ""
            continue
        if not stripped:
            previous_blank = True
            continue
        indent = len(line) - len(stripped)
        tabbed = "\t" in line
        if tabbed:
            line_spaces = line.expandtabs(4)
            indent = len(line_spaces) - len(line_spaces.lstrip())
        if opener_indents and opener_indents[-1] >= indent:
            while opener_indents and opener_indents[-1] >= indent:
                opener_indents.pop()
                content_indents.pop()
            container = content_indents[-1] if content_indents else 0
        if indent >= container + 4 and (previous_blank or in_code):
            masked[number] = ""
            in_code = True
            previous_blank = False
            continue
        in_code = previous_blank = False
        first = stripped[0]
        opening = _FENCE.match(line) if first in "`~" else None
        if opening:
            fence = opening.group(1)
            fence_line = number
            masked[number] = ""
            continue
        opener = _OPENER.match(line) if first in _OPENER_STARTS else None
        if opener:
            if first in "=!?":
                container = indent + 4
            else:
                container = len(opener.group(0).expandtabs(4)) if tabbed else opener.end()
            opener_indents.append(indent)
            content_indents.append(container)
    if fence and unclosed is not None:
        unclosed.append((fence_line, fence))
    return masked


def _raw_lines(text: str) -> set[int]:
    """The lines (0-based) inside raw HTML blocks, where Markdown is not read (no headings
    there). What is wrong with the HTML itself is found in the rendered page
    (`principles.content.rendered`)."""
    open_elements: list[tuple[str, int, bool]] = []  # name, offset, markdown inside
    raw_lines: set[int] = set()
    for match in _TAG.finditer(text):
        name = match.group("name").lower()
        if match.group("end"):
            if name in VOID_ELEMENTS:
                continue
            depth = next(
                (i for i in range(len(open_elements) - 1, -1, -1) if open_elements[i][0] == name),
                None,
            )
            if depth is None:
                continue
            _, offset, markdown = open_elements[depth]
            del open_elements[depth:]
            if not markdown:
                start = text.count("\n", 0, offset)
                raw_lines.update(range(start, text.count("\n", 0, match.end()) + 1))
            continue
        if name not in VOID_ELEMENTS and not match.group("selfclose"):
            attributes = match.group("attrs") or ""
            markdown = re.search(r"(?:^|\s)markdown(?:\s|=|$)", attributes) is not None
            open_elements.append((name, match.start(), markdown))
    return raw_lines


def _script_url(where: SourceRef, url: str) -> Problem:
    scheme = url.strip().partition(":")[0].lower()
    return error(where, "LD407", scheme=scheme)


def _check_unclosed(body: str, at: Callable[[int], SourceRef], problems: list[Problem]) -> None:
    """A comment or a code fence that is never closed: what follows vanishes from the page,
    or from what the checks see."""
    fence = unclosed_fence(body.split("\n"))
    if fence is not None:
        number, marks = fence
        problems.append(error(SourceRef(at(0).path, at(0).line + number), "LD424", fence=marks))
    if contains(body, "<!--"):
        shown = "\n".join(_mask_code(body.split("\n")))
        shown = _INLINE_CODE.sub(lambda m: _blank(m.group()), shown) if "`" in shown else shown
        start = shown.find("<!--")
        while start != -1:
            end = shown.find("-->", start + 4)
            if end == -1:
                problems.append(error(at(start), "LD423"))
                break
            start = shown.find("<!--", end + 3)


def _may_hold_script_url(text: str) -> bool:
    """Whether a ':' of `text` follows 'javascript', 'vbscript' or 'data' (in any case, white
    space between allowed): where a script address could be. Looked for from each ':' (a
    search for those words in any case would try every position of the page)."""
    colon = text.find(":")
    while colon != -1:
        end = colon
        while end and text[end - 1].isspace():
            end -= 1
        if _SCRIPT_WORD.search(text, max(0, end - 10), colon):
            return True
        colon = text.find(":", colon + 1)
    return False


def _check_links(text: str, at: Callable[[int], SourceRef], problems: list[Problem]) -> None:
    if not _may_hold_script_url(text):
        return  # No such address anywhere: nothing to look for.
    for match in _MARKDOWN_LINK_URL.finditer(text):
        url = match.group("url") or match.group("ref") or ""
        if _SCRIPT_URL.match(url):
            problems.append(_script_url(at(match.start()), url))
    for match in _AUTOLINK.finditer(text):
        problems.append(_script_url(at(match.start()), match.group("url")))


def _tabs(
    lines: list[str],
    visible: list[str],
    margin: tuple[int, ...],
    first_line: int,
    rel: str,
    problems: list[Problem],
) -> list[Tab]:
    """Top-level tabs, numbered by tab set; an empty tab and a set broken in two are errors.

    `lines` are the body's lines, `visible` the same with code blanked out (a tab line in code
    is no tab); indentation is read from the real `lines`. Only lines that are not blank and
    not indented are visited: a tab line is one, and only one can end a tab set. (Callers skip
    a text without '===': it has no tab.)
    """
    tabs: list[Tab] = []
    in_set = previous_empty = False
    tab_set = 0
    breaker: int | None = None  # The line that ended the last tab set.
    stray: int | None = None  # A line of text that ended it, when no tab follows (LD413).
    for position, number in enumerate(margin):
        line = visible[number]
        match = _TAB.match(line) if line[:1] == "=" else None
        if match:
            stray = None  # Another tab follows: LD408 (or a set begun on purpose, `===!`).
            explicit_new_set = _NEW_TAB_SET.match(line) is not None
            if not in_set or explicit_new_set:
                tab_set += 1
                if breaker is not None and not previous_empty and not explicit_new_set:
                    problems.append(
                        error(SourceRef(rel, first_line + number), "LD408",
                              breaker=first_line + breaker)
                    )  # fmt: skip
            # The tab's content: its lines up to the next line that is not indented.
            end = margin[position + 1] if position + 1 < len(margin) else len(lines)
            heading, lead, previous_empty = tab_start(lines, visible, number + 1, end)
            label = match.group("label")
            if previous_empty:
                problems.append(error(SourceRef(rel, first_line + number), "LD409", label=label))
            selected = "+" in match.group("marks")
            tabs.append(Tab(label, first_line + number, tab_set, selected, heading, lead))
            in_set, breaker = True, None
        elif in_set:
            in_set, breaker = False, number
            if not previous_empty and _is_text(line):
                stray = number
    if stray is not None:
        problems.append(warning(SourceRef(rel, first_line + stray), "LD413", label=tabs[-1].label))
    return tabs


# What may follow a tab set without being meant for its last tab: a heading, a rule, HTML,
# an admonition, a table, a macro, code.
_AFTER_TABS = ("#", "---", "***", "___", "<", "!!!", "???", "|", "{{", "{%", "```", "~~~")


def _is_text(line: str) -> bool:
    """Whether `line` (code blanked out) is text — a paragraph, a list, a quote — that an
    author who forgot to indent it meant for the tab above it."""
    shown = line.strip()
    return bool(shown) and not shown.startswith(_AFTER_TABS)


_TAB_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?P<text>.*)$")
# A paragraph that is only a bold or italic label, such as `**Stappen**`: not advice itself.
_LABEL = re.compile(r"^\s*(\*\*|__|\*|_)[^*_]+\1:?\s*$")
# Blocks whose text is no sentence to quote: admonitions, tabs, tables, HTML, macros, rules.
_NOT_PROSE = ("!!!", "???", "===", "|", "<", "{{", "{%", "---", "***", "___", " ", "\t")


def tab_start(lines: list[str], visible: list[str], first: int, end: int) -> tuple[str, str, bool]:
    """(heading, lead, empty) of the tab whose content is on lines `first` up to `end`: the
    heading its content starts with, and its first paragraph or first list item (a bold label
    such as `**Stappen**`, code, admonitions, tables and HTML are passed over), as Markdown on
    one line; `empty` when the tab has no content at all.

    `visible` has code blanked out (`visible_text`): what is code is never quoted. Blocks are
    the lines between blank lines, dedented; read one by one until one gives a lead."""
    heading = ""
    block: list[str] = []
    empty = True
    for number in range(first, end + 1):
        if number < end:
            shown = visible[number]
            if shown and not shown.isspace():
                line = lines[number]
                block.append(line[1:] if line.startswith("\t") else line[4:])
                empty = False
                continue
            if empty and lines[number] and not lines[number].isspace():
                empty = False  # Code: content, though never quoted.
        if not block:
            continue
        if not heading and (found := _heading(block[0])):
            heading, block = found[1], block[1:]
        lead = _lead(block)
        if lead:
            return heading, lead, False
        block = []
    return heading, "", empty


def _lead(block: list[str]) -> str:
    """The text of a block to quote as the start of advice ("" if it is none): a paragraph,
    or the first item of a list, without a label line such as `**Stappen**` before it."""
    while block and _LABEL.match(block[0]):
        block = block[1:]
    if not block or _ATX.match(block[0]) or block[0].startswith(_NOT_PROSE):
        return ""
    item = _TAB_LIST_ITEM.match(block[0])
    if item is None:
        return " ".join(line.strip() for line in block)
    words = [item.group("text").strip()]
    for line in block[1:]:
        if _TAB_LIST_ITEM.match(line):
            break  # The first item is enough.
        words.append(line.strip())
    return " ".join(words)
