"""`tokenauction catalogue`: the matrix page, its counterexample files, and its errors."""

import json

from hypothesis import settings

import mechanisms
import properties  # noqa: F401 - registers the Hypothesis profiles
from properties import Counterexample, replay
from tokenauction.cli import main


def test_catalogue_writes_verdicts_and_replayable_counterexamples(tmp_path):
    output = tmp_path / "docs" / "catalogue.md"
    code = main(["catalogue", "--rules", "linear,log_linear", "--properties", "monotonicity,unanimity",
                 "--output", str(output), "--scale", "2", "--no-regret", "--no-proofs"])
    assert code == 0
    page = output.read_text()
    monotonicity = page.split("## Monotonicity")[1].split("\n## ")[0]
    row = {line.split("|")[1].strip(): line for line in monotonicity.splitlines() if line.startswith("| `")}
    assert "**refuted**" in row["`log_linear`"] and "counterexamples/log_linear.monotonicity.coordinatewise.json" in page
    coordinatewise_linear = row["`linear`"].split("|")[2]
    assert "—" in coordinatewise_linear  # no counterexample, never "proved"
    assert "proved" not in page.replace("never proves", "")
    files = sorted((output.parent / "counterexamples").glob("*.json"))
    assert files
    for path in files:
        cx = Counterexample.from_json(path.read_text())
        rule = mechanisms.CATALOGUE[cx.rule]
        assert replay(rule, cx) == cx.margin
        assert json.loads(path.read_text())["rule"] == path.name.split(".monotonicity")[0].split(".unanimity")[0]


def test_catalogue_regret_table(tmp_path):
    output = tmp_path / "catalogue.md"
    assert main(["catalogue", "--rules", "linear", "--properties", "validity", "--output", str(output)]) == 0
    page = output.read_text()
    row = next(line for line in page.splitlines() if line.startswith("| `linear` |") and "±" in line)
    myerson, pay_your_bid = row.split("|")[2], row.split("|")[3]
    assert myerson.strip().startswith("0 ")  # Myerson: truthful is optimal
    assert float(pay_your_bid) > 0.01


def test_catalogue_user_errors(capsys):
    assert main(["catalogue", "--rules", "nope"]) == 2
    assert "unknown rule 'nope'" in capsys.readouterr().err
    assert main(["catalogue", "--properties", "monotone"]) == 2
    assert main(["catalogue", "--scale", "0"]) == 2


def test_hypothesis_profiles_are_registered():
    assert settings.get_profile("ci").max_examples == 200
    assert settings.get_profile("quick").deadline is None
