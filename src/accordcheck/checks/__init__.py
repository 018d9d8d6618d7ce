"""The checks: one module per claim family, each check with a stable code (``registry.py``).

``integrity`` needs no reading of the article (record file, sources, spans); the fact
checks (``agreement``, ``parties``, ``dates``, ``place``, ``people``, ``domains``,
``visit``, ``evidence``) hold a record against the reading of its sources (``facts``).
"""
