"""Write the CLI reference section of README.md from the commands themselves.

Run `python scripts/cli_reference.py` after changing a command or option; `tests/test_docs.py`
fails while README.md and the commands disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventmill.cli.app import cli

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def reference() -> str:
    """The Markdown reference of every command, subcommand and option."""
    lines: list[str] = []
    for name, command in sorted(_commands(cli, "eventmill")):
        lines.extend(_command_section(name, command))
    return "\n".join(lines).rstrip() + "\n"


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found.extend(_commands(command, full))
        else:
            found.append((full, command))
    return found


def _command_section(name: str, command: click.Command) -> list[str]:
    context = click.Context(command, info_name=name)
    usage = " ".join(command.collect_usage_pieces(context))
    summary = (command.help or "").split("\n\n")[0].replace("\n", " ").strip()
    lines = [f"### `{name} {usage}`", "", summary, ""]
    options = [p for p in command.params if isinstance(p, click.Option) and not p.hidden]
    if options:
        lines += ["| option | meaning |", "|---|---|"]
        for option in options:
            record = option.get_help_record(context)
            if record is None:
                continue
            flags, help_text = (text.replace("|", "\\|") for text in record)
            lines.append(f"| `{flags}` | {help_text} |")
        lines.append("")
    return lines


def write(readme: Path = README) -> bool:
    """Replace the reference between the markers; returns whether the file changed."""
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    updated = f"{head}{START}\n{reference()}{END}{tail}"
    if updated != text:
        readme.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    sys.exit(1 if write() and "--check" in sys.argv else 0)
