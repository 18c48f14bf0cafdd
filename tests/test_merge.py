"""Merging: duplicates kept once, conflicts settled by precedence, every row accounted for."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from scan.data.merge import load_region, usable_problem, write_processed
from tests.conftest import RegionWriter

CAP = "org_id;period;service;capacity;demand\n"


def test_repeated_row_is_kept_once_and_counted(region: RegionWriter) -> None:
    row = "ZH01,VVT1,2026-Q1,30,discharge\n"
    folder = region({"ZH01/flows.csv": "from_org,to_org,period,clients,flow_type\n" + row * 3})
    data = load_region(folder)
    assert len(data.flows) == 1
    acc = data.quality.accounts.set_index(["supplier", "table"]).loc[("ZH01", "flows")]
    assert (acc["read"], acc["used"], acc["duplicates"]) == (3, 1, 2)


def test_duplicate_compared_after_resolution(region: RegionWriter) -> None:
    # the same flow, once by id and once by alias: one flow
    folder = region(
        {"flows.csv": "from_org,to_org,period,clients\nZH01,VVT1,2026,3\nZHO,VVT1,2026,3\n"}
    )
    assert len(load_region(folder).flows) == 1


def test_conflict_own_organisation_wins_over_adviser(region: RegionWriter) -> None:
    folder = region(
        {
            "capacity.csv": CAP + "VVT1;2026-Q1;elv;10;12\n",
            "VVT1 Zorgcentrum/capacity.csv": CAP + "VVT1;2026-Q1;elv;11;12\n",
        }
    )
    data = load_region(folder)
    assert data.capacity["capacity"].tolist() == [11.0]
    conflict = data.quality.conflicts.iloc[0]
    assert (conflict["column"], conflict["kept_value"], conflict["other_value"]) == (
        "capacity",
        "11",
        "10",
    )
    assert conflict["kept_supplier"] == "VVT1 Zorgcentrum"
    assert conflict["other_supplier"] == "(adviser)"
    assert conflict["key"] == "VVT1, elv, 2026-Q1"


def test_conflict_adviser_wins_over_another_partner(region: RegionWriter) -> None:
    folder = region(
        {
            "ZH01/capacity.csv": CAP + "VVT1;2026-Q1;elv;9;12\n",
            "capacity_adviseur.csv": CAP + "VVT1;2026-Q1;elv;10;12\n",
        }
    )
    data = load_region(folder)
    assert data.capacity["capacity"].tolist() == [10.0]
    assert data.quality.accounts.set_index("supplier").loc["ZH01", "overruled"] == 1


def test_conflict_between_others_first_wins(region: RegionWriter) -> None:
    folder = region(
        {
            "A/capacity.csv": CAP + "VVT1;2026-Q1;elv;9;12\n",
            "B/capacity.csv": CAP + "VVT1;2026-Q1;elv;8;13\n",
        }
    )
    data = load_region(folder)
    assert data.capacity[["capacity", "demand"]].values.tolist() == [[9.0, 12.0]]
    assert sorted(data.quality.conflicts["column"]) == ["capacity", "demand"]


def test_rows_in_add_up(region: RegionWriter) -> None:
    folder = region(
        {
            "ZH01/flows.csv": (
                "from_org,to_org,period,clients\n"
                "ZH01,VVT1,2026,3\nZH01,VVT1,2026,3\nZH01,Onbekend BV,2026,3\nZH01,VVT1,2026,-1\n"
            ),
            "flows.csv": "from_org,to_org,period,clients\nZH01,VVT1,2026,4\nZH01,WV01,2026,2\n",
        }
    )
    data = load_region(folder)
    acc = data.quality.accounts.query("table == 'flows'").set_index("supplier")
    # ZH01 sent the flow itself, so its 3 clients overrule the adviser's 4
    assert acc.loc["ZH01"].to_dict() == {
        "table": "flows",
        "read": 4,
        "used": 1,
        "quarantined": 2,
        "duplicates": 1,
        "overruled": 0,
    }
    assert acc.loc["(adviser)"][["used", "overruled"]].tolist() == [1, 1]
    totals = data.quality.totals
    assert totals["read"] == sum(
        totals[k] for k in ("used", "quarantined", "duplicates", "overruled")
    )
    assert totals["used"] == sum(
        len(data.table(t))
        for t in ("organisations", "ties", "flows", "episodes", "capacity", "survey", "initiatives")
    )


def test_echelon_derived_from_type(region: RegionWriter) -> None:
    data = load_region(region({}))
    echelon = dict(zip(data.organisations["org_id"], data.organisations["echelon"], strict=True))
    assert echelon["ZH01"] == 2 and echelon["WV01"] == 1 and echelon["GEM1"] == 0


def test_nothing_usable(region: RegionWriter) -> None:
    assert usable_problem(load_region(region({}))) is None  # organisations alone make a scan
    assert usable_problem(load_region(region({})), rows=True) == "no_rows"
    empty = region({"organisations.csv": "", "flows.csv": "from_org,to_org,period,clients\n"})
    assert usable_problem(load_region(empty)) == "no_organisations"


def _fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(folder).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_raw_folder_is_byte_identical_after_a_run(region: RegionWriter, tmp_path: Path) -> None:
    folder = region({"flows.csv": "from_org,to_org,period,clients\nZH01,VVT1,2026,3\n"})
    before = _fingerprint(folder)
    data = load_region(folder)
    write_processed(data, tmp_path / "processed" / "regio")
    assert _fingerprint(folder) == before


def test_processed_parquet_round_trip(region: RegionWriter, tmp_path: Path) -> None:
    folder = region({"flows.csv": "from_org,to_org,period,clients\nZH01,VVT1,2026,3\n"})
    target = write_processed(load_region(folder), tmp_path / "out")
    flows = pd.read_parquet(target / "flows.parquet")
    assert flows["clients"].tolist() == [3]
    assert (target / "quality_issues.parquet").exists()
    assert (target / "manifest.json").exists()


def test_write_is_atomic(region: RegionWriter, tmp_path: Path) -> None:
    folder = region({"flows.csv": "from_org,to_org,period,clients\nZH01,VVT1,2026,3\n"})
    data = load_region(folder)
    target = write_processed(data, tmp_path / "out")
    before = _fingerprint(target)
    # a table pyarrow cannot store makes the second write fail halfway
    broken = data.flows.assign(clients=pd.Series([object()], dtype="object"))
    with pytest.raises(Exception):  # noqa: B017 - whatever pyarrow raises
        write_processed(type(data)(**{**data.__dict__, "flows": broken}), target)
    assert _fingerprint(target) == before
    assert not [p.name for p in target.parent.iterdir() if p.name.startswith(".")]
