"""English: data files beside this module; date word order below (the one rule that is code).

Templates, most specific first (an earlier template wins where two overlap):

- "January 13, 2026", "on Tuesday, January 13, 2026", "Jan. 13 2026"
- "13 January 2026", "Tuesday 13 January 2026", "the 13th of January, 2026"
- ISO "2026-01-13"
- numeric "13/01/2026" or "13.01.2026": read DAY FIRST, as international wires and this
  project's French pack do. A month-first (US) date is never guessed: "01/13/2026" has no
  month 13 and yields no date at all, which the checks report as "no date" rather than a
  wrong one. An ambiguous "03/04/2026" is 3 April.
- "January 13", "Tuesday, January 13", "13 January", "on Tuesday 13 January" (year from
  the publication date)
- "January 2026", "in January 2026" (precision month); "in September" (the latest September
  on or before publication, precision month)
- relative months and weeks: "earlier this month", "last month" (precision month); "last
  week" (its month, or its year when the week straddles two months)
- relative days: "today", "this morning", "yesterday", "the day before yesterday"
- weekdays: "on Tuesday", "this Tuesday", "last Tuesday" (LAST before the weekday;
  "last Tuesday" is the latest Tuesday strictly before publication, "Tuesday" the latest
  on or before it)
- "in 2024" (precision year)
"""

from accordcheck.lang.dates import DateRules

DATE_RULES = DateRules(
    templates=[
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>\d{4})",
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{4})",
        r"(?:on\s+)?(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        r"(?:on\s+)?(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})",
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})",
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})",
        r"(?:in\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{4})",
        r"(?:in|during|early|late|mid-)\s*(?:(?:early|late|mid-)\s*)?(?P<m>{MONTH})(?![\w’'-]|\.?\s+\d)",
        # "last September", "this past March": the latest such month before the publication
        r"(?:{LAST})\s+(?P<m>{MONTH})(?![\w’'-]|\.?\s+\d)",
        # "Wednesday of last week", "on Monday this week", "last week on Thursday": that week's day
        r"(?:on\s+)?(?P<wd>{WEEKDAY})\s+(?:of\s+)?(?P<relw>{RELATIVE_WEEK})",
        r"(?P<relw>{RELATIVE_WEEK}),?\s+on\s+(?P<wd>{WEEKDAY})",
        r"(?P<relm>{RELATIVE_MONTH})",
        r"(?P<relw>{RELATIVE_WEEK})",
        r"(?P<rel>{RELATIVE})",
        r"(?:on\s+)?(?:(?P<last>{LAST})\s+|(?P<this>{THIS})\s+)?(?P<wd>{WEEKDAY})",
        r"(?:in|the\s+year)\s+(?P<y>(?:19|20)\d{2})",
    ]
)
