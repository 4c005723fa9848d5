"""Reading built pages in tests."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "lxml")


def article(path: Path) -> Tag:
    """The page's main content (Material's `article`)."""
    found = soup(path).select_one("article.md-content__inner")
    assert found is not None, f"{path} has no article"
    return found


def text(tag: Tag | None) -> str:
    assert tag is not None
    return " ".join(tag.get_text(" ", strip=True).split())


def resolve(page_url: str, href: str) -> str:
    """The site path (no leading slash, no fragment) that `href` on page `page_url` points to."""
    from urllib.parse import urljoin, urlsplit

    return urlsplit(urljoin(f"http://site/{page_url}", href)).path.lstrip("/")


def hrefs(tag: Tag, selector: str = "a") -> list[str]:
    """The `href` of every element matching `selector` inside `tag`."""
    return [str(a.get("href", "")) for a in tag.select(selector)]
