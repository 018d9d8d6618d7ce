"""A dataset's own settings, read from ``DATASET/accordcheck.toml``.

```toml
[checks]
disabled = ["person_title"]          # check codes not run

[severity]
person_name_variant = "error"        # a team that wants spelling variants to fail

[vocabulary]
domains = ["space", "fisheries"]     # codes added to the v1 domain vocabulary

[limits]
source_bytes = 4194304               # a larger source is refused (default 2 MiB, at most 64 MiB)
record_bytes = 2097152               # a larger record file is refused (default 1 MiB, at most 16 MiB)
```
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from accordcheck.support.limits import (
    DEFAULT_RECORD_BYTES,
    DEFAULT_SOURCE_BYTES,
    MAX_RECORD_BYTES,
    MAX_SOURCE_BYTES,
    SETTINGS_BYTES,
)

__all__ = ["CONFIG_FILE", "Config", "ConfigError", "load_config"]

CONFIG_FILE = "accordcheck.toml"
# Without these a record that cannot be read at all would pass (docs/format.md, Command line).
PROTECTED_CHECKS = frozenset({"record_json", "record_schema", "record_id", "source_readable", "evidence_text"})
SeverityName = Literal["error", "warning", "info"]


class ConfigError(Exception):
    """The dataset's accordcheck.toml is unreadable; the message names file and key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChecksSection(_Section):
    disabled: list[str] = Field(default_factory=list)


#: The shape of every code of the domain vocabulary (``data/vocabulary.toml``).
DOMAIN_CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
DOMAIN_CODE_MAX_LENGTH = 64


class VocabularySection(_Section):
    domains: list[str] = Field(default_factory=list, max_length=1000)

    @field_validator("domains")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        from accordcheck.support.display import shown

        for index, code in enumerate(codes):
            if not DOMAIN_CODE_PATTERN.fullmatch(code) or len(code) > DOMAIN_CODE_MAX_LENGTH:
                raise ValueError(
                    f"[{index}] {shown(code, 40)} is not a domain code (a lowercase letter, then "
                    f"lowercase letters, digits or '_', at most {DOMAIN_CODE_MAX_LENGTH} characters)"
                )
        return codes


class LimitsSection(_Section):
    """Bytes a dataset file may have before it is refused unread."""

    source_bytes: int = Field(DEFAULT_SOURCE_BYTES, ge=1, le=MAX_SOURCE_BYTES)
    record_bytes: int = Field(DEFAULT_RECORD_BYTES, ge=1, le=MAX_RECORD_BYTES)


class Config(_Section):
    checks: ChecksSection = Field(default_factory=ChecksSection)
    severity: dict[str, SeverityName] = Field(default_factory=dict)
    vocabulary: VocabularySection = Field(default_factory=VocabularySection)
    limits: LimitsSection = Field(default_factory=LimitsSection)

    @property
    def validation_context(self) -> dict:
        return {"domain_codes": frozenset(self.vocabulary.domains)}


def load_config(dataset: Path) -> Config:
    from accordcheck.support.fileio import FileRefused, read_regular_bytes

    path = dataset / CONFIG_FILE
    if not path.exists() and not path.is_symlink():
        return Config()
    try:
        data = tomllib.loads(read_regular_bytes(path, SETTINGS_BYTES).decode("utf-8"))
    except FileRefused as exc:
        raise ConfigError(f"{path}: {exc.reason}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        if message.startswith("["):  # an item of a list: vocabulary.domains[2]
            loc, _, message = f"{loc}{message}".partition(" ")
        raise ConfigError(f"{path}: {loc}: {message}") from None
    from accordcheck.model.check_codes import CHECKS

    for code in [*config.checks.disabled, *config.severity]:
        if code not in CHECKS:
            from accordcheck.support.display import shown

            raise ConfigError(f"{path}: unknown check code {shown(code, 60)}")
    for code in config.checks.disabled:
        if code in PROTECTED_CHECKS:
            raise ConfigError(f"{path}: checks.disabled: '{code}' cannot be disabled (a broken record must always fail)")
    for code, severity in config.severity.items():
        if code in PROTECTED_CHECKS and severity != "error":
            raise ConfigError(f"{path}: severity.{code}: must stay 'error' (a broken record must always fail)")
    return config
