"""Running on a Dask distributed scheduler (``--cluster``): ``check.py`` checks records on its
workers (connection and task loop shared with ``extract.py``, which extracts articles into
JSON Lines shards)."""
