"""Extraction: page bytes to an Article (``html``: trafilatura, metadata, JSON-LD, plain text)
and the worker processes a snapshot pass extracts in (``pool``)."""
