"""Small generated regions for the subset tests: every table as a plain CSV file.

:func:`write_small_region` writes all seven tables for ten organisations, so
that a test can delete any of them; :func:`write_emergency_region` writes an
emergency network shaped like the real ones (organisations and ties only, no
survey), with one clear broker. Every name is made up.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from scan.data.schema import DIMENSIONS

#: The six tables besides organisations, each one file of :func:`write_small_region`.
OPTIONAL_TABLES: tuple[str, ...] = (
    "ties",
    "flows",
    "episodes",
    "capacity",
    "survey",
    "initiatives",
)

_ORGS = (
    ("ZH01", "Ziekenhuis Noord", "ziekenhuis"),
    ("HA01", "Huisartsen Noord", "huisartsenpraktijk"),
    ("HA02", "Huisartsen Zuid", "huisartsenpraktijk"),
    ("HAP1", "Huisartsenpost Noord", "huisartsenpost"),
    ("WV01", "Thuiszorg Noord", "wijkverpleging"),
    ("WV02", "Thuiszorg Zuid", "wijkverpleging"),
    ("VVT1", "Zorgcentrum De Linde", "vvt"),
    ("GGZ1", "GGZ Noord", "ggz"),
    ("GEM1", "Gemeente Noord", "gemeente"),
    ("WZ01", "Welzijn Noord", "welzijn"),
)

# a hub (ZH01) and a broker (WV01) between the care side and the social side
_TIES = (
    ("HA01", "ZH01"),
    ("HA02", "ZH01"),
    ("HAP1", "ZH01"),
    ("ZH01", "HA01"),
    ("ZH01", "VVT1"),
    ("ZH01", "WV01"),
    ("WV01", "ZH01"),
    ("WV01", "GEM1"),
    ("WV01", "WV02"),
    ("WV02", "HA02"),
    ("VVT1", "ZH01"),
    ("GGZ1", "HA01"),
    ("GEM1", "WZ01"),
    ("WZ01", "GEM1"),
    ("GEM1", "WV01"),
)

_FLOWS = (
    ("HA01", "ZH01", 60),
    ("HA02", "ZH01", 45),
    ("HAP1", "ZH01", 80),
    ("ZH01", "VVT1", 70),
    ("ZH01", "WV01", 40),
    ("ZH01", "WV02", 12),
    ("HA01", "GGZ1", 25),
    ("GGZ1", "WV02", 15),
    ("WV01", "VVT1", 10),
)

# utilisation demand/capacity: VVT1 and WV01 under pressure
_CAPACITY = (
    ("VVT1", 100, 140),
    ("WV01", 200, 250),
    ("WV02", 200, 150),
    ("ZH01", 1000, 950),
    ("GGZ1", 80, 90),
)


def _csv(path: Path, header: str, rows: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def write_small_region(folder: Path) -> Path:
    """Write all seven tables of a ten-organisation region into ``folder``.

    One file per table, named after it (``ties.csv`` …), so a test removes a
    table by deleting its file. The survey has six respondents in the board
    layer and six in operations, with a clear gap on trust.
    """
    _csv(
        folder / "organisations.csv",
        "org_id,name,type",
        [f"{o},{n},{k}" for o, n, k in _ORGS],
    )
    _csv(
        folder / "ties.csv",
        "respondent_org,partner_org,frequency,referral,information,"
        "trust_reliable,trust_mission,trust_open,value_power,value_involvement,value_resources",
        [
            f"{a},{b},{'weekly' if i % 2 else 'monthly'},ja,ja,"
            f"{1 + (i % 4)},{1 + ((i + 1) % 4)},{2 + (i % 3)},3,3,{1 + (i % 4)}"
            for i, (a, b) in enumerate(_TIES)
        ],
    )
    _csv(
        folder / "flows.csv",
        "from_org,to_org,period,clients,median_wait_days",
        [
            f"{a},{b},2026-Q{q},{c // 2 + q},{4 + 3 * q if b == 'VVT1' else 2}"
            for a, b, c in _FLOWS
            for q in (1, 2)
        ],
    )
    episodes = []
    for client in range(1, 25):
        key = f"k{client:03d}"
        episodes.append(f"{key},ZH01,2026-01-{client:02d},2026-02-{client:02d}")
        after = "VVT1" if client % 2 else "WV01"
        episodes.append(f"{key},{after},2026-02-{client + 2:02d},")
    _csv(folder / "episodes.csv", "client_key,org_id,start_date,end_date", episodes)
    _csv(
        folder / "capacity.csv",
        "org_id,period,service,capacity,demand,waiting_list",
        [
            f"{o},2026-Q{q},thuiszorg,{cap},{dem + 10 * q},{max(dem - cap, 0) + q}"
            for o, cap, dem in _CAPACITY
            for q in (1, 2)
        ],
    )
    items = [f"{d}_1" for d in DIMENSIONS]
    rows = []
    for i in range(12):
        layer = "bestuur" if i < 6 else "uitvoering"
        org = _ORGS[i % len(_ORGS)][0]
        # trust: the board about 4.5, the work floor about 2; the rest from 2 to 5
        trust = (4 + i % 2) if layer == "bestuur" else (2 + (i % 3 == 0))
        scores = [trust if d == "trust" else 2 + (i + k) % 4 for k, d in enumerate(DIMENSIONS)]
        rows.append(f"r{i:02d},{org},{layer},{','.join(str(s) for s in scores)}")
    _csv(folder / "survey.csv", "respondent_id,org_id,layer," + ",".join(items), rows)
    _csv(
        folder / "initiatives.csv",
        "initiative,org_id,development_line,role,status",
        [
            "Ouderentafel,ZH01,ouderenzorg,lead,running",
            "Ouderentafel,VVT1,ouderenzorg,participant,running",
            "Ouderentafel,WV01,ouderenzorg,participant,running",
            "Wijkteam,GEM1,preventie,participant,running",
            "Wijkteam,WZ01,preventie,participant,running",
        ],
    )
    return folder


def write_emergency_region(folder: Path) -> Path:
    """Write an emergency network of 20 organisations: organisations and ties, no survey.

    Shaped like the real multi-organisational emergency networks: two groups
    (the county's services and the city's) that meet only through the
    emergency operations centre ``EOC``, the clear broker.
    """
    county = [f"C{i:02d}" for i in range(1, 10)]
    city = [f"S{i:02d}" for i in range(1, 11)]
    orgs = [("EOC", "Rampenstaf", "gemeente")]
    orgs += [(o, f"Dienst provincie {o}", "other") for o in county]
    orgs += [(o, f"Dienst stad {o}", "other") for o in city]
    _csv(folder / "organisations.csv", "org_id,name,type", [f"{o},{n},{k}" for o, n, k in orgs])
    ties: list[tuple[str, str]] = []
    for group in (county, city):
        ties += list(pairwise(group))  # a chain within the group
        ties += [(group[0], o) for o in group[2:]]  # and a local hub
        ties += [(o, "EOC") for o in group[:3]]
        ties += [("EOC", group[0])]
    _csv(
        folder / "ties.csv",
        "respondent_org,partner_org,frequency",
        [f"{a},{b},{'weekly' if i % 3 else 'monthly'}" for i, (a, b) in enumerate(ties)],
    )
    return folder
