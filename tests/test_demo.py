"""Tests of the demo-region generator: reproducible, complete, and really planted.

The structural checks read the generated files with pandas/csv only (not with the
scan's own ingest), so they test the data, not the code that will analyse it.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from scan.data import demo
from scan.data.schema import DIMENSIONS

COMMITTED = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"
TABLES = ("organisations", "ties", "flows", "episodes", "capacity", "survey", "initiatives")
F = demo.FOLDERS


# --- helpers ---------------------------------------------------------------------------


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file below ``folder``, by relative path."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def raw_rows(path: Path) -> list[list[str]]:
    """A CSV/TXT as the partner wrote it: encoding and delimiter found by trying."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    first = text.splitlines()[0]
    delimiter = max(",;|\t", key=first.count)
    return list(csv.reader(text.splitlines(), delimiter=delimiter))


def sheet_rows(path: Path, sheet: str | None = None) -> list[list[object]]:
    """An xlsx sheet's cells as rows (None for empty cells)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def frame(path: Path, header_row: int = 1, sheet: str | None = None) -> pd.DataFrame:
    """A file as a DataFrame of text, header in ``header_row`` (1-based), names cleaned."""
    if path.suffix == ".xlsx":
        rows: list[list[object]] = sheet_rows(path, sheet)
    else:
        rows = list(raw_rows(path))
    header = [str(c).strip().lower() for c in rows[header_row - 1]]
    body = [r for r in rows[header_row:] if any(c not in (None, "") for c in r)]
    df = pd.DataFrame(body, columns=header).astype(object)
    return df.loc[:, [c != "none" for c in df.columns]]


def number(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.astype(str).str.replace(",", ".", regex=False), errors="coerce")


def ties(region: Path) -> pd.DataFrame:
    both = pd.concat(
        [
            frame(region / "ties_netwerkenquete.xlsx"),
            frame(region / "ties_papieren_formulieren.csv"),
        ]
    )
    items = ["trust_reliable", "trust_mission", "trust_open"]
    both["trust"] = both[items].apply(number).clip(upper=4).mean(axis=1)
    return both


def flows(region: Path) -> pd.DataFrame:
    files = [
        f"{F['ZH01']}/flows_ziekenhuis.csv",
        f"{F['TP01']}/flows_transferpunt.txt",
        f"{F['GGZ1']}/flows_ggz.csv",
        f"{F['HAP1']}/flows_hap.csv",
        f"{F['ZG01']}/flows_eerstelijn.xlsx",
    ]
    df = pd.concat([frame(region / f) for f in files]).drop_duplicates()
    df["clients"] = number(df["clients"])
    df["median_wait_days"] = number(df["median_wait_days"])
    return df


def capacity(region: Path) -> pd.DataFrame:
    """Every capacity row; the organisation's own rows first (they win conflicts)."""
    own = pd.concat(
        [
            frame(region / f"{F['VVT1']}/capacity_hooge_hof.csv"),
            frame(region / f"{F['WV01']}/capacity_wijkverpleging.xlsx", header_row=3),
        ]
    )
    df = pd.concat([own, frame(region / "capacity_overzicht_zorgkantoor.xlsx")])
    df = df.drop_duplicates(["org_id", "service", "period"])
    df["utilisation"] = number(df["demand"]) / number(df["capacity"])
    return df.sort_values(["org_id", "service", "period"])


def survey(region: Path) -> pd.DataFrame:
    df = frame(region / "survey_samenwerking.csv")
    for dim in DIMENSIONS:
        df[dim] = df[[f"{dim}_{i}" for i in (1, 2, 3)]].apply(number).mean(axis=1)
    return df


def episodes(region: Path, name: str) -> pd.DataFrame:
    return frame(region / name)


def component(edges: set[tuple[str, str]], start: str, without: str = "") -> set[str]:
    """Nodes reachable from ``start`` in the undirected graph, avoiding ``without``."""
    seen, todo = {start}, [start]
    while todo:
        node = todo.pop()
        for a, b in edges:
            for x, y in ((a, b), (b, a)):
                if x == node and y not in seen and y != without:
                    seen.add(y)
                    todo.append(y)
    return seen


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    target = tmp_path_factory.mktemp("round1")
    demo.generate_demo(target)
    yield target


@pytest.fixture(scope="module")
def region2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    target = tmp_path_factory.mktemp("round2")
    demo.generate_demo(target, round=2)
    yield target


# --- reproducibility ---------------------------------------------------------------------


def test_same_seed_gives_byte_identical_files(region: Path, tmp_path: Path) -> None:
    again = demo.generate_demo(tmp_path / "again")
    assert digests(region) == digests(tmp_path / "again")
    assert len(again) == len(digests(region)) == 18
    assert any(p.suffix == ".xlsx" for p in again)


def test_another_seed_gives_other_data(region: Path, tmp_path: Path) -> None:
    demo.generate_demo(tmp_path, seed=7)
    other = digests(tmp_path)
    ours = digests(region)
    assert other.keys() == ours.keys()
    assert other["survey_samenwerking.csv"] != ours["survey_samenwerking.csv"]
    assert other["organisations.xlsx"] == ours["organisations.xlsx"]  # the region is fixed


def test_committed_demo_is_the_generated_one(region: Path) -> None:
    assert COMMITTED.is_dir(), "run `python -m scan.data.demo` to write data/raw/demo"
    assert digests(COMMITTED) == digests(region), "data/raw/demo was edited by hand"


def test_writes_only_its_own_files(tmp_path: Path) -> None:
    (tmp_path / "eigen_aantekeningen.docx").write_bytes(b"keep me")
    paths = demo.generate_demo(tmp_path)
    assert (tmp_path / "eigen_aantekeningen.docx").read_bytes() == b"keep me"
    assert paths == sorted(paths)
    assert set(paths) == {p for p in tmp_path.rglob("*") if p.is_file()} - {
        tmp_path / "eigen_aantekeningen.docx"
    }


def test_round_must_be_1_or_2(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="round"):
        demo.generate_demo(tmp_path, round=3)


# --- completeness ------------------------------------------------------------------------


def test_region_has_every_type_and_35_to_45_organisations(region: Path) -> None:
    orgs = frame(region / "organisations.xlsx")
    assert 35 <= len(orgs) <= 45
    assert orgs["org_id"].is_unique
    types = set(orgs["type"])
    expected = set(demo._GROUP_OF_TYPE) | {"other"}
    assert types == expected and len(types) == 16
    assert orgs["echelon"].isna().any() and orgs["echelon"].notna().any()
    assert orgs["aliases"].astype(str).str.contains("|", regex=False).any()


def test_all_seven_tables_are_delivered(region: Path) -> None:
    names: set[str] = set()
    for path in region.rglob("*"):
        if path.suffix in (".csv", ".txt"):
            names.add(path.name.lower())
        elif path.suffix == ".xlsx":
            wb = openpyxl.load_workbook(path, read_only=True)
            names.update(s.lower() for s in wb.sheetnames)
            wb.close()
    found = {t for t in TABLES if any(n.startswith(t) for n in names)}
    assert found == set(TABLES)
    assert 'period = "2026"' in (region / "region.toml").read_text(encoding="utf-8")


def test_every_org_reference_is_known_or_planted(region: Path) -> None:
    known = set(demo.ORG_IDS)
    planted = {str(m.value) for m in demo.PLANTED_MESS if "org" in m.kind or "refer" in m.kind}
    refs = set(flows(region)[["from_org", "to_org"]].stack())
    refs |= set(ties(region)[["respondent_org", "partner_org"]].stack())
    assert refs - known == planted


# --- the planted structure ---------------------------------------------------------------


def test_bottleneck_is_overloaded_worsening_and_distrusted(region: Path) -> None:
    cap = capacity(region)
    elv = cap[(cap["org_id"] == demo.BOTTLENECK) & (cap["service"] == demo.ELV)]
    assert len(elv) == 4 and (elv["utilisation"] > 1.2).all()
    assert number(elv["wait_days"]).is_monotonic_increasing
    assert number(elv["waiting_list"]).is_monotonic_increasing
    assert number(elv["vacancies_fte"]).iloc[-1] > number(elv["vacancies_fte"]).iloc[0]

    fl = flows(region)
    out = fl[
        (fl["from_org"].isin(["ZH01", "Ziekenhuis Lindewaard bv"]))
        & (fl["flow_type"] == "discharge")
    ]
    share = out.groupby("to_org")["clients"].sum()
    assert share[demo.BOTTLENECK] / share.sum() > 0.5

    received = ties(region).groupby("partner_org")["trust"].mean()
    assert received[demo.BOTTLENECK] <= 2.0
    assert received.idxmin() == demo.BOTTLENECK


def test_transition_hospital_to_bottleneck_waits_long(region: Path) -> None:
    fl = flows(region)
    discharge = fl[(fl["flow_type"] == "discharge") & fl["from_org"].str.startswith("Z")]
    planted = discharge[(discharge["from_org"] == "ZH01") & (discharge["to_org"] == "VVT1")]
    others = discharge.drop(planted.index)
    assert planted["clients"].min() >= 50
    assert planted["median_wait_days"].is_monotonic_increasing
    assert planted["median_wait_days"].mean() > 2 * others["median_wait_days"].median()


def test_missing_link_has_flows_and_shared_clients_but_no_tie(region: Path) -> None:
    a, b = demo.MISSING_LINK
    fl = flows(region)
    between = fl[(fl["from_org"].isin([a, b])) & (fl["to_org"].isin([a, b]))]
    assert between["clients"].sum() >= 100
    t = ties(region)
    assert {a, b} <= set(t["respondent_org"])  # both answered the network survey
    pairs = set(zip(t["respondent_org"], t["partner_org"], strict=True))
    assert (a, b) not in pairs and (b, a) not in pairs
    ggz = episodes(region, f"{F['GGZ1']}/episodes_ggz.csv")
    wv = episodes(region, f"{F['WV02']}/episodes_wijkzorg.csv")
    assert len(set(ggz["client_key"]) & set(wv["client_key"])) >= 50


def test_asymmetric_tie(region: Path) -> None:
    t = ties(region)
    names, named = demo.ASYMMETRIC
    row = t[(t["respondent_org"] == names) & (t["partner_org"] == named)]
    assert len(row) == 1 and row["trust"].iloc[0] == 4 and row["frequency"].iloc[0] == "daily"
    assert named in set(t["respondent_org"])
    assert t[(t["respondent_org"] == named) & (t["partner_org"] == names)].empty


def test_capacity_to_pool(region: Path) -> None:
    cap = capacity(region)
    wv = cap[cap["service"] == "wijkverpleging"].groupby("org_id")["utilisation"]
    over, room = demo.POOL
    assert wv.min()[over] >= 1.25
    assert wv.max()[room] <= 0.75


def test_front_runners_are_central_and_ready(region: Path) -> None:
    s = survey(region)
    means = s.groupby("org_id")[list(DIMENSIONS)].mean()
    indegree = ties(region)["partner_org"].value_counts()
    for org in demo.FRONT_RUNNERS:
        assert (means.loc[org] >= 4).all(), means.loc[org]
        assert org in indegree.index[:3]


def test_perception_gap_on_trust(region: Path) -> None:
    by_layer = survey(region).groupby("layer")[list(DIMENSIONS)].mean()
    gap = by_layer.loc["bestuur"] - by_layer.loc["uitvoering"]
    assert by_layer.loc["bestuur", "trust"] >= 4.0
    assert by_layer.loc["uitvoering", "trust"] <= 2.8
    assert gap.idxmax() == demo.GAP_DIMENSION and gap.max() >= 1.2


def test_survey_size_and_confidential_remark(region: Path) -> None:
    s = survey(region)
    assert 150 <= len(s) <= 250 and s["respondent_id"].is_unique
    assert set(s["layer"]) == {"bestuur", "management", "uitvoering"}
    assert s["remarks"].str.contains(demo.CONFIDENTIAL_NAME).sum() == 1


def test_tables_to_merge_busy_org_and_line_without_lead(region: Path) -> None:
    ini = frame(region / "initiatives.csv")
    members = ini.groupby("initiative")["org_id"].apply(set)
    x, y = (members[n] for n in demo.MERGE_TABLES)
    assert len(x & y) / len(x | y) >= 0.8
    assert ini["org_id"].value_counts()[demo.HOSPITAL] >= 8
    leads = ini[ini["role"] == "lead"].groupby("development_line").size()
    assert demo.NO_LEAD_LINE not in leads.index
    assert set(ini["development_line"]) - {demo.NO_LEAD_LINE} == set(leads.index)


def test_cluster_hangs_on_one_organisation(region: Path) -> None:
    t = ties(region)
    edges = set(zip(t["respondent_org"], t["partner_org"], strict=True))
    everyone = component(edges, "ZH01")
    assert set(demo.CLUSTER) <= everyone
    without = component(edges, "ZH01", without=demo.CONNECTOR)
    assert not set(demo.CLUSTER) & without
    assert len(without) == len(everyone) - 1 - len(demo.CLUSTER)


def test_response_rate_is_about_80_percent(region: Path) -> None:
    respondents = set(ties(region)["respondent_org"])
    assert respondents.isdisjoint(demo.NON_RESPONDENTS)
    assert len(respondents) / len(demo.ORGS) == pytest.approx(0.8, abs=0.025)


# --- the planted mess --------------------------------------------------------------------


def cell_of(rows: list[list[object]], mess: demo.Mess) -> object:
    """The cell a :class:`demo.Mess` points at (header: the first row naming its column)."""
    assert mess.row is not None and mess.column is not None
    header = next(r for r in rows[:5] if mess.column in r)
    return rows[mess.row - 1][header.index(mess.column)]


def rows_of(path: Path, sheet: str | None) -> list[list[object]]:
    return sheet_rows(path, sheet) if path.suffix == ".xlsx" else list(raw_rows(path))


@pytest.mark.parametrize("mess", demo.PLANTED_MESS, ids=lambda m: f"{m.kind}-{m.row}")
def test_planted_mess_is_where_it_says(region: Path, mess: demo.Mess) -> None:
    path = region / mess.file
    raw = path.read_bytes()
    if mess.kind == "not_a_table":
        assert not path.name.lower().startswith(TABLES)
        return
    rows = rows_of(path, mess.sheet)
    if mess.kind == "encoding":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    elif mess.kind == "bom":
        assert raw.startswith(b"\xef\xbb\xbf")
    elif mess.kind == "delimiter":
        assert raw.decode("utf-8").splitlines()[0].count(str(mess.value)) == 5
        return
    elif mess.kind == "title_rows":
        assert rows[0][0] == mess.value and all(c is None for c in rows[1])
        return
    elif mess.kind == "trailing_empty":
        assert mess.row is not None and len(rows) >= mess.row + 2
        assert all(c is None for r in rows[mess.row - 1 :] for c in r)
        assert len(rows[0]) == 10 and all(r[8] is None and r[9] is None for r in rows)
        return
    elif mess.kind == "duplicate":
        assert mess.row is not None and mess.expected is not None
        assert rows[mess.row - 1] == rows[int(mess.expected) - 1]
        return
    if mess.column is not None and mess.row is not None:
        assert cell_of(rows, mess) == mess.value


def test_conflict_is_the_same_key_with_other_values(region: Path) -> None:
    own, adviser = (m for m in demo.PLANTED_MESS if m.kind == "conflict")
    assert own.expected == adviser.expected == "VVT1|eerstelijnsverblijf|2026-Q4"
    assert own.file.startswith(F["VVT1"]) and "/" not in adviser.file
    assert own.row is not None and adviser.row is not None
    a = frame(region / own.file).iloc[own.row - 2]
    b = frame(region / adviser.file).iloc[adviser.row - 2]
    key = ["org_id", "service", "period"]
    assert list(a[key]) == list(b[key]) == own.expected.split("|")
    assert number(pd.Series([a["capacity"], b["capacity"]])).tolist() == [88, 92]


def test_mess_lands_on_the_intended_records(region: Path) -> None:
    adviser = frame(region / "capacity_overzicht_zorgkantoor.xlsx")
    rows = {m.note: m.row for m in demo.PLANTED_MESS if m.kind == "missing_value"}
    for note, (org, period) in {
        "VVT4 verpleeghuiszorg Q1": ("VVT4", "2026-Q1"),
        "GGZ2 basis-ggz Q2": ("GGZ2", "2026-Q2"),
    }.items():
        row = rows[note]
        assert row is not None
        assert tuple(adviser.iloc[row - 2][["org_id", "period"]]) == (org, period)
    zh = frame(region / f"{F['ZH01']}/flows_ziekenhuis.csv")
    row = rows["ZH01 -> GGZ1 Q1"]
    assert row is not None
    assert tuple(zh.iloc[row - 2][["from_org", "to_org"]]) == ("ZH01", "GGZ1")


# --- round 2 -----------------------------------------------------------------------------


def test_round2_planted_changes(region: Path, region2: Path) -> None:
    assert 'period = "2027"' in (region2 / "region.toml").read_text(encoding="utf-8")
    orgs = frame(region2 / "organisations.xlsx")
    assert demo.LEAVER not in set(orgs["org_id"]) and len(orgs) == len(demo.ORGS) - 1
    for path in region2.rglob("*.csv"):
        assert demo.LEAVER not in path.read_bytes().decode("cp1252", errors="replace")
    referrals = frame(region2 / f"{F['ZG01']}/flows_eerstelijn.xlsx")
    assert demo.LEAVER not in set(referrals["from_org"]) and len(referrals) > 0

    t1, t2 = ties(region), ties(region2)
    pairs2 = set(zip(t2["respondent_org"], t2["partner_org"], strict=True))
    a, b = demo.MISSING_LINK
    assert (a, b) in pairs2 and (b, a) in pairs2

    def trust(t: pd.DataFrame, r: str, p: str) -> float:
        return float(t[(t["respondent_org"] == r) & (t["partner_org"] == p)]["trust"].iloc[0])

    for r, p in [(demo.HOSPITAL, demo.BOTTLENECK), (demo.BOTTLENECK, demo.HOSPITAL)]:
        assert trust(t2, r, p) >= trust(t1, r, p) + 0.9

    def elv(region: Path) -> pd.Series:
        cap = capacity(region)
        rows = cap[(cap["org_id"] == demo.BOTTLENECK) & (cap["service"] == demo.ELV)]
        return rows["utilisation"].reset_index(drop=True)

    assert (elv(region2) < elv(region)).all()
    assert elv(region2).is_monotonic_decreasing
    ini = frame(region2 / "initiatives.csv")
    assert demo.PLANTED_ROUND2["new_tie"]["initiative"] in set(ini["initiative"])


def test_round2_mess_is_where_it_says(region2: Path) -> None:
    for mess in demo.planted_mess(2):
        if mess.row is None or mess.column is None or mess.kind == "duplicate":
            continue
        assert cell_of(rows_of(region2 / mess.file, mess.sheet), mess) == mess.value, mess
