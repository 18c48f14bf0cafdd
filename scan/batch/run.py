"""Many regions in one batch: in parallel on this machine, or on a Dask cluster.

:func:`run_all` renders every region (``netwerkscan run-all``): each region is
one task that calls :func:`scan.report.render.render` and never raises; what went
wrong is a :class:`RegionResult` with the one-line reason of the
:class:`~scan.errors.ScanError` (or of the unexpected error). After the batch
:func:`scan.batch.index.write_index` writes ``reports/index.html``.

Local runs use a :class:`concurrent.futures.ProcessPoolExecutor` with
*spawned* workers (no state inherited from the parent). The project's Jupyter
kernel is installed once in the parent before any worker starts
(:func:`scan.report.render.ensure_kernel`), so parallel renders never race to write
its spec; every render builds in its own temporary folder
(:func:`scan.report.render.render`). A worker that dies (killed, out of memory)
breaks the whole pool in :mod:`concurrent.futures`; the regions it took down
are then retried once, each in a fresh process of its own, so one region that
crashes its process still fails alone.

Progress: each worker reports the notebook section it starts through a queue
(a papermill engine that wraps the report's own, registered only inside the
worker processes), so the display shows per region which section runs, and
overall how many regions are done.

With a scheduler address the same tasks go to an existing Dask distributed
cluster (:func:`run_on_dask`); ``dask.distributed`` is an optional dependency,
imported only on that path. A process renders one region at a time (the
scan, then its kernels, already keep two cores busy; threads of one Dask
worker queue), so a cluster scales with worker processes
(``dask worker --nthreads 1 --nworkers N``). Each worker renders with the
notebook of its own installed package: a worker needs only the wheel.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scan import config
from scan.batch.results import RegionResult
from scan.errors import OS_REASONS, ScanError
from scan.report.render import NOTEBOOK_PATH
from scan.text import Lang

#: Events a worker sends to the parent: (kind, region, detail).
Event = tuple[str, str, str]


@dataclass(frozen=True)
class BatchResult:
    """The outcome of a batch.

    Attributes
    ----------
    results : list of RegionResult
        One per region, in the order the regions were given.
    seconds : float
        Wall-clock time of the whole batch (index included).
    index : Path, optional
        ``reports/index.html`` when it was written.
    workers : int
        Parallel tasks used (Dask: the cluster's worker threads).
    """

    results: list[RegionResult]
    seconds: float
    index: Path | None = None
    workers: int = 1

    @property
    def failures(self) -> list[RegionResult]:
        """The regions that failed."""
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        """True when every region succeeded."""
        return not self.failures


@dataclass
class RegionTask:
    """What a worker needs for one region (plain, picklable values).

    Attributes
    ----------
    folder : str
        The region's data folder.
    out_dir : str
        Its report folder.
    notebook : str
        The report notebook; empty: the worker's own package's.
    params : dict
        The caller's settings (:meth:`scan.pipeline.ScanParams.resolve`, per region).
    """

    folder: str
    out_dir: str
    notebook: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> Lang:
        """The language of the caller's settings, for a failure's reason."""
        return "en" if self.params.get("lang") == "en" else "nl"


def discover(names: Sequence[str] = ()) -> list[Path]:
    """The region folders of a batch.

    Parameters
    ----------
    names : sequence of str
        Region names under ``data/raw`` or paths of region folders; empty:
        every folder under ``data/raw`` (hidden ones skipped), sorted.

    Returns
    -------
    list of Path
        Absolute folders (:func:`scan.config.region_folder`, the rule of every
        command); a named region that does not exist is kept (its run fails with
        the usual reason, the others go on).

    Raises
    ------
    UsageError
        When a name is no region key, or a folder lies outside ``data/raw``.
    """
    if not names:
        root = config.raw_root()
        if not root.is_dir():
            return []
        names = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[0] not in "._")
    return [config.region_folder(name) for name in names]


def report_notebook() -> Path:
    """The report notebook: the package's own (package data), wherever the data lives."""
    return NOTEBOOK_PATH


def one_line(error: BaseException, lang: Lang = "nl") -> str:
    """An error as one line: a ScanError's own words in ``lang``, else ``Type: message``.

    Examples
    --------
    >>> one_line(ScanError("error.section_failed", section="x", cell=3, detail="KeyError: 'a'"))
    "Sectie 'x' mislukt (cel 3): KeyError: 'a'"
    >>> one_line(ScanError("error.no_region", folder="noord"), "en")
    'The region folder noord does not exist.'
    >>> one_line(ValueError("bad\\nvalue"))
    'ValueError: bad value'
    >>> one_line(PermissionError(13, "Permission denied", "reports/noord"), "en")
    'No permission to write or read reports/noord; the run stopped.'
    """
    if isinstance(error, OSError) and (error.filename is not None or error.errno in OS_REASONS):
        error = ScanError.from_os(error)  # a file the system refused (not a lost connection)
    text = error.text(lang) if isinstance(error, ScanError) else f"{type(error).__name__}: {error}"
    return " ".join(text.split()) or type(error).__name__


# -- the task, run in a worker ---------------------------------------------------------------

_events: Any = None  # the queue of this worker process (None: no progress reported)
_current: str = ""  # the region this worker renders
#: One render at a time per process: the progress events name the process's current region
#: (``_current``), and a render already keeps two cores busy (the scan, then its kernels).
#: Processes run in parallel; threads of one process (a Dask worker's) queue here.
_RENDER_LOCK = threading.Lock()


#: Thread pools of the numerical libraries, one thread each when regions run side by side.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(events: Any, single_threaded: bool = False) -> None:
    """Initialise a worker process: its event queue and the progress-reporting engine.

    With ``single_threaded`` (several regions at once) the numerical libraries
    of the worker and of the kernels it starts (they inherit its environment)
    use one thread each, so that parallel regions do not oversubscribe the
    cores; a value the user set is kept.
    """
    global _events
    _events = events
    if single_threaded:
        for name in THREAD_VARIABLES:
            os.environ.setdefault(name, "1")
    _register_progress_engine()


def _emit(kind: str, region: str, detail: str = "") -> None:
    if _events is not None:
        with contextlib.suppress(Exception):  # progress must never break a run
            _events.put((kind, region, detail))


def _register_progress_engine() -> None:
    """Make the report's papermill engine report every section it starts (this process only)."""
    from papermill.engines import papermill_engines

    from scan.report.render import ENGINE, report_engine

    class ProgressEngine(report_engine()):  # type: ignore[misc]
        @classmethod
        def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, **kwargs: Any) -> Any:
            start = nb_man.cell_start

            def cell_start(cell: Any, cell_index: Any = None, **kw: Any) -> Any:
                tags = cell.get("metadata", {}).get("tags", [])
                section = next((t.split(":", 1)[1] for t in tags if t.startswith("section:")), "")
                if cell.get("cell_type") == "code":
                    _emit("cell", _current, section)
                return start(cell, cell_index, **kw)

            nb_man.cell_start = cell_start
            return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)

    papermill_engines.register(ENGINE, ProgressEngine)


def render_region(task: RegionTask) -> RegionResult:
    """Render one region; never raises: a failure is a result with its one-line reason."""
    global _current
    from scan.report.render import render

    folder = Path(task.folder)
    t0 = time.perf_counter()
    with _RENDER_LOCK:
        _current = folder.name
        _emit("start", folder.name)
        try:
            out = render(
                folder,
                task.params,
                out_dir=Path(task.out_dir),
                notebook=Path(task.notebook) if task.notebook else None,
            )
        except Exception as error:  # isolation: one region never stops the others
            reason = one_line(error, task.lang)
            return RegionResult(folder.name, False, time.perf_counter() - t0, reason)
    return RegionResult(folder.name, True, time.perf_counter() - t0, out_dir=str(out))


# -- progress display ------------------------------------------------------------------------


class Progress:
    """Bars on a terminal (overall, and one per running region), plain lines otherwise.

    Parameters
    ----------
    regions : list of str
        The regions of the batch.
    steps : int
        Code cells a region runs (its bar's length); 0 when unknown.
    enabled : bool, optional
        Draw bars; default: only when standard error is a terminal.
    echo : callable
        Where finished regions are written (one line each).
    """

    def __init__(
        self,
        regions: list[str],
        steps: int,
        enabled: bool | None = None,
        echo: Callable[[str], None] | None = None,
    ) -> None:
        from tqdm import tqdm

        self._tqdm = tqdm
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.steps = steps
        self.echo = echo or (lambda line: tqdm.write(line, file=sys.stderr))
        self.overall = tqdm(
            total=len(regions),
            desc="regio's",
            unit="regio",
            position=0,
            disable=not self.enabled,
            file=sys.stderr,
        )
        self.bars: dict[str, Any] = {}
        self.free: list[int] = []
        self.next_position = 1

    def event(self, kind: str, region: str, detail: str = "") -> None:
        """A worker's event: ``start`` or ``cell`` (detail: the section)."""
        if not self.enabled:
            return
        bar = self.bars.get(region)
        if bar is None:
            position = self.free.pop(0) if self.free else self.next_position
            self.next_position = max(self.next_position, position + 1)
            bar = self._tqdm(
                total=self.steps or None,
                desc=f"  {region}",
                unit="cel",
                position=position,
                leave=False,
                file=sys.stderr,
                bar_format="{desc:<24.24} {bar:20} {n_fmt}/{total_fmt} {postfix}",
            )
            self.bars[region] = bar
        if kind == "cell":
            bar.update(1)
            bar.set_postfix_str(detail, refresh=True)

    def done(self, result: RegionResult) -> None:
        """A region finished: close its bar, advance the overall bar, write one line."""
        bar = self.bars.pop(result.region, None)
        if bar is not None:
            self.free.append(bar.pos if bar.pos >= 0 else -bar.pos)
            bar.close()
        mark = "ok  " if result.ok else "FOUT"
        line = f"{mark} {result.region} ({result.seconds:.1f} s)"
        self.echo(line if result.ok else f"{line}: {result.reason}")
        self.overall.update(1)

    def close(self) -> None:
        """Close every bar."""
        for bar in self.bars.values():
            bar.close()
        self.overall.close()


def _code_cells(notebook: Path) -> int:
    try:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        return sum(1 for c in nb.get("cells", []) if c.get("cell_type") == "code")
    except (OSError, ValueError):
        return 0


# -- the batch -------------------------------------------------------------------------------


def _tasks(
    folders: Sequence[Path], params: Mapping[str, Any], reports_root: Path | None
) -> list[RegionTask]:
    notebook = ""  # each worker renders with its own installed package's notebook
    root = reports_root if reports_root is not None else config.reports_root()
    return [RegionTask(str(f), str(root / f.name), notebook, dict(params)) for f in folders]


def run_local(
    tasks: Sequence[RegionTask],
    workers: int,
    progress: Progress | None = None,
    task: Callable[[RegionTask], RegionResult] = render_region,
) -> list[RegionResult]:
    """Run the tasks in a pool of ``workers`` spawned processes, failures isolated.

    Parameters
    ----------
    tasks : sequence of RegionTask
    workers : int
        Processes in the pool.
    progress : Progress, optional
        Receives the workers' events and every finished region.
    task : callable
        The function run per region (importable, for the spawned workers).

    Returns
    -------
    list of RegionResult
        In the order of ``tasks``.
    """
    ctx = multiprocessing.get_context("spawn")
    manager = ctx.Manager()
    events = manager.Queue()
    results: dict[int, RegionResult] = {}
    crashed: list[int] = []

    def drain() -> None:
        while True:
            try:
                kind, region, detail = events.get_nowait()
            except Exception:
                return
            if progress is not None:
                progress.event(kind, region, detail)

    def finish(i: int, result: RegionResult) -> None:
        results[i] = result
        if progress is not None:
            progress.done(result)

    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(events, workers > 1),
        ) as pool:
            pending: dict[Future[RegionResult], int] = {
                pool.submit(task, t): i for i, t in enumerate(tasks)
            }
            while pending:
                try:
                    done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                except KeyboardInterrupt:  # stop starting regions; the running ones get SIGINT
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
                drain()
                for future in done:
                    i = pending.pop(future)
                    try:
                        finish(i, future.result())
                    except BrokenProcessPool:
                        crashed.append(i)
                    except Exception as error:  # pragma: no cover - the task never raises
                        finish(
                            i, RegionResult(Path(tasks[i].folder).name, False, 0.0, one_line(error))
                        )
        # a dead worker took these down with it: each again, alone in a fresh process
        for i in crashed:
            finish(i, _run_alone(tasks[i], events, task))
            drain()
    finally:
        manager.shutdown()
    return [results[i] for i in range(len(tasks))]


def _run_alone(
    t: RegionTask, events: Any, task: Callable[[RegionTask], RegionResult]
) -> RegionResult:
    """One task in a process of its own: a crash there is this region's alone."""
    ctx = multiprocessing.get_context("spawn")
    t0 = time.perf_counter()
    try:
        with ProcessPoolExecutor(
            max_workers=1, mp_context=ctx, initializer=_init_worker, initargs=(events,)
        ) as pool:
            return pool.submit(task, t).result()
    except BrokenProcessPool:
        died = one_line(ScanError("error.worker_died"), t.lang)
        return RegionResult(Path(t.folder).name, False, time.perf_counter() - t0, died)


def run_on_dask(
    tasks: Sequence[RegionTask],
    scheduler: str | Any,
    progress: Progress | None = None,
    task: Callable[[RegionTask], RegionResult] = render_region,
) -> tuple[list[RegionResult], int]:
    """Run the tasks on a Dask distributed cluster, one task per region.

    Parameters
    ----------
    tasks : sequence of RegionTask
    scheduler : str or distributed.Client or LocalCluster
        The scheduler's address (``tcp://host:8786``), or a client or cluster
        object (tests use a ``LocalCluster``).
    progress : Progress, optional
    task : callable

    Returns
    -------
    (list of RegionResult, int)
        The results in the order of ``tasks``, and the cluster's worker threads.

    Raises
    ------
    ScanError
        When ``dask.distributed`` is not installed or the scheduler cannot be
        reached.
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ScanError("error.no_dask") from None
    own = not isinstance(scheduler, Client)
    try:
        client: Any = Client(scheduler) if own else scheduler
    except (OSError, TimeoutError) as error:
        raise ScanError("error.no_scheduler", scheduler=scheduler, detail=one_line(error)) from None
    try:
        threads = sum(client.nthreads().values()) or 1
        from scan.report.render import ensure_kernel

        # the kernel once per worker before any region (a failure there shows per region)
        with contextlib.suppress(Exception):
            client.run(ensure_kernel)
        futures = {
            client.submit(task, t, key=f"netwerkscan-{Path(t.folder).name}-{i}", pure=False): i
            for i, t in enumerate(tasks)
        }
        results: dict[int, RegionResult] = {}
        for future in as_completed(list(futures)):
            i = futures[future]
            name = Path(tasks[i].folder).name
            try:
                result = future.result()
            except Exception as error:  # a worker died, or the task could not run there
                result = RegionResult(name, False, 0.0, one_line(error))
            results[i] = result
            if progress is not None:
                progress.done(result)
    finally:
        if own:
            client.close()
    return [results[i] for i in range(len(tasks))], int(threads)


def default_workers() -> int:
    """Parallel regions on this machine: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def run_all(
    regions: Iterable[Path],
    params: Mapping[str, Any] | None = None,
    *,
    workers: int | None = None,
    scheduler: str | Any | None = None,
    reports_root: Path | None = None,
    index: bool = True,
    progress: bool | None = None,
    echo: Callable[[str], None] | None = None,
) -> BatchResult:
    """Render every region, in parallel, each failure isolated; then the index page.

    Parameters
    ----------
    regions : iterable of Path
        Region folders (:func:`discover`).
    params : mapping, optional
        The caller's settings, the same for every region, each laid over its
        own ``region.toml`` (:meth:`scan.pipeline.ScanParams.resolve`).
    workers : int, optional
        Regions rendered at once on this machine; default: the cores.
    scheduler : str or distributed.Client, optional
        Run on this Dask cluster instead of a local pool.
    reports_root : Path, optional
        Where ``<region>/`` and ``index.html`` go (default ``reports/``).
    index : bool
        Write ``index.html`` after the batch (also when some regions failed).
    progress : bool, optional
        Draw progress bars; default: when standard error is a terminal.
    echo : callable, optional
        Receives one line per finished region.

    Returns
    -------
    BatchResult

    Raises
    ------
    ScanError
        When two regions have the same folder name, or the Dask path cannot
        start (see :func:`run_on_dask`). A region's own failure never raises.
    """
    from scan.pipeline import ScanParams
    from scan.report.render import ensure_kernel

    params = dict(params or {})
    shared = ScanParams.resolve(params)  # the settings every region shares (lang, anonymise)
    folders = list(regions)
    names = [f.name for f in folders]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ScanError("error.same_region_name", regions=", ".join(twice))
    root = reports_root if reports_root is not None else config.reports_root()
    tasks = _tasks(folders, params, root)
    t0 = time.perf_counter()
    steps = _code_cells(report_notebook()) * (2 if shared.anonymise else 1) if tasks else 0
    display = Progress([Path(t.folder).name for t in tasks], steps, progress, echo)
    try:
        if scheduler is not None:
            results, used = run_on_dask(tasks, scheduler, display)
        else:
            ensure_kernel()  # once, before any worker: parallel renders never race to install it
            used = max(1, min(workers or default_workers(), len(tasks) or 1))
            results = run_local(tasks, used, display) if tasks else []
    finally:
        display.close()
    page = None
    if index and results:
        from scan.batch.index import write_index

        page = write_index(
            results, root / "index.html", lang=shared.lang, anonymised=shared.anonymise
        )
    return BatchResult(results, time.perf_counter() - t0, page, used)
