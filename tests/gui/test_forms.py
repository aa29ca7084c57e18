"""The generated form modules are exactly what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import pytest

from storyweaver.gui import forms_build
from storyweaver.paths import ui_dir


def _without_tool_version(code: str) -> str:
    # uic stamps its own version in the header; the form's content is what must be current.
    return "\n".join(line for line in code.splitlines() if "User Interface Compiler version" not in line)


def test_every_form_has_a_current_generated_module() -> None:
    forms = sorted(ui_dir().glob("*.ui"))
    assert forms, "no Designer forms found"
    for form in forms:
        target = forms_build.target_for(form)
        assert target.is_file(), f"{target.name} missing: run python -m storyweaver.gui.forms_build"
        current = _without_tool_version(forms_build.compile_form(form))
        assert _without_tool_version(target.read_text(encoding="utf-8")) == current, (
            f"{target.name} is stale: run python -m storyweaver.gui.forms_build --force"
        )


@pytest.mark.parametrize("name", ["main_window", "inspector", "preferences", "export_dialog"])
def test_forms_are_held_not_inherited(name: str) -> None:
    """The windows hold their form object (STYLE: compiled, held), so the generated class is plain."""
    module = __import__(f"storyweaver.gui.forms.{name}_ui", fromlist=["x"])
    ui_classes = [v for k, v in vars(module).items() if k.startswith("Ui_")]
    assert len(ui_classes) == 1
    assert ui_classes[0].__mro__[1] is object
