"""Extraction: an article read into AgreementRecords with evidence (``extract.py``), and how
sure the reader is of each field (``confidence.py``). The reader itself is ``reading/``."""
