"""MkDocs wiring for Leidraad: event functions only; the work is done by `principles`.

The index is built once per build in `on_files` (MkDocs does not reload hook modules under
`mkdocs serve`, so nothing is created at import time) and page events only look things up.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path
from typing import Any

import markdown
from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from principles import Index, load_index
from principles.content import texts
from principles.content.body import without_title_heading
from principles.content.history import History, history_state, running_in_ci
from principles.content.messages import tool_text
from principles.content.rendered import SiteMarkdown
from principles.content.roles import opened_on_role, with_current_tab_labels
from principles.export import write_api, write_feed_and_embeds
from principles.site.assets import is_minified_asset, is_published_theme_file, minified
from principles.site.incremental import Pass, Preview, Snapshot, TemplateCodeCache, stamps_under
from principles.site.nav import build_nav, same_part
from principles.site.pages import (
    PRINCIPLE_FIELDS_PARTIAL,
    alias_redirects,
    body_partial,
    error_page_meta,
    generated_pages,
    page_template,
    role_for_page,
)
from principles.site.redirects import redirect_pages
from principles.site.search import SearchEntry, leave_out_of_search, refine, search_entry
from principles.site.views import (
    action_macros,
    generated_sections,
    lead_and_rest,
    template_filters,
    template_globals,
)

log = get_plugin_logger("leidraad")

_index: Index | None = None
_env: Environment | None = None  # The theme's environment of this build, from on_env.
_serving = False  # `mkdocs serve`: keep serving whatever the content says.
# `mkdocs serve --dirty` (what `make serve` runs): after a save, render again only the pages
# that show what changed (principles.site.incremental), the saved page first.
_incremental = False
_preview = Preview()
# What this preview build renders and writes (None: a full build, everything).
_this_pass: Pass | None = None
# A file in a folder the preview server watches: writing it asks the server for the next build
# (the second pass: the lists and navigation that also show the change).
_second_pass: Path | None = None
# Compiled templates, kept from one build to the next (one cache per kind of environment:
# the code depends on the environment's settings).
_template_code = TemplateCodeCache()
_macro_template_code = TemplateCodeCache()
_search_entries: dict[str, SearchEntry] = {}  # Page URL → what its search entry says.
_page_urls: dict[str, str] = {}  # Docs path → URL of every page (for the redirect pages).
_history_refused = False  # In CI, with a git history that cannot be read: no site.


def on_startup(command: str, dirty: bool) -> None:
    global _serving, _incremental
    _serving = command == "serve"
    _incremental = _serving and dirty
    if _incremental:
        # MkDocs warns on every dirty build that links may go stale: Leidraad renders every
        # page that shows a change, so the warning would only alarm editors.
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)
    # mkdocs-macros says on every build that the site has no module of its own (`main.py`, its
    # `module_name`): Leidraad registers its macros itself (on_config), so that is no news.
    # The plugin has no setting for it; pointing `module_name` at a module would only trade the
    # line for "Found local Python module".
    logging.getLogger(_MACROS_LOGGER).addFilter(_not_the_no_module_note)


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
    global _second_pass
    # `kill`, a terminal closing, a test ending the preview: stop as after Ctrl+C, so that MkDocs
    # and this hook remove their temporary folders (on_shutdown).
    signal.signal(signal.SIGTERM, _stop_as_after_ctrl_c)
    if _incremental:
        folder = Path(tempfile.mkdtemp(prefix="leidraad-preview-"))
        server.watch(str(folder))
        _second_pass = folder / "second-pass"
    return server


def _stop_as_after_ctrl_c(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def on_shutdown() -> None:
    if _second_pass is not None:
        shutil.rmtree(_second_pass.parent, ignore_errors=True)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


_MACROS_LOGGER = "mkdocs.plugins.mkdocs_macros.util"


def _not_the_no_module_note(record: logging.LogRecord) -> bool:
    return "No default module" not in record.getMessage()


# The plugins of mkdocs.yml that a feature rests on; without one, the build says what is off.
FEATURE_PLUGINS = ("redirects", "macros")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _index, _env, _this_pass, _history_refused
    # `mkdocs serve` rebuilds in this process: never reuse the last build's index.
    _index = _env = _this_pass = None
    _history_refused = False
    _search_entries.clear()
    _page_urls.clear()
    # The interface texts of theme.language (principles.content.texts), for this build.
    try:
        texts.use(config.theme.get("language"))
    except texts.UnknownLanguage as error:
        raise Abort(str(error)) from None
    if "macros" in config.plugins and _serving:
        # The preview survives a macro that fails at run time: the page shows the error.
        config.plugins["macros"].config["on_error_fail"] = False
    for plugin in FEATURE_PLUGINS:
        if plugin not in config.plugins:
            log.warning(tool_text(f"no-plugin-{plugin}"))
    if "macros" in config.plugins:
        # Macros run in on_page_markdown, before on_env: they render partials with the theme's
        # own environment, and find the page being rendered on the macros plugin.
        macros: Any = config.plugins["macros"]  # mkdocs-macros ships no types
        macro_env = config.theme.get_env()
        macro_env.bytecode_cache = _macro_template_code
        block_macros = action_macros(_current, macro_env, lambda: macros.page)
        macros.register_macros(block_macros)
    return config


# Before the redirects plugin's on_files (default priority), which takes its map then.
@event_priority(50)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _index, _history_refused
    docs_dir = Path(config.docs_dir)
    # Bodies with raw HTML are checked as this build renders them: its own extensions.
    site = SiteMarkdown(config.markdown_extensions, config.mdx_configs)
    index = _index = load_index(docs_dir, site)
    history = history_state(docs_dir)
    if history.state is History.SHALLOW:
        log.warning(tool_text("shallow-history"))
    elif history.state is History.UNREADABLE:
        # Never silently wrong dates: CI refuses the build, a developer's machine warns.
        _history_refused = running_in_ci()
        unreadable = tool_text("unreadable-history", folder=docs_dir, reason=history.reason)
        (log.error if _history_refused else log.warning)(unreadable)

    # Data files are read by the library, not published.
    for src_uri in index.data_files:
        if (file := files.get_file_from_path(src_uri)) is not None:
            files.remove(file)
    # Nor is a file that links to one outside the docs folder (LD117): a page of it is an
    # error page (never read), any other such file is left out of the site.
    for problem in index.problems:
        file = files.get_file_from_path(problem.source.path) if problem.code == "LD117" else None
        if file is not None and not file.is_documentation_page():
            files.remove(file)
    # Nor are the theme's templates that are not .html (the feed's): MkDocs would copy them.
    theme_dir = config.theme.custom_dir
    for file in [f for f in files if theme_dir and f.src_dir == theme_dir]:
        if not is_published_theme_file(file.src_uri):
            files.remove(file)
    for file in files:
        if is_minified_asset(file.src_uri):
            file.content_string = minified(file.src_uri, file.content_string)
    existing = {file.src_uri for file in files}
    for src_uri, source in generated_pages(index, existing).items():
        files.append(File.generated(config, src_uri, content=source))

    if "redirects" in config.plugins:
        redirect_maps = config.plugins["redirects"].config["redirect_maps"]
        redirect_maps.update(alias_redirects(index))

    if config.nav is None:
        config.nav = build_nav(index, [f.src_uri for f in files.documentation_pages()])
    _page_urls.update((f.src_uri, f.url) for f in files.documentation_pages())
    # The preview's second pass follows a save that already listed the problems: once is enough.
    if not (_incremental and _render_only_what_changed(index, files, config).second):
        shown_dir = os.path.relpath(docs_dir)
        if shown_dir.startswith(".."):
            shown_dir = str(docs_dir)
        for problem in index.problems:
            (log.error if problem.is_error else log.warning)(problem.format(shown_dir))
    return files


def _render_only_what_changed(index: Index, files: Files, config: MkDocsConfig) -> Pass:
    """Mark the pages this preview build must render again; MkDocs skips the others."""
    global _this_pass
    docs_dir = Path(config.docs_dir)
    theme_sources = [Path(config.config_file_path or "mkdocs.yml")]
    if config.theme.custom_dir:
        theme_sources.append(Path(config.theme.custom_dir))
    snapshot = Snapshot(
        index=index,
        sources={
            path.relative_to(docs_dir).as_posix(): stamp
            for path, stamp in ((Path(p), s) for p, s in stamps_under([docs_dir]).items())
        },
        theme=stamps_under(theme_sources),
    )
    pages = files.documentation_pages()
    step = _preview.next_pass(
        snapshot, [file.src_uri for file in pages], can_defer=_second_pass is not None
    )
    _this_pass = step
    rendered = 0
    for file in pages:
        again = (
            step.render is None
            or file.src_uri in step.render
            or not Path(file.abs_dest_path).is_file()
        )
        file.is_modified = _always if again else _never  # type: ignore[method-assign]
        rendered += again
    if step.render is not None:
        if step.left:
            log.info(tool_text("rendered-first", pages=rendered, total=len(pages), left=step.left))
        else:
            log.info(tool_text("rendered-again", pages=rendered, total=len(pages)))
        _forget_search_entries(config, {file.url for file in pages if file.is_modified()})
    return step


def _always() -> bool:
    return True


def _never() -> bool:
    return False


def _forget_search_entries(config: MkDocsConfig, urls: set[str]) -> None:
    """Material's search keeps the last build's entries under `--dirty`, assuming that one page
    was built again; drop the entries of every page built again, which add theirs anew."""
    search: Any = config.plugins.get("material/search")
    previous = getattr(search, "search_index_prev", None)
    if previous is not None:
        previous.entries = [
            entry for entry in previous.entries if entry["location"].partition("#")[0] not in urls
        ]


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    if _incremental:
        # The pages this preview build does not read keep the title they were last shown with.
        for page in nav.pages:
            if not page.file.is_modified() and (title := _preview.titles.get(page.file.src_uri)):
                page.title = title
    return nav


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    # A page with errors is not read at all (it may not even be UTF-8, or be huge): its page
    # shows its errors instead (on_page_markdown).
    return "" if _current().has_errors(page.file.src_uri) else None


# Before mkdocs-macros (default priority): a page with errors is not rendered as Jinja either.
@event_priority(50)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    index = _current()
    src_uri = page.file.src_uri
    if index.has_errors(src_uri):
        # Its front matter and body may be anything: show its errors, publish none of it.
        page.meta = error_page_meta(index, src_uri)
        return ""
    template = page_template(index, src_uri)
    if template is not None:
        page.meta.setdefault("template", template)
    # The sitemap's <lastmod>: the content's date (git), not the date of the build.
    if (changed := index.page_changed(src_uri)) is not None:
        page.update_date = changed.isoformat()
    principle = index.for_page(src_uri)
    if principle is not None:
        markdown = with_current_tab_labels(markdown, index.roles)
        markdown = without_title_heading(opened_on_role(markdown, principle), principle.title)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    index = _current()
    html = leave_out_of_search(html)
    principle = index.for_page(page.file.src_uri)
    if principle is not None and not index.has_errors(page.file.src_uri):
        before, after = generated_sections(index, principle, page.meta)
        page.toc.items[:0] = [AnchorLink(title, anchor, 2) for title, anchor in before]
        page.toc.items.extend(AnchorLink(title, anchor, 2) for title, anchor in after)
    return html


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    global _env
    # Drop the template lines that hold only a {% tag %}: the same markup, lighter pages.
    env.trim_blocks = env.lstrip_blocks = True
    env.bytecode_cache = _template_code
    renderer = markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )

    def render_markdown(text: str) -> Markup:
        # Front-matter fields (Omschrijving, Uitleg, …) are Markdown, rendered like the page.
        return Markup(renderer.reset().convert(text))  # noqa: S704 - Markdown output

    env.filters["markdown"] = render_markdown
    env.filters.update(template_filters())
    env.globals.update(template_globals(_current()))
    # `mkdocs serve` adds an inline live-reload script to every page it serves: the preview's
    # pages allow inline scripts, the published site never does (overrides/main.html).
    env.globals["leidraad_preview"] = _serving
    _env = env
    return env


# Before the search plugin (default priority), which indexes page.content in this event.
@event_priority(50)
def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    index = _current()
    src_uri = page.file.src_uri
    if index.has_errors(src_uri):
        context["content_problems"] = index.problems_in(src_uri)
        return context
    principle = context["principle"] = index.for_page(src_uri)
    folder = src_uri.partition("/")[0]
    context["collection"] = index.collections.get(folder)
    context["role"] = role_for_page(index, src_uri)
    # What readers see is what search indexes: a generated page's body, a principle's fields.
    if (partial := body_partial(index, src_uri)) is not None:
        page.content = _render(partial, context)
    elif principle is not None:
        # After the body's lead (its text before the first heading), so that the lead opens the
        # page and is not read as part of the Consequenties.
        lead, rest = lead_and_rest(page.content or "")
        fields = _render(PRINCIPLE_FIELDS_PARTIAL, context)
        page.content = "".join((str(lead), fields, str(rest)))  # Markup + str would escape
    if (entry := search_entry(index, src_uri, page.title)) is not None:
        _search_entries[page.url] = entry
    if _incremental and page.title:
        _preview.titles[src_uri] = page.title
    # The footer's previous and next page: only within the same part of the navigation.
    if not same_part(page, page.previous_page):
        page.previous_page = None
    if not same_part(page, page.next_page):
        page.next_page = None
    return context


def _render(template: str, context: dict[str, Any]) -> str:
    if _env is None:  # pragma: no cover - MkDocs always runs on_env first
        raise RuntimeError("Leidraad's templates are used before on_env prepared them")
    return _env.get_template(template).render(context)


# After the search and redirects plugins (default priority) wrote their files.
@event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    index = _current()
    site_dir, site_url = Path(config.site_dir), config.site_url or "/"
    search_index = site_dir / "search" / "search_index.json"
    if _search_entries and search_index.is_file():
        search_index.write_text(refine(search_index.read_text("utf-8"), _search_entries), "utf-8")
    env = _env
    if env is None:  # pragma: no cover - MkDocs always runs on_env first
        raise RuntimeError("Leidraad's templates are used before on_env prepared them")

    def render(template: str, **context: Any) -> str:
        return env.get_template(template).render(**context)

    # Artefacts that are not site pages: the API, the feed and the embeddable cards (in the
    # preview, only when the principles changed, and in the second pass).
    if _this_pass is None or _this_pass.write_exports:
        write_api(index, site_dir, site_url, config.site_name)
        write_feed_and_embeds(
            index,
            site_dir,
            site_url,
            config.site_name,
            render,
            None if _this_pass is None else _this_pass.cards,
        )

    # The former addresses again, in Dutch and keeping their #fragment (principles.site.redirects).
    if "redirects" in config.plugins:
        redirect_map = config.plugins["redirects"].config["redirect_maps"]
        for redirect in redirect_pages(
            redirect_map, _page_urls, config.use_directory_urls, config.site_url or ""
        ):
            html = render("partials/leidraad/redirect.html", redirect=redirect, config=config)
            (site_dir / redirect.path).write_text(html, "utf-8")

    if _second_pass is not None and _preview.owed:
        _second_pass.write_text(str(time.time_ns()), "utf-8")  # the server builds again

    # A site with a content error is never published, `--strict` or not; the preview goes on.
    if not _serving and index.errors:
        raise Abort(tool_text("build-refused", errors=len(index.errors)))
    if not _serving and _history_refused:
        raise Abort(tool_text("history-refused"))


def _current() -> Index:
    if _index is None:  # pragma: no cover - MkDocs always runs on_files first
        raise RuntimeError("Leidraad's index is used before on_files built it")
    return _index
