"""`principles check` beside the least any check must do: read every file and parse it.

    python bench/check_vs_read.py --principles 5000 --repeat 5

Generates the content (bench/generate.py), then times, alternately and in fresh processes:
- **read and parse**: every Markdown and YAML file of the docs folder read as MkDocs reads it
  (`principles.content.source.read_text`), the front matter split off and its YAML parsed
  (`principles.content.source.parse_markdown`, PyYAML with libyaml where available), data
  files parsed;
- **principles check**: the command as editors and CI run it.
Prints the medians and their ratio (the target: the check within 2× reading and parsing), and
the ratio of each check to the reading run just before it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate

READ_AND_PARSE = """
import os, sys
from pathlib import Path
from principles.content.source import parse_markdown, parse_yaml, read_text
docs = Path(sys.argv[1])
for folder, _, names in os.walk(docs):
    for name in names:
        path = Path(folder) / name
        rel = path.relative_to(docs).as_posix()
        if name.endswith(".md"):
            parse_markdown(read_text(path, rel), rel)
        elif name.endswith((".yml", ".yaml")):
            parse_yaml(read_text(path, rel), rel)
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--principles", type=int, default=5000)
    parser.add_argument("--per-collection", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        docs = generate(Path(work), args.principles, args.per_collection)
        read = [sys.executable, "-c", READ_AND_PARSE, str(docs)]
        check = [sys.executable, "-m", "principles.tools.cli", "check", str(docs)]
        times: dict[str, list[float]] = {"read_and_parse": [], "check": []}
        for _ in range(args.repeat):
            times["read_and_parse"].append(timed(read))
            times["check"].append(timed(check))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        runs = ", ".join(f"{value:.2f}" for value in sorted(values))
        print(f"{name}: median {medians[name]:.2f} s; runs {runs}")
    print(f"check / read and parse: {medians['check'] / medians['read_and_parse']:.2f}")
    # Each check beside the reading just before it: the machine's speed drifts less between
    # two neighbouring runs than over the whole benchmark.
    pairs = sorted(c / r for c, r in zip(times["check"], times["read_and_parse"], strict=True))
    print(
        f"each check / the reading just before it: median {statistics.median(pairs):.2f}; "
        + ", ".join(f"{pair:.2f}" for pair in pairs)
    )


if __name__ == "__main__":
    main()
