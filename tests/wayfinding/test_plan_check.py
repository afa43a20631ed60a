"""The plan check names what in an SVG reaches outside it or runs: the reference itself, so
staff can find it in the drawing; the built-in plans pass."""
from __future__ import annotations

import pytest

from kiosk.directory.paths import FLOORPLANS
from kiosk.wayfinding.plan_check import plan_problem

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'


@pytest.mark.parametrize("plan", sorted(FLOORPLANS.glob("*.svg")), ids=lambda p: p.name)
def test_the_built_in_plans_pass(plan):
    assert plan_problem(plan) is None


@pytest.mark.parametrize("markup, found", [
    ('<image href="/abs/file.png"/>', ("plan.external_reference", "/abs/file.png")),
    ('<image xlink:href="  file:///dev/fifo"/>', ("plan.external_reference", "file:///dev/fifo")),
    ('<a href="https://example.invalid/"><rect/></a>',
     ("plan.external_reference", "https://example.invalid/")),
    ('<rect filter="url(\'x.svg#f\')"/>', ("plan.external_reference", "url(x.svg#f)")),
    ("<style>@IMPORT 'x.css';</style>", ("plan.external_reference", "@import")),
    ("<script>1</script>", ("plan.script", "<script>")),
    ('<svg:foreignObject xmlns:svg="http://www.w3.org/2000/svg"/>',
     ("plan.script", "<foreignObject>")),
    ('<rect onLoad="x()"/>', ("plan.script", "onLoad")),
])
def test_what_is_refused_is_named(tmp_path, markup, found):
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format(markup), encoding="utf-8")
    assert plan_problem(plan) == found


def test_a_long_reference_is_cut_short(tmp_path):
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format(f'<image href="{"x" * 5000}"/>'), encoding="utf-8")
    key, what = plan_problem(plan)
    assert key == "plan.external_reference" and len(what) == 60 and what.endswith("...")
