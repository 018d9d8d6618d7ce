"""Ways of showing a :class:`~accordcheck.model.results.CheckReport`: terminal, JUnit, GitHub."""
