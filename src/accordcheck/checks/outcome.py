"""The unit every check produces, before severities and settings are applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accordcheck.model.record import Span

__all__ = ["Outcome"]


@dataclass
class Outcome:
    """One verdict on one claim: ``check`` is a code of :mod:`accordcheck.model.check_codes`."""

    check: str
    path: str
    verdict: str
    message: str
    evidence: list[Span] = field(default_factory=list)
    suggestion: Any = None
    # A contradiction the source states (another date tied to the signing, another city
    # named as the signing place), as opposed to one the reader infers; see checks/verdict.py
    stated: bool = True
