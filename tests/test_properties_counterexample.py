"""Counterexample JSON: exact rationals and floats round-trip, bad files give clear errors."""

import json
import math
from fractions import Fraction as F

import pytest

from properties import Counterexample
from properties.counterexample import decode_number, encode_number


def _example(**changes):
    fields = dict(p=[[F(4, 5), F(1, 5)], [F(1), F(0)], [0.1, 0.9]], b=[F(1), F(2), 1e-12], agent=2,
                  bid=F(10**9), token=1, margin=0.125)
    fields.update(changes)
    return Counterexample(**fields)


def test_json_round_trip_is_exact():
    cx = _example(extra={"other_bids": [F(1, 3), 0.5, F(0)]})
    back = Counterexample.from_json(cx.to_json())
    assert back == cx
    assert back.p_array().tobytes() == cx.p_array().tobytes()  # bit for bit


def test_json_spells_rationals_as_strings_and_floats_as_numbers():
    data = json.loads(_example().to_json())
    assert data["p"][0] == ["4/5", "1/5"]
    assert data["p"][1] == [1, 0]
    assert data["p"][2] == [0.1, 0.9]
    assert data["bid"] == 10**9 and data["agent"] == 2 and data["token"] == 1
    assert {"p", "b", "agent", "bid", "token", "margin"} <= set(data)


def test_float64_arrays_are_correctly_rounded_rationals():
    cx = _example(p=[[F(1, 3), F(2, 3)]], b=[F(1)], agent=0)
    assert cx.p_array().tolist() == [[1 / 3, 2 / 3]]
    # extended precision divides there, not in float64
    assert float(cx.p_array(dtype="longdouble")[0, 0] * 3 - 1) == pytest.approx(0.0, abs=1e-18)


def test_infinite_margin_survives_json():
    assert Counterexample.from_json(_example(margin=math.inf).to_json()).margin == math.inf
    assert encode_number(-math.inf) == "-inf"


def test_hand_written_json():
    text = '{"p": [["1/2", "1/2"], [1, 0]], "b": [1, "3/2"], "agent": 0, "bid": 4, "token": 0, "margin": 0.25}'
    cx = Counterexample.from_json(text)
    assert cx.p == [[F(1, 2), F(1, 2)], [F(1), F(0)]] and cx.b == [F(1), F(3, 2)]
    assert cx.raised_bids() == [F(4), F(3, 2)]
    assert cx.property == "monotonicity" and cx.order == "coordinatewise"  # the defaults


def test_bad_json_is_named():
    with pytest.raises(ValueError, match="lacks field.*margin"):
        Counterexample.from_json('{"p": [[1]], "b": [1], "agent": 0, "bid": 1, "token": 0}')
    with pytest.raises(ValueError, match="unknown field.*colour"):
        Counterexample.from_json(_example().to_json()[:-1] + ', "colour": 1}')
    with pytest.raises(ValueError, match="not a number or exact rational"):
        decode_number("1/x")
