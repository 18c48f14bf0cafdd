"""Seeded benchmark regions written as data packages: one large region and many demo-sized ones.

Usage::

    .venv/bin/python -m benchmarks.regions ROOT [--large] [--demo 30] [--seed 0]

writes ``ROOT/data/raw/<region>/`` so that ``NETWERKSCAN_HOME=ROOT`` runs on
them (``netwerkscan run-all``):

* ``provincie``: the large region of :func:`benchmarks.analysis_scale.synthetic_region`
  (5,000 organisations, 25,000 ties, 1,000,000 episodes, capacity over four
  quarters, survey, initiatives) as UTF-8 CSV files, as an adviser would
  receive them from a province-wide data request;
* ``regio01`` … ``regio30``: the demo region of :func:`scan.data.demo.generate_demo`
  with a different seed each (same structure, other numbers).

The same arguments always give the same files.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from benchmarks.analysis_scale import synthetic_region
from scan.data.demo import generate_demo
from scan.data.schema import TABLES

LARGE = "provincie"


def _csv(frame: pd.DataFrame, path: Path) -> Path:
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(1)
        elif pd.api.types.is_bool_dtype(out[column]):
            out[column] = out[column].map({True: "ja", False: "nee"})
    out.to_csv(path, index=False, lineterminator="\n")
    return path


def write_large_region(
    folder: Path,
    n_orgs: int = 5000,
    n_ties: int = 25_000,
    n_episodes: int = 1_000_000,
    seed: int = 0,
) -> list[Path]:
    """Write the large synthetic region as a data package (one CSV per table).

    Parameters
    ----------
    folder : Path
        The region folder (created).
    n_orgs, n_ties, n_episodes, seed
        See :func:`benchmarks.analysis_scale.synthetic_region`.

    Returns
    -------
    list of Path
        The files written.
    """
    data = synthetic_region(n_orgs, n_ties, seed, n_episodes)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        written.append(_csv(data.table(name), folder / f"{name}.csv"))
    toml = folder / "region.toml"
    toml.write_text(
        f"# synthetic benchmark region (benchmarks/regions.py, seed {seed})\n"
        f'name = "Provincie (synthetisch, {n_orgs} organisaties)"\n'
        'period = "2026"\n',
        encoding="utf-8",
    )
    written.append(toml)
    return written


def write_demo_regions(root: Path, n: int = 30, seed: int = 0) -> list[Path]:
    """Write ``n`` demo-sized regions ``regio01`` … under ``root`` (seeds ``seed + i``).

    Returns
    -------
    list of Path
        The region folders.
    """
    folders = []
    for i in range(1, n + 1):
        folder = root / f"regio{i:02d}"
        generate_demo(folder, seed=seed + i)
        folders.append(folder)
    return folders


def main(argv: list[str] | None = None) -> int:
    """Command line: write the benchmark regions under ``ROOT/data/raw``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("root", type=Path)
    ap.add_argument("--large", action="store_true", help="write the large region")
    ap.add_argument("--demo", type=int, default=0, help="number of demo-sized regions")
    ap.add_argument("--orgs", type=int, default=5000)
    ap.add_argument("--ties", type=int, default=25_000)
    ap.add_argument("--episodes", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    raw = args.root / "data" / "raw"
    if args.large:
        write_large_region(raw / LARGE, args.orgs, args.ties, args.episodes, args.seed)
        print(raw / LARGE)
    if args.demo:
        for folder in write_demo_regions(raw, args.demo, args.seed):
            print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
