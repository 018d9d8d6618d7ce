"""``accordcheck``: a thin command line over the library API (docs/format.md, Command line).

Exit codes: 0 all pass, 1 a check failed, 2 usage error or unreadable input.
Heavy modules (spaCy, Great Expectations) are imported inside the commands that need them,
so ``accordcheck --help`` stays instant. argparse (not click) because its errors are ours
to shape: one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from accordcheck.cli.help import ADD_EPILOG, CHECK_EPILOG, EXIT_CODES, EXTRACT_EPILOG
from accordcheck.cli.output_files import OutputError, refuse_outputs_in_dataset, write_output
from accordcheck.lang import available_languages
from accordcheck.support.termination import Terminated, catch_termination, checkpoint
from accordcheck.support.usage import STDOUT, UsageFailure  # ``-`` as an output file: standard output


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit itself
        raise UsageFailure(f"{self.prog}: {message}")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not an ISO date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="accordcheck",
        description="Extract international-agreement records from news articles and fact-check them.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""\
examples:
  accordcheck init data
  accordcheck add article.txt --dataset data
  accordcheck review data ma-pk-2026-01-13-defence-mou
  accordcheck check data --report report.html

'accordcheck COMMAND --help' describes each command.

""" + EXIT_CODES,
    )
    from accordcheck._version import __version__

    parser.add_argument("--version", action="version", version=f"accordcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    init = commands.add_parser(
        "init", help="create an empty dataset: sources/, records/ and an example accordcheck.toml",
        description="Create an empty dataset in DIR (created if missing): sources/ for the articles, records/ "
        "for the records, and an accordcheck.toml whose comments show every setting.",
    )
    init.add_argument("directory", type=Path, metavar="DIR", help="the dataset folder to create")
    init.set_defaults(run=_init)

    check = commands.add_parser(
        "check", help="validate every record of a dataset",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check every record of DATASET: its file and schema, each claim against its sources, "
        "and the dataset-wide Great Expectations suites.",
        epilog=CHECK_EPILOG,
    )
    check.add_argument("dataset", type=Path, help="the dataset folder (records/, sources/)")
    check.add_argument("--report", type=Path, metavar="R.html", help="write the HTML report here ('-': stdout)")
    check.add_argument("--junit", type=Path, metavar="J.xml", help="write JUnit XML here ('-': stdout)")
    check.add_argument("--json", dest="json_out", type=Path, metavar="RESULTS.json", help="write the results JSON here ('-': stdout)")
    check.add_argument("--changed-since", metavar="GITREV", help="check only records changed since this git revision")
    check.add_argument("--fail-on", choices=("error", "warning"), default="error", help="fail on errors (default) or on warnings too")
    check.add_argument(
        "--format", dest="output_format", choices=("text", "terminal", "json", "github"), default="text",
        help="text (default; 'terminal' is the same); json: the results JSON on stdout instead of the summary; github: also print ::error annotations",
    )
    check.add_argument(
        "--require-reviewed", action="store_true",
        help="a record the extractor (or any machine) wrote that no person has reviewed is an error, not a warning",
    )
    check.add_argument("-j", "--jobs", type=int, metavar="N", help="processes that check records (default: one per core for large datasets; at most the cores available)")
    check.add_argument("-v", "--verbose", action="store_true", help="also list passing records and expectations")
    check.add_argument("--statistics", action="store_true", help="also print the number of findings per check code")
    check.add_argument(
        "--cluster", metavar="ADDRESS",
        help="check on this Dask scheduler (tcp://host:8786; default $ACCORDCHECK_CLUSTER) instead of local processes",
    )
    check.set_defaults(run=_check)

    extract = commands.add_parser(
        "extract", help="print one record per signed agreement, as JSON Lines",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read articles and print one AgreementRecord per agreement they report as signed, every field with evidence.",
        epilog=EXTRACT_EPILOG,
    )
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files (.txt, .md, .html)")
    extract.add_argument("--lang", choices=("auto", *available_languages()), default="auto", help="the articles' language (default: the front matter's, else detected)")
    extract.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD) when the source gives none; resolves 'yesterday', 'ce mardi'")
    extract.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the JSON Lines to FILE, atomically (default: stdout); with --cluster, a folder of shards")
    extract.add_argument(
        "--cluster", metavar="ADDRESS",
        help="extract on this Dask scheduler (tcp://host:8786; default $ACCORDCHECK_CLUSTER when -o is given), "
        "writing JSON Lines shards OUT/part-00000.jsonl ... as they complete",
    )
    extract.add_argument("--resume", action="store_true", help="with --cluster: skip the articles already in OUT's shards")
    extract.set_defaults(run=_extract)

    add = commands.add_parser(
        "add", help="add an article to a dataset and write its records for review",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Copy an article into DATASET/sources/, extract its signed agreements and write each as "
        "DATASET/records/<id>.json with provenance.reviewed false; list the fields the reader is least sure of.",
        epilog=ADD_EPILOG,
    )
    add.add_argument("article", type=Path, metavar="ARTICLE", help="the article (.txt or .md, optionally with YAML front matter; .html)")
    add.add_argument("--dataset", type=Path, required=True, metavar="DIR", help="the dataset folder (see accordcheck init)")
    add.add_argument("--lang", choices=("auto", *available_languages()), default="auto", help="the article's language (default: the front matter's, else detected)")
    add.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD) when the article gives none")
    add.set_defaults(run=_add)

    accept = commands.add_parser(
        "accept", help="record a reviewer's decision that one claim is right (accepted.toml)",
        description="Accept one claim of a record after review: its check keeps its verdict but no longer fails "
        "(severity info). The decision lapses when the claim's value or the text of the record's sources changes.",
    )
    accept.add_argument("dataset", type=Path, help="the dataset folder")
    accept.add_argument("record_id", metavar="RECORD_ID", help="the record's id")
    accept.add_argument("path", metavar="PATH", help="the claim, as check results name it: people[1].roles[0], domains[2].code")
    accept.add_argument("--reason", required=True, help="why the claim is right (shown in every output)")
    accept.set_defaults(run=_accept)

    review = commands.add_parser(
        "review", help="mark a record reviewed by a person (provenance.reviewed, today's date)",
        description="After reading a record against its sources (and fixing it), mark it reviewed: "
        "provenance.reviewed becomes true and provenance.reviewed_on today's date. Until then, check "
        "warns about every record the extractor wrote (an error with --require-reviewed).",
    )
    review.add_argument("dataset", type=Path, help="the dataset folder")
    review.add_argument("record_id", metavar="RECORD_ID", help="the record's id (its file name without .json)")
    review.set_defaults(run=_review)

    schema = commands.add_parser("schema", help="write the JSON Schema of the record")
    schema.add_argument("-o", "--out-dir", type=Path, default=Path("schemas"), metavar="DIR", help="the folder to write the schemas in (default: schemas)")
    schema.set_defaults(run=_schema)
    return parser


def _check(args: argparse.Namespace) -> int:
    from accordcheck.expectations.background import BackgroundRunner

    # Great Expectations is imported in a child while this process loads and checks.
    suite_runner = BackgroundRunner.start()
    try:
        return _check_with(args, suite_runner)
    finally:
        if suite_runner is not None:
            suite_runner.close()


def _check_with(args: argparse.Namespace, suite_runner: object) -> int:
    from accordcheck.checking.runner import check_dataset
    from accordcheck.dataset.loading import DatasetError, load_dataset

    outputs = {"--json": args.json_out, "--junit": args.junit, "--report": args.report}
    refuse_outputs_in_dataset(args.dataset, outputs)
    # two documents on one stdout parse as neither (--format json and --json - are one document)
    on_stdout = [o for o, path in outputs.items() if path is not None and str(path) == STDOUT and (o, args.output_format) != ("--json", "json")]
    on_stdout += [f"--format {args.output_format}"] * (args.output_format in ("json", "github"))
    if len(on_stdout) > 1:
        raise UsageFailure(f"check: {' and '.join(on_stdout)} would both write to stdout; send one of them to a file")
    try:
        loaded = load_dataset(args.dataset)
    except DatasetError as exc:
        raise UsageFailure(str(exc)) from None
    only = None
    if args.changed_since is not None:
        from accordcheck.checking.changes import GateError, changed_record_files

        try:
            only = changed_record_files(loaded, args.changed_since)
        except GateError as exc:
            raise UsageFailure(str(exc)) from None
    if args.jobs is not None and args.jobs < 1:
        raise UsageFailure("check: --jobs must be at least 1")
    jobs = args.jobs
    if jobs is not None:
        from accordcheck.support.limits import usable_cores

        cores = usable_cores()
        if jobs > cores:
            print(f"accordcheck: --jobs {jobs} capped at {cores}, the cores available", file=sys.stderr)
            jobs = cores
    # Imported now, while Great Expectations is still loading in the child, not after it.
    from accordcheck.outputs.terminal import print_report
    from accordcheck.dataset.acceptance import AcceptanceError
    from accordcheck.cluster.check import open_cluster

    progress = sys.stderr.isatty()
    try:
        with open_cluster(args.cluster) as cluster:
            options = {"cluster": cluster} if cluster is not None else {}
            result = check_dataset(loaded, only=only, jobs=jobs, suite_runner=suite_runner, require_reviewed=args.require_reviewed, progress=progress, **options)
    except AcceptanceError as exc:
        raise UsageFailure(f"{args.dataset}/{exc}") from None
    if args.json_out is not None and not (str(args.json_out) == STDOUT and args.output_format == "json"):
        write_output(args.json_out, result.to_json())
    if args.junit is not None:
        from accordcheck.outputs.junit import render_junit

        write_output(args.junit, render_junit(result, fail_on=args.fail_on))
    if args.report is not None:
        from accordcheck.report import render_report

        write_output(args.report, render_report(result, loaded))
    if args.output_format == "github":
        from accordcheck.outputs.github import github_annotations

        for line in github_annotations(result, loaded):
            print(line)
    # With results on stdout, what is for people goes to stderr, so stdout stays parseable.
    to_stdout = args.output_format == "json" or any(str(path) == STDOUT for path in outputs.values() if path is not None)
    if args.output_format == "json":
        sys.stdout.write(result.to_json())
    if to_stdout:
        from rich.console import Console

        print_report(result, Console(stderr=True, highlight=False, soft_wrap=True), verbose=args.verbose, fail_on=args.fail_on, dataset=loaded, statistics=args.statistics)
    else:
        print_report(result, verbose=args.verbose, fail_on=args.fail_on, dataset=loaded, statistics=args.statistics)
    if args.report is not None and str(args.report) != STDOUT:
        print(f"report written to {args.report}", file=sys.stderr if to_stdout else sys.stdout)
    broken = [e for e in result.expectations if e.details.get("tool_error")]
    if broken:
        # An expectation that could not run is neither a data failure nor a pass.
        print(f"accordcheck: {len(broken)} expectation(s) could not run: {broken[0].details['tool_error']}", file=sys.stderr)
        return 2
    return 0 if result.passes(args.fail_on) else 1


def _extract(args: argparse.Namespace) -> int:
    from accordcheck.cluster.check import cluster_address

    language = None if args.lang == "auto" else args.lang
    # $ACCORDCHECK_CLUSTER applies when -o is given (printing to stdout stays local)
    address = args.cluster or (cluster_address(None) if args.output is not None else None)
    if address is not None:
        from accordcheck.cli.cluster import extract_on_cluster_cli

        return extract_on_cluster_cli(args, address, language)
    if args.resume:
        raise UsageFailure("extract: --resume goes with --cluster and -o DIR")
    from accordcheck.extraction.extract import extract_file
    from accordcheck.dataset.sources import SourceError

    collected: list[str] = []
    unreadable = 0
    for path in args.paths:
        try:
            records = extract_file(path, language=language, published=args.published)
        except SourceError as exc:
            print(f"accordcheck: {exc}", file=sys.stderr)
            unreadable += 1
            continue
        lines = [record.model_dump_json() for record in records]
        if args.output is None:
            for line in lines:
                print(line, flush=True)
        else:
            collected.extend(lines)
    if args.output is not None:
        write_output(args.output, "".join(line + "\n" for line in collected))
    return 2 if unreadable else 0


def _add(args: argparse.Namespace) -> int:
    from accordcheck.workflow.add import AddError, add_article_records

    try:
        added = add_article_records(
            args.article,
            args.dataset,
            language=None if args.lang == "auto" else args.lang,
            published=args.published,
        )
    except AddError as exc:
        raise UsageFailure(str(exc)) from None
    if not added:
        print(f"{args.article}: no signed agreement found; the source was added without a record")
    for item in added:
        print(f"wrote {item.path} (unreviewed)")
        unsure = item.low_confidence
        if unsure:
            print("  the reader is least sure of:")
            for field in unsure:
                print(f"    {field.describe()}")
        print(f"  read it against the source, fix it, then: accordcheck review {args.dataset} {item.record.id}")
    return 0


def _accept(args: argparse.Namespace) -> int:
    from accordcheck.dataset.acceptance import AcceptanceError, accept_claim
    from accordcheck.dataset.loading import DatasetError

    try:
        entry = accept_claim(args.dataset, args.record_id, args.path, args.reason)
    except (AcceptanceError, DatasetError) as exc:
        raise UsageFailure(f"accept: {exc}") from None
    print(f"accepted {entry.record} {entry.path} = {entry.value} ({entry.on.isoformat()}): {entry.reason}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from accordcheck.workflow.scaffold import InitError, init_dataset

    try:
        created = init_dataset(args.directory)
    except InitError as exc:
        raise UsageFailure(f"init: {exc}") from None
    for path in created:
        print(f"created {path}{'/' if path.is_dir() else ''}")
    print(f"next: accordcheck add ARTICLE --dataset {args.directory}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from accordcheck.dataset.loading import DatasetError
    from accordcheck.workflow.review import ReviewError, review_record

    try:
        path = review_record(args.dataset, args.record_id)
    except (ReviewError, DatasetError) as exc:
        raise UsageFailure(f"review: {exc}") from None
    except OSError as exc:
        raise OutputError(f"{exc.filename or args.dataset}: cannot be written ({exc.strerror or exc})") from None
    print(f"reviewed {args.record_id} ({path}) on {dt.date.today().isoformat()}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from accordcheck.model.schema import write_schemas

    for path in write_schemas(args.out_dir):
        print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    restore = catch_termination()
    try:
        args = build_parser().parse_args(argv)
        code = args.run(args)
        checkpoint()  # a signal whose exception was swallowed on the way still ends the run as one
        return code
    except Terminated as exc:  # SIGTERM/SIGHUP: every ``finally`` has run on the way here
        print("accordcheck: terminated", file=sys.stderr)
        return exc.code if isinstance(exc.code, int) else 143
    except SystemExit as exc:  # --help and --version end argparse's way
        return exc.code if isinstance(exc.code, int) else 0
    except OutputError as exc:
        print(f"accordcheck: {exc}", file=sys.stderr)
        return 2
    except UsageFailure as exc:
        message = str(exc)
        print(message if message.startswith("accordcheck") else f"accordcheck: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("accordcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``| head``); nothing left to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        restore()


def run() -> None:
    sys.exit(main())
