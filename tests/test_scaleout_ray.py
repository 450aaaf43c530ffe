"""The Ray backend on a small local cluster (2 CPUs): same results as in-process, for audit and catalogue."""

from __future__ import annotations

import json

import pytest

from properties import matrix
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
    cells = matrix.plan(["linear", "log_linear"], ["monotonicity"], scale=2.0)
    serial, on_ray = (matrix.run_cells(cells, seed=0, mapper=mapper) for mapper in
                      (matrix.serial_map, Backend(workers=2).map))
    # what a cell found (not how many examples its time budget allowed) is the result
    assert [(r.cell, r.found, r.counterexample, r.error) for r in on_ray] == \
           [(r.cell, r.found, r.counterexample, r.error) for r in serial]
    assert any(r.found for r in serial) and not all(r.found for r in serial)
