"""Time :func:`scan.analysis.analyse` on a synthetic province-sized region.

Usage::

    .venv/bin/python benchmarks/analysis_scale.py [--orgs 5000] [--ties 25000] [--seed 0]

Builds a random region (organisations, ties, flows, episodes, capacity over
four quarters, survey, initiatives) of the given size with the typed columns
of :class:`scan.model.ScanData` and prints the time of every family. Not a
test: no assertion on time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from scan import analysis as an
from scan.model import RegionInfo, ScanData
from scan.schema import FREQUENCIES, ORG_TYPES


def synthetic_region(n_orgs: int, n_ties: int, seed: int = 0) -> ScanData:
    """A random region with every table filled (shapes as in the data request)."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"O{i:05d}" for i in range(n_orgs)])
    orgs = pd.DataFrame(
        {
            "org_id": pd.array(ids, dtype="string"),
            "name": pd.array([f"Organisatie {i}" for i in range(n_orgs)], dtype="string"),
            "type": pd.array(rng.choice(ORG_TYPES, n_orgs), dtype="string"),
        }
    )
    # ties: a sparse small-world-ish graph, 80 % response
    resp = rng.random(n_orgs) < 0.8
    src = rng.choice(ids[resp], n_ties)
    offset = rng.integers(1, 50, n_ties)
    dst = ids[(np.searchsorted(ids, src) + offset) % n_orgs]
    ties = pd.DataFrame({"respondent_org": src, "partner_org": dst}).drop_duplicates()
    m = len(ties)
    ties = ties.astype("string")
    ties["frequency"] = pd.array(rng.choice(FREQUENCIES, m), dtype="string")
    for col in ("trust_reliable", "trust_mission", "trust_open", "value_power"):
        ties[col] = pd.array(rng.integers(1, 5, m).astype(float), dtype="Float64")
    ties["referral"] = pd.array(rng.random(m) < 0.5, dtype="boolean")
    # flows along half the ties, one period
    f = ties.sample(frac=0.5, random_state=seed)[["respondent_org", "partner_org"]]
    flows = pd.DataFrame(
        {
            "from_org": f["respondent_org"].to_numpy(),
            "to_org": f["partner_org"].to_numpy(),
            "period": "2026",
            "clients": rng.integers(1, 200, len(f)),
        }
    ).astype({"from_org": "string", "to_org": "string", "period": "string", "clients": "Int64"})
    # episodes: 100k clients, 2-3 episodes each
    n_clients = 100_000
    per = rng.integers(2, 4, n_clients)
    client = np.repeat(np.arange(n_clients), per)
    start = pd.Timestamp("2026-01-01") + pd.to_timedelta(rng.integers(0, 365, len(client)), "D")
    episodes = pd.DataFrame(
        {
            "client_key": pd.array([f"k{c}" for c in client], dtype="string"),
            "org_id": pd.array(rng.choice(ids, len(client)), dtype="string"),
            "start_date": start,
            "end_date": start + pd.to_timedelta(rng.integers(1, 60, len(client)), "D"),
        }
    )
    # capacity: every organisation, 1-2 services, four quarters
    rows = []
    for i, org in enumerate(ids):
        for s in range(1 + i % 2):
            base = rng.uniform(10, 100)
            for q in range(1, 5):
                rows.append(
                    (
                        org,
                        f"2026-Q{q}",
                        f"dienst{s}",
                        base,
                        base * rng.uniform(0.6, 1.4),
                        rng.uniform(0, 50),
                        rng.uniform(0, 90),
                        rng.uniform(0, 3),
                    )
                )
    capacity = pd.DataFrame(
        rows,
        columns=[
            "org_id",
            "period",
            "service",
            "capacity",
            "demand",
            "waiting_list",
            "wait_days",
            "vacancies_fte",
        ],
    ).astype(
        {
            "org_id": "string",
            "period": "string",
            "service": "string",
            "capacity": "Float64",
            "demand": "Float64",
            "waiting_list": "Float64",
            "wait_days": "Float64",
            "vacancies_fte": "Float64",
        }
    )
    # survey: 3 respondents per responding organisation
    s_org = np.repeat(ids[resp], 3)
    survey = pd.DataFrame(
        {
            "respondent_id": pd.array([f"r{i}" for i in range(len(s_org))], dtype="string"),
            "org_id": pd.array(s_org, dtype="string"),
            "layer": pd.array(
                np.tile(["bestuur", "management", "uitvoering"], len(s_org) // 3), dtype="string"
            ),
        }
    )
    for dim in (
        "ambition",
        "trust",
        "governance",
        "leadership",
        "finance",
        "capacity",
        "perseverance",
    ):
        for k in (1, 2):
            survey[f"{dim}_{k}"] = pd.array(
                rng.integers(1, 6, len(s_org)).astype(float), dtype="Float64"
            )
    # initiatives: 300 initiatives of 3-12 members
    ini_rows = []
    for i in range(300):
        for org in rng.choice(ids, rng.integers(3, 13), replace=False):
            ini_rows.append((f"I{i}", org, f"lijn{i % 7}", "lead" if rng.random() < 0.1 else None))
    initiatives = pd.DataFrame(
        ini_rows, columns=["initiative", "org_id", "development_line", "role"]
    ).astype("string")
    return ScanData(
        region=RegionInfo(key="synthetic", name="Synthetic"),
        organisations=orgs,
        ties=ties,
        flows=flows,
        episodes=episodes,
        capacity=capacity,
        survey=survey,
        initiatives=initiatives,
    )


def _time(label: str, fn: Callable[[], Any]) -> Any:
    t = time.perf_counter()
    out = fn()
    print(f"{label:<14} {time.perf_counter() - t:7.2f} s", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--orgs", type=int, default=5000)
    ap.add_argument("--ties", type=int, default=25000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    data = _time("build", lambda: synthetic_region(args.orgs, args.ties, args.seed))
    p = an.AnalysisParams(seed=args.seed)
    net = _time("network", lambda: an.analyse_network(data.ties, data.organisations, p))
    dep = _time(
        "dependencies",
        lambda: an.analyse_dependencies(data.flows, data.episodes, data.organisations, p),
    )
    cap = _time("capacity", lambda: an.analyse_capacity(data.capacity, data.organisations))
    rdy = _time("readiness", lambda: an.analyse_readiness(data.survey, p))
    gov = _time("governance", lambda: an.analyse_governance(data.initiatives, p))
    prof = an.organisation_profile(data.organisations, net, dep, cap, rdy, gov)
    _time("segments", lambda: an.segment(prof, k_range=p.k_range, seed=p.seed))
    _time("analyse (all)", lambda: an.analyse(data, p))


if __name__ == "__main__":
    main()
