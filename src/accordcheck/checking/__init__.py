"""Checking a dataset: the runner (``runner.py``: every record, locally, with ``--jobs`` or on a
cluster, then the dataset-wide suites) and the records a change touches (``changes.py``,
``check --changed-since``). One record's check, and each claim family's, are in ``checks/``."""
