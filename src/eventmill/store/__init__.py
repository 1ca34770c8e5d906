"""The embedded store: DuckDB tables of documents, coded records and failures, and queries over them."""
