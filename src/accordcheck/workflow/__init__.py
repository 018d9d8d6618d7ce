"""The commands that change a dataset: ``init`` (``scaffold.py``), ``add`` (``add.py``: an
article in, draft records out) and ``review`` (``review.py``). ``accept`` writes the
acceptance file of ``dataset/acceptance.py``."""
