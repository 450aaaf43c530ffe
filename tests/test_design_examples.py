"""Every code block of docs/design.md's "Extending" section runs, one section at a time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from properties import ORDERS, PROPERTIES
from proofs import numpy_frontend
from proofs import polymorphic_namespace

DESIGN = Path(__file__).resolve().parents[1] / "docs" / "design.md"


def _sections() -> dict[str, list[str]]:
    """``### title`` -> its ```python blocks, for the sections under ``## Extending``."""
    extending = DESIGN.read_text(encoding="utf-8").split("\n## Extending\n", 1)[1].split("\n## ", 1)[0]
    sections = {}
    for part in extending.split("\n### ")[1:]:
        title, body = part.split("\n", 1)
        sections[title.strip()] = re.findall(r"```python\n(.*?)```", body, flags=re.S)
    return sections


SECTIONS = _sections()


def test_the_guide_has_a_worked_example_for_each_extension():
    assert list(SECTIONS) == ["A new rule", "A new property", "A new order", "A new symbolic operation"]
    assert all(SECTIONS.values())


@pytest.mark.parametrize("title", list(SECTIONS))
def test_the_examples_run(title):
    registries = (PROPERTIES, ORDERS, numpy_frontend.UFUNCS)
    saved = [dict(registry) for registry in registries]
    names = set(vars(polymorphic_namespace))
    try:
        namespace = {"__name__": f"design_{title.replace(' ', '_')}"}
        for block in SECTIONS[title]:
            exec(compile(block, f"{DESIGN.name}: {title}", "exec"), namespace)
    finally:  # an example that fails half-way must not leave its registration behind
        for registry, before in zip(registries, saved):
            registry.clear()
            registry.update(before)
        for name in set(vars(polymorphic_namespace)) - names:
            delattr(polymorphic_namespace, name)
