"""Content problems as data: every check returns them, nothing raises for bad content."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from principles.model import SourceRef


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor must fix, at a file and line (relative to the docs folder)."""

    source: SourceRef
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, docs_prefix: str = "") -> str:
        """`path:line: message`, with `warning: ` before the message of a warning."""
        prefix = "" if self.is_error else "warning: "
        path = f"{docs_prefix.rstrip('/')}/{self.source.path}" if docs_prefix else self.source.path
        return f"{path}:{self.source.line}: {prefix}{self.message}"


def error(source: SourceRef, message: str) -> Problem:
    return Problem(source, message, Severity.ERROR)


def warning(source: SourceRef, message: str) -> Problem:
    return Problem(source, message, Severity.WARNING)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest candidate, or an empty string."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
