"""`eventmill evaluate`: score eventmill (or any records in its contract) against gold annotations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from eventmill.errors import EventmillError
from eventmill.evaluate.report import as_json, as_text
from eventmill.evaluate.scoring import evaluate
from eventmill.output.contract import records
from eventmill.parallel import default_workers, extract_parallel
from eventmill.read.sources import ReadOptions, read_sources
from eventmill.settings import Settings


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Event records (JSON Lines, the extract contract) to score; default: code GOLD's texts now.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--worst", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the documents with the most full-tier errors to list.")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user actor dictionary layered over the built-in one when coding; repeatable.")
@click.option("--lexicon", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="A user predicate lexicon layered over the built-in one when coding; repeatable.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes to code with.")
def evaluate_command(gold: Path, predictions: Path | None, output_format: str, worst: int,
                     actors: tuple[Path, ...], lexicon: tuple[Path, ...], workers: int | None) -> None:
    """Precision, recall and F1 per tier and type, a type confusion matrix, attribute accuracies and
    the worst documents of GOLD (JSON Lines: doc_id, text, date, events), matched as the team's scorer
    matches them."""
    documents = list(_json_lines(gold))
    if predictions is not None:
        coded = list(_json_lines(predictions))
    else:
        coded = _code(gold, Settings(actors=actors, lexicons=lexicon), workers or default_workers())
    result = evaluate(documents, coded)
    if output_format == "json":
        click.echo(json.dumps(as_json(result, worst=worst), indent=1))
    else:
        click.echo(as_text(result, worst=worst))


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise click.ClickException(f"{path}:{number}: not JSON ({error.msg})") from error


def _code(gold: Path, settings: Settings, workers: int) -> list[dict[str, Any]]:
    """The gold texts coded as `eventmill extract` codes them; a document that fails has no events."""
    try:
        documents = read_sources([str(gold)], format="jsonl", options=ReadOptions(max_bytes=settings.max_bytes))
        coded = extract_parallel(documents, workers=workers, settings=settings)
        return [record for article in coded for record in records(article, "events")]
    except EventmillError as error:
        raise click.ClickException(error.reason) from error
