"""Render: the report notebook executed by papermill and turned into one HTML file.

Everything runs in-process through the Python APIs of papermill and nbconvert,
with the project's own kernel (:data:`KERNEL_NAME`, installed into the running
environment on first use). Outputs are built in a temporary folder beside
``reports/<region>`` and swapped in only when every step succeeded: a failed
run leaves the previous report untouched, keeps its executed notebook for
debugging (``confidential/<region>/scan.failed.ipynb``) and says in one message
which section failed and why (also when the kernel itself died, e.g. out of memory).

What may be shared is kept apart from what may not (:func:`scan.config.confidential_for`):
``reports/<region>`` gets only the report pages, which the adviser can hand to
the board as they are; the findings files, ``monitor.json``, ``positions.json``
and the executed notebooks go to ``confidential/<region>``, built and swapped
in just as safely.

The report's kernels write nothing outside the output: IPython's history is
off (:data:`KERNEL_ARGS`) and their IPython folder is a private one inside the
build folder, so the user's ``~/.ipython`` is neither read nor written.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scan import config
from scan.errors import ScanError
from scan.files import atomic_folder, write_bytes_atomic
from scan.html.pages import TEMPLATE_DIR, stylesheet

if TYPE_CHECKING:
    from jupyter_client.manager import AsyncKernelManager

    from scan.pipeline import ScanParams

KERNEL_NAME = "netwerkscan"
NOTEBOOK = "scan.ipynb"
#: The report notebook, shipped inside the package (``notebooks/scan.ipynb`` links to it).
NOTEBOOK_PATH = Path(__file__).resolve().parent / "notebooks" / "scan.ipynb"


#: Kernel arguments beyond ipykernel's own: its start-up warnings are not for the adviser,
#: and IPython keeps no history (no ``history.sqlite`` written by a report run).
KERNEL_ARGS = ("--IPKernelApp.log_level=ERROR", "--HistoryManager.enabled=False")
#: The papermill engine of the report (:func:`report_engine`); the batch registers its own
#: subclass under this name to follow the sections.
ENGINE = "netwerkscan"


def _this_environment(python: str) -> bool:
    """Whether ``python`` is this environment's interpreter.

    Compared by folder, not by resolved binary: every venv's ``bin/python`` links to
    the same base interpreter, yet starts its own environment.
    """
    here = Path(sys.executable).absolute().parent.resolve()
    return Path(python).absolute().parent.resolve() == here


def _kernel_specs() -> Any:
    """Jupyter's kernelspec manager over Jupyter's own folders only.

    Its default also looks in ``~/.ipython/kernels``, and creates ``~/.ipython`` to do so.
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_core.paths import jupyter_path

    return KernelSpecManager(kernel_dirs=jupyter_path("kernels"))


def ensure_kernel() -> str:
    """Install the project's kernel into this environment if it is not there; its name.

    The kernelspec goes to ``sys.prefix`` (a virtualenv's own ``share/jupyter``),
    so an installed wheel runs the notebook on its own interpreter.

    Raises
    ------
    ScanError
        If a kernelspec of the same name elsewhere (e.g. the user's Jupyter
        folder) comes first in Jupyter's search path and points to another Python.
    """
    import json

    from jupyter_client.kernelspec import NoSuchKernel

    try:
        spec = _kernel_specs().get_kernel_spec(KERNEL_NAME)
        if _this_environment(spec.argv[0]) and all(a in spec.argv for a in KERNEL_ARGS):
            return KERNEL_NAME
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    folder = Path(
        install(kernel_name=KERNEL_NAME, display_name="netwerkscan (Python 3)", prefix=sys.prefix)
    )
    spec_file = folder / "kernel.json"
    spec_json = json.loads(spec_file.read_text(encoding="utf-8"))
    spec_json["argv"] = [*spec_json["argv"], *KERNEL_ARGS]
    spec_file.write_text(json.dumps(spec_json, indent=1), encoding="utf-8")
    found = _kernel_specs().get_kernel_spec(KERNEL_NAME)
    if not _this_environment(found.argv[0]):
        raise ScanError(
            "error.kernel_shadowed",
            kernel=KERNEL_NAME,
            location=found.resource_dir,
            folder=folder,
            python=found.argv[0],
        )
    return KERNEL_NAME


#: What a kernel started ahead imports while it waits for the scan: the report's modules.
WARM_UP = "import scan.report.sections, scan.report.figures, scan.report.changes"


def start_kernel(ipython_dir: Path | None = None) -> AsyncKernelManager:
    """Start one of the project's kernels now, importing the report's modules as it boots.

    :func:`render` starts its kernels before it computes the scan, so the
    kernel's start and imports run beside the computation instead of after it.
    The caller stops it (:func:`stop_kernel`).

    An asynchronous manager, as papermill's own: a kernel that dies is noticed
    (a synchronous one leaves the run waiting for the dead kernel's reply).

    Parameters
    ----------
    ipython_dir : Path, optional
        The kernel's IPython folder (``IPYTHONDIR``); default: the user's.
    """
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    km = AsyncKernelManager(kernel_name=ensure_kernel(), kernel_spec_manager=_kernel_specs())
    env = {**os.environ, **({"IPYTHONDIR": str(ipython_dir)} if ipython_dir is not None else {})}
    run_sync(km.start_kernel)(extra_arguments=[f"--IPKernelApp.exec_lines={WARM_UP}"], env=env)
    return km


def stop_kernel(km: AsyncKernelManager) -> None:
    """Stop a kernel of :func:`start_kernel` at once."""
    from jupyter_core.utils import run_sync

    run_sync(km.shutdown_kernel)(now=True)


class KernelDied(Exception):
    """The kernel died while it ran the notebook; ``notebook``: what ran until then."""

    def __init__(self, notebook: Any) -> None:
        super().__init__("the kernel died")
        self.notebook = notebook


@functools.cache
def report_engine() -> type[Any]:
    """The papermill engine of the report: papermill's own, but a kernel that dies raises
    :class:`KernelDied` with the notebook as far as it ran (papermill writes none then)."""
    from nbclient.exceptions import DeadKernelError
    from papermill.engines import NBClientEngine

    class ReportEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, **kwargs: Any) -> Any:
            try:
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
            except DeadKernelError as error:
                raise KernelDied(nb_man.nb) from error

    return ReportEngine


def _use_engine() -> None:
    """Register :func:`report_engine` as :data:`ENGINE`, unless a subclass already is."""
    import logging

    from papermill.engines import papermill_engines

    try:
        papermill_engines.get_engine(ENGINE)
    except Exception:
        papermill_engines.register(ENGINE, report_engine())
    # papermill's log (e.g. "Kernel died while waiting…") is not for the adviser: the
    # error says it in one sentence
    log = logging.getLogger("papermill")
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())


def _section_of(nb: Any, index: int) -> str:
    """The section of cell ``index``: its ``section:<name>`` tag, or of the cells above."""
    for i in range(min(index, len(nb.cells) - 1), -1, -1):
        for tag in nb.cells[i].get("metadata", {}).get("tags", []):
            if tag.startswith("section:"):
                return str(tag.split(":", 1)[1])
    return "?"


def _failed_section(nb: Any) -> str:
    """The section of the cell that raised."""
    failed = next(
        (
            i
            for i, cell in enumerate(nb.cells)
            if any(o.get("output_type") == "error" for o in cell.get("outputs", []))
        ),
        len(nb.cells) - 1,
    )
    return _section_of(nb, failed)


def _running_section(nb: Any) -> str:
    """The section of the last cell papermill started (the one running when the kernel died)."""
    started = [
        i
        for i, cell in enumerate(nb.cells)
        if cell.get("metadata", {}).get("papermill", {}).get("start_time")
    ]
    return _section_of(nb, started[-1]) if started else "?"


def kernel_died(section: str, km: AsyncKernelManager | None = None) -> ScanError:
    """A kernel that died during ``section`` as one error: how it ended, when ``km`` knows.

    Examples
    --------
    >>> kernel_died("network").text("en")
    "The report's kernel stopped unexpectedly during section 'network'; the previous report stays."
    """
    process = getattr(getattr(km, "provisioner", None), "process", None)
    status = process.poll() if process is not None else None
    if status is None:
        return ScanError("error.kernel_lost", section=section)
    if status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = str(-status)
        if -status == signal.SIGKILL:
            return ScanError("error.kernel_killed", section=section, signal=name)
        return ScanError("error.kernel_died", section=section, status=name)
    return ScanError("error.kernel_died", section=section, status=status)


def execute(
    notebook: Path,
    output: Path,
    parameters: dict[str, Any],
    cwd: Path | None = None,
    kernel: AsyncKernelManager | None = None,
) -> None:
    """Run the notebook with papermill; a failing cell becomes one clear :class:`ScanError`.

    ``kernel``: a kernel already started (:func:`start_kernel`); default: papermill starts one.
    A kernel that dies (killed, out of memory) is a :class:`ScanError` that names the
    section it ran (:func:`kernel_died`); ``output`` then holds what ran until then.
    """
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    _use_engine()
    try:
        papermill.execute_notebook(
            str(notebook),
            str(output),
            parameters=parameters,
            engine_name=ENGINE,
            kernel_name=ensure_kernel(),
            cwd=str(cwd) if cwd is not None else None,
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            **({"km": kernel} if kernel is not None else {}),
        )
    except PapermillExecutionError as error:
        nb = nbformat.read(str(output), as_version=4)
        section = _failed_section(nb)
        raise ScanError(
            "error.section_failed",
            section=section,
            cell=error.exec_count,
            detail=f"{error.ename}: {error.evalue}".strip(),
        ) from None
    except KernelDied as error:
        nbformat.write(error.notebook, str(output))
        raise kernel_died(_running_section(error.notebook), kernel) from None


def to_html(executed: Path, target: Path, title: str) -> Path:
    """The executed notebook as one self-contained HTML file without code or prompts."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    nb.cells = [
        c for c in nb.cells if "remove-in-report" not in c.get("metadata", {}).get("tags", [])
    ]
    for cell in nb.cells:
        if cell.cell_type == "code":
            # warnings and logs are for the analyst, not for the board
            cell.outputs = [
                o
                for o in cell.get("outputs", [])
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    nb.metadata["title"] = title
    try:
        exporter = HTMLExporter(
            template_name="netwerkscan",
            extra_template_basedirs=[str(TEMPLATE_DIR)],
            exclude_input=True,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
        )
    except ValueError as error:  # a template folder is missing: an incomplete installation
        raise ScanError("error.no_template", detail=str(error)) from None
    css = stylesheet()
    body, _ = exporter.from_notebook_node(nb, resources={"report_css": css})
    target.write_text(body, encoding="utf-8")
    return target


#: What other commands write into ``reports/<region>``: kept when the report is rendered
#: anew (``netwerkscan compare``, ``recognition``, ``agenda``): pages and workbooks
#: that may go to the board and the partners.
KEEP: tuple[str, ...] = ("changes.html", "recognition", "veranderagenda.xlsx")
#: What other commands write into ``confidential/<region>``, kept likewise
#: (``netwerkscan template``, ``validate --feedback``).
KEEP_CONFIDENTIAL: tuple[str, ...] = ("templates", "feedback")
#: The executed notebook of a failed run, in the adviser-only folder.
FAILED = "scan.failed.ipynb"


def carry_over(old: Path, new: Path, names: tuple[str, ...] = KEEP) -> list[str]:
    """Copy ``names`` from the previous output folder into the new one (when not made anew).

    Returns
    -------
    list of str
        The names copied.
    """
    copied = []
    for name in names:
        source, target = old / name, new / name
        if not source.exists() or target.exists():
            continue
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
        copied.append(name)
    return copied


def render(
    region: str | Path,
    params: ScanParams | Mapping[str, Any] | None = None,
    *,
    out_dir: Path | None = None,
    notebook: Path | None = None,
) -> Path:
    """Render a region's report: computed once, then ``report.html`` (and its anonymised twin).

    The scan is computed once in this process (:func:`scan.pipeline.run_scan`);
    its outputs (findings, monitor, positions) are written from it, and the
    notebook renders it, named and, with ``anonymise``, anonymised: the two
    renders run side by side, each in its own kernel.

    The report pages go to ``out_dir``; the adviser-only files (findings,
    monitor, positions, executed notebooks) to its confidential folder
    (:func:`scan.config.confidential_for`), each folder swapped in whole.

    Parameters
    ----------
    region : str or Path
        A region under ``data/raw`` or the path of a region folder.
    params : ScanParams or mapping, optional
        The settings; a mapping holds the caller's choices, laid over the
        region's ``region.toml`` (:meth:`scan.pipeline.ScanParams.resolve`).
    out_dir : Path, optional
        Where the report pages go (default ``reports/<region>``).
    notebook : Path, optional
        The report notebook (default: the package's own).

    Returns
    -------
    Path
        The output folder.

    Raises
    ------
    ScanError
        When a step fails: which section, and why. The previous outputs stay.
    """
    from scan.data.ingest import read_region_info
    from scan.pipeline import ScanParams, run_scan, save_result, write_outputs

    folder = config.region_folder(region).resolve()
    if not folder.is_dir():
        raise ScanError("error.no_region", folder=folder)
    key = folder.name
    target = out_dir if out_dir is not None else config.reports_dir(key)
    source = notebook if notebook is not None else NOTEBOOK_PATH
    if not source.is_file():
        raise ScanError("error.no_notebook", path=source)
    if not isinstance(params, ScanParams):
        params = ScanParams.resolve(params, read_region_info(folder))
    variants = [(False, NOTEBOOK, "report.html")]
    if params.anonymise:
        variants.append((True, "scan-anonymised.ipynb", "report-anonymised.html"))
    secret = config.confidential_for(target)
    failed = secret / FAILED
    with atomic_folder(secret) as private, atomic_folder(target) as build:
        # the kernels' own IPython folder: the user's profile is neither read nor written
        ipython = private / ".ipython"
        kernels = [start_kernel(ipython) for _ in variants]
        try:
            result = run_scan(folder, params)
            write_outputs(result, private)
            handed = save_result(result, private / ".scan-result.pickle")

            def one(
                anonymised: bool, executed_name: str, html_name: str, km: AsyncKernelManager
            ) -> None:
                executed = private / executed_name
                parameters = {
                    "region": str(folder),
                    "params": {},
                    "result": str(handed),
                    "anonymised": anonymised,
                }
                try:
                    execute(source, executed, parameters, kernel=km)
                except ScanError:
                    if executed.exists():
                        write_bytes_atomic(failed, executed.read_bytes())
                    raise
                to_html(executed, build / html_name, title=key)

            run_side_by_side(
                [
                    partial(one, anonymised, executed_name, html_name, km)
                    for (anonymised, executed_name, html_name), km in zip(
                        variants, kernels, strict=True
                    )
                ]
            )
            handed.unlink()
        finally:
            for km in kernels:
                stop_kernel(km)
        shutil.rmtree(ipython, ignore_errors=True)
        if secret.exists():
            carry_over(secret, private, KEEP_CONFIDENTIAL)
        if target.exists():
            carry_over(target, build)
            # a report folder written before the split: its templates and feedback move over
            carry_over(target, private, KEEP_CONFIDENTIAL)
    failed.unlink(missing_ok=True)
    return target


def run_side_by_side(tasks: Sequence[Callable[[], None]]) -> None:
    """Run ``tasks`` in threads at once (each waits on its own kernel); re-raise an error."""
    if len(tasks) == 1:
        tasks[0]()
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=len(tasks)) as pool:
        futures = [pool.submit(task) for task in tasks]
        for future in futures:
            future.result()
