"""`eventmill serve`: the HTTP API and web UI over a store, on localhost unless told otherwise."""

from __future__ import annotations

import secrets
from pathlib import Path

import click

from eventmill.cli.ingest import db_option
from eventmill.settings import Settings
from eventmill.store.duckdb import Store, StoreError
from eventmill.web.security import is_loopback

TOKEN_VARIABLE = "EVENTMILL_TOKEN"


def write_token(host: str, token: str | None) -> str | None:
    """The token writes need: none on localhost unless given; given or freshly made anywhere else."""
    if token:
        return token
    return None if is_loopback(host) else secrets.token_urlsafe(24)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but localhost makes every write (POST) require a token.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", default=None, envvar=TOKEN_VARIABLE, show_envvar=True,
              help="Bearer token for writes; one is generated and printed when binding beyond localhost without it.")
@click.option("--read-only", is_flag=True, help="Open the store read-only: other processes may read it meanwhile; "
              "POST /api/documents is refused.")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user actor dictionary (CSV or YAML) for extraction and ingest; repeatable.")
def serve_command(db: str, host: str, port: int, token: str | None, read_only: bool, actors: tuple[Path, ...]) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /openapi.json) over the store DB.

    The server is the store's single writer while it runs: add documents with
    POST /api/documents rather than a second `eventmill ingest` process.
    """
    import uvicorn

    from eventmill.web.app import create_app

    if read_only and not Path(db).exists():
        raise click.ClickException(f"no store at {db}")
    try:
        store = Store(db, read_only=read_only)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    needed = write_token(host, token)
    if needed and not token:
        click.echo(f"eventmill: bound to {host}: writes need 'Authorization: Bearer {needed}' "
                   f"(set {TOKEN_VARIABLE} to choose it)", err=True)
    click.echo(f"eventmill: serving {db} on http://{host}:{port}/", err=True)
    app = create_app(Settings(actors=actors), store, token=needed, read_only=read_only)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
