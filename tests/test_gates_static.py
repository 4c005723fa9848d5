"""Gates over the built files: links resolve, and pages hold nothing a strict
Content-Security-Policy would block."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import BuildResult, write_tree
from tests.linkcheck import broken_links

INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def test_every_internal_link_and_anchor_resolves(repo_site: BuildResult) -> None:
    assert [str(b) for b in broken_links(repo_site.site_dir)] == []


def test_link_checker_finds_a_broken_link_and_anchor(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "index.html": '<a href="a/">ok</a><a href="b/">missing</a><a href="a/#nope">anchor</a>'
            '<a href="a/#here">anchor</a><a href="javascript:alert(1)">js</a>',
            "a/index.html": '<h2 id="here">Here</h2>',
        },
    )
    found = {(b.href, b.reason) for b in broken_links(tmp_path)}
    assert found == {
        ("b/", "no such file"),
        ("a/#nope", "no element with id 'nope'"),
        ("javascript:alert(1)", "scheme javascript: is not allowed"),
    }


def _pages(site_dir: Path) -> list[Path]:
    """Pages rendered by the site's templates (mkdocs-redirects' alias pages are not)."""
    return sorted(
        path
        for path in site_dir.rglob("*.html")
        if "<title>Redirecting...</title>" not in path.read_text("utf-8")
    )


@pytest.mark.parametrize("check", ["inline-script", "inline-handler", "inline-style", "csp-meta"])
def test_pages_fit_a_strict_content_security_policy(repo_site: BuildResult, check: str) -> None:
    offenders = []
    for page in _pages(repo_site.site_dir):
        html = page.read_text("utf-8")
        scripts = re.findall(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", html, re.S)
        match check:
            case "inline-script":
                bad = [
                    a for a, body in scripts if body.strip() and 'type="application/json"' not in a
                ]
            case "inline-handler":
                bad = INLINE_HANDLER.findall(html)
            case "inline-style":
                bad = re.findall(r"<style\b|\sstyle=\"", html)
            case _:
                policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
                unsafe = policy is None or "unsafe-" in policy.group(1) or "*" in policy.group(1)
                bad = ["no strict CSP meta"] if unsafe else []
        if bad:
            offenders.append(page.relative_to(repo_site.site_dir).as_posix())
    assert offenders == []
