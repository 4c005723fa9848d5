"""The `principles` command: check, export, scaffold and diff content without MkDocs."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from principles.diff import DiffError, content_diff
from principles.export import write_api
from principles.index import Index
from principles.load import load_index
from principles.messages import DEFAULT_LANGUAGE, LANGUAGES, Language, tool_text
from principles.model import Relevance
from principles.scaffold import ScaffoldError, plan_principle, write_principle


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="principles", description="Leidraad: check and publish architecture principles."
    )
    # Every command speaks Dutch to editors; `--lang en` is for the code's own developers.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                        help="language of the messages (default: nl)")  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="validate every principle, role and collection; print all problems",
    )
    check.add_argument("docs_dir", nargs="?", default="docs", type=Path, help="default: docs")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.set_defaults(run=_check)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write the export API (JSON, CSV, llms.txt) without building the site",
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
        "new",
        parents=[common],
        help="create a principle page with the next free number and every field explained",
    )
    new.add_argument("collection", help="collection id, e.g. overheid")
    new.add_argument("slug", help="the new principle's slug, e.g. digitale-inclusie")
    new.add_argument("--docs", dest="docs_dir", default="docs", type=Path, help="default: docs")
    new.add_argument("--number", type=int, help="default: the next free number")
    new.add_argument("--title", default="", help="the title without its number")
    new.set_defaults(run=_new)

    diff = commands.add_parser(
        "diff",
        parents=[common],
        help="what changes for readers between two git refs (default: ref → working tree)",
    )
    diff.add_argument("old", help="git ref of the old version, e.g. main or HEAD~1")
    diff.add_argument("new", nargs="?", help="git ref of the new version (default: working tree)")
    diff.add_argument("--docs", dest="docs_dir", default="docs", type=Path, help="default: docs")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")
    diff.add_argument("--old-name", help="how the report names the old version (default: OLD)")
    diff.add_argument("--new-name", help="how the report names the new version (default: NEW)")
    diff.set_defaults(run=_diff)

    serve = commands.add_parser(
        "serve",
        parents=[common],
        help="preview the site with mkdocs serve; one clear line when the port is taken",
    )
    serve.add_argument("--port", type=int, default=8000, help="default: 8000")
    serve.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    serve.add_argument("-f", "--config-file", help="default: mkdocs.yml")
    serve.set_defaults(run=_serve)

    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except BrokenPipeError:
        # The reader stopped reading (`principles check | head`): not an error of ours. Point
        # stdout at nothing so that Python's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


def _index_of(docs_dir: Path, language: Language) -> Index | None:
    """The index of `docs_dir`, or None (said on stderr) when there is no such folder."""
    if not docs_dir.is_dir():
        print(f"principles: {tool_text('no-folder', language, folder=docs_dir)}", file=sys.stderr)
        return None
    return load_index(docs_dir)


def _check(args: argparse.Namespace) -> int:
    docs_dir: Path = args.docs_dir
    index = _index_of(docs_dir, args.lang)
    if index is None:
        return 2
    for problem in index.problems:
        print(problem.format(str(docs_dir), args.lang))
    errors = len(index.errors)
    warnings = len(index.problems) - errors
    print(
        tool_text(
            "check-summary",
            args.lang,
            errors=errors,
            warnings=warnings,
            principles=len(index),
            collections=len(index.collections),
        )
    )
    spread = index.relevance_spread()
    if spread:
        print(tool_text("relevance-heading", args.lang))
    for role in spread:
        print(
            tool_text(
                "relevance-role",
                args.lang,
                role=role.role.label,
                high=role.counts[Relevance.HIGH],
                medium=role.counts[Relevance.MEDIUM],
                low=role.counts[Relevance.LOW],
                named=role.named,
                principles=role.principles,
            )
        )
    failed = errors > 0 or (args.strict and warnings > 0)
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    docs_dir: Path = args.docs_dir
    index = _index_of(docs_dir, args.lang)
    if index is None:
        return 2
    if index.errors:
        for problem in index.errors:
            print(problem.format(str(docs_dir), args.lang), file=sys.stderr)
        refused = tool_text("export-refused", args.lang, errors=len(index.errors))
        print(f"principles: {refused}", file=sys.stderr)
        return 1
    written = write_api(index, args.out, args.site_url, args.site_name)
    print(tool_text("exported", args.lang, files=len(written), principles=len(index), out=args.out))
    return 0


def _new(args: argparse.Namespace) -> int:
    index = _index_of(args.docs_dir, args.lang)
    if index is None:
        return 2
    try:
        scaffold = plan_principle(index, args.collection, args.slug, args.number, args.title)
        path = write_principle(scaffold)
    except ScaffoldError as exc:
        print(f"principles: {exc.text(args.lang)}", file=sys.stderr)
        return 1
    except FileExistsError:
        taken = tool_text("new-taken", args.lang, slug=args.slug, path=scaffold.path)
        print(f"principles: {taken}", file=sys.stderr)
        return 1
    print(tool_text("created", args.lang, path=path, number=scaffold.number))
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


def port_is_free(host: str, port: int) -> bool:
    """Whether MkDocs' server could listen on `port`. The probe binds as that server does
    (SO_REUSEADDR), so a port that a preview stopped a moment ago left in TIME_WAIT is free."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port_after(host: str, port: int, tries: int = 50) -> int | None:
    """The first port after `port` that is free, checked; None when none of `tries` is."""
    return next(
        (p for p in range(port + 1, min(port + 1 + tries, 65536)) if port_is_free(host, p)), None
    )


def _serve(args: argparse.Namespace) -> int:
    if not port_is_free(args.host, args.port):
        other = free_port_after(args.host, args.port)
        if other is None:
            busy = tool_text("port-busy-no-other", args.lang, port=args.port)
        else:
            busy = tool_text("port-busy", args.lang, port=args.port, other=other)
        print(f"principles: {busy}", file=sys.stderr)
        return 2
    # The port is free: become `mkdocs serve` (its output, its Ctrl+C).
    # --dirty: after a save, render only the pages that show the change (the hook knows them).
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty",
               "--dev-addr", f"{args.host}:{args.port}"]  # fmt: skip
    if args.config_file:
        command += ["--config-file", args.config_file]
    os.execv(sys.executable, command)  # noqa: S606 - our own interpreter, fixed arguments


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
