"""French: data files beside this module; date word order below (the one rule that is code)."""

from accordcheck.lang.dates import DateRules

DATE_RULES = DateRules(
    templates=[
        r"(?:le\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>\d{4})",
        r"(?:le\s+)?(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})",
        r"(?:le\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})",
        # "le 3 courant", "le 15 du mois en cours": a day of the publication's month
        r"(?:le\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})\s+(?P<cur>courant|du\s+mois\s+(?:en\s+cours|courant))",
        r"(?:(?:en|au mois de|courant|début|fin|mi-)\s*)?(?P<m>{MONTH})\s+(?P<y>\d{4})",
        r"(?:en|au mois d(?:e\s+|’)|courant|début|fin|mi-)\s*(?P<m>{MONTH})(?![\w’-]|\s+\d)",
        # "mercredi de la semaine dernière", "lundi de cette semaine": that week's day
        r"(?:le\s+)?(?P<wd>{WEEKDAY})\s+(?:de\s+)?(?P<relw>{RELATIVE_WEEK})",
        r"(?P<relm>{RELATIVE_MONTH})",
        r"(?P<relw>{RELATIVE_WEEK})",
        r"(?P<rel>{RELATIVE})",
        r"(?:(?P<this>{THIS})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<last>{LAST}))?",
        r"(?:en|l'année|l'an)\s+(?P<y>(?:19|20)\d{2})",
    ]
)
