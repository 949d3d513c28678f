"""The archive: a git repository keyed by story (the raw page beside the extracted text) and its
SQLite index, which is a cache rebuilt from git alone.

``store`` (Archive: open, ingest, history, verify), ``plan`` (what an ingest batch becomes),
``gitrepo`` and ``fastimport`` (git), ``index`` and ``indexsync`` (the cache), ``lock`` (one
writer at a time).
"""
