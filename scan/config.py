"""The project's paths, in one place, independent of the working directory.

The project root is the folder holding ``pyproject.toml`` next to this package;
set ``NETWERKSCAN_HOME`` to use another root (e.g. a folder of real regions kept
outside the repository).

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
    """The root: ``$NETWERKSCAN_HOME`` or the folder above the package."""
    env = os.environ.get("NETWERKSCAN_HOME")
    return Path(env).resolve() if env else PACKAGE_DIR.parent


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
