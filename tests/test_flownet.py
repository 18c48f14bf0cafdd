"""The flow network as a network: hand-computed measures, the flows-only region, findings.json."""

from __future__ import annotations

import json
import re

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from scan.analysis import flownet as fn
from scan.analysis.analyse import analyse
from scan.analysis.dependencies import dependency_shares
from scan.config import SEED
from scan.diagnosis import signals
from scan.diagnosis.findings import diagnose, to_dict
from scan.diagnosis.model import DiagnosisParams
from scan.pipeline import ScanResult, run_scan, write_outputs
from scan.report import sections
from scan.text import fmt
from tests.analysis_builders import scan_data
from tests.diagnosis_builders import tie


def _shares(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    flows = pd.DataFrame(rows, columns=["from_org", "to_org", "clients"]).assign(period="2026")
    return dependency_shares(flows)


# -- hand-computed measures -------------------------------------------------------------------


def test_outflow_concentration_is_the_largest_share_and_the_hhi() -> None:
    # A: 30 to B, 10 to C -> shares 3/4 and 1/4, HHI 9/16 + 1/16 = 10/16
    # D: 5 each to four -> HHI 4 x 1/16; E: all to B -> HHI 1
    s = _shares(
        [
            ("A", "B", 30),
            ("A", "C", 10),
            ("D", "A", 5),
            ("D", "B", 5),
            ("D", "C", 5),
            ("D", "E", 5),
            ("E", "B", 7),
        ]
    )
    c = fn.outflow_concentration(s)
    assert c.loc["A", "largest_destination"] == "B"
    assert c.loc["A", "largest_share"] == pytest.approx(0.75)
    assert c.loc["A", "largest_clients"] == 30
    assert c.loc["A", "hhi"] == pytest.approx(10 / 16)
    assert c.loc["D", "hhi"] == pytest.approx(0.25)
    assert c.loc["D", "largest_destination"] == "A"  # a tie goes to the first by id
    assert c.loc["E", "hhi"] == pytest.approx(1.0)
    assert sorted(c.index) == ["A", "D", "E"]  # B and C send no one on


def test_flow_measures_are_strengths_and_shares_of_all_that_move() -> None:
    # total moving: 30 + 10 + 20 = 60; B receives 50, C 10
    s = _shares([("A", "B", 30), ("A", "C", 10), ("C", "B", 20), ("C", "C", 99)])
    m = fn.flow_measures(s, nodes=["Z"])
    assert m.loc["B", "in_strength"] == 50
    assert m.loc["B", "share_of_region"] == pytest.approx(50 / 60)
    assert m.loc["C", "in_strength"] == 10  # its flow to itself is not a move
    assert int(m.loc["B", "senders"]) == 2
    assert m["share_of_region"].sum() == pytest.approx(1.0)
    # unknown is not 0: nobody reported what B sends on or what A receives
    assert np.isnan(m.loc["B", "out_strength"]) and np.isnan(m.loc["A", "in_strength"])
    assert np.isnan(m.loc["A", "share_of_region"])
    # an organisation in no flow: both ways unknown, no largest destination, no HHI
    assert np.isnan(m.loc["Z", ["in_strength", "out_strength", "hhi"]].astype(float)).all()
    assert pd.isna(m.loc["B", "largest_destination"])
    # a delivered 0 is a known 0; from episodes every organisation with one is seen both ways
    zero = fn.flow_measures(_shares([("A", "B", 30), ("B", "C", 0)]))
    assert zero.loc["B", "out_strength"] == 0 and np.isnan(zero.loc["A", "in_strength"])
    episodes = fn.flow_measures(s, nodes=["Z"], covered=["A", "B", "C", "Z"])
    assert episodes.loc["Z", "in_strength"] == 0 and episodes.loc["B", "out_strength"] == 0


def test_one_client_never_makes_a_hub_or_a_dependency() -> None:
    # X sends its one client to Y: 100 % of its outflow, 1/41 of the region
    s = _shares([("A", "H", 30), ("B", "H", 10), ("X", "Y", 1)])
    m = fn.flow_measures(s)
    assert fn.hubs(m, min_clients=5).index.tolist() == ["H"]
    assert fn.hubs(m, min_clients=50).empty
    pairs = fn.dependent_pairs(s, min_share=0.5, min_clients=5)
    assert pairs[["from_org", "to_org"]].values.tolist() == [["A", "H"], ["B", "H"]]
    # the region's only receiver of one client is no hub, whatever its share
    lonely = fn.flow_measures(_shares([("X", "Y", 1), ("Z", "Y", 1)]))
    assert signals.flow_hub(lonely, DiagnosisParams()) is None
    # the diagnosis' floor is never below the suppression threshold
    p = DiagnosisParams(suppression_threshold=40)
    assert signals.depends_on(s, p).empty
    assert signals.flow_hub(m, p) == "H"  # 40 received, 40 is the floor


def test_single_points_count_the_senders_that_depend_on_a_receiver() -> None:
    # A 20/20 -> H, B 30/40 -> H, C 10/40 -> H (25 %: not dependent), D 9/10 -> H (9 < 10)
    s = _shares(
        [
            ("A", "H", 20),
            ("B", "H", 30),
            ("B", "K", 10),
            ("C", "H", 10),
            ("C", "K", 30),
            ("D", "H", 9),
            ("D", "K", 1),
        ]
    )
    sp = fn.single_points(s, min_share=0.5, min_clients=10)
    assert sp.index.tolist() == ["H", "K"]
    assert int(sp.loc["H", "dependants"]) == 2 and sp.loc["H", "senders"] == ("B", "A")
    assert sp.loc["H", "clients"] == 50
    assert sp.loc["K", "senders"] == ("C",)
    assert fn.single_points(s, min_share=0.9, min_clients=10).index.tolist() == ["H"]


def test_referral_communities_find_two_obvious_clusters_with_the_seed() -> None:
    # two triangles with heavy flows both ways, one weak flow between them
    heavy = [("A", "B"), ("B", "C"), ("C", "A"), ("D", "E"), ("E", "F"), ("F", "D")]
    rows = [(a, b, 40.0) for a, b in heavy] + [(b, a, 20.0) for a, b in heavy]
    s = _shares([*rows, ("C", "D", 2.0)])
    c = fn.referral_communities(s, ["G"], seed=SEED)
    assert c[["A", "B", "C"]].nunique() == 1 and c[["D", "E", "F"]].nunique() == 1
    assert c["A"] != c["D"] and pd.isna(c["G"])
    assert c.equals(fn.referral_communities(s, ["G"], seed=SEED))
    table = fn.community_table(s, c)
    assert table["size"].tolist() == [3, 3]
    # each triangle keeps 3 x 60 of its clients; the first also sends 2 across
    first = table[table["members"] == ("A", "B", "C")].iloc[0]
    assert first["clients_within"] == 180 and first["clients_out"] == 182
    assert first["share_within"] == pytest.approx(180 / 182)


def test_the_undirected_flows_add_both_ways() -> None:
    U = fn.undirected_flows(_shares([("A", "B", 30), ("B", "A", 10), ("A", "C", 80)]))
    assert U.edges["A", "B"]["clients"] == 40 and U.edges["A", "C"]["strength"] == 1.0
    assert U.edges["A", "B"]["strength"] == pytest.approx(0.5)
    assert isinstance(U, nx.Graph) and not U.is_directed()


# -- a flows-only region shaped like the French transfers ---------------------------------------

UMC = "UMC"


def _transfer_region() -> dict[str, str]:
    """30 hospitals: 8 send 60 % of 100 to the university hospital, 21 send 14 of 100
    there and the rest to two neighbours, the university hospital 10 to each of 10, and
    one small hospital sends its 4 clients to it (below the floor)."""
    ids = [f"Z{i:02d}" for i in range(1, 30)]
    orgs = ["org_id,name,type", f"{UMC},Universitair Medisch Centrum Noord,ziekenhuis"]
    orgs += [f"{z},Ziekenhuis {z},ziekenhuis" for z in ids]
    orgs.append("KL1,Kliniek Klein,ziekenhuis")
    flows = ["from_org,to_org,period,clients"]
    for i, z in enumerate(ids):
        nxt, after = ids[(i + 1) % len(ids)], ids[(i + 2) % len(ids)]
        if i < 8:
            flows += [f"{z},{UMC},2023,60", f"{z},{nxt},2023,40"]
        else:
            flows += [f"{z},{UMC},2023,14", f"{z},{nxt},2023,43", f"{z},{after},2023,43"]
    flows += [f"{UMC},{z},2023,10" for z in ids[:10]]
    flows.append(f"KL1,{UMC},2023,4")
    return {"organisations.csv": "\n".join(orgs) + "\n", "flows.csv": "\n".join(flows) + "\n"}


@pytest.fixture(scope="module")
def transfers(tmp_path_factory: pytest.TempPathFactory) -> ScanResult:
    folder = tmp_path_factory.mktemp("transfers") / "regio"
    folder.mkdir()
    for name, text in _transfer_region().items():
        (folder / name).write_text(text, encoding="utf-8")
    return run_scan(folder)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_flows_only_region_names_the_hub_in_the_summary(transfers: ScanResult) -> None:
    dep = transfers.analysis.dependencies
    assert dep is not None and transfers.analysis.network is None
    # 8 x 60 + 21 x 14 + 4 = 778 of 8 x 100 + 21 x 100 + 100 + 4 = 3004 clients
    m = dep.measures
    assert m.loc[UMC, "in_strength"] == 778
    assert m.loc[UMC, "share_of_region"] == pytest.approx(778 / 3004)
    assert signals.flow_hub(m, transfers.findings.params) == UMC
    points = signals.single_points_of_dependency(dep.shares, transfers.findings.params)
    assert int(points.loc[UMC, "dependants"]) == 8  # not KL1: 4 clients is below the floor
    ctx = sections.Context.of(transfers)
    summary = _text(sections.summary(ctx))
    share = fmt.percent(778 / 3004, "nl")
    assert share == "26%"
    assert (
        f"Universitair Medisch Centrum Noord ontvangt {share} van alle cliënten die tussen "
        "organisaties overgaan; 8 organisaties sturen ten minste 50% van hun cliënten naar "
        "Universitair Medisch Centrum Noord." in summary
    )
    assert "De gegevens wijzen niet op duidelijke knelpunten" not in summary
    english = sections.Context.of(transfers)
    english.lang = "en"
    assert "8 organisations send at least 50% of their clients" in _text(sections.summary(english))


def test_the_flow_network_section_maps_and_names_what_the_flows_show(
    transfers: ScanResult,
) -> None:
    ctx = sections.Context.of(transfers)
    html = sections.dependencies(ctx)
    text = _text(re.sub(r"<script.*?</script>", "", html, flags=re.S))
    assert "Het netwerk van de stromen" in text
    assert "Universitair Medisch Centrum Noord (8 organisaties)" in text
    assert "8 van de 31 organisaties die cliënten doorsturen" in text
    assert 'id="ns-flow-map"' in html and "data:image/png;base64," in html
    # the flow map has positions of its own when there is no collaboration map
    assert set(transfers.positions) == set(transfers.data.organisations["org_id"])
    # the small hospital's 4 clients appear nowhere as a number
    assert "Kliniek Klein" not in text.split("De organisaties die de meeste")[-1]


def test_findings_json_has_every_organisations_measures_by_source(
    transfers: ScanResult, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("out")
    write_outputs(transfers, folder)
    doc = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    orgs = {o["org_id"]: o for o in doc["organisations"]}
    assert len(orgs) == 31
    umc = orgs[UMC]
    assert umc["ties"] is None  # no network survey: unknown, not 0
    assert umc["flows"]["source"] == "flows"
    assert umc["flows"]["in_strength"] == 778 and umc["flows"]["out_strength"] == 100
    assert umc["flows"]["share_of_region"] == round(778 / 3004, 3)
    assert umc["flows"]["largest_dependency"] == {"to_org": "Z01", "clients": 10, "share": 0.1}
    z01 = orgs["Z01"]["flows"]
    assert z01["largest_dependency"] == {"to_org": UMC, "clients": 60, "share": 0.6}
    # KL1: 4 clients sent, suppressed, and the share that would give them away left out
    small = orgs["KL1"]["flows"]
    assert small["out_strength"] == "<5" and small["in_strength"] == 0
    assert small["largest_dependency"] == {"to_org": UMC, "clients": "<5", "share": None}
    assert small["share_of_region"] == 0.0


def test_the_anonymised_copy_has_no_names_in_the_flow_network(transfers: ScanResult) -> None:
    anon = transfers.anonymised_copy()
    dep, real = anon.analysis.dependencies, transfers.analysis.dependencies
    assert dep is not None and real is not None
    names = set(transfers.data.organisations["name"]) | set(transfers.data.organisations["org_id"])
    tables = (dep.measures, dep.communities)
    seen = {str(v) for t in tables for v in t.astype(str).to_numpy().ravel()}
    seen |= {str(v) for t in tables for v in t.index}
    seen |= {m for members in dep.communities["members"] for m in members}
    assert not seen & names
    assert dep.measures["in_strength"].sort_values().tolist() == sorted(
        real.measures["in_strength"]
    )
    doc = to_dict(anon.findings)
    assert not {o["org_id"] for o in doc["organisations"]} & names
    assert not {o["name"] for o in doc["organisations"]} & names
    ctx = sections.Context.of(anon)
    assert "Universitair Medisch Centrum Noord" not in sections.summary(ctx)


# -- the ties block ------------------------------------------------------------------------------


def test_the_ties_block_holds_ratings_from_three_raters_only() -> None:
    # C is rated by A, B and D (trust 3, 3, 4); A by B and C only; E answered nothing
    ties = [
        tie("A", "C", trust=3, value=2),
        tie("B", "C", trust=3, value=2),
        tie("D", "C", trust=4, value=2),
        tie("B", "A", trust=2, value=4),
        tie("C", "A", trust=2, value=4),
        tie("C", "B", trust=3, value=3),
    ]
    data = scan_data(ties=ties, flows=[], extra_orgs=["E"])
    analysis = analyse(data)
    doc = to_dict(diagnose(data, analysis))
    orgs = {o["org_id"]: o for o in doc["organisations"]}
    c = orgs["C"]["ties"]
    assert c["source"] == "ties" and c["in_degree"] == 3 and c["out_degree"] == 2
    assert c["trust_received"] == {"value": round(10 / 3, 3), "raters": 3}
    assert c["value_received"] == {"value": 2.0, "raters": 3}
    assert orgs["A"]["ties"]["trust_received"] == {"value": None, "raters": 2}
    # C links A-D and B-D (A-B are tied): 3 partners, 3 pairs, 1 triangle
    assert c["brokerage"] == 2
    # E did not answer: what it names is unknown, not 0
    assert orgs["E"]["ties"]["out_degree"] is None and orgs["E"]["ties"]["in_degree"] == 0
    assert orgs["E"]["flows"] is None  # no flows delivered


def test_findings_xlsx_has_the_same_measures(
    transfers: ScanResult, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("xlsx")
    write_outputs(transfers, folder)
    sheet = pd.read_excel(
        folder / "findings.xlsx", sheet_name="Maten per organisatie", engine="openpyxl"
    )
    rows = sheet.set_index("Code")
    assert rows.loc[UMC, "Cliënten ontvangen"] == 778
    assert rows.loc["KL1", "Cliënten doorgestuurd"] == "<5"
    assert rows.loc["KL1", "Cliënten daarheen"] == "<5"
    assert pd.isna(rows.loc["KL1", "Deel daarheen"])
    assert rows.loc["Z01", "Grootste bestemming"] == UMC
    assert rows["Vertrouwen ontvangen"].isna().all()  # no survey: empty, not 0


def test_transitions_from_episodes_make_the_same_flow_network() -> None:
    # 12 clients go from A to H, 6 from B to H, 6 from B to A; C has one episode only
    rows = []
    moves = [("A", "H")] * 12 + [("B", "H")] * 6 + [("B", "A")] * 6
    for i, (a, b) in enumerate(moves):
        rows.append(
            {
                "client_key": f"c{i}",
                "org_id": a,
                "start_date": "2026-01-01",
                "end_date": "2026-01-10",
            }
        )
        rows.append({"client_key": f"c{i}", "org_id": b, "start_date": "2026-01-12"})
    rows.append({"client_key": "solo", "org_id": "C", "start_date": "2026-01-01"})
    for row in rows:
        for key in ("start_date", "end_date"):
            if key in row:
                row[key] = pd.Timestamp(row[key])
    data = scan_data(episodes=rows)
    analysis = analyse(data)
    dep = analysis.dependencies
    assert dep is not None and dep.source == "episodes"
    assert dep.measures.loc["H", "in_strength"] == 18
    assert dep.measures.loc["H", "share_of_region"] == pytest.approx(18 / 24)
    assert dep.measures.loc["B", "hhi"] == pytest.approx(0.5)
    orgs = {o["org_id"]: o for o in to_dict(diagnose(data, analysis))["organisations"]}
    assert orgs["H"]["flows"]["source"] == "episodes" and orgs["H"]["flows"]["in_strength"] == 18
    # C delivered an episode and moved no one: a known 0, not unknown
    assert orgs["C"]["flows"]["in_strength"] == 0 and orgs["C"]["flows"]["out_strength"] == 0
    assert orgs["C"]["flows"]["largest_dependency"] is None
    assert orgs["C"]["ties"] is None
