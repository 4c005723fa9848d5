"""Page weight of a principle page (HTML + the CSS and JS it loads) against the same page built
by plain Material for MkDocs. Prints raw and gzip-compressed bytes.

    .venv/bin/python bench/page_weight.py
"""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sites import REPO, leidraad_config, plain_config

PAGE = "overheid/integratie/index.html"


def weight(site: Path, page: str) -> tuple[int, int, list[str]]:
    """Raw and gzip bytes of the page and every stylesheet and script it links."""
    html = (site / page).read_text("utf-8")
    refs = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    refs += re.findall(r'<script[^>]+src="([^"]+)"', html)
    files = [page] + [urljoin(page, ref).split("?")[0] for ref in refs]
    raw = sum((site / f).stat().st_size for f in files)
    packed = sum(len(gzip.compress((site / f).read_bytes())) for f in files)
    return raw, packed, files


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="leidraad-weight-") as temp:
        work = Path(temp)
        # Plain Material has no home.html: give it the same docs without that template line.
        plain_docs = work / "docs"
        shutil.copytree(REPO / "docs", plain_docs)
        home = plain_docs / "index.md"
        home.write_text(home.read_text("utf-8").replace("template: home.html\n", ""), "utf-8")
        sites = {}
        for name, make, docs in (
            ("leidraad", leidraad_config, REPO / "docs"),
            ("plain", plain_config, plain_docs),
        ):
            site = work / f"site-{name}"
            config = make(docs, site)
            subprocess.run(
                [sys.executable, str(REPO / "bench/build_once.py"), str(config)],
                check=True, capture_output=True,
            )  # fmt: skip
            sites[name] = weight(site, PAGE)
        (lr, lg, lfiles), (pr, pg, _) = sites["leidraad"], sites["plain"]
        print(f"page weight of /{PAGE.removesuffix('index.html')}: HTML + CSS + JS it loads")
        print(f"  plain Material: {pr / 1024:.1f} KiB ({pg / 1024:.1f} KiB gzip)")
        print(f"  Leidraad:       {lr / 1024:.1f} KiB ({lg / 1024:.1f} KiB gzip)")
        print(f"  difference:     {(lr - pr) / 1024:+.1f} KiB ({(lg - pg) / 1024:+.1f} KiB gzip)")
        print("  Leidraad's files: " + ", ".join(lfiles))


if __name__ == "__main__":
    main()
