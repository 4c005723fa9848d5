"""A link checker over a built site's files: every internal link and anchor must resolve."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src"}


@dataclass(frozen=True)
class BrokenLink:
    page: str
    href: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.href} ({self.reason})"


def broken_links(site_dir: Path) -> Iterator[BrokenLink]:
    """Every internal link or anchor of the site that does not resolve. Each page is parsed
    once: its links and its ids are read in the same pass."""
    links: list[tuple[str, str]] = []
    ids: dict[Path, frozenset[str]] = {}
    for html in sorted(site_dir.rglob("*.html")):
        page_url = html.relative_to(site_dir).as_posix()
        soup = BeautifulSoup(html.read_text("utf-8"), "lxml")
        for tag_name, attribute in LINK_ATTRIBUTES.items():
            for tag in soup.find_all(tag_name):
                href = tag.get(attribute) or (tag.get("xlink:href") if tag_name == "a" else None)
                if isinstance(href, str) and href:
                    links.append((page_url, href))
        found = {str(tag["id"]) for tag in soup.find_all(id=True)}
        found |= {str(tag["name"]) for tag in soup.find_all("a", attrs={"name": True})}
        ids[html] = frozenset(found)
    for page_url, href in links:
        problem = _check(site_dir, page_url, href, ids)
        if problem:
            yield BrokenLink(page_url, href, problem)


def _check(site_dir: Path, page_url: str, href: str, ids: dict[Path, frozenset[str]]) -> str | None:
    parts = urlsplit(href)
    if parts.scheme in ("http", "https", "mailto", "tel", "data") or parts.netloc:
        return None  # Not this site's: checked by no one here (the build makes no requests).
    if parts.scheme:
        return f"scheme {parts.scheme}: is not allowed"
    target_url = urlsplit(urljoin(f"http://site/{page_url}", href))
    path = unquote(target_url.path).lstrip("/")
    target = site_dir / path
    if path == "" or path.endswith("/"):
        target = target / "index.html"
    if not target.is_file():
        return "no such file"
    fragment = unquote(parts.fragment)
    if fragment and target.suffix == ".html" and fragment not in ids.get(target, frozenset()):
        return f"no element with id '{fragment}'"
    return None
