"""The Ray backend on a small local cluster (2 CPUs): same results as in-process, for audit and catalogue."""

from __future__ import annotations

import json

import pytest

import mechanisms
from properties import TOLERANCE, matrix, replay
from tiny_lm import TINY_CASES, audit_cli, tiny_model_fixture
from tokenauction.scaleout import Backend

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return tiny_model_fixture(tmp_path_factory)


def test_map_on_ray_keeps_the_order_of_the_items(cluster):
    items = list(range(-6, 7))
    assert Backend(workers=2).map(abs, items) == [abs(x) for x in items]


def test_audit_on_ray_equals_the_local_run(cluster, tiny_model, tmp_path, capsys):
    runs = []
    for extra in ([], ["--workers", "2"]):
        code = audit_cli(tiny_model, TINY_CASES, tmp_path, "log_linear", "--seed", "1", *extra)
        runs.append((code, json.loads(capsys.readouterr().out)))
    assert runs[0] == runs[1]
    assert runs[0][1]["profiles"] == 4  # both cases, two steps each


def test_catalogue_cells_on_ray_equal_the_serial_run(cluster):
    # A cell is a fuzz run with a time budget, so where the search stops (and which
    # counterexample it has shrunk to by then) depends on the machine's speed: the same cells
    # come back in order, without errors, linear is never refuted, and every counterexample
    # either backend reports is a real violation of its rule (replayed on its own profiles).
    cells = [c for c in matrix.plan(["linear", "log_linear"], ["monotonicity"], scale=4.0)
             if c.order == "coordinatewise"]
    serial, on_ray = (matrix.run_cells(cells, seed=0, mapper=mapper) for mapper in
                      (matrix.serial_map, Backend(workers=2).map))
    assert [r.cell for r in on_ray] == cells == [r.cell for r in serial]
    assert all(r.error is None for r in serial + on_ray)
    assert not serial[0].found and not on_ray[0].found
    for result in serial + on_ray:
        if result.found:
            assert replay(mechanisms.CATALOGUE[result.cell.rule], result.counterexample) > TOLERANCE
