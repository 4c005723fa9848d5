"""Links between the site's pages: every link in a page to a page, file or anchor of the site
that does not exist, found before the build, at its line.

Links are resolved as MkDocs resolves them: a path to a file (`../twee/index.md`,
`plaatje.png`) from the page's file in the docs folder; a directory URL (`../twee/`), which
MkDocs leaves as written, from the page's address, as the browser does. A page is a Markdown
file of the docs folder or one Leidraad generates (`principles.content.routes`). The anchors of a
page are the ids the site gives it: its headings' (the `toc` extension's slugify, as in mkdocs.yml,
or a `{#id}` of attr_list), its tabs' (`registries.tab_anchor`, the function mkdocs.yml gives
pymdownx.tabbed), a role's former name on a principle (it opens the role's tab), the sections
Leidraad adds to a principle (`principles.content.sections`), footnotes, and ids written in HTML or
attr_list. A generated page's anchors come from its template: they are not checked. External
links (with a scheme or a host), absolute paths and links inside code are not checked.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify, unique

from principles.content.body import visible_text
from principles.content.model import PrincipleKey, SourceRef
from principles.content.problems import Problem, did_you_mean, warning
from principles.content.registries import label_anchor
from principles.content.sections import SECTIONS

if TYPE_CHECKING:
    from principles.content.index import Index
    from principles.content.macros import PageText


@dataclass(frozen=True)
class Link:
    url: str
    line: int


# `[text](url)`, `![alt](url)`: the address (between <> when it has spaces).
_INLINE = re.compile(r"\]\([ \t]*(?:<(?P<angled>[^>\n]*)>|(?P<url>[^)\s]*))")
# `[name]: url` (a footnote `[^1]: text` is no link).
_REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*<?(?P<url>[^\s>]+)", re.M)
_HTML_LINK = re.compile(
    r"""<a\s[^>]*?\bhref\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""",
    re.IGNORECASE,
)


def page_links(body: str, first_line: int) -> list[Link]:
    """Every link of a page body (code left out), with its line."""
    text = visible_text(body)
    found: list[tuple[int, str]] = []
    for match in _INLINE.finditer(text):
        found.append((match.start(), match.group("angled") or match.group("url") or ""))
    if "]:" in text:  # Else there is no reference, and the regex need not try every line.
        for match in _REFERENCE.finditer(text):
            found.append((match.start(), match.group("url")))
    if "<" in text:
        for match in _HTML_LINK.finditer(text):
            url = match.group("dq") or match.group("sq") or match.group("bare") or ""
            found.append((match.start(), html.unescape(url)))
    links: list[Link] = []
    line = first_line
    counted = 0  # Lines are counted on from the link before: once over the text in all.
    for offset, url in sorted(found):
        line += text.count("\n", counted, offset)
        counted = offset
        if url and "{{" not in url:  # a macro's address is made when the page is rendered
            links.append(Link(url, line))
    return links


_ATX = re.compile(r"^[ \t]*(#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_SETEXT = re.compile(r"^(?P<text>[ \t]*\S.*)\n[ \t]*(?:=+|-+)[ \t]*$", re.M)
_ATTR_LIST = re.compile(r"[ \t]*\{:?(?P<attrs>[^}\n]*)\}[ \t]*$")
_ATTR_ID = re.compile(r"(?:^|\s)#(?P<id>[^\s}#.]+)")
_ANY_ATTR_LIST = re.compile(r"\{:?(?P<attrs>[^}\n]*)\}")
_HTML_ID = re.compile(r"""<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*["']?(?P<id>[^"'\s>]+)""")
_TAB = re.compile(r'^[ \t]*===[!+]*[ \t]+"(?P<label>[^"]*)"', re.M)
_FOOTNOTE = re.compile(r"\[\^(?P<label>[^\]\s]+)\]")
# What a heading's id is made from: the text a reader sees, without markup.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK_TEXT = re.compile(r"\[(?P<text>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_TAG = re.compile(r"<[^>]+>")
_EMOJI = re.compile(r":[a-z0-9_+-]+:")
_UNDERSCORES = re.compile(r"(?<!\w)_+|_+(?!\w)")
_SYMBOLS = re.compile(r"\((?:c|r|tm)\)|c/o", re.IGNORECASE)  # pymdownx.smartsymbols


def heading_anchor(text: str) -> str:
    """The id the `toc` extension gives a heading with this Markdown (without a `{#id}`):
    its visible text, slugified as mkdocs.yml's `toc` does (Python-Markdown's default)."""
    shown = _IMAGE.sub("", text)
    shown = _LINK_TEXT.sub(lambda m: m.group("text"), shown)
    shown = _TAG.sub("", shown).replace("`", "")
    shown = _SYMBOLS.sub("", _EMOJI.sub("", shown))
    shown = _UNDERSCORES.sub("", shown)
    return str(slugify(html.unescape(shown), "-"))


def page_anchors(body: str) -> set[str]:
    """The ids the rendered body has: headings, tabs, footnotes and ids written by hand."""
    text = visible_text(body)
    anchors: set[str] = set()
    for match in _ANY_ATTR_LIST.finditer(text):
        anchors.update(m.group("id") for m in _ATTR_ID.finditer(match.group("attrs")))
    if "<" in text:
        anchors.update(m.group("id") for m in _HTML_ID.finditer(text))
    # Found in the text without code; read from the body (same offsets), code and all.
    headings = sorted(
        [(m.start(), body[m.start("text") : m.end("text")]) for m in _ATX.finditer(text)]
        + [
            (m.start(), body[m.start("text") : m.end("text")].strip())
            for m in _SETEXT.finditer(text)
        ]
    )
    for _, heading in headings:
        attrs = _ATTR_LIST.search(heading)
        written = _ATTR_ID.search(attrs.group("attrs")) if attrs else None
        if written is None:  # An id of its own is in `anchors` already.
            words = heading[: attrs.start()] if attrs else heading
            unique(heading_anchor(words), anchors)
    for match in _TAB.finditer(text):
        unique(label_anchor(match.group("label")), anchors)
    for match in _FOOTNOTE.finditer(text):
        anchors.update((f"fn:{match.group('label')}", f"fnref:{match.group('label')}"))
    return anchors


def page_url(src_uri: str) -> str:
    """The address of a page (use_directory_urls, as mkdocs.yml has it), '' for the home page."""
    folder, _, name = src_uri.rpartition("/")
    stem = name.removesuffix(".md")
    if stem in ("index", "README"):
        return f"{folder}/" if folder else ""
    return f"{folder}/{stem}/" if folder else f"{stem}/"


def check_links(
    pages: Iterable[PageText], index: Index, files: Iterable[str], generated: Iterable[str]
) -> list[Problem]:
    """A warning (LD417, LD418) for every internal link of `pages` whose page, file or anchor
    does not exist. `files`: every file of the docs folder; `generated`: the pages Leidraad
    adds (their anchors are not checked); `index`: the principles and the files with errors
    (their anchors are not known: their pages show their errors)."""
    pages = list(pages)
    all_files = set(files)
    documents = {rel for rel in all_files if rel.endswith(".md")}
    generated = set(generated)
    by_url = {page_url(rel): rel for rel in [*documents, *generated]}
    bodies = {page.rel: page for page in pages}
    anchors: dict[str, set[str]] = {}
    broken = {problem.source.path for problem in index.problems if problem.is_error}

    def anchors_of(rel: str) -> set[str] | None:
        if rel in generated or rel in broken or rel not in bodies:
            return None  # Not known before the build.
        if rel not in anchors:
            anchors[rel] = bodies[rel].anchors | _principle_anchors(index, rel)
        return anchors[rel]

    problems: list[Problem] = []
    for page in pages:
        for link in page.links:
            problems.extend(_check(page.rel, link, all_files, documents, by_url, anchors_of))
    return problems


def _check(
    rel: str,
    link: Link,
    files: set[str],
    documents: set[str],
    by_url: dict[str, str],
    anchors_of: Callable[[str], set[str] | None],
) -> Iterator[Problem]:
    parts = urlsplit(link.url)
    if parts.scheme or parts.netloc or link.url.startswith(("/", "\\")):
        return  # Another site's, or absolute (MkDocs leaves those as written).
    where = SourceRef(rel, link.line)
    path, fragment = unquote(parts.path), unquote(parts.fragment)
    if not path:
        target = rel
    elif posixpath.splitext(path)[1]:  # A file: from the page's file, as MkDocs does.
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
        if target not in files:
            candidates = [_relative(other, rel) for other in sorted(documents)]
            hint = did_you_mean(path, candidates) if path.endswith(".md") else ""
            yield warning(where, "LD417", url=link.url, suggestion=hint)
            return
    else:  # A directory URL: from the page's address, as the browser does.
        base = page_url(rel)
        joined = posixpath.normpath(posixpath.join(base or ".", path))
        address = "" if joined == "." else f"{joined.strip('/')}/"
        found = by_url.get(address)
        if found is None or joined.startswith(".."):
            hint = did_you_mean(path, [_relative_url(url, base) for url in sorted(by_url)])
            yield warning(where, "LD417", url=link.url, suggestion=hint)
            return
        target = found
    if fragment and target.endswith(".md"):
        known = anchors_of(target)
        if known is not None and fragment not in known:
            yield warning(
                where, "LD418", url=link.url, anchor=fragment, page=target,
                suggestion=did_you_mean(fragment, known),
            )  # fmt: skip


def _principle_anchors(index: Index, rel: str) -> set[str]:
    """What Leidraad adds to a principle's page: its sections, and its roles' former names
    (`#developer` opens the Ontwikkelaar tab, assets/leidraad/links.js)."""
    key = PrincipleKey.from_src_uri(rel)
    principle = index.get(key) if key is not None else None
    if principle is None or principle.source.path != rel:
        return set()
    found = {section.anchor for section in SECTIONS}
    found.update(alias for alias, role in index.roles.former_names().items())
    return found


def _relative(target: str, rel: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(rel) or ".")


def _relative_url(url: str, base: str) -> str:
    relative = posixpath.relpath(url or ".", base or ".")
    return "./" if relative == "." else f"{relative}/"
