"""The pytest plugin: another project's test suite puts its rules under property tests."""

pytest_plugins = ["pytester"]

USER_TESTS = '''
import array_api_compat
import mechanisms
from tokenauction.testing import assert_monotone


def sharpened(p, b):
    xp = array_api_compat.array_namespace(p, b)
    q = xp.sum(b[..., :, None] * p, axis=-2) / xp.sum(b, axis=-1)[..., None]
    return q**2 / xp.sum(q**2, axis=-1, keepdims=True)


def test_linear_is_monotone(rule_checker):
    rule_checker.assert_monotone(mechanisms.linear, n=range(1, 4), k=range(2, 5))


def test_sharpened_is_monotone():
    assert_monotone(sharpened, n=range(1, 4), k=range(2, 5))
'''


def test_plugin_passes_monotone_rules_and_fails_others_with_a_counterexample(pytester):
    pytester.makepyfile(test_user_rules=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--tokenauction-profile", "quick")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*sharpened*violates monotonicity (coordinatewise order)*",
                                 '*"p": *"b": *"agent": *"bid": *"token": *"margin": *'])


def test_profile_option_sets_the_search_depth(pytester):
    pytester.makepyfile(test_depth='''
from hypothesis import settings
from tokenauction import testing

def test_depth():
    assert testing._max_examples() == settings.get_profile("ci").max_examples
''')
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--tokenauction-profile", "ci")
    result.assert_outcomes(passed=1)
