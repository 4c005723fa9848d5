"""The `principles` command: check and export content without MkDocs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from principles.export import write_api
from principles.load import load_index


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="principles", description="Leidraad: check and publish architecture principles."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser(
        "check", help="validate every principle, role and collection; print all problems"
    )
    check.add_argument("docs_dir", nargs="?", default="docs", type=Path, help="default: docs")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.set_defaults(run=_check)

    export = commands.add_parser(
        "export", help="write the export API (JSON, CSV, llms.txt) without building the site"
    )
    export.add_argument("docs_dir", nargs="?", default="docs", type=Path, help="default: docs")
    export.add_argument(
        "--out", type=Path, default=Path("export"), help="folder to write into (default: export)"
    )
    export.add_argument(
        "--site-url",
        default="/",
        help="the site's address, for canonical URLs (default: '/', root-relative URLs)",
    )
    export.add_argument("--site-name", default="Leidraad")
    export.set_defaults(run=_export)

    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


def _check(args: argparse.Namespace) -> int:
    docs_dir: Path = args.docs_dir
    if not docs_dir.is_dir():
        print(f"principles: {docs_dir}: no such folder", file=sys.stderr)
        return 2
    index = load_index(docs_dir)
    for problem in index.problems:
        print(problem.format(str(docs_dir)))
    errors = len(index.errors)
    warnings = len(index.problems) - errors
    print(
        f"{errors} error(s), {warnings} warning(s) in {len(index)} principle(s) "
        f"of {len(index.collections)} collection(s)"
    )
    failed = errors > 0 or (args.strict and warnings > 0)
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    docs_dir: Path = args.docs_dir
    if not docs_dir.is_dir():
        print(f"principles: {docs_dir}: no such folder", file=sys.stderr)
        return 2
    index = load_index(docs_dir)
    if index.errors:
        for problem in index.errors:
            print(problem.format(str(docs_dir)), file=sys.stderr)
        print(f"principles: not exported: {len(index.errors)} error(s)", file=sys.stderr)
        return 1
    written = write_api(index, args.out, args.site_url, args.site_name)
    print(f"wrote {len(written)} file(s) for {len(index)} principle(s) to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
