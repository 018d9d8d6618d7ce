"""English: data files beside this module; date word order below (the one rule that is code)."""

from accordcheck.reading.dates import DateRules

DATE_RULES = DateRules(
    templates=[
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>\d{4})",
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{4})",
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})",
        r"(?:on\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})",
        r"(?:in\s+)?(?P<m>{MONTH})\s+(?P<y>\d{4})",
        r"(?P<rel>{RELATIVE})",
        r"(?:on\s+)?(?:(?P<this>{THIS})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<last>{LAST}))?",
        r"in\s+(?P<y>(?:19|20)\d{2})",
    ]
)
