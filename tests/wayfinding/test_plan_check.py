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
    ('<filter id="b"><feGaussianBlur stdDeviation="50"/></filter>', ("plan.effect", "<filter>")),
    ('<rect filter="url(#b)"/>', ("plan.effect", 'filter="url(#b)"')),
    ('<g style="fill:red; FILTER: url(#b)"/>', ("plan.effect", "FILTER: url(#b)")),
    ("<style>.x{filter:url(#b)}</style>", ("plan.effect", "filter:url(#b)")),
    ('<svg:mask xmlns:svg="http://www.w3.org/2000/svg" id="m"/>', ("plan.effect", "<mask>")),
    ('<rect mask="url(#m)"/>', ("plan.effect", 'mask="url(#m)"')),
])
def test_what_is_refused_is_named(tmp_path, markup, found):
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format(markup), encoding="utf-8")
    assert plan_problem(plan) == found


@pytest.mark.parametrize("markup", ['<rect filter="none" mask=" none "/>',
                                    '<rect style="mask-type:alpha; filter: none"/>',
                                    '<pattern id="p" width="4" height="4"><rect/></pattern>'])
def test_no_effect_is_no_effect(tmp_path, markup):
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format(markup), encoding="utf-8")
    assert plan_problem(plan) is None


def test_a_long_reference_is_cut_short(tmp_path):
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format(f'<image href="{"x" * 5000}"/>'), encoding="utf-8")
    key, what = plan_problem(plan)
    assert key == "plan.external_reference" and len(what) == 60 and what.endswith("...")


def _use_tree(levels: int, fan: int, href: str = "href") -> str:
    """<use>s of <use>s: fan**levels shapes drawn from about levels*fan elements."""
    defs = '<rect id="l0" width="1" height="1"/>' + "".join(
        f'<g id="l{n}">' + f'<use {href}="#l{n - 1}"/>' * fan + "</g>" for n in range(1, levels + 1))
    return f'<defs>{defs}</defs><use {href}="#l{levels}"/>'


@pytest.mark.parametrize("markup, found", [
    (_use_tree(8, 10), ("plan.too_many_elements", "<use>")),
    (_use_tree(8, 10, "xlink:href"), ("plan.too_many_elements", "<use>")),
    ('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>', ("plan.use_loop", "#b")),
    ('<g id="self"><use href=" #self"/></g>', ("plan.use_loop", "#self")),
    ("<g>" * 3000 + "</g>" * 3000, ("plan.too_deep", "500")),
    ('<g id="c0"><rect/></g>' + "".join(f'<g id="c{n}"><use href="#c{n - 1}"/></g>'
                                        for n in range(1, 600)), ("plan.too_deep", "500")),
])
def test_what_qt_could_not_draw_is_refused(tmp_path, markup, found):
    """Copies that multiply past the element limit (Qt paints 10^8 shapes for ever), a copy
    of itself (Qt discards the plan: a blank map) and nesting past Qt's limit (refused by
    Qt, blank too), each found before the kiosk draws the plan."""
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format(markup), encoding="utf-8")
    assert plan_problem(plan) == found


def test_copies_within_the_limits_pass(tmp_path):
    """A symbol used a thousand times, and a <use> of an id defined further on, draw fine."""
    plan = tmp_path / "plan.svg"
    plan.write_text(SVG.format('<use href="#later"/>' + _use_tree(3, 10)
                               + '<g id="later"><rect/></g>'), encoding="utf-8")
    assert plan_problem(plan) is None
