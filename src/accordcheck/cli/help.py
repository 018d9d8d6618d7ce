"""The examples and exit codes that ``accordcheck COMMAND --help`` prints after the options."""

from __future__ import annotations

EXIT_CODES = """\
exit codes:
  0  every record and expectation passes
  1  a check failed (with --fail-on warning, a warning too)
  2  usage error, unreadable dataset or input"""

CHECK_EPILOG = f"""\
examples:
  accordcheck check data
  accordcheck check data --report report.html --junit build/j.xml
  accordcheck check data --format json | jq '.summary'
  accordcheck check data --changed-since origin/main --format github
  accordcheck check data --fail-on warning --require-reviewed --statistics

{EXIT_CODES}"""

ADD_EPILOG = """\
examples:
  accordcheck add article.txt --dataset data
  accordcheck add page.html --dataset data --lang en --published 2026-01-14

then read each record against the article, fix it, and run
  accordcheck review data RECORD_ID

exit codes:
  0  added (also when no signed agreement was found: the article is kept)
  2  unreadable article, or a dataset that cannot take it"""

EXTRACT_EPILOG = """\
examples:
  accordcheck extract article.txt
  accordcheck extract sources/*.txt --lang fr -o records.jsonl

exit codes:
  0  every input read
  2  an input could not be read (said on stderr; the others are still read)"""
