"""The editors' workflow: scaffolding, the review diff, edit and feedback links, pre-commit."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from principles import load_index
from principles.content.model import Relevance
from principles.tools.cli import main
from tests.conftest import REPO, SITE_URL, BuildResult, page, repo_index, tiny_tree, write_tree
from tests.html import soup

EDIT_URI = "https://github.com/leidraad/leidraad/edit/main/docs/"


def test_new_creates_a_page_that_passes_check_and_builds(
    build: Callable[..., BuildResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs_dir = write_tree(tmp_path / "docs", tiny_tree())
    assert main(["new", "alpha", "drie", "--docs", str(docs_dir), "--title", "Doe het derde"]) == 0
    assert "drie/index.md gemaakt (nummer 3)" in capsys.readouterr().out
    created = (docs_dir / "alpha/drie/index.md").read_text("utf-8")
    assert 'title: "3. Doe het derde"' in created
    assert '=== "Ontwikkelaar"' in created and '=== "Jurist"' in created
    index = load_index(docs_dir)
    assert index.problems == ()
    assert [p.number for p in index.in_collection("alpha")] == [1, 2, 3]
    tree = tiny_tree()
    tree["alpha/drie/index.md"] = created
    result = build(tree, strict=True)
    assert not result.aborted, result.leidraad_messages
    assert (result.site_dir / "alpha/drie/index.html").is_file()


def test_new_writes_every_field_the_collection_requires(
    build: Callable[..., BuildResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A collection that asks for summary, statement, rationale, implications and levels gets
    pages from `principles new` that have them all: the check finds nothing, and a strict
    build (where any warning fails) publishes the page."""
    tree = tiny_tree()
    tree["alpha/_collection.yml"] = (
        "title: Alpha\nroles: [ontwikkelaar, jurist]\nlevels: [strategisch, tactisch]\n"
        "required_fields: [summary, statement, rationale, implications, levels]\n"
    )
    filled = {"statement": "Zo.", "rationale": "Daarom.", "implications": ["Doe het."],
              "levels": ["tactisch"]}  # fmt: skip
    tree["alpha/een/index.md"] = page(
        {"title": "1. Een", "summary": "De eerste.", **filled}, "\nTekst.\n"
    )
    tree["alpha/twee/index.md"] = page(
        {"title": "2. Twee", "summary": "De tweede.", **filled}, "\nTekst.\n"
    )
    docs_dir = write_tree(tmp_path / "docs", tree)
    assert load_index(docs_dir).problems == ()
    assert main(["new", "alpha", "drie", "--docs", str(docs_dir)]) == 0
    capsys.readouterr()
    assert main(["check", "--strict", str(docs_dir)]) == 0, capsys.readouterr().out
    tree["alpha/drie/index.md"] = (docs_dir / "alpha/drie/index.md").read_text("utf-8")
    result = build(tree, strict=True)
    assert not result.aborted, result.leidraad_messages
    assert result.leidraad_messages == []
    assert (result.site_dir / "alpha/drie/index.html").is_file()


SEED = Path(__file__).parent / "fixtures/seed"
"""A principle page exactly as the seed of the national site wrote it (before Developer became
Ontwikkelaar), and a copy of the roles file it was written against."""


def test_a_page_in_the_seed_s_own_format_passes_the_check(
    build: Callable[..., BuildResult], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed's page, saved as it is, is accepted: its tab "Developer" is the Ontwikkelaar
    tab (a warning names the label to write), and nothing else in its format is an error. The
    principles it relates to exist, so only the format is tested."""
    tree: dict[str, str | bytes] = {
        "_data/roles.yml": (SEED / "roles.yml").read_text("utf-8"),
        "overheid/_collection.yml": "title: Overheid\nroles: [beleidsmaker, bestuurder, "
        "projectleider, ontwikkelaar, jurist, inkoper]\nrole_tabs: true\n",
        "overheid/integratie/index.md": (SEED / "integratie.md").read_bytes(),
    }
    for number, slug in ((4, "open-standaarden"), (8, "samenwerking"), (14, "servicestandaard")):
        tree[f"overheid/{slug}/index.md"] = page({"title": f"{number}. {slug}"}, "\nTekst.\n")
    docs_dir = write_tree(tmp_path / "docs", tree)
    assert main(["check", str(docs_dir)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    seed_lines = [line for line in out.splitlines() if "integratie/index.md" in line]
    assert not [line for line in seed_lines if ": fout " in line], seed_lines
    assert any('LD513: tabblad "Developer"' in line for line in seed_lines), seed_lines
    result = build(tree)
    assert not result.aborted, result.leidraad_messages
    labels = soup(result.site_dir / "overheid/integratie/index.html").select(".tabbed-labels label")
    assert [label.get_text(strip=True) for label in labels] == [
        "Beleidsmaker", "Bestuurder", "Projectleider", "Ontwikkelaar", "Jurist", "Inkoper"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["alpha", "twee"], "'twee' is taken"),
        (["alpha", "oud"], "former slug (alias) of 'een'"),
        (["alpha", "vier", "--number", "2"], "number 2 is taken"),
        (["alpha", "kaart"], "reserved"),
        (["alpha", "Hoofd Letters"], "not a valid slug"),
        (["beta", "iets"], "unknown collection 'beta'"),
    ],
)
def test_new_refuses_what_is_taken_or_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    tree = tiny_tree()
    tree["alpha/een/index.md"] = page(
        {"title": "1. Een", "relations": ["twee"], "aliases": ["oud"]}, "\nTekst.\n"
    )
    docs_dir = write_tree(tmp_path / "docs", tree)
    before = sorted(p.relative_to(docs_dir) for p in docs_dir.rglob("*"))
    assert main(["new", *args, "--docs", str(docs_dir), "--lang", "en"]) == 1
    assert words in capsys.readouterr().err
    assert sorted(p.relative_to(docs_dir) for p in docs_dir.rglob("*")) == before


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}  # fmt: skip
    result = subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                            text=True, env=env)  # fmt: skip
    return result.stdout.strip()


def test_diff_reports_added_principle_changed_relevance_and_relation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    docs_dir = write_tree(repo / "docs", tiny_tree())
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first")
    first = git(repo, "rev-parse", "HEAD")
    write_tree(
        docs_dir,
        {
            "alpha/een/index.md": page(
                {
                    "title": "1. Een",
                    "summary": "De eerste.",
                    "relations": ["drie"],
                    "roles": {"ontwikkelaar": "high", "jurist": "high"},
                },
                '\n=== "Ontwikkelaar"\n\n    Bouw.\n\n=== "Jurist"\n\n    Toets.\n',
            ),
            "alpha/drie/index.md": page({"title": "3. Drie", "relations": ["twee"]}, "\nDrie.\n"),
        },
    )
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "second")
    second = git(repo, "rev-parse", "HEAD")
    jurist = load_index(docs_dir).roles.get("jurist")
    assert jurist is not None

    assert main(["diff", first, second, "--docs", str(docs_dir)]) == 0
    markdown = capsys.readouterr().out
    assert "### Nieuwe principes\n\n#### `alpha/drie`: 3. Drie" in markdown
    assert "#### `alpha/een`: 1. Een" in markdown
    # The relevance words of the pages ("Belangrijk voor"), for the role's label.
    assert (
        f"- Relevantie voor {jurist.label}: {Relevance.LOW.label} → {Relevance.HIGH.label}"
        in markdown
    )
    # een names drie now and no longer twee, but twee still names een: the site shows both.
    assert "- Gerelateerde principes: + `alpha/drie` (3. Drie) — nieuw principe\n" in markdown
    assert "Geen effect: `alpha/twee` is uit `relations` gehaald" in markdown

    assert main(["diff", first, second, "--docs", str(docs_dir), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["principle"] for a in data["added"]] == ["alpha/drie"]
    changes = {c["field"]: c for c in data["changed"][0]["changes"]}
    assert data["changed"][0]["principle"] == "alpha/een"
    # The API's relevance values.
    assert changes["relevance.jurist"] == {"field": "relevance.jurist", "old": "low", "new": "high"}
    assert changes["related"]["old"] == ["alpha/twee"]
    assert changes["related"]["new"] == ["alpha/drie", "alpha/twee"]
    # twee's page lists drie now (declared on drie): it changes, though its file did not.
    assert [c["principle"] for c in data["changed"]] == ["alpha/een", "alpha/twee"]
    assert data["changed"][1]["file_changed"] is False


def test_diff_of_an_unknown_ref_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    docs_dir = write_tree(repo / "docs", tiny_tree())
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first")
    assert main(["diff", "nope", "--docs", str(docs_dir)]) == 2
    assert "principles:" in capsys.readouterr().err


def test_edit_and_feedback_links_point_at_the_file_and_page(repo_site: BuildResult) -> None:
    index = repo_index()
    config = yaml.load((REPO / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    assert config["edit_uri"] == EDIT_URI
    email = config["extra"]["feedback"]["email"]
    for principle in index:
        html = soup(repo_site.site_dir / principle.url / "index.html")
        edit = html.select_one("a.ld-page-links__edit")
        assert edit is not None and edit["href"] == EDIT_URI + principle.key.src_uri
        feedback = html.select_one("a.ld-page-links__feedback")
        assert feedback is not None
        mail = urlsplit(str(feedback["href"]))
        assert mail.scheme == "mailto" and mail.path == email
        query = parse_qs(mail.query)
        assert query["subject"] == [f"Feedback op: {principle.display_title}"]
        assert f"{SITE_URL}{principle.url}" in query["body"][0]
    # Generated pages have no source file to edit, but do take feedback.
    first = next(iter(index.collections.values()))
    overview = soup(repo_site.site_dir / first.url / "index.html")
    assert overview.select_one("a.ld-page-links__edit") is None
    assert overview.select_one("a.ld-page-links__feedback") is not None


def test_pre_commit_runs_the_content_check() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text("utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    check = next(hook for hook in hooks if hook["id"] == "principles-check")
    command = shlex.split(check["entry"]) + shlex.split(" ".join(check.get("args", [])))
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 fout(en)" in result.stdout


def test_contributing_guide_and_pull_request_template_exist() -> None:
    guide = (REPO / "CONTRIBUTING.md").read_text("utf-8")
    for words in ("principles check", "make serve", "Bewerk deze pagina", "principles new"):
        assert words in guide
    template = (REPO / ".github/pull_request_template.md").read_text("utf-8")
    assert "- [ ]" in template


def test_check_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    docs_dir = write_tree(tmp_path / "docs", tiny_tree())
    for name in ("een", "twee"):  # Enough lines that the pipe closes before the end.
        text = (docs_dir / f"alpha/{name}/index.md").read_text("utf-8")
        (docs_dir / f"alpha/{name}/index.md").write_text(
            text.replace("---\n", "---\nonbekend: 1\n", 1) + "<div>\n" * 1500, "utf-8"
        )
    command = f"{sys.executable} -m principles.tools.cli check {docs_dir} | head -n 1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr, result.stderr


def test_the_command_prints_its_whole_report_and_its_exit_code_through_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command ends its process at once when it is done (`cli.run`, bench/README.md): all
    it printed still reaches a reader, and the exit code says whether there were errors."""
    docs_dir = write_tree(tmp_path / "docs", tiny_tree())
    page = docs_dir / "alpha/een/index.md"
    page.write_text(page.read_text("utf-8").replace("- twee", "- bestaat-niet"), "utf-8")
    assert main(["check", str(docs_dir)]) == 1
    report = capsys.readouterr().out
    assert "LD301" in report and len(report.splitlines()) > 3

    # Buffered, as a pipe is unless Python is told otherwise.
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    for command in (
        [sys.executable, "-m", "principles.tools.cli", "check", str(docs_dir)],
        [str(Path(sys.executable).with_name("principles")), "check", str(docs_dir)],
    ):
        result = subprocess.run(command, capture_output=True, text=True, env=environment)
        assert (result.returncode, result.stdout, result.stderr) == (1, report, ""), command


def test_the_command_helps_in_dutch_unless_english_is_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`principles --help` and each command's help are in Dutch, argparse's own words too;
    `--lang en` gives them in English."""

    def shown(*args: str) -> str:
        with pytest.raises(SystemExit):
            main(list(args))
        out, err = capsys.readouterr()
        return out + err

    top = shown("--help")
    assert "gebruik: principles" in top and "opdrachten:" in top
    assert "controleer elk principe, elke rol en elke collectie" in top
    new = shown("new", "--help")
    assert "gebruik: principles new" in new and "argumenten:" in new and "opties:" in new
    assert "de titel, zonder nummer" in new and "toon deze hulp en stop" in new
    english = shown("new", "--help", "--lang", "en")
    assert "usage: principles new" in english and "the title without its number" in english
    assert "gebruik" not in english
    typo = shown("chek")
    assert "principles: fout: " in typo and "ongeldige keuze: 'chek'" in typo
