"""Snapshot runs: one scheduled pass over the watchlist (``run``), polite fetching (``fetch``),
feed and sitemap reading (``feeds``, ``discovery``), the TOML watchlist (``watchlist``), recheck
arithmetic (``schedule``), what passes remember (``state``) and what a pass reports
(``outcomes``)."""
