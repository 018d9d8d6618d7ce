"""What is remembered between runs, in one signed cache folder (``signed_store.py``): verdicts
and expectation results (``verdicts.py``), what dataset-wide work needs of each record
(``outlines.py``). Read documents are cached next to the reader, in ``cache/documents.py``.
Every entry depends on one fingerprint of our code (``fingerprint.py``; documents on the
reader's and the language packs' part of it), so a changed accordcheck never reuses one."""
