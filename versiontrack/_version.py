"""The package version: a leaf, so modules that stamp it (commits, the User-Agent, the report's
code digest, ``--version``) import it without importing the package face."""

__version__ = "0.1.0"
