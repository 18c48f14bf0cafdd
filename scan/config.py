"""The project's paths, in one place.

Every input and output lies under one root (:func:`project_root`):
``$NETWERKSCAN_HOME`` when set (e.g. a folder of real regions kept outside the
repository); else the working directory when it holds ``data/raw``; else, when
the package runs from a checkout, the repository (the folder holding
``pyproject.toml`` next to this package); else the working directory. An
installed package (a wheel) thus never writes into its own site-packages.

A region is named by its key, one plain folder name under ``data/raw``
(:func:`region_key`), or given as the path of its folder; :func:`region_folder`
decides which, for every command, and its outputs always go under
``reports/<key>`` and ``data/processed/<key>``.

What may be shared is kept apart from what may not: ``reports/<key>`` holds
only what the adviser can hand to the board as it is (the report pages);
everything for the adviser's eyes only (the findings files with single
partners' ratings, monitor.json, the executed notebooks, the partners'
templates and feedback pages) goes to ``confidential/<key>``
(:func:`confidential_dir`), beside ``reports/``, never inside it.

Examples
--------
>>> raw_dir("demo").parts[-3:]
('data', 'raw', 'demo')
"""

from __future__ import annotations

import os
from pathlib import Path

from scan.errors import UsageError

PACKAGE_DIR = Path(__file__).resolve().parent

#: The seed of every random step unless a run sets another (``ScanParams.seed``).
SEED = 2026


def project_root() -> Path:
    """The root of ``data/`` and ``reports/``, decided anew on every call.

    In this order: ``$NETWERKSCAN_HOME``; the working directory if it holds
    ``data/raw``; the repository if the package runs from a checkout; the working
    directory.
    """
    env = os.environ.get("NETWERKSCAN_HOME")
    if env:
        return Path(env).resolve()
    cwd = Path.cwd()
    if (cwd / "data" / "raw").is_dir():
        return cwd
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file():
        return checkout
    return cwd


def raw_root() -> Path:
    """``data/raw``: one read-only folder per region."""
    return project_root() / "data" / "raw"


def processed_root() -> Path:
    """``data/processed``: merged tables per region (generated)."""
    return project_root() / "data" / "processed"


def reports_root() -> Path:
    """``reports``: rendered reports per region (generated)."""
    return project_root() / "reports"


#: The adviser-only folder's name: ``confidential/`` beside ``reports/`` (and the
#: suffix of one beside a report folder elsewhere, :func:`confidential_for`).
CONFIDENTIAL = "confidential"


def confidential_root() -> Path:
    """``confidential``: per region what only the adviser may see (generated).

    Beside ``reports/``, so that zipping ``reports/<region>`` (or ``reports/``
    as a whole) for the board never takes an adviser-only file along.
    """
    return project_root() / CONFIDENTIAL


def raw_dir(region: str) -> Path:
    """The raw data package of ``region`` (a key, :func:`region_key`)."""
    return raw_root() / region_key(region)


def processed_dir(region: str) -> Path:
    """The merged tables of ``region`` (a key, :func:`region_key`)."""
    return processed_root() / region_key(region)


def reports_dir(region: str) -> Path:
    """The rendered report of ``region`` (a key, :func:`region_key`)."""
    return reports_root() / region_key(region)


def confidential_dir(region: str) -> Path:
    """The adviser-only folder of ``region`` (a key): ``confidential/<key>``."""
    return confidential_root() / region_key(region)


def confidential_for(report: Path) -> Path:
    """The adviser-only folder that belongs to the report folder ``report``.

    ``reports/<key>`` → ``confidential/<key>`` (:func:`confidential_dir`); a
    report folder elsewhere (``render(out_dir=…)``, a batch with its own root)
    gets ``<folder>.confidential`` beside it, never inside it.

    Examples
    --------
    >>> confidential_for(reports_dir("demo")) == confidential_dir("demo")
    True
    >>> confidential_for(Path("/tmp/x/noord")).as_posix()
    '/tmp/x/noord.confidential'
    """
    folder = Path(report)
    if folder.parent.resolve() == reports_root().resolve():
        return confidential_dir(folder.name)
    return folder.with_name(f"{folder.name}.{CONFIDENTIAL}")


#: Characters that separate folders, on any system a region name may come from.
_SEPARATORS = ("/", "\\")


def _is_key(name: str) -> bool:
    return bool(
        name
        and name not in (".", "..")
        and not name.startswith(".")
        and not any(sep in name for sep in _SEPARATORS)
        and name.isprintable()
    )


def _shown(name: str) -> str:
    """``name`` on one line: a control character as its escape."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def region_key(name: str) -> str:
    """``name`` when it is a safe region key, the one folder name of a region.

    A key is the name of a folder under ``data/raw`` and, as it is, of the outputs
    ``reports/<key>`` and ``data/processed/<key>``: not empty, not ``.`` or ``..``,
    without a path separator (``/``, ``\\``) or a control character, and not
    starting with a dot (hidden: the temporary folders of :mod:`scan.files` do).
    Anything else may be in it (``#``, ``?``, spaces: the index page encodes its links).

    Raises
    ------
    UsageError
        When ``name`` is not a key (the command exits with 2).

    Examples
    --------
    >>> region_key("noord #2")
    'noord #2'
    >>> region_key("..")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    scan.errors.UsageError: '..' is geen regionaam: ...
    """
    if not _is_key(name):
        raise UsageError("error.region_key", region=_shown(name))
    return name


def region_folder(region: str | Path) -> Path:
    """The data folder of ``region``: a key under ``data/raw``, or a folder given as a path.

    The one rule of every command (validate, run, run-all, template, compare, demo):

    * a name without a path separator (a ``str``) is a key (:func:`region_key`); its
      folder is ``data/raw/<key>``, which must lie in ``data/raw`` once links are
      followed. When there is no such folder but the working directory holds one of
      that name, that folder is meant (as ``netwerkscan validate noord`` in the folder
      above ``noord``).
    * a path (a :class:`~pathlib.Path`, or a name with a separator) is a region folder
      given on purpose, anywhere except ``data/raw`` itself or a folder above it; its
      key is its own name, which must be a key.

    Returns
    -------
    Path
        An absolute folder (it need not exist) whose name is the region's key: its
        outputs go to ``reports/<name>`` and ``data/processed/<name>``.

    Raises
    ------
    UsageError
        When the name is not a key, the key's folder lies outside ``data/raw``, or the
        path is ``data/raw`` (or above it) or has a name that is not a key.

    Examples
    --------
    >>> region_folder("demo") == raw_dir("demo")
    True
    >>> region_folder("data/raw/..")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    scan.errors.UsageError: ... is geen regiomap maar ... zelf of een map daarboven; ...
    """
    if isinstance(region, str) and not any(sep in region for sep in _SEPARATORS):
        folder = raw_dir(region)
        if not folder.is_dir() and Path(region).is_dir():
            return _given_folder(Path(region))
        root = raw_root().resolve()
        resolved = folder.resolve()
        if resolved.parent != root:
            raise UsageError("error.region_outside", region=region, folder=resolved, root=root)
        return folder
    return _given_folder(Path(region))


def _given_folder(path: Path) -> Path:
    """A region folder given as a path: absolute, links followed, checked."""
    folder = path.expanduser().resolve()
    root = raw_root().resolve()
    if folder == root or folder in root.parents:
        raise UsageError("error.region_above", folder=folder, root=root)
    if not _is_key(folder.name):
        raise UsageError("error.region_folder_name", folder=_shown(str(folder)))
    return folder
