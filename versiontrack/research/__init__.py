"""For researchers: the audit as flat rows in SQLite, CSV and Parquet, and the literature's
measures over them."""
