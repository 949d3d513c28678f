"""Extraction: page bytes to an Article. ``reader`` decides what a file is and reads it (the one
entry point); ``html`` holds trafilatura, metadata, JSON-LD and plain text; ``pool`` the worker
processes a snapshot pass extracts in."""
