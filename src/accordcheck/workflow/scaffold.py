"""``accordcheck init DIR``: an empty dataset, ready for ``add`` and ``check``."""

from __future__ import annotations

from pathlib import Path

from accordcheck.dataset.config import CONFIG_FILE

__all__ = ["EXAMPLE_CONFIG", "InitError", "init_dataset"]

EXAMPLE_CONFIG = """\
# accordcheck.toml: this dataset's settings for `accordcheck check`. Every section is
# optional; delete what you do not need. The check codes are listed in accordcheck's
# docs/checks.md, the record format in docs/format.md.

[checks]
# Check codes not run at all (a broken record always fails: record_json, record_schema,
# record_id, source_readable and evidence_text cannot be disabled).
disabled = []
# disabled = ["place_omitted"]

[severity]
# Severity of a failing check: "error" fails the record, "warning" is reported, "info" is
# only listed. Uncomment to change a code's default.
# person_name_variant = "error"   # spelling variants of names fail the gate
# domain_omitted = "info"         # do not ask for every domain the article lists
# record_reviewed = "error"       # like `check --require-reviewed`

[vocabulary]
# Domain codes this dataset adds to the built-in vocabulary (lowercase, underscores).
domains = []
# domains = ["space", "fisheries"]

[limits]
# Largest article and record file read, in bytes (larger ones are refused, not read).
# source_bytes = 4194304
# record_bytes = 1048576
"""


class InitError(Exception):
    """DIR cannot be made a dataset (one line)."""


def init_dataset(directory: Path | str) -> list[Path]:
    """Create ``sources/``, ``records/`` and an example ``accordcheck.toml`` in ``directory``
    (created if missing). Refuses a directory that already holds any of them; returns what
    was created."""
    from accordcheck.dataset.config import load_config
    from accordcheck.support.fileio import atomic_write_text

    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise InitError(f"{root}: exists and is not a directory")
    present = [name for name in ("sources", "records", CONFIG_FILE) if (root / name).exists() or (root / name).is_symlink()]
    if present:
        raise InitError(f"{root}: already has {', '.join(present)}; nothing was created")
    created: list[Path] = []
    try:
        root.mkdir(parents=True, exist_ok=True)
        for name in ("sources", "records"):
            (root / name).mkdir()
            created.append(root / name)
        atomic_write_text(root / CONFIG_FILE, EXAMPLE_CONFIG)
        created.append(root / CONFIG_FILE)
    except OSError as exc:
        raise InitError(f"{exc.filename or root}: cannot be created ({exc.strerror or exc})") from None
    load_config(root)  # the example must always be a valid configuration
    return created
