"""Where a batch's per-file work runs: this process, local worker processes, or a Dask cluster.

An engine maps a function over items and yields the results **in input
order**, keeping at most a bounded number of items in flight, so that a
corpus of any size streams through with flat memory::

    with make_engine("local", workers=4) as engine:
        for result in engine.map_ordered(work, items, on_crash=record_crash, split=halves):
            ...

* :class:`InlineEngine` (``workers=1``) runs the function in this process.
* :class:`LocalEngine` runs it in ``workers`` processes (``spawn`` start
  method, so the parent's threads and state never leak into workers), each
  allowed its share of the CPUs for its own threads (:func:`worker_threads`).
* :class:`DaskEngine` runs it on a ``distributed`` cluster: ``scheduler`` is
  the address of a running scheduler, or ``None`` for a ``LocalCluster`` of
  ``workers`` single-threaded processes.  Dask is imported lazily; without it
  :class:`~fayan.errors.UsageError` says what to install.

The function is expected to catch its own exceptions.  When a worker process
*dies* (a crash, out of memory) the items in flight are run again one at a
time; an item that kills its worker again is replaced by ``split(item)`` (when
that gives several smaller items, each run alone in turn) and, when it cannot
be split further, gets ``on_crash(item, error)`` as its result.  So a result
stands for each item, or for each of the pieces it was split into, in order.

The function and items must be picklable (a module-level function, or a
``functools.partial`` of one), except with :class:`InlineEngine`.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import signal
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, Generic, TypeVar

from fayan.errors import UsageError

__all__ = [
    "DASK_INSTALL",
    "ENGINES",
    "THREAD_VARIABLES",
    "DaskEngine",
    "Engine",
    "InlineEngine",
    "LocalEngine",
    "make_engine",
    "share_threads",
    "worker_threads",
]

T = TypeVar("T")
R = TypeVar("R")

ENGINES: tuple[str, ...] = ("local", "dask")
DASK_INSTALL = 'pip install "fayan[dask]"'


# What OpenMP, MKL and OpenBLAS (so torch and numpy) read for their thread pools' size when they start.
THREAD_VARIABLES: tuple[str, ...] = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


def worker_threads(workers: int, cpus: int | None = None) -> int:
    """Threads each of ``workers`` processes may use so that together they use ``cpus`` (default: this machine's).

    Without a share, every worker's torch starts a thread per CPU: on 2 cores, 2 workers running the NER model
    with 2 threads each read 2,744 characters per second against 6,581-6,936 with 1 thread each (three runs,
    2026-12-01).

    >>> worker_threads(2, cpus=2), worker_threads(3, cpus=8), worker_threads(4, cpus=2)
    (1, 2, 1)
    """
    return max(1, (cpus if cpus is not None else os.cpu_count() or 1) // max(1, workers))


def share_threads(environ: MutableMapping[str, str], threads: int) -> None:
    """Cap the thread pools a process started with ``environ`` will use at ``threads``, unless the user set any of
    :data:`THREAD_VARIABLES` there.

    All or none: torch with MKL takes MKL's number over OpenMP's, so a user's ``OMP_NUM_THREADS`` alone would lose
    to a ``MKL_NUM_THREADS`` set here.
    """
    if not any(name in environ for name in THREAD_VARIABLES):
        environ.update(dict.fromkeys(THREAD_VARIABLES, str(threads)))


def _share_threads(threads: int) -> None:
    """Pool initializer: :func:`share_threads` in the worker's own environment (a library reads the variables when
    it starts its pool; a ``spawn``-ed worker has not imported torch or numpy yet). The worker also ignores Ctrl-C
    (see :meth:`LocalEngine._submit`; a worker started from a thread other than the main one has it from here on)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    share_threads(os.environ, threads)


def _window(workers: int, window: int | None) -> int:
    """The most items in flight: ``window``, by default four per worker (both checked)."""
    if workers < 1:
        raise UsageError(f"workers must be at least 1, got {workers}")
    window = window if window is not None else 4 * workers
    if window < 1:
        raise UsageError(f"window must be at least 1, got {window}")
    return window


def _pieces(item: T, split: Callable[[T], list[T]] | None) -> list[T]:
    """The items an item that crashed its worker is retried as (just itself when it cannot be split)."""
    return split(item) if split is not None else [item]


class Engine(Generic[T, R]):
    """Base class: a context manager with :meth:`map_ordered`."""

    name = "engine"
    workers = 1
    window = 1

    def map_ordered(
        self,
        func: Callable[[T], R],
        items: Iterable[T],
        on_crash: Callable[[T, BaseException], R],
        split: Callable[[T], list[T]] | None = None,
    ) -> Iterator[R]:
        raise NotImplementedError

    def close(self) -> None:
        """Release workers; safe to call twice."""

    def _fill(self, pending: deque[tuple[T, Any]], source: Iterator[T], submit: Callable[[T], Any]) -> None:
        """Submit items of ``source`` until ``window`` of them are in flight (or it runs out)."""
        for item in itertools.islice(source, self.window - len(pending)):
            pending.append((item, submit(item)))

    def __enter__(self) -> Engine[T, R]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class InlineEngine(Engine[T, R]):
    """Runs everything in the calling process, one item at a time."""

    name = "inline"

    def map_ordered(
        self,
        func: Callable[[T], R],
        items: Iterable[T],
        on_crash: Callable[[T, BaseException], R],
        split: Callable[[T], list[T]] | None = None,
    ) -> Iterator[R]:
        yield from map(func, items)


class LocalEngine(Engine[T, R]):
    """A pool of ``workers`` processes with at most ``window`` items in flight.

    Each process may run :func:`worker_threads` threads (in torch, numpy's BLAS), unless any of
    :data:`THREAD_VARIABLES` is set in the environment.
    """

    name = "local"

    def __init__(self, workers: int, window: int | None = None) -> None:
        self.window = _window(workers, window)
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        # how many submits of a pool may still start a worker process
        self._to_start: weakref.WeakKeyDictionary[ProcessPoolExecutor, int] = weakref.WeakKeyDictionary()

    def _new_pool(self, workers: int | None = None) -> ProcessPoolExecutor:
        self.close()
        spawn = multiprocessing.get_context("spawn")
        n = workers or self.workers
        # the share of a full pool, also for the pool of one that runs a crashed task's items alone
        share = worker_threads(self.workers)
        self._pool = ProcessPoolExecutor(n, mp_context=spawn, initializer=_share_threads, initargs=(share,))
        self._to_start[self._pool] = n
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _submit(self, pool: ProcessPoolExecutor, func: Callable[[T], R], item: T) -> Future[R]:
        """``pool.submit``; a pool's first submits start its worker processes (one each, as long as none is idle),
        with Ctrl-C ignored meanwhile, so that they ignore it from their start (Python installs no KeyboardInterrupt
        handler in a process started with SIGINT ignored): the terminal sends Ctrl-C to every process of the run, and
        a worker interrupted while it imported fayan printed a traceback. The main process stops the run (exit 130)
        and the pool."""
        if not self._to_start.get(pool) or threading.current_thread() is not threading.main_thread():
            return pool.submit(func, item)
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            return pool.submit(func, item)
        finally:
            signal.signal(signal.SIGINT, previous)
            self._to_start[pool] -= 1

    def map_ordered(
        self,
        func: Callable[[T], R],
        items: Iterable[T],
        on_crash: Callable[[T, BaseException], R],
        split: Callable[[T], list[T]] | None = None,
    ) -> Iterator[R]:
        pool = self._pool or self._new_pool()
        source = iter(items)
        pending: deque[tuple[T, Future[R]]] = deque()
        while True:
            self._fill(pending, source, functools.partial(self._submit, pool, func))
            if not pending:
                return
            item, future = pending[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                # Every future in flight died with the pool; find the culprit by running them alone.
                stranded = [x for x, _ in pending]
                pending.clear()
                yield from self._isolated(func, stranded, on_crash, split)
                pool = self._new_pool()
                continue
            pending.popleft()
            yield result

    def _isolated(
        self,
        func: Callable[[T], R],
        items: list[T],
        on_crash: Callable[[T, BaseException], R],
        split: Callable[[T], list[T]] | None,
    ) -> Iterator[R]:
        """Run ``items`` one at a time, each in a fresh pool, splitting those that crash."""
        for item in items:
            pool = self._new_pool(1)
            try:
                result = self._submit(pool, func, item).result()
            except BrokenProcessPool as exc:
                pieces = _pieces(item, split)
                if len(pieces) > 1:
                    yield from self._isolated(func, pieces, on_crash, split)
                else:
                    yield on_crash(item, exc)
                continue
            yield result


class DaskEngine(Engine[T, R]):
    """A ``distributed`` client: at ``scheduler``, or on a new ``LocalCluster``."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 1, window: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise UsageError(f'engine="dask" needs dask and distributed: {DASK_INSTALL}') from exc
        _window(1 if scheduler else workers, window)  # check the arguments before connecting
        self._cluster: Any = None
        self._client: Any = None
        if scheduler:
            try:
                self._client = Client(scheduler)
            except OSError as exc:  # TimeoutError too: nothing answers at the address (after its connect timeout)
                detail = " ".join(str(exc).split()) or type(exc).__name__
                raise UsageError(f"cannot connect to the Dask scheduler at {scheduler}: {detail}") from exc
            except ValueError as exc:  # distributed's address parsing: no port, unknown protocol
                raise UsageError(f"{scheduler!r} is not a Dask scheduler address (tcp://HOST:PORT): {exc}") from exc
        else:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        self.workers = max(1, sum(self._client.nthreads().values()))
        self.window = _window(self.workers, window)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def map_ordered(
        self,
        func: Callable[[T], R],
        items: Iterable[T],
        on_crash: Callable[[T, BaseException], R],
        split: Callable[[T], list[T]] | None = None,
    ) -> Iterator[R]:
        if self._client is None:
            raise UsageError("the Dask engine is closed")
        source = iter(items)
        pending: deque[tuple[T, Any]] = deque()
        while True:
            self._fill(pending, source, functools.partial(self._client.submit, func, pure=False))
            if not pending:
                return
            item, future = pending.popleft()
            yield from self._result(func, item, future, on_crash, split)

    def _result(
        self,
        func: Callable[[T], R],
        item: T,
        future: Any,
        on_crash: Callable[[T, BaseException], R],
        split: Callable[[T], list[T]] | None,
    ) -> Iterator[R]:
        from distributed import KilledWorker

        try:
            result: R = future.result()
        except KilledWorker as exc:  # the task killed its workers (distributed's allowed-failures)
            pieces = _pieces(item, split)
            if len(pieces) == 1:
                yield on_crash(item, exc)
                return
            for piece in pieces:
                retry = self._client.submit(func, piece, pure=False)
                yield from self._result(func, piece, retry, on_crash, split)
            return
        finally:
            future.release()
        yield result


def make_engine(
    engine: str = "local",
    *,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Engine[Any, Any]:
    """The engine named ``engine`` (``local`` or ``dask``).

    ``workers``: processes to start (default: the number of CPUs); ``local``
    with one worker runs in this process.  ``scheduler`` (Dask only): the
    address of a running scheduler, e.g. ``tcp://10.0.0.5:8786``.

    >>> make_engine("local", workers=1).name
    'inline'
    >>> make_engine("spark")
    Traceback (most recent call last):
    ...
    fayan.errors.UsageError: unknown engine 'spark'; choose one of: local, dask
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    n = workers if workers is not None else (os.cpu_count() or 1)
    if n < 1:
        raise UsageError(f"workers must be at least 1, got {n}")
    if engine == "dask":
        return DaskEngine(scheduler, workers=n)
    if scheduler:
        raise UsageError('scheduler= is for engine="dask"')
    if n == 1:
        return InlineEngine()
    return LocalEngine(n)
