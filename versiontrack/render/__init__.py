"""Everything that becomes text for people: the one jinja2 Environment (``env``), the audit
timeline, change summaries and status marks (``text``), terminal and Markdown diffs
(``diffview``), correction logs in house styles (``corrections``) and the static HTML report
with its Atom feeds (``report``); scraped control characters made harmless for terminals
and XML (``controls``)."""
