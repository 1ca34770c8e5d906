"""Register the `cluster` marker: tests that start a local Dask cluster (they run in `make test`)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "cluster: starts a local Dask cluster of worker processes")
