"""Schemathesis against eventmill's own OpenAPI description, on a live local server.

Every operation gets generated requests, valid ones and (in the negative mode) invalid ones;
the checks are Schemathesis's defaults: no 5xx, responses match the documented schema, status
codes and content types, invalid input is rejected (with 413 when it is merely too big). POST /api/extract and /api/documents run the
real pipeline, so the example budget stays small.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from eventmill.settings import Settings
from eventmill.store.duckdb import Store
from eventmill.web.app import create_app
from tests.web.conftest import LiveServer, hostile_article, peace_article

EXAMPLES_PER_OPERATION = 25
# A body over the server's limit is refused with 413 before validation: a rejection like 422.
CONFIG = schemathesis.Config.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": [400, 401, 404, 409, 413, 422]}}})


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with Store(tmp_path_factory.mktemp("schemathesis") / "api.duckdb") as store:
        store.write([hostile_article(), peace_article()])
        with LiveServer(create_app(Settings(), store)) as server:
            yield server.url


@pytest.mark.model
@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
def test_schemathesis_every_operation_holds_its_contract(live_url: str, mode: schemathesis.GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(f"{live_url}/openapi.json", config=CONFIG)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None, derandomize=True)  # the same examples on every run: CI never flakes
        def holds(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=live_url)

        holds()


def test_schemathesis_strategy_is_seeded_from_the_spec(live_url: str) -> None:
    schema = schemathesis.openapi.from_url(f"{live_url}/openapi.json", config=CONFIG)
    events = next(r.ok() for r in schema.get_all_operations() if r.ok().path == "/api/events" and r.ok().method == "get")

    @given(case=events.as_strategy())
    @settings(max_examples=5, deadline=None, database=None)
    def valid(case: schemathesis.Case) -> None:
        assert case.call(base_url=live_url).status_code == 200

    valid()
