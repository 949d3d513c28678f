"""Bulk work past one process: a collection's stories cut into chunks balanced by version count
(:mod:`~versiontrack.scale.plan`), each audited into rows by one task that opens its shard
read-only (:mod:`~versiontrack.scale.task`), run in-process or on Dask
(:mod:`~versiontrack.scale.engine`), and streamed to a Parquet dataset partitioned by outlet
and month that a re-run resumes (:mod:`~versiontrack.scale.dataset`)."""
