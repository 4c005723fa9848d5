"""The `principles` command: start a site, check, export, scaffold and diff content without
MkDocs."""

from __future__ import annotations

import argparse
import gc
import json
import os
import socket
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import NoReturn

from principles.content.index import Index
from principles.content.messages import (
    ARGPARSE_NL,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Language,
    help_text,
    tool_text,
)
from principles.content.model import Relevance
from principles.export import write_api
from principles.tools.diff.git import DiffError, content_diff
from principles.tools.importer import ImportRefused, import_collection
from principles.tools.scaffold import ScaffoldError, plan_principle, write_principle
from principles.tools.site_config import load_site_index
from principles.tools.starter import InitRefused, write_site


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    # Every command speaks Dutch to editors, its help too; `--lang en` is for the code's own
    # developers. The language is known before the arguments are parsed, so that `--help`
    # and argparse's own words and messages are in it.
    language = _language(arguments)
    with _argparse_words(language):
        args = _parser(language).parse_args(arguments)
    try:
        code: int = args.run(args)
    except BrokenPipeError:
        # The reader stopped reading (`principles check | head`): not an error of ours. Point
        # stdout at nothing so that Python's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


def _parser(language: Language) -> argparse.ArgumentParser:
    """The command line of `principles`, its help in `language`."""

    def h(name: str) -> str:
        return help_text(name, language)

    parser = argparse.ArgumentParser(prog="principles", description=h("description"),
                                     add_help=False)  # fmt: skip
    parser.add_argument("-h", "--help", action="help", help=h("help"))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=h("lang"))
    common.add_argument("-h", "--help", action="help", help=h("help"))
    commands = parser.add_subparsers(dest="command", required=True, title=h("commands"))

    def command(name: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], add_help=False, help=h(name),
                                   description=h(name))  # fmt: skip

    init = command("init")
    init.add_argument("folder", type=Path, help=h("init-folder"))
    init.set_defaults(run=_init)

    check = command("check")
    check.add_argument("docs_dir", nargs="?", default="docs", type=Path, help=h("docs-dir"))
    check.add_argument("--strict", action="store_true", help=h("strict"))
    check.set_defaults(run=_check)

    export = command("export")
    export.add_argument("docs_dir", nargs="?", default="docs", type=Path, help=h("docs-dir"))
    export.add_argument("--out", type=Path, default=Path("export"), help=h("out"))
    export.add_argument("--site-url", default="/", help=h("site-url"))
    export.add_argument("--site-name", default="Leidraad", help=h("site-name"))
    export.set_defaults(run=_export)

    new = command("new")
    new.add_argument("collection", help=h("collection"))
    new.add_argument("slug", help=h("slug"))
    new.add_argument("--docs", dest="docs_dir", default="docs", type=Path, help=h("docs-dir"))
    new.add_argument("--number", type=int, help=h("number"))
    new.add_argument("--title", default="", help=h("title"))
    new.set_defaults(run=_new)

    diff = command("diff")
    diff.add_argument("old", help=h("old"))
    diff.add_argument("new", nargs="?", help=h("new-ref"))
    diff.add_argument("--docs", dest="docs_dir", default="docs", type=Path, help=h("docs-dir"))
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown",
                      help=h("format"))  # fmt: skip
    diff.add_argument("--old-name", help=h("old-name"))
    diff.add_argument("--new-name", help=h("new-name"))
    diff.set_defaults(run=_diff)

    imported = command("import")
    imported.add_argument("source", type=Path, help=h("import-source"))
    imported.add_argument("--collection", required=True, help=h("import-collection"))
    imported.add_argument("--docs", dest="docs_dir", default="docs", type=Path,
                          help=h("docs-dir"))  # fmt: skip
    imported.set_defaults(run=_import)

    serve = command("serve")
    serve.add_argument("--port", type=int, default=8000, help=h("port"))
    serve.add_argument("--host", default="127.0.0.1", help=h("host"))
    serve.add_argument("-f", "--config-file", help=h("config-file"))
    serve.set_defaults(run=_serve)

    return parser


def _language(arguments: Sequence[str]) -> Language:
    """The language `--lang` asks for (`--lang en` or `--lang=en`), else Dutch."""
    for position, argument in enumerate(arguments):
        value = (
            argument.partition("=")[2]
            if argument.startswith("--lang=")
            else arguments[position + 1]
            if argument == "--lang" and position + 1 < len(arguments)
            else None
        )
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


@contextmanager
def _argparse_words(language: Language) -> Iterator[None]:
    """argparse's own words ("usage:", "options", its errors) in `language` while parsing.
    argparse looks its texts up through the module's `_` (gettext) each time it writes one."""
    if language == "en":
        yield
        return
    english = argparse._  # type: ignore[attr-defined]
    setattr(argparse, "_", lambda text: ARGPARSE_NL.get(text, english(text)))  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", english)  # noqa: B010


def _index_of(docs_dir: Path, language: Language) -> Index | None:
    """The index of `docs_dir`, or None (said on stderr) when there is no such folder."""
    if not docs_dir.is_dir():
        print(f"principles: {tool_text('no-folder', language, folder=docs_dir)}", file=sys.stderr)
        return None
    # Every core reads principle files (a check of thousands of pages: README, bench/).
    return load_site_index(docs_dir, jobs=os.cpu_count() or 1)


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


def _init(args: argparse.Namespace) -> int:
    try:
        written = write_site(args.folder, args.lang)
    except InitRefused as exc:
        print(f"principles: {exc.text(args.lang)}", file=sys.stderr)
        return 1
    print(tool_text("init-done", args.lang, folder=args.folder, files=len(written)))
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


def _import(args: argparse.Namespace) -> int:
    try:
        result = import_collection(args.source, args.docs_dir, args.collection)
    except ImportRefused as exc:
        print(f"principles: {exc.text(args.lang)}", file=sys.stderr)
        return 2 if exc.text_name == "no-folder" else 1
    for note in result.notes:
        print(note.format(str(args.source), args.lang))
    folder = args.docs_dir / result.collection
    print(tool_text("imported", args.lang, principles=len(result.principles), folder=folder,
                    notes=len(result.notes)))  # fmt: skip
    index = load_site_index(args.docs_dir)
    found = [p for p in index.problems if p.source.path.startswith(f"{result.collection}/")]
    errors = sum(problem.is_error for problem in found)
    print(tool_text("imported-check", args.lang, folder=folder, errors=errors,
                    warnings=len(found) - errors, docs=args.docs_dir))  # fmt: skip
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
    # --dirty: after a save, render only the pages that show the change (the plugin knows them).
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty",
               "--dev-addr", f"{args.host}:{args.port}"]  # fmt: skip
    if args.config_file:
        command += ["--config-file", args.config_file]
    os.execv(sys.executable, command)  # noqa: S606 - our own interpreter, fixed arguments


def run() -> NoReturn:
    """The `principles` command (`main`), as the shell runs it. Once it is done, the process
    ends without freeing what it holds one object at a time: the index of a large site is
    hundreds of thousands of objects, and freeing them took as long as printing the check's
    report (bench/README.md). What it wrote is flushed first; nothing else is left to do (the
    files, folders and processes it opened are closed when `main` returns). Tests and other
    Python code call `main`.

    Python's cycle collector stays off while it runs: `load_index` pauses it while it makes the
    index, and its first run afterwards would walk every object of that index once more
    (0.05 to 0.09 s of a check at 5,000 principles; bench/README.md), to free nothing that
    the end of the process does not free. (Measured: the export of that site holds as much
    memory without it.)"""
    gc.disable()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with suppress(BrokenPipeError):  # The reader has gone (`principles check | head`).
            stream.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
