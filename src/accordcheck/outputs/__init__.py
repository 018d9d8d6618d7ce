"""Ways of showing a :class:`~accordcheck.results.CheckReport`: terminal, JUnit, GitHub."""
