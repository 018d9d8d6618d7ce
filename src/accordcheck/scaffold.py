"""``accordcheck init DIR``: an empty dataset, ready for ``add`` and ``check``."""

from __future__ import annotations

from pathlib import Path

from accordcheck.fileio import atomic_write_text

__all__ = ["EXAMPLE_CONFIG", "InitError", "init_dataset"]

EXAMPLE_CONFIG = """\
# accordcheck settings for this dataset (all optional; see the README of accordcheck).

[checks]
# Codes of checks to switch off (record_json, record_schema, record_id, source_readable and
# evidence_text cannot be: a broken record always fails).
disabled = []
# disabled = ["place_omitted"]

[severity]
# Make a check an error or a warning. Examples:
# person_name_variant = "error"   # spelling variants fail the gate
# domain_supported = "error"      # an unverified domain (a paraphrase) fails the gate
# record_reviewed = "error"       # machine-written records must be reviewed (or: check --require-reviewed)

[vocabulary]
# Domain codes added to the vocabulary (lowercase, digits and underscores).
domains = []
"""


class InitError(ValueError):
    """The folder cannot become a dataset (one line)."""


def init_dataset(root: Path | str) -> list[Path]:
    """Create ``root/sources/``, ``root/records/`` and an example ``accordcheck.toml``.

    An existing empty folder is fine; one that already holds a dataset (or anything of the
    layout) is left alone.
    """
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise InitError(f"{root}: exists and is not a folder")
    taken = [name for name in ("sources", "records", "accordcheck.toml") if (root / name).exists()]
    if taken:
        raise InitError(f"{root}: already holds {', '.join(taken)}; nothing was changed")
    try:
        root.mkdir(parents=True, exist_ok=True)
        made = [root / "sources", root / "records"]
        for folder in made:
            folder.mkdir()
        atomic_write_text(root / "accordcheck.toml", EXAMPLE_CONFIG)
    except OSError as exc:
        raise InitError(f"{root}: cannot be created ({exc.strerror or exc})") from None
    return [*made, root / "accordcheck.toml"]
