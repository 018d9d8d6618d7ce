"""What every section of a language pack's schema shares: unknown keys refused, a free
``_comment``, and the two shapes most fields take (word lists and regular expressions)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Patterns", "Words", "_Section"]

Words = list[str]
Patterns = list[str]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    comment: str | None = Field(None, alias="_comment")
