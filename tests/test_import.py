"""`principles import`: another MkDocs site's folder of principles becomes a collection that
`principles check` explains completely and a strict build publishes.

The source is `tests/fixtures/import-waterschap/`, the README's worked example: four pages as
`name.md` and `name/index.md`, with hand-written related lists under headings of their own,
a field, a status and a section that have no place here, and an overview page."""

from __future__ import annotations

from pathlib import Path

import pytest

from principles import load_index
from principles.tools.cli import main
from tests.conftest import ROLES_YML, build_site, page, write_tree
from tests.html import article, soup, text

FIXTURE = Path(__file__).parent / "fixtures" / "import-waterschap"

# What the import says it could not place: (source file, line, code), in this order.
EXPECTED_NOTES = [
    ("eenvoudig-eerst.md", 14, "LD808"),  # '## Reacties': only a comment, left out
    ("index.md", 10, "LD810"),  # the overview's own list of the principles
    ("open-data.md", 6, "LD801"),  # 'owner'
    ("samen-bouwen/index.md", 4, "LD802"),  # status 'in behandeling'
    ("samen-bouwen/index.md", 13, "LD807"),  # 'Meer weten': a principle and another site
    ("veilig-ontwerpen/index.md", 2, "LD804"),  # no number: gets 4
    ("veilig-ontwerpen/index.md", 12, "LD808"),  # '## Tijdlijn': only {{ … }}, left out
]


def site_docs(root: Path) -> Path:
    return write_tree(root / "docs", {"_data/roles.yml": ROLES_YML, "index.md": "# Home\n"})


def imported(
    capsys: pytest.CaptureFixture[str], source: Path, docs: Path, *more: str
) -> tuple[int, list[str], str]:
    code = main(["import", str(source), "--collection", "waterschap", "--docs", str(docs), *more])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out.splitlines(), err


def located(lines: list[str], source: Path) -> list[tuple[str, int, str]]:
    """(file, line, code) of every message line of the import's report."""
    found = []
    for line in lines:
        if line.startswith(f"{source}/"):
            path, number, rest = line[len(f"{source}/") :].split(":", 2)
            found.append((path, int(number), rest.split()[1].rstrip(":")))
    return found


def test_the_fixture_becomes_a_collection_that_checks_and_builds_strictly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = site_docs(tmp_path)
    code, lines, _ = imported(capsys, FIXTURE, docs)
    assert code == 0
    assert located(lines, FIXTURE) == EXPECTED_NOTES
    assert "4 principe(s) overgenomen" in lines[-2]
    assert "0 fout(en), 0 waarschuwing(en)" in lines[-1]

    # Everything that maps is kept: numbered titles, summary (also from 'description'),
    # status, and relations from the related lists and from 'related'.
    index = load_index(docs)
    assert index.problems == ()
    principles = {p.slug: p for p in index.in_collection("waterschap")}
    assert [(p.number, p.slug) for p in principles.values()] == [
        (1, "open-data"),
        (2, "eenvoudig-eerst"),
        (3, "samen-bouwen"),
        (4, "veilig-ontwerpen"),
    ]
    assert principles["eenvoudig-eerst"].summary.startswith("Een oplossing die iedereen")
    assert principles["open-data"].status.value == "vastgesteld"
    assert principles["samen-bouwen"].status.value == "concept"

    def related(slug: str) -> list[str]:
        return [key.slug for key in principles[slug].relations]

    assert related("open-data") == ["eenvoudig-eerst", "samen-bouwen"]
    assert related("eenvoudig-eerst") == ["open-data"]
    assert related("veilig-ontwerpen") == ["open-data", "samen-bouwen"]
    assert related("samen-bouwen") == []  # its mixed list stayed in the text (LD807)

    assert main(["check", "--strict", str(docs)]) == 0, capsys.readouterr().out

    site_dir, records, aborted = build_site(tmp_path, strict=True)
    assert not aborted, [r.getMessage() for r in records if r.levelname != "INFO"]
    overview = soup(site_dir / "waterschap/index.html")
    assert len(overview.select(".ld-cards__item")) == 4
    assert "Vier afspraken over hoe het waterschap" in text(overview.select_one("article"))
    opened = article(site_dir / "waterschap/open-data/index.html")
    assert "Gerelateerde richtlijnen" not in text(opened)  # moved into 'relations'
    heading = opened.select_one("#gerelateerde-principes")
    assert heading is not None
    assert "Kies eerst de eenvoudigste oplossing" in text(heading.parent)
    links = [a["href"] for a in opened.select("a[href*='eenvoudig-eerst']")]
    assert any(str(href).endswith("eenvoudig-eerst/#waarom") for href in links)
    assert (site_dir / "waterschap/img/lagen.svg").is_file()
    simple = article(site_dir / "waterschap/eenvoudig-eerst/index.html")
    assert simple.select_one("img[src$='img/lagen.svg']") is not None
    assert "Reacties" not in text(simple)


def test_what_cannot_be_read_or_placed_is_named_at_its_source_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_tree(
        tmp_path / "andere-site",
        {
            "Meet_Alles.md": page(
                {"title": "1. Meet alles", "auteur": "Iemand", "related": ["nergens"]},
                "\nLees [over ons](../over-ons.md) en [het tweede](kapot.md).\n",
            ),
            "kapot.md": "---\ntitle: [niet af\n---\n\nTekst.\n",
            "meet-alles/bijlage.md": "# Bijlage\n",
        },
    )
    docs = site_docs(tmp_path)
    code, lines, _ = imported(capsys, source, docs)
    assert code == 0
    assert located(lines, source) == [
        ("Meet_Alles.md", 1, "LD806"),  # imported as meet-alles
        ("Meet_Alles.md", 3, "LD801"),  # 'auteur'
        ("Meet_Alles.md", 5, "LD811"),  # 'nergens' is no page of the folder
        ("Meet_Alles.md", 8, "LD803"),  # ../over-ons.md: outside the folder
        ("Meet_Alles.md", 8, "LD803"),  # kapot.md: not imported
        ("kapot.md", 2, "LD104"),  # unreadable front matter: its own message
        ("meet-alles/bijlage.md", 1, "LD809"),  # no principle
    ]
    assert (docs / "waterschap/meet-alles/index.md").is_file()
    # Whatever is left, the check names at a line of a file that exists.
    for problem in load_index(docs).problems:
        assert problem.source.line <= len(
            (docs / problem.source.path).read_text("utf-8").splitlines()
        )


def test_the_import_overwrites_nothing_and_refuses_a_bad_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = site_docs(tmp_path)
    (docs / "waterschap").mkdir()
    (docs / "waterschap/eigen.md").write_text("# Van mij\n", "utf-8")
    code, _, err = imported(capsys, FIXTURE, docs)
    assert code == 1 and "bestaat al" in err
    assert [p.name for p in (docs / "waterschap").iterdir()] == ["eigen.md"]

    code = main(["import", str(FIXTURE), "--collection", "Water Schap", "--docs", str(docs)])
    assert code == 1 and "geen geldige naam" in capsys.readouterr().err
    code = main(["import", str(FIXTURE), "--collection", "rollen", "--docs", str(docs)])
    assert code == 1 and "kies een andere naam" in capsys.readouterr().err
    code = main(["import", str(tmp_path / "nergens"), "--collection", "x", "--docs", str(docs)])
    assert code == 2 and "bestaat niet" in capsys.readouterr().err


def test_the_import_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: principles import")
    assert "zet de principes van een andere MkDocs-site om in een collectie" in " ".join(
        out.split()
    )
    assert "--collection" in out and "opties" in out
