"""The docs keep up with the code: the CLI reference, every setting, every error code."""

from __future__ import annotations

import importlib.util
import re
from types import ModuleType

from eventmill.errors import MESSAGES
from eventmill.settings import SETTINGS
from tests.conftest import REPO

README = REPO / "README.md"


def _cli_reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cli_reference", REPO / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_cli_reference_is_generated_from_the_commands() -> None:
    reference = _cli_reference()
    text = README.read_text(encoding="utf-8")
    documented = text.split(reference.START, 1)[1].split(reference.END, 1)[0]
    assert documented.strip() == reference.reference().strip(), "run: python scripts/cli_reference.py"


def test_docs_every_setting_is_in_the_readme() -> None:
    settings_section = README.read_text(encoding="utf-8").split("## Settings", 1)[1].split("\n## ", 1)[0]
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in settings_section, setting.name


def test_docs_every_error_code_is_listed() -> None:
    listed = set(re.findall(r"`(EM\d{3})`", README.read_text(encoding="utf-8")))
    assert set(MESSAGES) <= listed, sorted(set(MESSAGES) - listed)
