"""The relevance values, their Dutch words and their order are stated once, in
`principles.content.model.Relevance`: the filter and the assessment write their choices from it, and
the scripts read words and ranks from the page instead of spelling them."""

from __future__ import annotations

import re

from principles import Relevance
from principles.content import routes
from tests.conftest import REPO, FixtureSite
from tests.html import article

SCRIPTS = REPO / "principles" / "theme" / "assets" / "leidraad"
WORDS = "|".join(word for r in Relevance for word in (r.value, r.label))
# A word as a string ("hoog", 'high') or as an object key (high: 0).
SPELLED = re.compile(rf"""["']({WORDS})["']|\b({WORDS})\s*:(?!\s*//)""")


def test_the_filter_and_the_assessment_offer_the_models_relevance_in_order(
    engine_site: FixtureSite,
) -> None:
    site_dir = engine_site.build.site_dir
    ordered = sorted(Relevance, key=lambda r: r.rank)
    home = article(site_dir / "index.html").select('select[name="relevantie"] option')
    # The lowest relevance is no choice of its own: "laag of hoger" meant the same as "alle".
    assert [(o["value"], o.get("data-rank")) for o in home] == [("", None)] + [
        (r.label, str(r.rank)) for r in ordered[:-1]
    ]
    assert [o.get_text(strip=True) for o in home] == [
        "alle", ordered[0].label, *(f"{r.label} of hoger" for r in ordered[1:-1])
    ]  # fmt: skip
    collection = next(iter(engine_site.index.collections))
    page = site_dir / routes.assessment_url(collection) / "index.html"
    options = article(page).select('select[name="relevantie"] option')
    assert [(o["value"], o["data-rank"]) for o in options] == [
        (r.value, str(r.rank)) for r in ordered
    ]


def test_no_script_spells_a_relevance_value_or_word() -> None:
    for script in sorted(SCRIPTS.glob("*.js")):
        for number, line in enumerate(script.read_text("utf-8").splitlines(), 1):
            code = line.split("//")[0]
            assert not SPELLED.search(code), f"{script.name}:{number}: {line.strip()}"
