"""Who may write, and how much may be sent: the token rule and the request-body limit.

The server binds to localhost by default, where only the machine's own users reach it. Bound to
any other address, every POST (storing documents, and `/api/extract`, which costs seconds of CPU
per call and so is a denial-of-service lever) requires `Authorization: Bearer <token>`; reads
stay open, as the store holds published news.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request

DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024  # 2 MiB: a long article is ~50 kB; a batch of them fits

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1), where no token is needed."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_token(request: Request) -> None:
    """A dependency of every write route: checks the bearer token when the app was given one.

    Raises:
        HTTPException: 401 when the token is missing or wrong.
    """
    expected: str | None = request.app.state.token
    if expected is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status_code=401, detail="this server needs a token for writes: "
                                                    "send 'Authorization: Bearer <token>'")


class BodyLimit:
    """ASGI middleware refusing request bodies over `max_bytes` with 413.

    A declared Content-Length over the limit is refused before reading; otherwise the body is
    read here, stopping as soon as it passes the limit, and replayed to the app, so no request
    can make the server buffer more than the limit.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        messages: list[Message] = []
        received, more = 0, True
        while more:
            message = await receive()
            messages.append(message)
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                await self._refuse(send)
                return
            more = message["type"] == "http.request" and message.get("more_body", False)

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"detail": f"request body over {self.max_bytes} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
