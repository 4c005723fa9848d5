"""Leidraad as a MkDocs plugin (`plugins: - leidraad`): event methods only; the work is done by
`principles`.

The plugin adds Leidraad's theme (`principles/theme/`: Material templates, partials, CSS and
JS) to the site's theme, after the site's own `custom_dir`, so that a site can still replace a
partial. The index is built once per build in `on_files` and page events only look things up.
Build state lives on the plugin object: MkDocs keeps one instance for the whole `mkdocs serve`
(a plugin with `on_startup` is cached between rebuilds), and `on_config` resets what belongs to
one build.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path
from typing import Any, Literal

import markdown
from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils.templates import TemplateContext

from principles.content import texts
from principles.content.actions import ACTIONS_FILE
from principles.content.body import without_title_heading
from principles.content.history import History, history_state, running_in_ci
from principles.content.index import Index
from principles.content.load import load_index
from principles.content.messages import LANGUAGES, Language, tool_text
from principles.content.registries import tab_anchor
from principles.content.rendered import SiteMarkdown
from principles.content.roles import ROLES_FILE, opened_on_role, with_current_tab_labels
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
from principles.site.redirects import REDIRECT_PARTIAL, RedirectPage, redirect_pages
from principles.site.search import SearchEntry, leave_out_of_search, refine, search_entry
from principles.site.views import (
    action_macros,
    generated_sections,
    lead_and_rest,
    template_filters,
    template_globals,
)

log = get_plugin_logger("leidraad")

THEME_DIR = Path(__file__).resolve().parents[1] / "theme"
"""Leidraad's Material templates, partials and assets, shipped in the package."""

STYLESHEET = "assets/leidraad/leidraad.css"
"""Leidraad's stylesheet (of the theme), on every page after the site's own `extra_css`."""

# The plugins of mkdocs.yml that a feature rests on; without one, the build says what is off.
FEATURE_PLUGINS = ("macros",)

# The Markdown extensions Leidraad's pages need (role tabs, their anchors, attribute lists in
# the generated pages); MkDocs adds `toc`, `tables` and `fenced_code` itself. The build stops
# with a message that names what mkdocs.yml lacks.
REQUIRED_EXTENSIONS = ("attr_list", "pymdownx.superfences", "pymdownx.tabbed")
REQUIRED_TABBED = {"alternate_style": True, "slugify": tab_anchor}


class LeidraadConfig(base.Config):  # type: ignore[no-untyped-call]
    """`plugins: - leidraad:` in mkdocs.yml."""

    roles = c.Type(str, default=ROLES_FILE)
    """The roles file, relative to the docs folder."""
    actions = c.Type(str, default=ACTIONS_FILE)
    """The actions file (tools, standards, services of the action cards), relative to the
    docs folder."""
    language = c.Optional(c.Choice(LANGUAGES))
    """The language of the site's interface texts (`principles.content.texts`) and of the build's
    messages: `nl` or `en`; by default `theme.language` ('en-GB' is English; a language
    Leidraad has no texts for stops the build)."""


class LeidraadPlugin(BasePlugin[LeidraadConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        # For the whole process (`mkdocs serve` keeps this instance between rebuilds).
        self.serving = False  # `mkdocs serve`: keep serving whatever the content says.
        # `mkdocs serve --dirty` (what `make serve` runs): after a save, render again only the
        # pages that show what changed (principles.site.incremental), the saved page first.
        self.incremental = False
        self.preview = Preview()
        # A file in a folder the preview server watches: writing it asks the server for the
        # next build (the second pass: the lists and navigation that also show the change).
        self.second_pass: Path | None = None
        # Compiled templates, kept from one build to the next (one cache per kind of
        # environment: the code depends on the environment's settings).
        self.template_code = TemplateCodeCache()
        self.macro_template_code = TemplateCodeCache()
        # For one build (reset in on_config).
        self.language: Language = "nl"
        self.index: Index | None = None
        self.env: Environment | None = None  # The theme's environment of this build (on_env).
        self.this_pass: Pass | None = None  # What a preview build renders (None: everything).
        self.search_entries: dict[str, SearchEntry] = {}  # Page URL → its search entry.
        self.redirects: list[tuple[File, RedirectPage]] = []  # Former addresses: their files.
        self.history_refused = False  # In CI, with a git history that cannot be read: no site.

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"
        self.incremental = self.serving and dirty
        if self.incremental:
            # MkDocs warns on every dirty build that links may go stale: Leidraad renders every
            # page that shows a change, so the warning would only alarm editors.
            logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)
        # mkdocs-macros says on every build that the site has no module of its own (`main.py`,
        # its `module_name`): Leidraad registers its macros itself (on_config), so that is no
        # news. The plugin has no setting for it; pointing `module_name` at a module would only
        # trade the line for "Found local Python module".
        logging.getLogger(_MACROS_LOGGER).addFilter(_not_the_no_module_note)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        # `kill`, a terminal closing, a test ending the preview: stop as after Ctrl+C, so that
        # MkDocs and this plugin remove their temporary folders (on_shutdown).
        signal.signal(signal.SIGTERM, _stop_as_after_ctrl_c)
        if self.incremental:
            folder = Path(tempfile.mkdtemp(prefix="leidraad-preview-"))
            server.watch(str(folder))
            self.second_pass = folder / "second-pass"
        return server

    def on_shutdown(self) -> None:
        if self.second_pass is not None:
            shutil.rmtree(self.second_pass.parent, ignore_errors=True)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # `mkdocs serve` rebuilds with this instance: never reuse the last build's index.
        self.index = self.env = self.this_pass = None
        self.history_refused = False
        self.search_entries.clear()
        self.redirects.clear()
        # The language of the interface texts (principles.content.texts) and of the messages:
        # the plugin's `language`, else theme.language ('en-GB' is English); one Leidraad has
        # no texts for stops the build (in Dutch and English).
        theme_language = str(config.theme.get("language") or "nl").split("-")[0]
        try:
            self.language = texts.use(self.config.language or theme_language).language
        except texts.UnknownLanguage as error:
            raise PluginError(str(error)) from None
        _check_site_config(config, self.language)
        # Leidraad's theme after the site's own custom_dir (a site may replace any of its
        # files) and before Material's.
        theme_dir = str(THEME_DIR)
        if theme_dir not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, theme_dir)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if "macros" in config.plugins and self.serving:
            # The preview survives a macro that fails at run time: the page shows the error.
            config.plugins["macros"].config["on_error_fail"] = False
        for plugin in FEATURE_PLUGINS:
            if plugin not in config.plugins:
                log.warning(tool_text(f"no-plugin-{plugin}", self.language))
        if "macros" in config.plugins:
            # Macros run in on_page_markdown, before on_env: they render partials with the
            # theme's own environment, and find the page being rendered on the macros plugin.
            macros: Any = config.plugins["macros"]  # mkdocs-macros ships no types
            macro_env = config.theme.get_env()
            macro_env.bytecode_cache = self.macro_template_code
            block_macros = action_macros(self._current, macro_env, lambda: macros.page)
            macros.register_macros(block_macros)
        return config

    @event_priority(50)  # Early: before other plugins read the files (as mkdocs-redirects did).
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        docs_dir = Path(config.docs_dir)
        # Bodies with raw HTML are checked as this build renders them: its own extensions.
        site = SiteMarkdown(config.markdown_extensions, config.mdx_configs)
        index = self.index = load_index(
            docs_dir, site, roles_file=self.config.roles, actions_file=self.config.actions
        )
        history = history_state(docs_dir)
        if history.state is History.SHALLOW:
            log.warning(tool_text("shallow-history", self.language))
        elif history.state is History.UNREADABLE:
            # Never silently wrong dates: CI refuses the build, a developer's machine warns.
            self.history_refused = running_in_ci()
            unreadable = tool_text(
                "unreadable-history", self.language, folder=docs_dir, reason=history.reason
            )
            (log.error if self.history_refused else log.warning)(unreadable)

        # Data files are read by the library, not published.
        for src_uri in index.data_files:
            if (file := files.get_file_from_path(src_uri)) is not None:
                files.remove(file)
        # Nor is a file that links to one outside the docs folder (LD117): a page of it is an
        # error page (never read), any other such file is left out of the site.
        for problem in index.problems:
            file = (
                files.get_file_from_path(problem.source.path) if problem.code == "LD117" else None
            )
            if file is not None and not file.is_documentation_page():
                files.remove(file)
        # Nor are the theme's templates that are not .html (the feed's): MkDocs would copy them.
        theme_dir = str(THEME_DIR)
        for file in [f for f in files if f.src_dir == theme_dir]:
            if not is_published_theme_file(file.src_uri):
                files.remove(file)
        for file in files:
            if is_minified_asset(file.src_uri):
                file.content_string = minified(file.src_uri, file.content_string)
        existing = {file.src_uri for file in files}
        for src_uri, source in generated_pages(index, existing).items():
            files.append(File.generated(config, src_uri, content=source))

        if config.nav is None:
            config.nav = build_nav(index, [f.src_uri for f in files.documentation_pages()])
        # The former addresses (aliases of principles and roles): pages of the site, written
        # once by MkDocs with the other files; their HTML is rendered in on_env.
        page_urls = {f.src_uri: f.url for f in files.documentation_pages()}
        for redirect in redirect_pages(
            alias_redirects(index), page_urls, config.use_directory_urls, config.site_url or ""
        ):
            file = File.generated(config, redirect.path, content="")
            files.append(file)
            self.redirects.append((file, redirect))
        # The preview's second pass follows a save that already listed the problems: once is
        # enough.
        if not (self.incremental and self._render_only_what_changed(index, files, config).second):
            shown_dir = os.path.relpath(docs_dir)
            if shown_dir.startswith(".."):
                shown_dir = str(docs_dir)
            for problem in index.problems:
                shown = problem.format(shown_dir, self.language)
                (log.error if problem.is_error else log.warning)(shown)
        return files

    def _render_only_what_changed(self, index: Index, files: Files, config: MkDocsConfig) -> Pass:
        """Mark the pages this preview build must render again; MkDocs skips the others."""
        docs_dir = Path(config.docs_dir)
        theme_sources = [Path(config.config_file_path or "mkdocs.yml")]
        if config.theme.custom_dir:
            theme_sources.append(Path(config.theme.custom_dir))
        theme_sources.append(THEME_DIR)
        snapshot = Snapshot(
            index=index,
            sources={
                path.relative_to(docs_dir).as_posix(): stamp
                for path, stamp in ((Path(p), s) for p, s in stamps_under([docs_dir]).items())
            },
            theme=stamps_under(theme_sources),
        )
        pages = files.documentation_pages()
        step = self.preview.next_pass(
            snapshot, [file.src_uri for file in pages], can_defer=self.second_pass is not None
        )
        self.this_pass = step
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
                log.info(
                    tool_text(
                        "rendered-first",
                        self.language,
                        pages=rendered,
                        total=len(pages),
                        left=step.left,
                    )
                )
            else:
                note = tool_text("rendered-again", self.language, pages=rendered, total=len(pages))
                log.info(note)
            _forget_search_entries(config, {file.url for file in pages if file.is_modified()})
        return step

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.incremental:
            # The pages this preview build does not read keep the title they were last shown
            # with.
            for page in nav.pages:
                title = self.preview.titles.get(page.file.src_uri)
                if not page.file.is_modified() and title:
                    page.title = title
        return nav

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        # A page with errors is not read at all (it may not even be UTF-8, or be huge): its
        # page shows its errors instead (on_page_markdown).
        return "" if self._current().has_errors(page.file.src_uri) else None

    # Before mkdocs-macros (default priority): a page with errors is not rendered as Jinja.
    @event_priority(50)
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        index = self._current()
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

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        index = self._current()
        html = leave_out_of_search(html)
        principle = index.for_page(page.file.src_uri)
        if principle is not None and not index.has_errors(page.file.src_uri):
            before, after = generated_sections(index, principle, page.meta)
            page.toc.items[:0] = [AnchorLink(title, anchor, 2) for title, anchor in before]
            page.toc.items.extend(AnchorLink(title, anchor, 2) for title, anchor in after)
        return html

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # Drop the template lines that hold only a {% tag %}: the same markup, lighter pages.
        env.trim_blocks = env.lstrip_blocks = True
        env.bytecode_cache = self.template_code
        renderer = markdown.Markdown(
            extensions=config.markdown_extensions, extension_configs=config.mdx_configs
        )

        def render_markdown(text: str) -> Markup:
            # Front-matter fields (Omschrijving, Uitleg, …) are Markdown, rendered like the page.
            return Markup(renderer.reset().convert(text))  # noqa: S704 - Markdown output

        env.filters["markdown"] = render_markdown
        env.filters.update(template_filters())
        env.globals.update(template_globals(self._current()))
        # `mkdocs serve` adds an inline live-reload script to every page it serves: the
        # preview's pages allow inline scripts, the published site never does (main.html).
        env.globals["leidraad_preview"] = self.serving
        self.env = env
        # The former addresses' pages, before MkDocs writes the site's files (next).
        for file, redirect in self.redirects:
            file.content_string = self._render(REDIRECT_PARTIAL, redirect=redirect, config=config)
        return env

    # Before the search plugin (default priority), which indexes page.content in this event.
    @event_priority(50)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        index = self._current()
        values: dict[str, Any] = context  # type: ignore[assignment]  # Leidraad's own keys
        src_uri = page.file.src_uri
        if index.has_errors(src_uri):
            values["content_problems"] = index.problems_in(src_uri)
            return context
        principle = values["principle"] = index.for_page(src_uri)
        folder = src_uri.partition("/")[0]
        values["collection"] = index.collections.get(folder)
        values["role"] = role_for_page(index, src_uri)
        # What readers see is what search indexes: a generated page's body, a principle's
        # fields.
        if (partial := body_partial(index, src_uri)) is not None:
            page.content = self._render(partial, **values)
        elif principle is not None:
            # After the body's lead (its text before the first heading), so that the lead opens
            # the page and is not read as part of the Consequenties.
            lead, rest = lead_and_rest(page.content or "")
            fields = self._render(PRINCIPLE_FIELDS_PARTIAL, **values)
            page.content = "".join((str(lead), fields, str(rest)))  # Markup + str would escape
        if (entry := search_entry(index, src_uri, page.title)) is not None:
            self.search_entries[page.url] = entry
        if self.incremental and page.title:
            self.preview.titles[src_uri] = page.title
        # The footer's previous and next page: only within the same part of the navigation.
        if not same_part(page, page.previous_page):
            page.previous_page = None
        if not same_part(page, page.next_page):
            page.next_page = None
        return context

    def _render(self, template: str, **context: Any) -> str:
        if self.env is None:  # pragma: no cover - MkDocs always runs on_env first
            raise RuntimeError("Leidraad's templates are used before on_env prepared them")
        return self.env.get_template(template).render(**context)

    # After the search plugin (default priority) wrote its index.
    @event_priority(-50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index = self._current()
        site_dir, site_url = Path(config.site_dir), config.site_url or "/"
        search_index = site_dir / "search" / "search_index.json"
        if self.search_entries and search_index.is_file():
            refined = refine(search_index.read_text("utf-8"), self.search_entries)
            search_index.write_text(refined, "utf-8")

        # Artefacts that are not site pages: the API, the feed and the embeddable cards (in the
        # preview, only when the principles changed, and in the second pass).
        if self.this_pass is None or self.this_pass.write_exports:
            write_api(index, site_dir, site_url, config.site_name)
            write_feed_and_embeds(
                index,
                site_dir,
                site_url,
                config.site_name,
                self._render,
                None if self.this_pass is None else self.this_pass.cards,
            )

        if self.second_pass is not None and self.preview.owed:
            self.second_pass.write_text(str(time.time_ns()), "utf-8")  # the server builds again

        # A site with a content error is never published, `--strict` or not; the preview goes
        # on.
        if not self.serving and index.errors:
            raise Abort(tool_text("build-refused", self.language, errors=len(index.errors)))
        if not self.serving and self.history_refused:
            raise Abort(tool_text("history-refused", self.language))

    def _current(self) -> Index:
        if self.index is None:  # pragma: no cover - MkDocs always runs on_files first
            raise RuntimeError("Leidraad's index is used before on_files built it")
        return self.index


def _check_site_config(config: MkDocsConfig, language: Language) -> None:
    """Stop the build, saying what to add, when mkdocs.yml lacks what Leidraad's pages need:
    Material as the theme, and the Markdown extensions of `REQUIRED_EXTENSIONS`."""
    if config.theme.name != "material":
        raise PluginError(tool_text("not-material", language, theme=config.theme.name))
    missing = [name for name in REQUIRED_EXTENSIONS if name not in config.markdown_extensions]
    tabbed = config.mdx_configs.get("pymdownx.tabbed", {})
    if "pymdownx.tabbed" not in missing and any(
        tabbed.get(option) != value for option, value in REQUIRED_TABBED.items()
    ):
        missing.append(
            "pymdownx.tabbed (alternate_style: true, "
            "slugify: !!python/name:principles.content.registries.tab_anchor)"
        )
    if missing:
        raise PluginError(tool_text("missing-extensions", language, missing=", ".join(missing)))


def _stop_as_after_ctrl_c(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


_MACROS_LOGGER = "mkdocs.plugins.mkdocs_macros.util"


def _not_the_no_module_note(record: logging.LogRecord) -> bool:
    return "No default module" not in record.getMessage()


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
