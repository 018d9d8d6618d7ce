"""Small helpers every layer may use, importing nothing else of ours: safe file reading and
atomic writing (``fileio.py``), bounds on what a dataset file may cost (``limits.py``), strings
as messages show them (``display.py``), where a JSON field's line is (``json_lines.py``), a
progress bar (``progress.py``) and the command line's usage error (``usage.py``)."""
