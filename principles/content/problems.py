"""Content problems as data: every check returns them, nothing raises for bad content."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from principles.content.messages import DEFAULT_LANGUAGE, MESSAGES, SEVERITY_WORDS, Language, render
from principles.content.model import SourceRef


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor must fix, at a file and line (relative to the docs folder): a
    message code of `principles.content.messages` and the values its text needs."""

    source: SourceRef
    code: str
    values: tuple[tuple[str, str], ...] = field(default=())
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def text(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return render(self.code, dict(self.values), language)

    @property
    def message(self) -> str:
        """The text in Dutch, the editors' language."""
        return self.text()

    def format(self, docs_prefix: str = "", language: Language = DEFAULT_LANGUAGE) -> str:
        """`path:line: fout LD123: text` (`waarschuwing` for a warning)."""
        path = f"{docs_prefix.rstrip('/')}/{self.source.path}" if docs_prefix else self.source.path
        kind = SEVERITY_WORDS[self.is_error](language)
        return f"{path}:{self.source.line}: {kind} {self.code}: {self.text(language)}"


def _problem(
    source: SourceRef, code: str, severity: Severity, values: dict[str, object]
) -> Problem:
    if code not in MESSAGES:  # pragma: no cover - a programming error, caught by the tests
        raise KeyError(f"no message {code}")
    return Problem(source, code, tuple((k, str(v)) for k, v in values.items()), severity)


def error(source: SourceRef, code: str, **values: object) -> Problem:
    return _problem(source, code, Severity.ERROR, values)


def warning(source: SourceRef, code: str, **values: object) -> Problem:
    return _problem(source, code, Severity.WARNING, values)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """The candidate closest to `word`, or an empty string (a message's `suggestion`)."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return close[0] if close else ""
