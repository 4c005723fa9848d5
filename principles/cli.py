"""The `principles` command: check, export, scaffold and diff content without MkDocs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from principles.diff import DiffError, content_diff
from principles.export import write_api
from principles.index import Index
from principles.load import load_index
from principles.scaffold import ScaffoldError, plan_principle, write_principle


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

    new = commands.add_parser(
        "new", help="create a principle page with the next free number and every field explained"
    )
    new.add_argument("collection", help="collection id, e.g. overheid")
    new.add_argument("slug", help="the new principle's slug, e.g. digitale-inclusie")
    new.add_argument("--docs", dest="docs_dir", default="docs", type=Path, help="default: docs")
    new.add_argument("--number", type=int, help="default: the next free number")
    new.add_argument("--title", default="", help="the title without its number")
    new.set_defaults(run=_new)

    diff = commands.add_parser(
        "diff",
        help="what changes for readers between two git refs (default: ref → working tree)",
    )
    diff.add_argument("old", help="git ref of the old version, e.g. main or HEAD~1")
    diff.add_argument("new", nargs="?", help="git ref of the new version (default: working tree)")
    diff.add_argument("--docs", dest="docs_dir", default="docs", type=Path, help="default: docs")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")
    diff.add_argument("--old-name", help="how the report names the old version (default: OLD)")
    diff.add_argument("--new-name", help="how the report names the new version (default: NEW)")
    diff.set_defaults(run=_diff)

    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


def _index_of(docs_dir: Path) -> Index | None:
    """The index of `docs_dir`, or None (said on stderr) when there is no such folder."""
    if not docs_dir.is_dir():
        print(f"principles: {docs_dir}: no such folder", file=sys.stderr)
        return None
    return load_index(docs_dir)


def _check(args: argparse.Namespace) -> int:
    docs_dir: Path = args.docs_dir
    index = _index_of(docs_dir)
    if index is None:
        return 2
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
    index = _index_of(docs_dir)
    if index is None:
        return 2
    if index.errors:
        for problem in index.errors:
            print(problem.format(str(docs_dir)), file=sys.stderr)
        print(f"principles: not exported: {len(index.errors)} error(s)", file=sys.stderr)
        return 1
    written = write_api(index, args.out, args.site_url, args.site_name)
    print(f"wrote {len(written)} file(s) for {len(index)} principle(s) to {args.out}")
    return 0


def _new(args: argparse.Namespace) -> int:
    index = _index_of(args.docs_dir)
    if index is None:
        return 2
    try:
        scaffold = plan_principle(index, args.collection, args.slug, args.number, args.title)
        path = write_principle(scaffold)
    except (ScaffoldError, FileExistsError) as exc:
        print(f"principles: {exc}", file=sys.stderr)
        return 1
    print(f"created {path} (number {scaffold.number}); fill it in and run: principles check")
    return 0


def _diff(args: argparse.Namespace) -> int:
    try:
        result = content_diff(args.docs_dir, args.old, args.new)
    except DiffError as exc:
        print(f"principles: {exc}", file=sys.stderr)
        return 2
    result.old_ref = args.old_name or result.old_ref
    result.new_ref = args.new_name or result.new_ref
    if args.format == "json":
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(result.as_markdown())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
