"""A dataset's own settings, read from ``DATASET/accordcheck.toml``.

```toml
[checks]
disabled = ["person_title"]          # check codes not run

[severity]
person_name_variant = "error"        # a team that wants spelling variants to fail

[vocabulary]
domains = ["space", "fisheries"]     # codes added to the v1 domain vocabulary
```
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

__all__ = ["CONFIG_FILE", "Config", "ConfigError", "load_config"]

CONFIG_FILE = "accordcheck.toml"
# Without these a record that cannot be read at all would pass (CONTRACT section 3).
PROTECTED_CHECKS = frozenset({"record_json", "record_schema", "record_id", "source_readable", "evidence_text"})
SeverityName = Literal["error", "warning", "info"]


class ConfigError(Exception):
    """The dataset's accordcheck.toml is unreadable; the message names file and key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChecksSection(_Section):
    disabled: list[str] = Field(default_factory=list)


class VocabularySection(_Section):
    domains: list[str] = Field(default_factory=list)


class Config(_Section):
    checks: ChecksSection = Field(default_factory=ChecksSection)
    severity: dict[str, SeverityName] = Field(default_factory=dict)
    vocabulary: VocabularySection = Field(default_factory=VocabularySection)

    @property
    def validation_context(self) -> dict:
        return {"domain_codes": frozenset(self.vocabulary.domains)}


def load_config(dataset: Path) -> Config:
    path = dataset / CONFIG_FILE
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: {loc}: {err['msg']}") from None
    from accordcheck.checks.registry import CHECKS

    for code in [*config.checks.disabled, *config.severity]:
        if code not in CHECKS:
            raise ConfigError(f"{path}: unknown check code '{code}'")
    for code in config.checks.disabled:
        if code in PROTECTED_CHECKS:
            raise ConfigError(f"{path}: checks.disabled: '{code}' cannot be disabled (a broken record must always fail)")
    for code, severity in config.severity.items():
        if code in PROTECTED_CHECKS and severity != "error":
            raise ConfigError(f"{path}: severity.{code}: must stay 'error' (a broken record must always fail)")
    return config
