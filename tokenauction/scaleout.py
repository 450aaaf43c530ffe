"""One scale-out backend for every campaign the suite runs (audit cases, catalogue cells): Ray.

:class:`Backend` maps a picklable task over items and returns the results in order:

- ``Backend()`` runs in this process, one item after another;
- ``Backend(workers=N)`` starts a local Ray with ``N`` CPUs and ``N`` worker actors;
- ``Backend(address="host:port")`` joins a running Ray cluster (``"auto"`` finds the
  local one), with ``workers`` actors or one per CPU of the cluster.

Each actor receives the task once and calls it on the items it is handed, so a task
that loads something heavy on first use (a model) loads it once per worker. A task
computes its result from the item alone, so the results do not depend on the backend.
If Ray is already initialised (a test's small cluster), the backend uses it and leaves
it running.

>>> Backend().map(abs, [-2, 3])
[2, 3]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable


class _Worker:
    """A Ray actor holding one task (and whatever the task caches)."""

    def __init__(self, task: Callable):
        self._task = task

    def run(self, item):
        return self._task(item)


@dataclass(frozen=True)
class Backend:
    """Where tasks run: in-process (default), a local Ray of ``workers`` CPUs, or the cluster at ``address``."""

    workers: int | None = None
    address: str | None = None

    def __post_init__(self):
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"--workers must be >= 1, not {self.workers}")

    @property
    def uses_ray(self) -> bool:
        return self.workers is not None or self.address is not None

    def describe(self) -> str:
        if self.address is not None:
            return f"the Ray cluster at {self.address}"
        return f"a local Ray with {self.workers} worker(s)" if self.workers else "this process"

    def map(self, task: Callable, items: Iterable, on_result: Callable | None = None) -> list:
        """``[task(item) for item in items]``, in order; ``on_result(result)`` as each one arrives in order."""
        items = list(items)
        if not self.uses_ray:
            results = []
            for item in items:
                results.append(task(item))
                if on_result:
                    on_result(results[-1])
            return results
        import ray
        from ray.util import ActorPool

        started = not ray.is_initialized()
        if started:
            if self.address is not None:
                ray.init(address=self.address, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
        try:
            count = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            actor = ray.remote(num_cpus=1)(_Worker)
            pool = ActorPool([actor.remote(task) for _ in range(min(count, max(1, len(items))))])
            results = []
            for result in pool.map(lambda worker, item: worker.run.remote(item), items):
                results.append(result)
                if on_result:
                    on_result(result)
            return results
        finally:
            if started:
                ray.shutdown()
