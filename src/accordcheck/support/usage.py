"""What the command line reports as a usage error, apart from the CLI itself so that the
modules it calls (the cluster runner) can raise it without importing the CLI."""

from __future__ import annotations

__all__ = ["STDOUT", "UsageFailure"]

#: the output path meaning standard output (``--json -``)
STDOUT = "-"


class UsageFailure(Exception):
    """Bad options or unreadable input: one line on stderr, exit 2."""
