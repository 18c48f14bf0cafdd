"""Time :func:`scan.analysis.analyse.analyse` on a synthetic province-sized region.

Usage::

    .venv/bin/python -m benchmarks.analysis_scale [--orgs 5000] [--ties 25000]
        [--episodes 1000000] [--seed 0]

Builds a random region (organisations, ties, flows, episodes, capacity over
four quarters, survey, initiatives) of the given size with the typed columns
of :class:`scan.data.model.ScanData` and prints the time of every family. Not a
test: no assertion on time. :mod:`benchmarks.regions` writes the same region
as a data package (files) for an end-to-end run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from scan.analysis import analyse as an
from scan.data.model import RegionInfo, ScanData
from scan.data.schema import FREQUENCIES, ORG_TYPES


def synthetic_region(
    n_orgs: int, n_ties: int, seed: int = 0, n_episodes: int = 1_000_000
) -> ScanData:
    """A random region with every table filled (shapes as in the data request).

    Parameters
    ----------
    n_orgs : int
        Organisations.
    n_ties : int
        Ties named in the network survey (before duplicates are dropped).
    seed : int
        Seed of every random draw: the same arguments give the same region.
    n_episodes : int
        Client episodes (2-3 per client). A client's next organisation is a
        partner its current one named (a referral path), one time in five
        any organisation, so transitions concentrate on ties as in a real
        region instead of spreading over all pairs.

    Returns
    -------
    ScanData
        Typed tables; ``region.key`` is ``"synthetic"``.
    """
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
    draws = n_ties + n_ties // 5
    src = rng.choice(ids[resp], draws)
    offset = rng.integers(1, 50, draws)
    dst = ids[(np.searchsorted(ids, src) + offset) % n_orgs]
    ties = pd.DataFrame({"respondent_org": src, "partner_org": dst}).drop_duplicates()
    ties = ties.iloc[:n_ties].reset_index(drop=True)
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
    # episodes: 2-3 per client along referral paths (a named partner, else anyone)
    per = rng.integers(2, 4, n_episodes // 2 + 1)
    per = per[: int(np.searchsorted(np.cumsum(per), n_episodes)) + 1]
    client = np.repeat(np.arange(len(per)), per)[:n_episodes]
    step = np.arange(len(client)) - np.repeat(np.cumsum(per) - per, per)[:n_episodes]
    src_idx = np.searchsorted(ids, ties["respondent_org"].to_numpy(dtype=str))
    dst_idx = np.searchsorted(ids, ties["partner_org"].to_numpy(dtype=str))
    by_src = np.argsort(src_idx, kind="stable")
    indptr = np.searchsorted(src_idx[by_src], np.arange(n_orgs + 1))
    org_idx = rng.integers(0, n_orgs, len(client))
    jump = rng.random(len(client))
    pick = rng.random(len(client))
    for k in range(1, int(step.max()) + 1 if len(step) else 1):
        at = np.flatnonzero(step == k)
        prev = org_idx[at - 1]
        deg = indptr[prev + 1] - indptr[prev]
        follow = (deg > 0) & (jump[at] < 0.8)
        chosen = indptr[prev] + (pick[at] * np.maximum(deg, 1)).astype(np.int64)
        org_idx[at[follow]] = dst_idx[by_src[chosen[follow]]]
    first = pd.Timestamp("2026-01-01") + pd.to_timedelta(rng.integers(0, 300, len(per)), "D")
    gap = rng.integers(0, 45, len(client))
    length = rng.integers(1, 60, len(client))
    offset = np.zeros(len(client), dtype=np.int64)
    for k in range(1, int(step.max()) + 1 if len(step) else 1):
        at = np.flatnonzero(step == k)
        offset[at] = offset[at - 1] + length[at - 1] + gap[at]
    start = np.repeat(first.to_numpy(), per)[:n_episodes] + pd.to_timedelta(offset, "D").to_numpy()
    episodes = pd.DataFrame(
        {
            "client_key": pd.array(np.char.add("k", client.astype(str)), dtype="string"),
            "org_id": pd.array(ids[org_idx], dtype="string"),
            "start_date": pd.to_datetime(start),
            "end_date": pd.to_datetime(start + pd.to_timedelta(length, "D").to_numpy()),
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
    ap.add_argument("--episodes", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    data = _time("build", lambda: synthetic_region(args.orgs, args.ties, args.seed, args.episodes))
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
