"""The macros an editor may call on a page with `render_macros: true`, and their check.

mkdocs-macros renders such a page as a Jinja template when the site is built; a typo there
(`{{ actie() }}`, `rol="juristen"`) would stop the build or quietly show nothing. The check
reads the page as mkdocs-macros will and reports each mistake at its line, before any build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

import jinja2
from jinja2 import nodes

from principles.content.body import contains, visible_text
from principles.content.links import Link, page_anchors, page_links
from principles.content.model import ActionStatus, PrincipleKey, SourceRef
from principles.content.problems import Problem, did_you_mean, error, warning
from principles.content.source import outside_docs

if TYPE_CHECKING:
    from principles.content.index import Index


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # "role" | "status" | "principle": what its value must name


# Leidraad's macros and their parameters, in the order they may be given without a name
# (principles.site.card_macros implements them; a test keeps the two in step).
MACROS: dict[str, tuple[Parameter, ...]] = {
    "actiekaarten": (Parameter("rol", "role"), Parameter("principe", "principle")),
    "acties": (
        Parameter("status", "status"),
        Parameter("rol", "role"),
        Parameter("principe", "principle"),
    ),
}

# What mkdocs-macros itself offers a page (variables, macros and filters).
_MKDOCS_MACROS_NAMES = frozenset(
    ("config", "environment", "plugin", "git", "page", "navigation", "files", "extra", "macros",
     "filters", "filters_builtin", "context", "macros_info", "now", "fix_url")
)  # fmt: skip
_MKDOCS_MACROS_FILTERS = frozenset(("pretty", "relative_url"))


@dataclass(frozen=True)
class PageText:
    """A page's body as the macros see it: where it starts, whether it opts in, and the
    names its front matter defines (mkdocs-macros offers them as variables)."""

    rel: str
    body: str
    first_line: int
    renders_macros: bool
    field_names: frozenset[str]

    # Each made once: the links where the page is read (by a worker process of `principles
    # check`, they travel back with the page), the anchors only of pages that links point to.
    @cached_property
    def links(self) -> list[Link]:
        """Every link of the body, with its line (`principles.content.links.page_links`)."""
        return page_links(self.body, self.first_line)

    @cached_property
    def anchors(self) -> set[str]:
        """The ids the rendered body has (`principles.content.links.page_anchors`)."""
        return page_anchors(self.body)


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(autoescape=False)  # noqa: S701 - only parsed, never rendered


def check_macros(pages: list[PageText], index: Index) -> list[Problem]:
    problems: list[Problem] = []
    for page in pages:
        if page.renders_macros:
            problems.extend(_check_page(page, index))
        elif line := _first_template_mark(page):
            problems.append(warning(SourceRef(page.rel, line), "LD708"))
    return problems


def _first_template_mark(page: PageText) -> int | None:
    """The line of the first `{{` outside code on a page that does not render macros."""
    if not contains(page.body, "{{"):
        return None
    text = visible_text(page.body)
    position = text.find("{{")
    return None if position < 0 else page.first_line + text.count("\n", 0, position)


def _check_page(page: PageText, index: Index) -> list[Problem]:
    env = _environment()

    def at(node: nodes.Node) -> SourceRef:
        return SourceRef(page.rel, page.first_line + node.lineno - 1)

    try:
        tree = env.parse(page.body)
    except jinja2.TemplateSyntaxError as exc:
        line = page.first_line + (exc.lineno or 1) - 1
        return [error(SourceRef(page.rel, line), "LD701", detail=exc.message)]
    defined = {
        name.name for name in tree.find_all(nodes.Name) if name.ctx in ("store", "param")
    } | {macro.name for macro in tree.find_all(nodes.Macro)}
    known = _MKDOCS_MACROS_NAMES | set(env.globals) | page.field_names | defined | set(MACROS)
    problems: list[Problem] = []
    called: set[int] = set()
    for call in tree.find_all(nodes.Call):
        if not isinstance(call.node, nodes.Name):
            continue
        called.add(id(call.node))
        name = call.node.name
        if name in MACROS:
            problems.extend(_check_call(name, call, at(call), index))
        elif name not in known:
            problems.append(
                error(
                    at(call),
                    "LD702",
                    name=name,
                    suggestion=did_you_mean(name, MACROS),
                    known=", ".join(MACROS),
                )
            )
    for name_node in tree.find_all(nodes.Name):
        if name_node.ctx == "load" and id(name_node) not in called and name_node.name not in known:
            problems.append(
                error(
                    at(name_node),
                    "LD706",
                    name=name_node.name,
                    suggestion=did_you_mean(name_node.name, sorted(known)),
                )
            )
    filters = set(env.filters) | _MKDOCS_MACROS_FILTERS
    for used in tree.find_all(nodes.Filter):
        if used.name not in filters:
            hint = did_you_mean(used.name, sorted(filters))
            problems.append(error(at(used), "LD707", name=used.name, suggestion=hint))
    problems.extend(_check_includes(tree, index, at))
    return problems


def _check_includes(
    tree: nodes.Template, index: Index, at: Callable[[nodes.Node], SourceRef]
) -> Iterator[Problem]:
    """`{% include %}` (and import, extends) reads a file of the docs folder (mkdocs-macros'
    `include_dir`, which mkdocs.yml leaves at the docs folder) into the page: only a file
    named as written, that is in the docs folder once links are followed (LD117)."""
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        template = getattr(node, "template", None)  # every one of them has it
        name = template.value if isinstance(template, nodes.Const) else None
        if (
            not isinstance(name, str)
            or ".." in name.split("/")
            or name.startswith("/")
            or outside_docs(index.docs_dir / name, name)
        ):
            yield error(at(node), "LD709", name=name if isinstance(name, str) else "…")


def _check_call(name: str, call: nodes.Call, where: SourceRef, index: Index) -> list[Problem]:
    parameters = MACROS[name]
    by_name = {parameter.name: parameter for parameter in parameters}
    problems: list[Problem] = []
    if len(call.args) > len(parameters):
        example = ", ".join(f'{p.name}="…"' for p in parameters)
        return [error(where, "LD704", name=name, example=f"{name}({example})")]
    given = list(zip(parameters, call.args, strict=False))
    for keyword in call.kwargs:
        parameter = by_name.get(keyword.key)
        if parameter is None:
            problems.append(
                error(
                    where,
                    "LD703",
                    name=name,
                    argument=keyword.key,
                    suggestion=did_you_mean(keyword.key, by_name),
                    known=", ".join(by_name),
                )
            )
        else:
            given.append((parameter, keyword.value))
    for parameter, value in given:
        if isinstance(value, nodes.Const) and isinstance(value.value, str):
            choices = _choices(parameter.kind, index)
            if value.value not in choices:
                problems.append(
                    error(
                        where,
                        "LD705",
                        name=name,
                        argument=parameter.name,
                        value=f'"{value.value}"',
                        kind=parameter.kind,
                        suggestion=did_you_mean(value.value, choices),
                    )
                )
    return problems


def _choices(kind: str, index: Index) -> list[str]:
    """The values a parameter of `kind` may take."""
    if kind == "role":
        return [role.id for role in index.roles]
    if kind == "status":
        return [status.value for status in ActionStatus]
    return [str(key) for key in sorted(index.principles, key=PrincipleKey.__str__)]
