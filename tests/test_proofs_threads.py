"""Two threads tracing at once: each trace keeps its own records.

A trace's slots are process-wide (a rule's own worker threads must see them), so a
second thread's trace used to overwrite the first's slot: what the first rule recorded
meanwhile (a guard, a refusal) went into the other trace, and a proof could lack it.
Each test lets thread A record while thread B's trace would be open; both fail on the
slots without the lock.
"""

from __future__ import annotations

import threading

import z3

from proofs.extended import NotSymbolic
from proofs.functions import Tracer, defined_where

#: how long A waits for B to be inside its trace (with the lock, B cannot be, and A goes on)
WAIT = 1.0


def _run_side_by_side(record_in_a):
    """A opens a trace, waits for B's trace to open (at most :data:`WAIT` s), then records;
    B holds its trace open until A has recorded (at most :data:`WAIT` s). Returns both
    tracers and the order of A's end and B's start."""
    a_inside, b_inside, a_recorded = threading.Event(), threading.Event(), threading.Event()
    tracers, order = {}, []

    def a():
        with Tracer() as tracer:
            a_inside.set()
            b_inside.wait(WAIT)
            record_in_a()
            a_recorded.set()
            order.append("A ends")
        tracers["A"] = tracer

    def b():
        a_inside.wait()
        with Tracer() as tracer:
            order.append("B begins")
            b_inside.set()
            a_recorded.wait(WAIT)
        tracers["B"] = tracer

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tracers["A"], tracers["B"], order


def test_a_guard_stays_in_its_own_threads_trace():
    x = z3.Real("x")
    a, b, order = _run_side_by_side(lambda: defined_where(x > 0, "A's guard"))
    assert [message for _, message in a.guards] == ["A's guard"]
    assert b.guards == []
    assert order == ["A ends", "B begins"]


def test_a_swallowed_refusal_stays_in_its_own_threads_trace():
    def refuse_and_swallow():
        try:
            raise NotSymbolic("an operation A's rule cannot trace")
        except BaseException:  # a rule that hides the refusal: the trace must still see it
            pass

    a, b, order = _run_side_by_side(refuse_and_swallow)
    assert [operation for operation, _ in a.refusals] == ["an operation A's rule cannot trace"]
    assert b.refusals == []
    assert order == ["A ends", "B begins"]


def test_a_trace_nests_within_its_thread():
    with Tracer() as outer:
        with Tracer() as inner:
            defined_where(z3.Real("y") > 1, "inner")
        defined_where(z3.Real("y") > 2, "outer")
    assert [m for _, m in inner.guards] == ["inner"]
    assert [m for _, m in outer.guards] == ["outer"]
