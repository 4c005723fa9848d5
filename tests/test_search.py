"""Search knows the site: role pages by the role's name, tools by their name, the advice in
role tabs (not their labels or code blocks), a principle's fields, and results that say which
collection they come from.
Read from `search/search_index.json` of a fixture build, and once in the search box."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser import serve, visit
from tests.conftest import BuildResult, build_for_serving, page, port_of
from tests.reading_site import ALPHA, STATEMENT_WORD, SUMMARY_WORD, reading_tree


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, str]:
    return build_for_serving(tmp_path_factory.mktemp("search"), reading_tree())


@pytest.fixture(scope="module")
def entries(built: tuple[BuildResult, str]) -> list[dict[str, Any]]:
    result, _ = built
    document = json.loads(result.html("search/search_index.json"))
    docs: list[dict[str, Any]] = document["docs"]
    return docs


def words(html: str) -> set[str]:
    """The words the search index holds: tags dropped, split as Material's search splits
    (its `separator` for Dutch, whitespace and hyphens), punctuation trimmed, in lower case."""
    split = re.split(r"[\s\-]+", re.sub(r"<[^>]+>", " ", html))
    return {trimmed.lower() for word in split if (trimmed := word.strip(".,;:!?()'\"—"))}


def of_page(entries: list[dict[str, Any]], url: str) -> list[dict[str, Any]]:
    return [e for e in entries if e["location"].partition("#")[0] == url]


def test_a_role_page_is_found_by_the_role_name(entries: list[dict[str, Any]]) -> None:
    found = of_page(entries, "rollen/jurist/")
    assert found, "the role page is in the index"
    assert "jurist" in words(found[0]["title"])
    assert found[0]["title"] == "Rol: Jurist"
    # Its lists of principles are left out: each principle is found on its own page.
    assert [e["location"] for e in found] == ["rollen/jurist/"]


@pytest.mark.parametrize("tool", ["Haven", "FSC"])
def test_a_tool_is_found_by_its_name(entries: list[dict[str, Any]], tool: str) -> None:
    hits = [e["location"] for e in entries if tool.lower() in words(e["title"] + e["text"])]
    assert hits and all(location.startswith("hulpmiddelen/") for location in hits)


ADVICE_WITH_CODE = """
Inleiding.

## Hoe pas je het toe?

=== "Ontwikkelaar"

    ### Bouwen met containers

    Verpak de toepassing in een container.

    ```yaml
    apiVersion: apps/v1
    kind: Deployment
    ```

=== "Jurist"

    ### Afspraken vastleggen

    Leg de keuze vast in het contract.
"""


def test_results_hold_what_readers_read_not_tab_labels_or_code(tmp_path: Path) -> None:
    """A section that holds only role tabs is no result whose text is the role names, and a
    code block is no snippet; the advice in the tabs is still found, under its own heading."""
    tree = reading_tree()
    tree["alpha/een/index.md"] = page(
        {
            "title": "1. Een",
            "summary": "De eerste.",
            "roles": {"ontwikkelaar": "high", "jurist": "low"},
        },
        ADVICE_WITH_CODE,
    )
    result, _ = build_for_serving(tmp_path, tree)
    document = json.loads(result.html("search/search_index.json"))
    own = {e["title"]: words(e["text"]) for e in of_page(document["docs"], "alpha/een/")}
    assert not own["Hoe pas je het toe?"] & {"ontwikkelaar", "jurist"}
    assert {"verpak", "container"} <= own["Bouwen met containers"]
    assert {"contract"} <= own["Afspraken vastleggen"]
    everything = set().union(*own.values())
    assert not everything & {"apiversion", "apps/v1", "deployment"}


def test_a_principle_result_names_its_collection(entries: list[dict[str, Any]]) -> None:
    own = of_page(entries, "alpha/een/")
    assert own[0]["location"] == "alpha/een/"
    assert own[0]["title"] == f"1. Een — {ALPHA}"
    # Its sections keep their own titles.
    assert "Hoe pas je het toe?" in [e["title"] for e in own[1:]]
    # A collection's other pages name it too; its overview is the collection itself.
    assert of_page(entries, "alpha/kaart/")[0]["title"] == f"Relatiekaart — {ALPHA}"
    assert of_page(entries, "alpha/")[0]["title"] == ALPHA


def test_a_principles_summary_and_fields_are_found_on_its_page(
    entries: list[dict[str, Any]],
) -> None:
    # The header's summary leads the page's own entry; the fields are sections of their own.
    found = [e["location"] for e in entries if SUMMARY_WORD in words(e["text"])]
    assert found == ["alpha/een/"]
    found = [e["location"] for e in entries if STATEMENT_WORD in words(e["text"])]
    assert found == ["alpha/een/#omschrijving"]


def test_a_principle_without_text_of_its_own_is_found_too(tmp_path: Path) -> None:
    tree = reading_tree()
    tree["alpha/twee/index.md"] = page({"title": "2. Twee", "summary": "Alleen een kop."})
    result, _ = build_for_serving(tmp_path, tree)
    document = json.loads(result.html("search/search_index.json"))
    own = of_page(document["docs"], "alpha/twee/")
    assert [(e["title"], words(e["text"])) for e in own] == [
        (f"2. Twee — {ALPHA}", {"alleen", "een", "kop"})
    ]


@pytest.fixture(scope="module")
def served(built: tuple[BuildResult, str]) -> Iterator[str]:
    result, site_url = built
    with serve(result.site_dir, port_of(site_url)) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "expected"), [("Jurist", "rollen/jurist/"), ("Haven", "hulpmiddelen/")]
)
def test_the_search_box_finds_a_role_and_a_tool_by_name(
    browser: Browser, served: str, query: str, expected: str
) -> None:
    with visit(browser, served, viewport={"width": 1280, "height": 900}) as tab:
        tab.goto(served, wait_until="networkidle")
        tab.locator("input.md-search__input").click()
        tab.keyboard.type(query)
        results = tab.locator(".md-search-result__list a.md-search-result__link")
        expect(results.first).to_be_visible()
        hrefs = [str(link.get_attribute("href")).split("?")[0] for link in results.all()]
        assert served + expected in hrefs
