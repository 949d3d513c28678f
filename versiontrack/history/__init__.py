"""Looking back: a story's history from before versiontrack watched it.

Importers turn other people's records into archive batches: :mod:`~versiontrack.history.importer`
(captures -> IngestItems, batches, the summary), :mod:`~versiontrack.history.wayback` (the CDX
API and raw replays of any pywb-compatible archive), :mod:`~versiontrack.history.newsedits` (the
NewsEdits research corpus) and :mod:`~versiontrack.history.resume` (what an import has done, so
a killed one picks up where it stopped). WARC files are read in :mod:`versiontrack.extract.warc`
and written by :mod:`~versiontrack.history.warcout`.
"""
