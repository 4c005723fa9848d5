"""Synthetic content for benchmarks: N principles with realistic front matter, six role tabs,
relations and actions, in collections of a given size.

    python bench/generate.py OUT_DIR --principles 1000 --per-collection 100
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
ROLES = ["beleidsmaker", "bestuurder", "projectleider", "ontwikkelaar", "jurist", "inkoper"]
LABELS = {role: role.capitalize() for role in ROLES}
WORDS = [
    "gegevens", "dienst", "burger", "organisatie", "standaard", "koppeling", "beveiliging",
    "privacy", "regie", "bron", "samenwerking", "infrastructuur", "platform", "leverancier",
    "contract", "toegang", "kwaliteit", "proces", "architectuur", "register", "keten",
    "overheid", "gemeente", "zorg", "inwoner", "beheer", "risico", "afspraak",
]  # fmt: skip


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def tab(rng: random.Random, role: str) -> str:
    steps = "\n".join(
        f"    {i}. **{sentence(rng, 3)[:-1]}.** {sentence(rng, 14)}" for i in range(1, 6)
    )
    points = "\n".join(f"    - {sentence(rng, 10)}" for _ in range(4))
    return (
        f'=== "{LABELS[role]}"\n\n    ### {sentence(rng, 5)[:-1]}\n\n    **Stappen**\n\n'
        f"{steps}\n\n    **Aandachtspunten**\n\n{points}\n"
    )


def standard(rng: random.Random, i: int) -> str:
    return f"- **[{rng.choice(WORDS).capitalize()}](https://example.org/{i})**: {sentence(rng, 10)}"


def principle_page(rng: random.Random, number: int, slugs: list[str], own: str) -> str:
    others = [s for s in slugs if s != own]
    meta = {
        "title": f"{number}. {sentence(rng, 5)[:-1]}",
        "summary": sentence(rng, 18),
        "status": rng.choice(["vastgesteld", "vastgesteld", "consultatie", "concept"]),
        "relations": rng.sample(others, k=min(3, len(others))),
        "roles": {role: rng.choice(["high", "medium", "low"]) for role in ROLES},
    }
    body = [
        "",
        " ".join(sentence(rng, 15) for _ in range(4)),
        "",
        "## Waarom is het belangrijk?",
        "",
        *(f"- **{rng.choice(WORDS).capitalize()}.** {sentence(rng, 12)}" for _ in range(5)),
        "",
        "## Hoe pas je het toe?",
        "",
        *(tab(rng, role) for role in ROLES),
        "## Gerelateerde standaarden",
        "",
        *(standard(rng, i) for i in range(3)),
        "",
    ]
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n" + "\n".join(body)


def generate(out: Path, principles: int, per_collection: int, seed: int = 1) -> Path:
    """Write a docs folder under `out`; returns its path."""
    rng = random.Random(seed)
    docs = out / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    (docs / "_data").mkdir(parents=True)
    shutil.copy(REPO / "docs/_data/roles.yml", docs / "_data/roles.yml")
    (docs / "index.md").write_text("---\ntitle: Leidraad\n---\n\nBenchmark.\n", "utf-8")
    actions = []
    collections = max(1, -(-principles // per_collection))
    for c in range(collections):
        cid = f"collectie-{c + 1:03d}"
        count = min(per_collection, principles - c * per_collection)
        slugs = [f"principe-{n:05d}" for n in range(1, count + 1)]
        folder = docs / cid
        folder.mkdir()
        (folder / "_collection.yml").write_text(
            yaml.safe_dump(
                {"title": f"Collectie {c + 1}", "intro": sentence(rng, 20), "roles": ROLES},
                allow_unicode=True,
            ),
            "utf-8",
        )
        for number, slug in enumerate(slugs, start=1):
            (folder / slug).mkdir()
            (folder / slug / "index.md").write_text(
                principle_page(rng, number, slugs, slug), "utf-8"
            )
        for a in range(max(1, count // 5)):
            actions.append(
                {
                    "id": f"{cid}-actie-{a + 1}",
                    "name": f"Hulpmiddel {c + 1}.{a + 1}",
                    "url": f"https://example.org/{cid}/{a}",
                    "description": sentence(rng, 10),
                    "verb": "Verkennen",
                    "status": rng.choice(["beschikbaar", "beschikbaar", "in-ontwikkeling"]),
                    "principles": [f"{cid}/{s}" for s in rng.sample(slugs, k=min(3, count))],
                    "roles": rng.sample(ROLES, k=2),
                    "added": "2026-11-24",
                }
            )
    (docs / "_data/actions.yml").write_text(
        yaml.safe_dump({"actions": actions}, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--principles", type=int, default=1000)
    parser.add_argument("--per-collection", type=int, default=100)
    args = parser.parse_args()
    docs = generate(args.out, args.principles, args.per_collection)
    print(f"wrote {args.principles} principles to {docs}")


if __name__ == "__main__":
    main()
