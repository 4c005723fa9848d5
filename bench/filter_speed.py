"""How fast the role filter responds on an overview of 1,000 principles, in Debian's Chromium.

    .venv/bin/python bench/filter_speed.py

Each change clicks a role checkbox; the time runs until the list is filtered and laid out
(forced layout), and until the next frame is ready (requestAnimationFrame).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright

from bench.generate import generate
from bench.sites import REPO, leidraad_config
from tests.browser import CHROMIUM_ARGS, require_chromium, serve

MEASURE = """async () => {
  const boxes = [...document.querySelectorAll('form.ld-filter input[name=rol]')];
  const layout = [], frame = [];
  for (let i = 0; i < 24; i++) {
    const start = performance.now();
    boxes[i % boxes.length].click();
    document.body.offsetHeight;
    layout.push(performance.now() - start);
    await new Promise(resolve => requestAnimationFrame(() => resolve()));
    frame.push(performance.now() - start);
  }
  const shown = document.querySelectorAll('#ld-principes > li:not([hidden])').length;
  return {layout, frame, shown};
}"""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="leidraad-filter-") as temp:
        work = Path(temp)
        docs = generate(work, 1000, 1000)
        site = work / "site"
        subprocess.run(
            [sys.executable, str(REPO / "bench/build_once.py"), str(leidraad_config(docs, site))],
            check=True, capture_output=True,
        )  # fmt: skip
        with serve(site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=require_chromium(), args=CHROMIUM_ARGS
            )
            page = browser.new_page()
            page.goto(url + "collectie-001/", wait_until="networkidle")
            items = page.locator("#ld-principes > li").count()
            result = page.evaluate(MEASURE)
            browser.close()
    print(f"role filter on an overview of {items} principles (24 changes):")
    for label, key in (("filtered and laid out", "layout"), ("next frame ready", "frame")):
        times = sorted(result[key])
        print(f"  {label}: median {statistics.median(times):.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
