"""The project's paths, in one place.

Every input and output lies under one root (:func:`project_root`):
``$NETWERKSCAN_HOME`` when set (e.g. a folder of real regions kept outside the
repository); else the working directory when it holds ``data/raw``; else, when
the package runs from a checkout, the repository (the folder holding
``pyproject.toml`` next to this package); else the working directory. An
installed package (a wheel) thus never writes into its own site-packages.

Examples
--------
>>> raw_dir("demo").parts[-3:]
('data', 'raw', 'demo')
"""

from __future__ import annotations

import os
from pathlib import Path

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


def raw_dir(region: str) -> Path:
    """The raw data package of ``region``."""
    return raw_root() / region


def processed_dir(region: str) -> Path:
    """The merged tables of ``region``."""
    return processed_root() / region


def reports_dir(region: str) -> Path:
    """The rendered report of ``region``."""
    return reports_root() / region
