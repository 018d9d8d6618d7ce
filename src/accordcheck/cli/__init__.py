"""``accordcheck``: the command line, a thin layer over the library (``commands.py``: the
parser and one function per command; ``cluster.py``: ``extract --cluster``; ``help.py``: the
examples and exit codes each ``--help`` ends with)."""

from __future__ import annotations

from accordcheck.cli.commands import build_parser, main, run

__all__ = ["build_parser", "main", "run"]
