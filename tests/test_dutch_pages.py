"""Everything readers see is Dutch and reads naturally: the footer, the 404 page, the pages of
former addresses, generated sentences, titles, the navigation, the cards and the sitemap."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import REPO, BuildResult, build_site, write_tree
from tests.html import article, soup, text
from tests.reading_site import ALPHA, BETA, reading_tree


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    project = tmp_path_factory.mktemp("dutch")
    write_tree(project / "docs", reading_tree())
    site_dir, records, aborted = build_site(project, strict=True)
    result = BuildResult(site_dir, records, aborted)
    assert not aborted, result.leidraad_messages
    return result


def pages(site: BuildResult) -> list[Path]:
    """Every page of the site with the theme (not the embed cards, not the former addresses)."""
    return sorted(
        path
        for path in site.site_dir.rglob("*.html")
        if not path.relative_to(site.site_dir).as_posix().startswith("embed/")
        and 'class="md-footer' in path.read_text("utf-8")
    )


def visible_text(path: Path) -> str:
    page = soup(path)
    for hidden in page(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(page.get_text(" ").split())


def configured_copyright() -> str:
    from mkdocs.config import load_config

    copyright = load_config(str(REPO / "mkdocs.yml")).copyright
    assert copyright
    return str(copyright)


def test_every_footer_has_the_copyright_and_no_english(site: BuildResult) -> None:
    expected = configured_copyright()
    found = pages(site)
    assert len(found) > 10
    for path in found:
        footer = soup(path).select_one("footer .md-copyright")
        assert footer is not None, path
        assert text(footer) == expected, path
        assert "Made with" not in path.read_text("utf-8"), path


def test_the_404_page_is_dutch_with_the_search_and_the_ways_in(site: BuildResult) -> None:
    html = site.html("404.html")
    assert "Not found" not in html
    page = BeautifulSoup(html, "lxml")
    assert page.html is not None and page.html["lang"] == "nl"
    assert page.title is not None and page.title.string == "Pagina niet gevonden - Leidraad"
    body = article(site.site_dir / "404.html")
    assert text(body.find("h1")) == "Pagina niet gevonden"
    # The search: a form that opens the site's search (Material reads ?q=) from the home page.
    form = body.select_one("form[role=search]")
    assert form is not None and form["method"] == "get" and form["action"] == "/"
    field = form.select_one("input[name=q]")
    assert field is not None and text(form.select_one(f"label[for={field['id']}]")) != ""
    # Served at any missing address: its links are absolute paths.
    links = {text(a): a["href"] for a in body.select("ul a")}
    assert links == {
        "Startpagina": "/",
        ALPHA: "/alpha/",
        BETA: "/beta/",
        "Rollen": "/rollen/",
        "Hulpmiddelen": "/hulpmiddelen/",
    }


@pytest.mark.parametrize(
    ("former", "target"),
    [("alpha/vroeger/index.html", "../een/"), ("rollen/developer/index.html", "../ontwikkelaar/")],
)
def test_a_former_address_says_in_dutch_where_the_page_went(
    site: BuildResult, former: str, target: str
) -> None:
    html = site.html(former)
    page = BeautifulSoup(html, "lxml")
    assert page.html is not None and page.html["lang"] == "nl"
    assert text(page.find("h1")) == "Deze pagina is verhuisd"
    link = page.select_one("main a")
    assert link is not None and link["href"] == target
    assert link.get_text().startswith("http://") and link.get_text().endswith(target[3:])
    refresh = page.select_one('meta[http-equiv="refresh"]')
    assert refresh is not None and refresh["content"] == f"0; url={target}"
    # The script that keeps #fragment is a file of the site (no inline script), before the
    # refresh, under the same strict policy as every page.
    script = page.select_one("head script")
    assert script is not None and not script.get_text().strip()
    assert script["data-target"] == target
    assert (site.site_dir / Path(former).parent / str(script["src"])).resolve().is_file()
    assert str(page.head).index("<script") < str(page.head).index('http-equiv="refresh"')
    policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')
    assert policy is not None and "script-src 'self'" in policy["content"]
    assert "You're being redirected" not in html and "Redirecting" not in html


def test_role_pages_say_how_many_principles_in_plain_dutch(site: BuildResult) -> None:
    def sentence(role: str) -> str:
        body = article(site.site_dir / f"rollen/{role}/index.html")
        return text(body.select_one("p:not(.ld-summary)"))

    assert sentence("jurist") == (
        "Als jurist heb je met 3 principes te maken, in 2 verzamelingen; per verzameling staan "
        "de belangrijkste voor jou bovenaan."
    )
    assert sentence("inkoper") == "Als inkoper heb je met 1 principe te maken."
    roles = article(site.site_dir / "rollen/index.html")
    counts = [text(d) for d in roles.select(".ld-roles__description")]
    # And how many of them have a tab with advice for the role.
    assert any(count.endswith("(1 principe, met advies voor de inkoper)") for count in counts)
    assert any(
        count.endswith("(3 principes, waarvan 2 met advies voor de jurist)") for count in counts
    )


def test_the_assessment_names_its_collection_naturally(site: BuildResult) -> None:
    intro = text(article(site.site_dir / "alpha/toetsing/index.html").find("p"))
    assert intro.startswith(
        f"Toets een projectplan of aanbesteding aan elk principe uit '{ALPHA}'."
    )


def test_no_page_speaks_of_local_storage(site: BuildResult) -> None:
    offenders = [p for p in pages(site) if "localstorage" in visible_text(p).lower()]
    assert offenders == []
    assessment = visible_text(site.site_dir / "alpha/toetsing/index.html")
    assert "alleen in deze browser bewaard" in assessment


def test_the_home_page_title_is_the_site_name_once(site: BuildResult) -> None:
    def title(path: str) -> str:
        found = soup(site.site_dir / path).title
        assert found is not None and found.string is not None
        return found.string

    assert title("index.html") == "Leidraad"
    assert title("rollen/index.html") == "Rollen - Leidraad"
    assert title("alpha/een/index.html") == "1. Een - Leidraad"


@pytest.mark.parametrize("path", ["alpha/een/index.html", "kaart/index.html", "beta/index.html"])
def test_no_two_navigation_entries_read_the_same(site: BuildResult, path: str) -> None:
    nav = soup(site.site_dir / path).select_one("nav.md-nav--primary")
    assert nav is not None
    labels = [text(a) for a in nav.select("a.md-nav__link")]
    assert "Relatiekaart van alle principes" in labels
    assert len(set(labels)) == len(labels), labels


def test_cards_show_the_status_only_when_it_is_not_the_usual_one(site: BuildResult) -> None:
    overview = article(site.site_dir / "alpha/index.html")
    badges = {
        text(card.select_one(".ld-card__title")): text(badge) if badge else None
        for card in overview.select(".ld-card")
        for badge in [card.select_one(".ld-badge")]
    }
    assert badges == {
        "1. Een": None,
        "2. Twee": "Status: Concept",
        "3. Landelijk gaat voor regionaal, regionaal voor lokaal": None,
    }
    # The principle's own page says it either way.
    header = article(site.site_dir / "alpha/een/index.html").select_one(".ld-badge")
    assert text(header) == "Status: Vastgesteld"


def test_the_sitemap_dates_pages_by_their_content_not_the_build(tmp_path: Path) -> None:
    """Commits on fixed dates: a page gets its file's date, a generated page the newest date
    of the content it is made from; the day of the build appears nowhere."""
    docs = write_tree(tmp_path / "repo" / "docs", reading_tree())

    def git(*args: str, moment: str) -> None:
        subprocess.run(
            ["git", "-C", str(docs.parent), "-c", "user.name=t", "-c", "user.email=t@t", *args],
            check=True, capture_output=True,
            env={**os.environ, "GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment},
        )  # fmt: skip

    git("init", "-q", moment="2024-03-05T12:00:00")
    git("add", ".", moment="2024-03-05T12:00:00")
    git("commit", "-qm", "first", moment="2024-03-05T12:00:00")
    twee = docs / "alpha/twee/index.md"
    twee.write_text(twee.read_text("utf-8") + "\nMeer.\n", "utf-8")
    git("commit", "-qam", "second", moment="2025-06-07T12:00:00")

    site_dir, _, aborted = build_site(tmp_path, docs_dir=docs)
    assert not aborted
    sitemap = (site_dir / "sitemap.xml").read_text("utf-8")
    lastmod = dict(
        re.findall(r"<loc>http://127\.0\.0\.1:8000/(.*?)</loc>\s*<lastmod>(.*?)</lastmod>", sitemap)
    )
    assert lastmod["alpha/een/"] == "2024-03-05"
    assert lastmod["beta/over/"] == "2024-03-05"
    assert lastmod["alpha/twee/"] == "2025-06-07"
    assert lastmod["rollen/jurist/"] == lastmod["alpha/"] == "2025-06-07"
    assert set(lastmod.values()) == {"2024-03-05", "2025-06-07"}
