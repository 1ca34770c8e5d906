"""Distributed runs: code a corpus on a cluster and write a Parquet dataset (see docs/cluster.md)."""
