"""``accordcheck extract --cluster``: the command-line side of extraction on a Dask scheduler."""

from __future__ import annotations

import argparse
import sys

from accordcheck.support.usage import STDOUT, UsageFailure

__all__ = ["extract_on_cluster_cli"]


def extract_on_cluster_cli(args: argparse.Namespace, address: str, language: str | None) -> int:
    if args.output is None or str(args.output) == STDOUT:
        raise UsageFailure("extract: --cluster writes JSON Lines shards: give -o DIR")
    if args.output.exists() and not args.output.is_dir():
        raise UsageFailure(f"extract: -o {args.output}: with --cluster, a folder for the shards (this is a file)")
    from accordcheck.cluster.check import ClusterError
    from accordcheck.cluster.extract import extract_on_cluster
    from accordcheck.support.progress import progress_bar

    def report(line: str) -> None:
        print(f"accordcheck: {line}", file=sys.stderr)

    try:
        with progress_bar(len(args.paths), "articles", enabled=sys.stderr.isatty()) as advance:
            failed = extract_on_cluster(
                args.paths, address, args.output, resume=args.resume, language=language,
                published=args.published, report=report, advance=advance,
            )
    except ClusterError as exc:
        raise UsageFailure(str(exc)) from None
    except OSError as exc:
        raise UsageFailure(f"extract: -o {args.output}: {exc.strerror or exc}") from None
    return 2 if failed else 0
