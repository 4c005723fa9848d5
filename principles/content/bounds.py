"""Bounded work: Markdown that would take Python-Markdown minutes to render is refused before
anything renders it.

Python-Markdown reads short texts of a certain shape in time that grows with the square of
their length, or deeper than Python's recursion allows (measured with the site's extensions;
figures in the README):

- every '[' makes it look for the matching ']' (the link, image, reference and footnote
  patterns each do), up to the end of the paragraph when there is none: a line of 5,000 '['
  takes 20 seconds, 20,000 take four and a half minutes;
- every '<' that starts a tag makes its HTML parser look for the '>' that ends it, up to the
  end of the page when there is none;
- every level of nesting (lists, quotes, tabs, admonitions indented inside one another; bold
  inside italics inside a link …) is processed again by every level around it, and nesting
  of some hundreds of levels ends in a RecursionError.

`markdown_work` estimates the first two as the number of characters those searches read, and
measures the third, without rendering: one pass over the text. What exceeds a limit below is
refused with a message at the line where the work starts; such a page is an error page, which
the build does not read (principles.plugin). Ordinary pages stay far below every limit: a link
costs the length of its text, a stray '[' the rest of its paragraph.
"""

from __future__ import annotations

import re

from principles.content.body import contains, visible_text
from principles.content.model import SourceRef
from principles.content.problems import Problem, error

MAX_BRACKET_SCAN = 1_000_000
"""Characters Python-Markdown may read looking for the ']' of every '[' of a page (about one
second of rendering at worst; a line of 1,400 '[' reaches it)."""
MAX_TAG_SCAN = 10_000_000
"""Characters its HTML parser may read looking for the '>' of every '<' that starts a tag
(about one second at worst)."""
MAX_INLINE_WORK = 300_000_000
"""Markup (links, emphasis, tags, entities) in a paragraph times the paragraph's length:
Python-Markdown reads the paragraph again for each. A paragraph of 15,000 links (100,000
characters) reaches it; an ordinary paragraph, 2,000 characters with 50 links, is 100,000."""
MAX_RUN = 50
"""Characters of one marker in a row ('*', '_', '=', '^', '~', '+', '`'), outside closed code
and lines of their own: 3,000 '^^' in a row take Python-Markdown minutes."""
MAX_TABS = 1000
"""Tabs (`=== "…"`) on a page: a set of tabs takes time with the square of its number."""
MAX_NESTING = 50
"""Levels that blocks (by indentation and '>') or inline markup ('*', '_', '[' …) may nest.
Readable text nests a few levels; rendering slows from about a hundred and fails at some
hundreds."""

_TAG_START = re.compile(r"<[A-Za-z/!?]")
# What a line starts with that nests it: indentation, quote marks, list markers ("- - - a" is a
# list in a list in a list).
_BLOCK_PREFIX = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+|^[ \t]+", re.M)
_MARKER = re.compile(r">|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])")
# A run of inline markers that can open or close: emphasis, mark, insert, delete, keys.
_DELIMITER = re.compile(r"(\*+|_+|=+|\^+|~+|\++)")


def markdown_work(body: str, first_line: int, rel: str) -> Problem | None:
    """The first limit the page body `body` (line `first_line` of `rel`) exceeds, as a
    located problem; None when rendering it is bounded."""
    # Code is not read for links, tags or emphasis; but a fence that is never closed opens no
    # code for Markdown: what follows it is text.
    text = visible_text(_without_unclosed_comment(_without_unclosed_fences(body)))
    if (run := _long_run(body)) is not None:
        return error(SourceRef(rel, first_line + run), "LD421", limit=MAX_RUN)

    def at(offset: int) -> SourceRef:
        return SourceRef(rel, first_line + text.count("\n", 0, offset))

    # Each scan below is skipped when a bound counted in one C-level pass shows that its limit
    # cannot be reached (every ordinary page: `principles check` runs these on every file).
    size = len(text)
    marks = _nesting_marks(text)  # Counted in it: '[' exactly, '===' at least as often.
    if marks.count(b"[") * size > MAX_BRACKET_SCAN:
        scanned, where = _bracket_scan(text)
        if scanned > MAX_BRACKET_SCAN:
            return error(at(where), "LD422", limit=_dutch_number(MAX_BRACKET_SCAN))
    if text.count("<") * size > MAX_TAG_SCAN:
        scanned, where = _tag_scan(text)
        if scanned > MAX_TAG_SCAN:
            return error(at(where), "LD415", limit=_dutch_number(MAX_TAG_SCAN))
    if _may_nest_deeper_than_allowed(text, marks):
        depth, where = _nesting(text)
        if depth > MAX_NESTING:
            return error(at(where), "LD416", limit=MAX_NESTING)
    if size * size > MAX_INLINE_WORK and (
        sum(map(text.count, _WORK_CHARACTERS)) * size > MAX_INLINE_WORK
    ):
        work, where = _inline_work(text)
        if work > MAX_INLINE_WORK:
            return error(at(where), "LD419", limit=_dutch_number(MAX_INLINE_WORK))
    if marks.count(b"===") > MAX_TABS:  # Every tab line has one.
        tabs = _TAB_LINE.findall(text)
        if len(tabs) > MAX_TABS:
            return error(at(text.index(tabs[MAX_TABS])), "LD420", limit=MAX_TABS)
    return None


# Every markup token of `_WORK_TOKEN` starts with one of these: their count bounds the markup.
_WORK_CHARACTERS = "[<&`*_=^~+"
# A line whose start could nest blocks more than allowed: a block level takes at least one
# character of the line's prefix (a marker, a tab, or four spaces). Searched from a line end
# (a literal the regex engine finds fast) rather than from every position.
_DEEP_PREFIX = re.compile(rf"\n[ \t>*+\-0-9.)]{{{MAX_NESTING + 1},}}")
# Every token `_inline_nesting` stacks starts with one of these; a level takes two of them.
_NESTING_CHARACTERS = b"[]*_=^~+"
# Every byte but those, and the paragraph mark: deleted to count what is left per paragraph.
_ALL_BUT_NESTING = bytes(set(range(256)) - set(_NESTING_CHARACTERS) - {0})


def _nesting_marks(text: str) -> bytes:
    """The nesting characters of `text` (as UTF-8), each paragraph's ended by two NUL bytes;
    paragraphs are split at empty lines only, so a blank line of spaces joins two (which can
    only overestimate). Made by C-level passes only."""
    data = text.encode("utf-8", "replace")
    if b"\0" in data:
        data = data.replace(b"\0", b" ")  # Not a paragraph mark (nor a nesting character).
    # Marks of the same length as the line breaks they replace: replaced in place, faster.
    return data.replace(b"\n\n", b"\0\0").translate(None, _ALL_BUT_NESTING)


def _may_nest_deeper_than_allowed(text: str, marks: bytes | None = None) -> bool:
    """False when neither blocks nor inline markup can nest more than `MAX_NESTING` deep: no
    line starts with more than that many prefix characters, and no paragraph holds more than
    twice that many nesting characters (inline markup nests within one paragraph; `marks` is
    `_nesting_marks(text)`, made here when not given)."""
    if _DEEP_PREFIX.search("\n" + text):
        return True
    if marks is None:
        marks = _nesting_marks(text)
    return max(map(len, marks.split(b"\0"))) > 2 * MAX_NESTING


def _inline_work(text: str) -> tuple[int, int]:
    """(the most of (markup in a paragraph × the paragraph's length) of the page, offset of
    that paragraph): Python-Markdown reads a paragraph again for each link, emphasis … in it.
    A table counts as one paragraph (it is read cell by cell: this overestimates it)."""
    most = where = start = 0
    marks = 0
    for token in _WORK_TOKEN.finditer(text):
        if token.group()[:1] in ("\n", ""):
            work = marks * (token.start() - start)
            if work > most:
                most, where = work, start
            start, marks = token.end(), 0
        elif token.group(1):
            continue  # A line of its own ('***', '==='): a rule or a heading's underline.
        else:
            marks += 1
    return most, where


def _without_unclosed_comment(body: str) -> str:
    """`body` with every '<!--' after the last '-->' made text (offsets kept): a comment that is
    never closed hides nothing from Markdown."""
    if not contains(body, "<!--"):
        return body
    last = body.rfind("-->")
    start = body.find("<!--", last + 3 if last >= 0 else 0)
    return body if start < 0 else body[:start] + body[start:].replace("<!--", "x!--")


def _without_unclosed_fences(body: str) -> str:
    """`body` with the marks of every fence that is never closed replaced by letters (offsets
    kept): it is text, not code. After a few such fences, every later fence is text."""
    if not contains(body, "```") and not contains(body, "~~~"):
        return body
    lines = body.split("\n")
    fence, opened, number, unclosed = "", 0, 0, 0
    while number < len(lines):
        line = lines[number]
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
        elif opening := _FENCE_OPENER.match(line):
            fence, opened = opening.group(1), number
            if unclosed > _MAX_UNCLOSED_FENCES:
                fence, number = "", number - 1
                lines[opened] = _as_text(line, opening)
        number += 1
        if number == len(lines) and fence:  # Never closed: text, and read on after it.
            lines[opened] = _as_text(lines[opened], _FENCE_OPENER.match(lines[opened]))
            fence, number, unclosed = "", opened + 1, unclosed + 1
    return "\n".join(lines)


_MAX_UNCLOSED_FENCES = 20


def _as_text(line: str, fence: re.Match[str] | None) -> str:
    if fence is None:
        return line
    return line[: fence.start(1)] + "f" * len(fence.group(1)) + line[fence.end(1) :]


def _long_run(body: str) -> int | None:
    """The line (0-based) of the first run of one marker longer than MAX_RUN, outside code that
    is closed and outside lines of their own ('*****', '=====': rules and underlines). Read
    from the body itself: an opened fence ('~~~~…') that is never closed is text."""
    if not any(run in body for run in _RUNS_TOO_LONG) or not _LONG_RUN.search(body):
        return None
    lines = body.split("\n")
    fence = ""
    opened = 0
    candidates: list[int] = []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""  # Closed: what was inside is code.
                candidates = [c for c in candidates if c < opened]
            else:
                candidates.append(number)
            continue
        opening = _FENCE_OPENER.match(line)
        if opening:
            fence, opened = opening.group(1), number
        if line.startswith("    ") or _RULE.match(line):
            continue
        candidates.append(number)
    for number in sorted(candidates):
        if _LONG_RUN.search(lines[number]):
            return number
    return None


def _dutch_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _bracket_scan(text: str) -> tuple[int, int]:
    """(characters read looking for the ']' of each '[' and the ')' of each '](', offset of
    the paragraph that costs most): for each, the distance to its match, or to the end of its
    paragraph. Stops once over the limit, so that this pass is bounded itself."""
    if "[" not in text:
        return 0, 0
    total = cost = most = where = start = 0
    end = -1  # Where the current paragraph ends, once needed.
    open_at: list[int] = []
    for token in _BRACKET_TOKEN.finditer(text):
        mark = token.group()
        if mark == "[":
            open_at.append(token.start())
        elif mark[:1] == "]":
            if open_at:
                cost += token.start() - open_at.pop()
            if mark == "](":  # The address of a link: read up to its ')'.
                if end < token.end():
                    found = _PARAGRAPH_END.search(text, token.end())
                    end = found.start() if found else len(text)
                close = text.find(")", token.end(), end)
                cost += (close if close >= 0 else end) - token.start()
        elif mark[:1] != "\\":  # A blank line (or the end): the paragraph ends.
            cost += sum(token.start() - opened for opened in open_at)
            if total + cost > MAX_BRACKET_SCAN:
                return total + cost, start  # This paragraph is what makes it too much.
            if cost > most:
                most, where = cost, start
            cost, open_at, start, total = 0, [], token.end(), total + cost
        if total + cost > MAX_BRACKET_SCAN:
            return total + cost, start  # This paragraph is what makes it too much.
    return total, where


_WORK_TOKEN = re.compile(
    r"\n[ \t]*\n|\Z"  # the end of a paragraph
    r"|^[ \t]*([*_=])(?:[ \t]*\1)*[ \t]*$"  # a line of one marker: a rule, an underline
    r"|\[|<[A-Za-z/!]|&[#A-Za-z0-9]+;|`+|\*+|_+|=+|\^+|~+|\++",  # markup
    re.M,
)
_LONG_RUN = re.compile(rf"([*_=^~+`])\1{{{MAX_RUN}}}")
_RUNS_TOO_LONG = tuple(marker * (MAX_RUN + 1) for marker in "*_=^~+`")  # found faster
_FENCE_OPENER = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_RULE = re.compile(r"^[ \t]*([*_=-])(?:[ \t]*\1)*[ \t]*$")
_TAB_LINE = re.compile(r"^[ \t]*===[!+]*[ \t]", re.M)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_BRACKET_TOKEN = re.compile(r"\\.|\[|\]\(|\]|\n[ \t]*\n|\Z")


def _tag_scan(text: str) -> tuple[int, int]:
    """(characters read looking for the '>' of each '<' that starts a tag, offset of the first
    one that has none): the HTML parser reads the whole page, not one paragraph."""
    if "<" not in text:
        return 0, 0
    total = 0
    first_unclosed: int | None = None
    for match in _TAG_START.finditer(text):
        close = text.find(">", match.end())
        if close < 0:
            total += len(text) - match.start()
            first_unclosed = match.start() if first_unclosed is None else first_unclosed
        else:
            total += close - match.start()
    return total, first_unclosed or 0


def _nesting(text: str) -> tuple[int, int]:
    """(deepest nesting of blocks or inline markup, offset where it is)."""
    deepest, where = 0, 0
    for prefix in _BLOCK_PREFIX.finditer(text):
        shown = prefix.group().expandtabs(4)
        markers = len(_MARKER.findall(shown))
        depth = markers + len(_MARKER.sub("", shown)) // 4
        if depth > deepest:
            deepest, where = depth, prefix.start()
    depth, at = _inline_nesting(text)
    return (depth, at) if depth > deepest else (deepest, where)


def _inline_nesting(text: str) -> tuple[int, int]:
    """The deepest nesting of brackets and of delimiter runs that open and close in one
    paragraph, as a stack: a run that can close and matches an open one near the top closes
    it (and what was opened after it), any other run that can open is pushed."""
    closers: list[str] = []  # What closes each open entry …
    inner: list[int] = []  # … and the depth of what was closed inside it.
    deepest, where = 0, 0
    for token in _INLINE_TOKEN.finditer(text):
        mark = token.group()
        if mark[0] == "\\":
            continue
        if mark[0] == "\n":  # A blank line: nothing nests across paragraphs.
            closers, inner = [], []
            continue
        begin, end = token.span()
        can_close = mark == "]" or (mark != "[" and begin > 0 and not text[begin - 1].isspace())
        can_open = mark == "[" or (mark != "]" and end < len(text) and not text[end].isspace())
        if can_close:
            position = next(
                (i for i in range(len(closers) - 1, max(-1, len(closers) - _SEARCH - 1), -1)
                 if closers[i] == mark),
                None,
            )  # fmt: skip
            if position is not None:
                depth = max(inner[position:]) + 1
                del closers[position:], inner[position:]
                if depth > deepest:
                    deepest, where = depth, begin
                if inner:
                    inner[-1] = max(inner[-1], depth)
                continue
        if can_open and mark != "]":
            closers.append("]" if mark == "[" else mark)
            inner.append(0)
    return deepest, where


_INLINE_TOKEN = re.compile(r"\\.|\[|\]|\n[ \t]*\n|" + _DELIMITER.pattern)
# How far down the stack a closing run looks for its opener: openers left open below that
# are text, and searching them all would make this pass slow itself.
_SEARCH = 4 * MAX_NESTING
