from __future__ import annotations

import pytest

from eventmill.cli.serve import write_token
from eventmill.web.security import is_loopback


@pytest.mark.parametrize(("host", "expected"), [
    ("127.0.0.1", True), ("127.8.9.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("0.0.0.0", False), ("192.168.1.4", False), ("::", False), ("example.org", False), ("", False),
])
def test_security_loopback_hosts_are_the_only_open_ones(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


@pytest.mark.parametrize(("host", "given", "needs"), [
    ("127.0.0.1", None, False), ("127.0.0.1", "mine", True), ("0.0.0.0", None, True), ("0.0.0.0", "mine", True),
])
def test_security_serve_needs_a_token_beyond_localhost(host: str, given: str | None, needs: bool) -> None:
    token = write_token(host, given)
    assert (token is not None) is needs and (given is None or token == given)
    assert token is None or given is not None or len(token) >= 16  # a made token is long enough to guess at
