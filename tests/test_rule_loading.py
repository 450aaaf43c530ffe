"""Loading a user's rule and the contract checks made before certifying it."""

import mechanisms
import numpy as np
import pytest

from tokenauction.loading import RuleProblem, check_rule, load_rule

RULES = '''
import numpy as np
import mechanisms

good = mechanisms.linear
not_callable = 42

def raises(p, b):
    raise RuntimeError("boom")

def wrong_shape(p, b):
    return np.ones(p.shape[1] + 1) / (p.shape[1] + 1)

def returns_nan(p, b):
    q = np.full(p.shape[1], 1.0 / p.shape[1]); q[0] = np.nan
    return q

def not_a_distribution(p, b):
    return np.full(p.shape[1], 0.5)
'''


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / "my_rules.py"
    path.write_text(RULES)
    return path


def test_load_from_file_and_module(rules_file):
    import mechanisms

    assert load_rule(f"{rules_file}:good") is mechanisms.linear
    assert load_rule("mechanisms.rules:linear") is mechanisms.linear


def test_catalogue_names_load_the_catalogue_rule():
    assert load_rule("log_linear") is mechanisms.CATALOGUE["log_linear"]
    rule = load_rule("bid_power_2")  # a parametrised family member: weights b_i^2 / sum_j b_j^2
    q = rule(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]))
    assert np.allclose(q, [1 / 5, 4 / 5])


@pytest.mark.parametrize("suffix, message", [
    ("nope.py:f", "no such file: "),
    ("{file}:missing", "has no attribute 'missing'"),
    ("{file}:not_callable", "is a int, not a callable rule"),
    ("no_such_package_xyz.mod:f", "cannot import module 'no_such_package_xyz.mod'"),
    ("just_a_name", "must be a catalogue rule name .*linear.*, path/to/file.py:function"),
])
def test_load_errors_name_the_problem(rules_file, tmp_path, suffix, message):
    target = suffix.format(file=rules_file) if "{file}" in suffix else str(tmp_path / suffix) if suffix.startswith("nope") else suffix
    with pytest.raises(RuleProblem, match=message):
        load_rule(target)


@pytest.mark.parametrize("name, message", [
    ("raises", r"raised RuntimeError on p of shape \(3, 2\) with bids \[1.0, 2.0, 2.0\]: boom"),
    ("wrong_shape", r"returned shape \(3,\) .*expected \(2,\)"),
    ("returns_nan", "returned nan for token 0"),
    ("not_a_distribution", r"did not return a distribution .*sum 1"),
])
def test_rule_contract_checks(rules_file, name, message):
    rule = load_rule(f"{rules_file}:{name}")
    with pytest.raises(RuleProblem, match=message):
        check_rule(rule, name)


def test_catalogue_rules_pass_the_contract_checks():
    import mechanisms

    for name, rule in mechanisms.CATALOGUE.items():
        check_rule(rule, name)
