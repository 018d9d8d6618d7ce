"""The package version, in a module of its own so that modules reporting it need not import
the package's public API."""

__version__ = "0.1.0"
