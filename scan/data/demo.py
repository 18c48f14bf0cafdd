"""Seeded generator of the fictitious demo region "Regio Lindewaard".

:func:`generate_demo` writes a complete data package (see ``data-spec.md``) for an
invented Dutch care region of 40 organisations in four invented municipalities
(Lindewaard, Oosterwaal, Dijkhoven, Bremveld). Every name is made up; any likeness
to a real organisation is accidental. ``python -m scan.data.demo`` regenerates the
committed ``data/raw/demo``; the same seed always gives byte-identical files.

The package uses all seven tables. The adviser's own files lie in the region
folder; each partner's files lie in a sub-folder named ``"<org_id> <short name>"``:

==================================================  =========================================
file                                                holds
==================================================  =========================================
``region.toml``                                     name, period, suppression threshold
``organisations.xlsx``                              the 40 organisations
``ties_netwerkenquete.xlsx``                        network survey, online (words, ja/nee)
``ties_papieren_formulieren.csv``                   network survey, paper (0-5, x/blank, 1/0)
``survey_samenwerking.csv``                         collaboration questionnaire, 178 persons
``initiatives.csv``                                 13 initiatives and their members
``capacity_overzicht_zorgkantoor.xlsx``             capacity of most providers, per quarter
``notities_overleg.txt``                            meeting notes: not a table
``ZH01 .../flows_ziekenhuis.csv``                   hospital referrals in, discharges home
``TP01 .../flows_transferpunt.txt``                 discharges hospital -> VVT, ``|``-separated
``HAP1 .../flows_hap.csv``                          monthly referrals of the GP post
``ZG01 .../flows_eerstelijn.xlsx``                  yearly referrals of the GP practices
``GGZ1 .../flows_ggz.csv``, ``episodes_ggz.csv``    mental-health flows and client episodes
``WV02 .../episodes_wijkzorg.csv``                  district-nursing client episodes
``WV01 .../capacity_wijkverpleging.xlsx``           own capacity, title rows above the header
``VVT1 .../capacity_hooge_hof.csv``                 own capacity, Windows-1252
``VVT1 .../episodes_hooge_hof.csv``                 own client episodes, Windows-1252
==================================================  =========================================

Planted structure (:data:`PLANTED`), which the scan's analysis must find:

1. *Bottleneck* ``VVT1`` (Zorgcentrum 't Hooge Hof, eerstelijnsverblijf): receives
   more than half of the hospital's discharges, utilisation 1.23 -> 1.42 over the
   quarters, growing waiting list and waits, rising vacancies, and a trust of ~1.7
   received from every partner that names it.
2. *Transition bottleneck* ``ZH01 -> VVT1``: ~70 clients a quarter with a median
   wait of 8 -> 17 days (other discharges wait 1-4 days).
3. *Missing link* ``GGZ1`` - ``WV02``: ~170 clients a year flow between them and ~70
   clients appear in both organisations' episodes, yet neither names the other in
   the network survey (both answered it).
4. *Asymmetric tie* ``HAP1 -> ZH01``: the GP post names the hospital daily with
   trust and value 4; the hospital (a respondent) does not name the GP post.
5. *Capacity to pool*: ``WV01`` (wijkverpleging, utilisation ~1.3) next to ``WV03``
   (wijkverpleging, utilisation ~0.7).
6. *Front-runners* ``ZG01`` and ``GM01``: named by most organisations and survey
   means of about 4.5 on every dimension.
7. *Tables to merge*: "Regionale ouderenzorgtafel" and "Netwerk kwetsbare ouderen
   Lindewaard" share 9 of their 10 members; ``ZH01`` sits at 10 of the 13 tables;
   development line "arbeidsmarkt" has no lead.
8. *Perception gap* on ``trust``: bestuur ~4.2, uitvoering ~2.6 across the region.
9. *Articulation point* ``WZ02``: the cluster ``GHZ1`` + ``OT02`` is tied to the rest
   of the network only through ``WZ02`` (the tie ``GHZ1``-``WZ02`` is a bridge;
   ``GHZ1`` is an articulation point too, as ``OT02`` hangs on it).

Planted mess (:data:`PLANTED_MESS`, one :class:`Mess` per problem with file, row,
column and value): a Windows-1252 ``;`` file with decimal commas, Dutch dates and
``´``; a ``|``-separated file; a UTF-8 file with BOM; an xlsx with a title row, a
blank row, stray spaces in the header and trailing formatted empty rows/columns;
an organisation named instead of coded, a typo in a name, an unknown organisation;
a capacity conflict between the organisation and the adviser; three exact
duplicate rows; ``n.v.t.``/``onbekend``/``-`` in number columns; a trust score of 7;
a file that is no table.

``round=2`` writes the data "a year later" (period 2027): every value is the same
as in round 1 except the documented changes in :data:`PLANTED_ROUND2`, so each
difference between the rounds is planted. The mess is the same in both rounds.

Examples
--------
>>> from pathlib import Path
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     paths = generate_demo(Path(tmp))
>>> len(paths)
18
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import hmac
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import xlsxwriter

from scan import config
from scan.data.schema import DIMENSIONS, LAYERS

#: A cell as written: text, a number, or empty.
Cell = str | int | float | None
Row = list[Cell]

REGION_NAME: Final = "Regio Lindewaard (demo)"
#: The pseudonymisation key "agreed in the region" (fake; real keys never live in code).
REGION_KEY: Final = b"lindewaard-demo-sleutel"
DEFAULT_SEED: Final = 2026


# --------------------------------------------------------------------------------------
# The organisations
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    """One organisation of the demo region (a row of ``organisations``)."""

    org_id: str
    name: str
    type: str
    echelon: int | None
    municipality: str
    fte: float
    aliases: str = ""


ORGS: Final[tuple[Org, ...]] = (
    Org("HA01", "Huisartsenpraktijk De Linde", "huisartsenpraktijk", 1, "Lindewaard", 9.5),
    Org("HA02", "Huisartsenpraktijk Dijkzicht", "huisartsenpraktijk", None, "Dijkhoven", 6.2),
    Org(
        "HA03",
        "Gezondheidscentrum Oosterwaal",
        "huisartsenpraktijk",
        1,
        "Oosterwaal",
        14.8,
        "GC Oosterwaal",
    ),
    Org("HA04", "Huisartsenpraktijk Het Veerhuis", "huisartsenpraktijk", None, "Lindewaard", 5.4),
    Org("HA05", "Huisartsenpraktijk De Boomgaard", "huisartsenpraktijk", 1, "Bremveld", 7.1),
    Org("HA06", "Huisartsenpraktijk Bremveld-Noord", "huisartsenpraktijk", None, "Bremveld", 4.8),
    Org("HA07", "Huisartsenpraktijk Kerkpad", "huisartsenpraktijk", 1, "Dijkhoven", 5.9),
    Org("HA08", "Huisartsen De Uiterwaard", "huisartsenpraktijk", 1, "Lindewaard", 11.3),
    Org("HA09", "Huisartsenpraktijk Molenzicht", "huisartsenpraktijk", None, "Oosterwaal", 6.6),
    Org("HA10", "Huisartsenpraktijk Waaldijk", "huisartsenpraktijk", None, "Oosterwaal", 3.2),
    Org(
        "HAP1",
        "Huisartsenpost Lindewaard",
        "huisartsenpost",
        1,
        "Lindewaard",
        38.0,
        "HAP Lindewaard|Spoedpost Lindewaard",
    ),
    Org(
        "ZG01",
        "Zorggroep Lindewaard Eerstelijn",
        "zorggroep",
        1,
        "Lindewaard",
        24.5,
        "ZGL|Zorggroep Lindewaard",
    ),
    Org(
        "ZH01",
        "Ziekenhuis Lindewaard B.V.",
        "ziekenhuis",
        2,
        "Lindewaard",
        1850.0,
        "ZLW|Lindewaard Ziekenhuis",
    ),
    Org("ZH02", "Orthopedische Kliniek Dijkhoven", "ziekenhuis", 2, "Dijkhoven", 240.0),
    Org(
        "WV01",
        "Stichting Thuiszorg Waalkant",
        "wijkverpleging",
        1,
        "Lindewaard",
        310.0,
        "Thuiszorg Waalkant",
    ),
    Org("WV02", "Wijkzorg Oosterwaal B.V.", "wijkverpleging", None, "Oosterwaal", 185.0),
    Org("WV03", "Zorg aan Huis Bremveld", "wijkverpleging", 1, "Bremveld", 140.0),
    Org("WV04", "Thuiszorg De Dijkhof", "wijkverpleging", None, "Dijkhoven", 75.0),
    Org("VVT1", "Zorgcentrum 't Hooge Hof", "vvt", 1, "Lindewaard", 420.0, "Hooge Hof"),
    Org("VVT2", "Stichting Lindehof Ouderenzorg", "vvt", None, "Lindewaard", 380.0, "Lindehof"),
    Org("VVT3", "Woonzorgcentrum De Waalhoeve", "vvt", 1, "Oosterwaal", 260.0),
    Org("VVT4", "Zorgvilla Bremhof", "vvt", None, "Bremveld", 90.0),
    Org(
        "GGZ1",
        "GGZ Lindewaard",
        "ggz",
        2,
        "Lindewaard",
        520.0,
        "GGZ-LW|Stichting GGZ Lindewaard",
    ),
    Org("GGZ2", "Praktijk Mentaal Oosterwaal", "ggz", 1, "Oosterwaal", 45.0),
    Org("GHZ1", "Stichting De Wilgenhoeve", "gehandicaptenzorg", None, "Bremveld", 230.0),
    Org("AP01", "Apotheek Het Mortier", "apotheek", 1, "Lindewaard", 12.0),
    Org("AP02", "Apotheek Oosterwaal", "apotheek", None, "Oosterwaal", 8.5),
    Org("FY01", "Fysiotherapie Dijkhoven", "fysiotherapie", 1, "Dijkhoven", 9.0),
    Org("FY02", "Fysio- en Beweegcentrum Lindewaard", "fysiotherapie", None, "Lindewaard", 15.0),
    Org("WZ01", "Stichting Welzijn Lindewaard", "welzijn", 0, "Lindewaard", 48.0),
    Org("WZ02", "Buurtkracht Bremveld", "welzijn", 0, "Bremveld", 22.0),
    Org("GM01", "Gemeente Lindewaard", "gemeente", 0, "Lindewaard", 610.0),
    Org("GM02", "Gemeente Oosterwaal", "gemeente", None, "Oosterwaal", 280.0),
    Org("GM03", "Gemeente Dijkhoven", "gemeente", 0, "Dijkhoven", 240.0),
    Org("GM04", "Gemeente Bremveld", "gemeente", None, "Bremveld", 190.0),
    Org("ZV01", "Zorgverzekeraar Waalstroom U.A.", "zorgverzekeraar", None, "Lindewaard", 6.0),
    Org("ZK01", "Zorgkantoor Waalstroom", "zorgkantoor", None, "Lindewaard", 4.0),
    Org("TP01", "Transferpunt Lindewaard", "transferpunt", 1, "Lindewaard", 8.0),
    Org("OT01", "Ambulancezorg Lindewaard", "other", None, "Lindewaard", 95.0),
    Org("OT02", "Zorgboerderij De Klaverweide", "other", None, "Bremveld", 12.0),
)
ORG_IDS: Final = tuple(o.org_id for o in ORGS)
ORG_BY_ID: Final = {o.org_id: o for o in ORGS}

#: Partner sub-folders (the supplier of the files in them).
FOLDERS: Final[dict[str, str]] = {
    "ZH01": "ZH01 Ziekenhuis Lindewaard",
    "TP01": "TP01 Transferpunt Lindewaard",
    "HAP1": "HAP1 Huisartsenpost Lindewaard",
    "ZG01": "ZG01 Zorggroep Lindewaard",
    "GGZ1": "GGZ1 GGZ Lindewaard",
    "WV01": "WV01 Thuiszorg Waalkant",
    "WV02": "WV02 Wijkzorg Oosterwaal",
    "VVT1": "VVT1 Hooge Hof",
}

#: Organisations that never answered the network survey (32 of 40 did: 80 %).
NON_RESPONDENTS: Final = frozenset({"AP02", "HA02", "HA04", "HA07", "HA10", "OT01", "VVT4", "ZK01"})
#: Respondents whose network-survey answers came on paper (ties_papieren_formulieren.csv).
PAPER_RESPONDENTS: Final = ("HA05", "HA06", "AP01", "FY01", "OT02")

# Network-survey affinity: group of the respondent -> group of the partner -> P(names it).
_GROUP_OF_TYPE: Final[dict[str, str]] = {
    "huisartsenpraktijk": "eerste",
    "huisartsenpost": "eerste",
    "zorggroep": "eerste",
    "apotheek": "eerste",
    "fysiotherapie": "eerste",
    "ziekenhuis": "zh",
    "transferpunt": "zh",
    "wijkverpleging": "thuis",
    "vvt": "thuis",
    "ggz": "ggz",
    "gemeente": "sociaal",
    "welzijn": "sociaal",
    "zorgverzekeraar": "fin",
    "zorgkantoor": "fin",
    "gehandicaptenzorg": "cluster",
}
_GROUP_OF_ORG: Final[dict[str, str]] = {"OT01": "zh", "OT02": "cluster"}
_AFFINITY: Final[dict[str, dict[str, float]]] = {
    "eerste": {
        "eerste": 0.18,
        "zh": 0.45,
        "thuis": 0.25,
        "ggz": 0.35,
        "sociaal": 0.12,
        "fin": 0.15,
    },
    "zh": {"eerste": 0.10, "zh": 0.60, "thuis": 0.45, "ggz": 0.30, "sociaal": 0.10, "fin": 0.60},
    "thuis": {"eerste": 0.15, "zh": 0.55, "thuis": 0.30, "ggz": 0.25, "sociaal": 0.30, "fin": 0.50},
    "ggz": {"eerste": 0.20, "zh": 0.40, "thuis": 0.25, "ggz": 0.80, "sociaal": 0.45, "fin": 0.45},
    "sociaal": {
        "eerste": 0.10,
        "zh": 0.12,
        "thuis": 0.30,
        "ggz": 0.40,
        "sociaal": 0.45,
        "fin": 0.25,
    },
    "fin": {"eerste": 0.10, "zh": 0.80, "thuis": 0.55, "ggz": 0.55, "sociaal": 0.25, "fin": 1.0},
}
FREQUENCY_WORDS: Final = ("never", "yearly", "quarterly", "monthly", "weekly", "daily")

# --------------------------------------------------------------------------------------
# The planted structure
# --------------------------------------------------------------------------------------

BOTTLENECK: Final = "VVT1"
HOSPITAL: Final = "ZH01"
MISSING_LINK: Final = ("GGZ1", "WV02")
ASYMMETRIC: Final = ("HAP1", "ZH01")  # (names the other, does not name back)
POOL: Final = ("WV01", "WV03")  # (overloaded, room)
FRONT_RUNNERS: Final = ("ZG01", "GM01")
CLUSTER: Final = ("GHZ1", "OT02")
CONNECTOR: Final = "WZ02"
LEAVER: Final = "HA10"  # leaves the region between round 1 and round 2
ELV: Final = "eerstelijnsverblijf"

#: The bottleneck's own capacity figures for eerstelijnsverblijf, per round and quarter.
BOTTLENECK_ELV: Final[dict[int, dict[str, tuple[float, ...]]]] = {
    1: {
        "capacity": (95, 92, 92, 88),
        "demand": (117, 122, 127, 125),
        "waiting_list": (12, 17, 23, 31),
        "wait_days": (8.5, 11.0, 14.5, 19.0),
        "vacancies_fte": (4.2, 5.0, 5.8, 6.6),
    },
    2: {
        "capacity": (102, 106, 108, 110),
        "demand": (120, 121, 123, 121),
        "waiting_list": (26, 22, 18, 14),
        "wait_days": (15.0, 13.0, 11.0, 9.5),
        "vacancies_fte": (5.5, 4.6, 4.0, 3.2),
    },
}
#: The adviser's (older, zorgkantoor) figures for the bottleneck's ELV in Q4: a conflict.
ADVISER_CONFLICT: Final[dict[str, float]] = {
    "capacity": 92,
    "demand": 118,
    "waiting_list": 27,
    "wait_days": 16.0,
    "vacancies_fte": 6.0,
}
#: Hospital -> bottleneck discharges: mean clients and median wait per quarter, per round.
TRANSITION: Final[dict[int, dict[str, tuple[float, ...]]]] = {
    1: {"clients": (76, 73, 71, 68), "median_wait_days": (8.0, 10.5, 13.0, 17.0)},
    2: {"clients": (70, 75, 79, 82), "median_wait_days": (14.0, 12.0, 10.0, 8.0)},
}
MERGE_TABLES: Final = ("Regionale ouderenzorgtafel", "Netwerk kwetsbare ouderen Lindewaard")
NO_LEAD_LINE: Final = "arbeidsmarkt"
GAP_DIMENSION: Final = "trust"
CONFIDENTIAL_NAME: Final = "Jolanda Voorbeeldt"

#: Everything planted in round 1, for tests and for the person reading the report.
PLANTED: Final[dict[str, dict[str, Any]]] = {
    "bottleneck": {
        "org_id": BOTTLENECK,
        "service": ELV,
        "utilisation": (1.23, 1.33, 1.38, 1.42),
        "trust_received": "about 1.7 (1-4) from every organisation naming it",
        "note": "receives > 50 % of ZH01's discharges; waits, waiting list and vacancies rise",
    },
    "transition_bottleneck": {
        "from_org": HOSPITAL,
        "to_org": BOTTLENECK,
        "median_wait_days": TRANSITION[1]["median_wait_days"],
        "file": f"{FOLDERS['TP01']}/flows_transferpunt.txt",
    },
    "missing_link": {
        "org_ids": MISSING_LINK,
        "note": "heavy flows both ways and ~70 shared clients in episodes; no tie either way",
    },
    "asymmetric_tie": {
        "from_org": ASYMMETRIC[0],
        "to_org": ASYMMETRIC[1],
        "note": "HAP1 names ZH01 daily with trust/value 4; ZH01 answered but omits HAP1",
    },
    "capacity_pool": {
        "overloaded": POOL[0],
        "room": POOL[1],
        "service": "wijkverpleging",
        "utilisation": (1.3, 0.7),
    },
    "front_runners": {"org_ids": FRONT_RUNNERS, "note": "high in-degree, survey means >= 4"},
    "tables_to_merge": {
        "initiatives": MERGE_TABLES,
        "busy_org": HOSPITAL,
        "busy_org_tables": 10,
        "line_without_lead": NO_LEAD_LINE,
    },
    "perception_gap": {
        "dimension": GAP_DIMENSION,
        "bestuur": 4.2,
        "uitvoering": 2.6,
    },
    "articulation_point": {
        "org_id": CONNECTOR,
        "cluster": CLUSTER,
        "bridge": ("GHZ1", CONNECTOR),
    },
    "non_respondents": {"org_ids": tuple(sorted(NON_RESPONDENTS)), "response_rate": 0.8},
    "confidential_remark": {"file": "survey_samenwerking.csv", "text": CONFIDENTIAL_NAME},
    "suppliers": {"folders": FOLDERS},
}

#: What changes in round 2 ("a year later"); everything else keeps its round-1 value.
PLANTED_ROUND2: Final[dict[str, dict[str, Any]]] = {
    "period": {"value": "2027", "note": "periods, dates and sheet names move one year on"},
    "new_tie": {
        "org_ids": MISSING_LINK,
        "note": "GGZ1 and WV02 name each other (weekly, trust 3-4); a joint initiative starts",
        "initiative": "Samen thuis: GGZ en wijkverpleging",
    },
    "bottleneck_relieved": {
        "org_id": BOTTLENECK,
        "utilisation": (1.18, 1.14, 1.14, 1.10),
        "median_wait_days": TRANSITION[2]["median_wait_days"],
        "note": "more ELV capacity, shorter waits at VVT1 and on ZH01 -> VVT1",
    },
    "organisation_leaves": {
        "org_id": LEAVER,
        "note": "the practice closed; it is gone from every table",
    },
    "trust_improved": {
        "org_ids": (HOSPITAL, BOTTLENECK),
        "note": "ZH01 and VVT1 rate each other's trust ~3.3 (was 2.0 and 2.3)",
    },
}


# --------------------------------------------------------------------------------------
# The planted mess
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mess:
    """One planted data problem, located as a person sees it.

    Attributes
    ----------
    kind : str
        What is wrong, e.g. ``"unknown_org"``, ``"duplicate"``, ``"conflict"``.
    file : str
        Path relative to the region folder, ``/``-separated.
    row : int or None
        1-based row in the file as Excel or an editor shows it (title and header rows
        counted); None when the whole file is meant.
    column : str or None
        The column header as written in the file.
    value : str, int, float or None
        The cell as written (text for CSV, the stored value for xlsx).
    expected : str or None
        What a correct ingest makes of it, e.g. the resolved ``org_id``.
    sheet : str or None
        The sheet, for xlsx files.
    note : str
        Explanation.
    """

    kind: str
    file: str
    row: int | None
    column: str | None
    value: str | int | float | None
    expected: str | None = None
    sheet: str | None = None
    note: str = ""


def _year(round: int) -> int:
    if round not in (1, 2):
        raise ValueError(f"round must be 1 or 2, not {round!r}")
    return 2025 + round


def planted_mess(round: int = 1) -> tuple[Mess, ...]:
    """The planted mess of a round (the same places; years follow the round).

    Parameters
    ----------
    round : int
        1 or 2.

    Returns
    -------
    tuple of Mess
        One entry per planted problem.
    """
    y = _year(round)
    vvt1, zh01, tp01 = FOLDERS["VVT1"], FOLDERS["ZH01"], FOLDERS["TP01"]
    ggz1, hap1, wv01 = FOLDERS["GGZ1"], FOLDERS["HAP1"], FOLDERS["WV01"]
    cap_vvt1 = f"{vvt1}/capacity_hooge_hof.csv"
    cap_root = "capacity_overzicht_zorgkantoor.xlsx"
    key = f"VVT1|{ELV}|{y}-Q4"
    wait = f"{BOTTLENECK_ELV[round]['wait_days'][0]:.1f}"
    own_capacity = int(BOTTLENECK_ELV[round]["capacity"][3])
    adviser_capacity = int(ADVISER_CONFLICT["capacity"])
    return (
        Mess(
            "encoding",
            cap_vvt1,
            2,
            "naam",
            "Zorgcentrum ´t Hooge Hof",
            note="Windows-1252, ';'-separated, CRLF; ´ is byte 0xB4",
        ),
        Mess("decimal_comma", cap_vvt1, 2, "wait_days", wait.replace(".", ","), expected=wait),
        Mess("dutch_date", cap_vvt1, 2, "peildatum", f"31-03-{y}", expected=f"{y}-03-31"),
        Mess(
            "extra_column",
            cap_vvt1,
            1,
            "peildatum",
            "peildatum",
            note="extra columns 'naam' and 'peildatum': kept and reported",
        ),
        Mess(
            "conflict",
            cap_vvt1,
            5,
            "capacity",
            str(own_capacity),
            expected=key,
            note=f"the organisation's own value: it wins over the adviser's {adviser_capacity}",
        ),
        Mess(
            "conflict",
            cap_root,
            2,
            "capacity",
            adviser_capacity,
            expected=key,
            sheet="capacity",
            note="the adviser's (older) value for the same key",
        ),
        Mess(
            "dutch_date",
            f"{vvt1}/episodes_hooge_hof.csv",
            2,
            "start_date",
            f"02-01-{y}",
            expected=f"{y}-01-02",
            note="every date in this Windows-1252 file is DD-MM-YYYY",
        ),
        Mess(
            "missing_value",
            cap_root,
            31,
            "vacancies_fte",
            "n.v.t.",
            sheet="capacity",
            note="VVT4 verpleeghuiszorg Q1",
        ),
        Mess(
            "missing_value",
            cap_root,
            40,
            "waiting_list",
            "onbekend",
            sheet="capacity",
            note="GGZ2 basis-ggz Q2",
        ),
        Mess(
            "missing_value",
            f"{zh01}/flows_ziekenhuis.csv",
            10,
            "median_wait_days",
            "-",
            note="ZH01 -> GGZ1 Q1",
        ),
        Mess(
            "duplicate",
            f"{zh01}/flows_ziekenhuis.csv",
            6,
            None,
            None,
            expected="3",
            note="exact copy of row 3",
        ),
        Mess(
            "duplicate",
            f"{zh01}/flows_ziekenhuis.csv",
            7,
            None,
            None,
            expected="4",
            note="exact copy of row 4",
        ),
        Mess(
            "duplicate",
            f"{zh01}/flows_ziekenhuis.csv",
            8,
            None,
            None,
            expected="5",
            note="exact copy of row 5",
        ),
        Mess(
            "delimiter", f"{tp01}/flows_transferpunt.txt", 1, None, "|", note="'|'-separated .txt"
        ),
        Mess(
            "name_reference",
            f"{tp01}/flows_transferpunt.txt",
            3,
            "from_org",
            "Ziekenhuis Lindewaard bv",
            expected=HOSPITAL,
            note="the official name after normalising case, punctuation and B.V.",
        ),
        Mess(
            "unknown_org",
            f"{tp01}/flows_transferpunt.txt",
            8,
            "to_org",
            "Zorgbureau De Horizon",
            note="matches no organisation: quarantine",
        ),
        Mess(
            "fuzzy_reference",
            f"{ggz1}/flows_ggz.csv",
            4,
            "to_org",
            "Thuiszorg Walkant",
            expected="WV01",
            note="typo of 'Thuiszorg Waalkant' (alias of WV01)",
        ),
        Mess(
            "bom",
            f"{hap1}/flows_hap.csv",
            1,
            "from_org",
            "from_org",
            note="UTF-8 with BOM; monthly periods",
        ),
        Mess(
            "title_rows",
            f"{wv01}/capacity_wijkverpleging.xlsx",
            1,
            None,
            f"Capaciteit wijkverpleging {y} - Stichting Thuiszorg Waalkant",
            sheet=f"Capacity {y}",
            note="title row 1, blank row 2, header in row 3",
        ),
        Mess(
            "stray_spaces",
            f"{wv01}/capacity_wijkverpleging.xlsx",
            3,
            " Org_ID ",
            " Org_ID ",
            expected="org_id",
            sheet=f"Capacity {y}",
            note="header cells with stray spaces and capitals",
        ),
        Mess(
            "trailing_empty",
            f"{wv01}/capacity_wijkverpleging.xlsx",
            12,
            None,
            None,
            sheet=f"Capacity {y}",
            note="rows 12-14 and columns I-J hold formatted empty cells",
        ),
        Mess(
            "out_of_range",
            "ties_papieren_formulieren.csv",
            4,
            "trust_open",
            "7",
            note="trust scores are 1-4",
        ),
        Mess(
            "yes_no_spelling",
            "ties_papieren_formulieren.csv",
            None,
            "referral",
            "x",
            note="x/blank in referral, information, joint_project; 1/0 in shared_staff, "
            "funding; ja/nee in ties_netwerkenquete.xlsx",
        ),
        Mess(
            "not_a_table",
            "notities_overleg.txt",
            None,
            None,
            None,
            note="meeting notes: not recognised, must be reported",
        ),
    )


#: The planted mess of round 1.
PLANTED_MESS: Final[tuple[Mess, ...]] = planted_mess(1)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _quarters(year: int) -> list[str]:
    return [f"{year}-Q{q}" for q in range(1, 5)]


def _rng(seed: int, stream: int) -> np.random.Generator:
    """An independent generator per table, so one table's draws never shift another's."""
    return np.random.default_rng([seed, stream])


def _orgs(round: int) -> tuple[Org, ...]:
    return ORGS if round == 1 else tuple(o for o in ORGS if o.org_id != LEAVER)


def _present(round: int, *org_ids: str) -> bool:
    return round == 1 or LEAVER not in org_ids


def _num(x: Cell, decimal: str = ".") -> str:
    """Text of a number: integers plain, floats with one decimal."""
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, float):
        return f"{x:.1f}".replace(".", decimal)
    return str(int(x))


def client_key(client_no: int) -> str:
    """The region's pseudonym of a (fake) client number, the same at every partner.

    Parameters
    ----------
    client_no : int
        The fake client number.

    Returns
    -------
    str
        ``"K"`` and 15 hex digits of HMAC-SHA256 with :data:`REGION_KEY`.
    """
    digest = hmac.new(REGION_KEY, str(client_no).encode(), hashlib.sha256).hexdigest()
    return "K" + digest[:15]


def _write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    newline: str = "\n",
    decimal: str = ".",
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_num(c, decimal) for c in row])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@dataclass
class _Sheet:
    name: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    title: str | None = None  # a title row and a blank row above the header
    trailing_rows: int = 0  # formatted empty rows below the table
    trailing_cols: int = 0  # formatted empty columns right of the table


def _write_xlsx(path: Path, sheets: Sequence[_Sheet], year: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # in_memory: zip entries get xlsxwriter's fixed 1980 timestamp; 'created' fixes core.xml
    workbook = xlsxwriter.Workbook(str(path), {"in_memory": True})
    workbook.set_properties(
        {"created": dt.datetime(year, 1, 15, 9, 0, 0), "author": "netwerkscan demo"}
    )
    bold = workbook.add_format({"bold": True})
    boxed = workbook.add_format({"border": 1})
    for sheet in sheets:
        ws = workbook.add_worksheet(sheet.name)
        top = 0
        if sheet.title is not None:
            ws.write_string(0, 0, sheet.title, bold)
            top = 2
        ncol = len(sheet.header)
        for j, name in enumerate(sheet.header):
            ws.write_string(top, j, name, bold)
        for j in range(ncol, ncol + sheet.trailing_cols):
            ws.write_blank(top, j, None, boxed)
        for i, row in enumerate(sheet.rows, start=top + 1):
            for j, cell in enumerate(row):
                if isinstance(cell, str):
                    ws.write_string(i, j, cell)
                elif cell is not None:
                    ws.write_number(i, j, cell)
            for j in range(ncol, ncol + sheet.trailing_cols):
                ws.write_blank(i, j, None, boxed)
        last = top + len(sheet.rows)
        for i in range(last + 1, last + 1 + sheet.trailing_rows):
            for j in range(ncol + sheet.trailing_cols):
                ws.write_blank(i, j, None, boxed)
    workbook.close()
    return path


def _mess(round: int, kind: str, file_end: str) -> list[Mess]:
    return [m for m in planted_mess(round) if m.kind == kind and m.file.endswith(file_end)]


def _overwrite(rows: list[Row], header: Sequence[str], mess: Mess, first_row: int = 2) -> None:
    """Put a planted value into its cell, checking it lands on the intended record."""
    assert mess.row is not None and mess.column is not None
    i, j = mess.row - first_row, list(header).index(mess.column)
    if mess.kind in ("name_reference", "fuzzy_reference"):
        assert rows[i][j] == mess.expected, (mess, rows[i])
    rows[i][j] = mess.value


# --------------------------------------------------------------------------------------
# The tables
# --------------------------------------------------------------------------------------

ORG_COLUMNS: Final = ("org_id", "name", "type", "echelon", "municipality", "fte", "aliases")


def _organisations(round: int) -> list[Row]:
    return [
        [o.org_id, o.name, o.type, o.echelon, o.municipality, o.fte, o.aliases or None]
        for o in _orgs(round)
    ]


# Flows: (from, to, flow_type, mean clients per period, median wait days).
FlowSpec = tuple[str, str, str, float, float]

_ZH01_FLOWS: Final[tuple[FlowSpec, ...]] = (
    ("ZH01", "WV01", "discharge", 9, 2.0),
    ("ZH01", "WV02", "discharge", 7, 1.5),
    ("ZH01", "WV03", "discharge", 5, 2.0),
    ("ZH01", "WV04", "discharge", 4, 2.5),
    ("ZH01", "ZH02", "transfer", 9, 3.0),
    ("ZH01", "GGZ1", "referral", 7, 12.0),
    *(
        (o.org_id, "ZH01", "referral", round(o.fte * 9), 28.0)
        for o in ORGS
        if o.type == "huisartsenpraktijk"
    ),
)
_TP01_FLOWS: Final[tuple[FlowSpec, ...]] = (
    ("ZH01", "VVT1", "discharge", 0, 0.0),  # planted: TRANSITION
    ("ZH01", "VVT2", "discharge", 8, 3.0),
    ("ZH01", "VVT3", "discharge", 6, 4.0),
    ("ZH01", "VVT4", "discharge", 4, 3.0),
    ("ZH02", "VVT1", "discharge", 15, 9.0),
    ("ZH02", "VVT2", "discharge", 4, 3.0),
)
_GGZ1_FLOWS: Final[tuple[FlowSpec, ...]] = (
    ("GGZ1", "WV02", "referral", 28, 9.0),
    ("WV02", "GGZ1", "referral", 15, 16.0),
    ("GGZ1", "WV01", "referral", 6, 8.0),
    ("GGZ1", "GGZ2", "referral", 10, 21.0),
    ("GGZ2", "GGZ1", "referral", 12, 35.0),
    ("GGZ1", "GM02", "referral", 8, 14.0),
)
_HAP1_FLOWS: Final[tuple[FlowSpec, ...]] = (
    ("HAP1", "ZH01", "referral", 115, 0.0),
    ("HAP1", "GGZ1", "referral", 7, 1.0),
    ("HAP1", "VVT1", "referral", 4, 2.0),
)
_HOME_CARE: Final = {
    "Lindewaard": "WV01",
    "Oosterwaal": "WV02",
    "Bremveld": "WV03",
    "Dijkhoven": "WV04",
}
_WELFARE: Final = {
    "Lindewaard": "WZ01",
    "Oosterwaal": "WZ01",
    "Dijkhoven": "WZ01",
    "Bremveld": "WZ02",
}
_PHYSIO: Final = {
    "Lindewaard": "FY02",
    "Oosterwaal": "FY02",
    "Dijkhoven": "FY01",
    "Bremveld": "FY01",
}


def _zg01_flow_specs() -> list[FlowSpec]:
    """Yearly referrals of every GP practice, to the partners of its municipality."""
    specs: list[FlowSpec] = []
    for o in ORGS:
        if o.type != "huisartsenpraktijk":
            continue
        m = o.municipality
        specs += [
            (o.org_id, "GGZ1", "referral", o.fte * 5, 42.0),
            (o.org_id, "GGZ2", "referral", o.fte * 7, 24.0),
            (o.org_id, _PHYSIO[m], "referral", o.fte * 9, 6.0),
            (o.org_id, _HOME_CARE[m], "referral", o.fte * 6, 3.0),
            (o.org_id, _WELFARE[m], "referral", o.fte * 2, 10.0),
        ]
    return specs


def _flow_pairs() -> set[tuple[str, str]]:
    """Every (from, to) pair with flows: they also work together, except the missing link."""
    specs = [*_ZH01_FLOWS, *_TP01_FLOWS, *_GGZ1_FLOWS, *_HAP1_FLOWS, *_zg01_flow_specs()]
    return {(a, b) for a, b, *_ in specs}


def _flow_rows(
    rng: np.random.Generator, specs: Sequence[FlowSpec], periods: Sequence[str], round: int
) -> list[Row]:
    """Rows of one flows file, period by period; all draws happen in both rounds."""
    rows: list[Row] = []
    for q, period in enumerate(periods):
        for a, b, kind, mean, wait in specs:
            if (a, b) == (HOSPITAL, BOTTLENECK):
                mean = TRANSITION[round]["clients"][q]
                wait = TRANSITION[round]["median_wait_days"][q]
                noise = 0.0
            else:
                noise = float(rng.normal(0.0, 0.12 * wait + 0.3))
            clients = int(rng.poisson(mean))
            days = round_half(max(0.0, wait + noise))
            if _present(round, a, b):
                rows.append([a, b, period, clients, days, kind])
    return rows


def round_half(x: float) -> float:
    """Round to the nearest half day (medians of integer days are whole or half)."""
    return float(np.round(x * 2.0) / 2.0)


FLOW_COLUMNS: Final = ("from_org", "to_org", "period", "clients", "median_wait_days", "flow_type")


def _write_flows(target: Path, seed: int, round: int) -> list[Path]:
    year = _year(round)
    quarters = _quarters(year)
    written = []

    # The hospital: referrals in and discharges home; three rows repeated by the export.
    rows = _flow_rows(_rng(seed, 10), _ZH01_FLOWS, quarters, round)
    name = f"{FOLDERS['ZH01']}/flows_ziekenhuis.csv"
    dups = _mess(round, "duplicate", name)
    at = dups[0].row
    assert at is not None
    rows[at - 2 : at - 2] = [list(rows[int(m.expected or 0) - 2]) for m in dups]
    for m in _mess(round, "missing_value", name):
        _overwrite(rows, FLOW_COLUMNS, m)
    written.append(_write_csv(target / name, FLOW_COLUMNS, rows))

    # The transferpunt: discharges to the VVTs, '|'-separated, one name and one stranger.
    rows = _flow_rows(_rng(seed, 11), _TP01_FLOWS, quarters, round)
    name = f"{FOLDERS['TP01']}/flows_transferpunt.txt"
    for m in _mess(round, "name_reference", name):
        _overwrite(rows, FLOW_COLUMNS, m)
    (stranger,) = _mess(round, "unknown_org", name)
    assert stranger.row is not None
    rows.insert(stranger.row - 2, [HOSPITAL, stranger.value, quarters[0], 6, 2.0, "discharge"])
    written.append(_write_csv(target / name, FLOW_COLUMNS, rows, delimiter="|"))

    # The GP post: monthly, UTF-8 with BOM, Windows line ends.
    months = [f"{year}-{m:02d}" for m in range(1, 13)]
    rows = _flow_rows(_rng(seed, 12), _HAP1_FLOWS, months, round)
    name = f"{FOLDERS['HAP1']}/flows_hap.csv"
    written.append(
        _write_csv(target / name, FLOW_COLUMNS, rows, encoding="utf-8-sig", newline="\r\n")
    )

    # Mental health: the missing link's flows, and a typo in a name.
    rows = _flow_rows(_rng(seed, 13), _GGZ1_FLOWS, quarters, round)
    name = f"{FOLDERS['GGZ1']}/flows_ggz.csv"
    for m in _mess(round, "fuzzy_reference", name):
        _overwrite(rows, FLOW_COLUMNS, m)
    written.append(_write_csv(target / name, FLOW_COLUMNS, rows))

    # The care group: yearly referrals of the GP practices, as a clean xlsx.
    rows = _flow_rows(_rng(seed, 14), _zg01_flow_specs(), [str(year)], round)
    name = f"{FOLDERS['ZG01']}/flows_eerstelijn.xlsx"
    written.append(_write_xlsx(target / name, [_Sheet(f"Flows {year}", FLOW_COLUMNS, rows)], year))
    return written


# Ties ------------------------------------------------------------------------------------

TIE_COLUMNS: Final = (
    "respondent_org",
    "partner_org",
    "frequency",
    "referral",
    "information",
    "joint_project",
    "shared_staff",
    "funding",
    "trust_reliable",
    "trust_mission",
    "trust_open",
    "value_power",
    "value_involvement",
    "value_resources",
)
_CLUSTER_TIES: Final = {
    ("GHZ1", "OT02"),
    ("OT02", "GHZ1"),
    ("GHZ1", CONNECTOR),
    (CONNECTOR, "GHZ1"),
}
_EXTRA_TIES: Final = {
    ("VVT1", "WV02"),
    ("WV02", "VVT1"),
    (HOSPITAL, BOTTLENECK),
    (BOTTLENECK, HOSPITAL),
    ("TP01", "VVT1"),
}
_FINANCIERS: Final = frozenset({"ZV01", "ZK01", "GM01", "GM02", "GM03", "GM04"})


@dataclass
class _Tie:
    respondent: str
    partner: str
    frequency: int  # 0-5
    kinds: list[bool]  # referral, information, joint_project, shared_staff, funding
    trust: list[int]
    value: list[int]


def _group(org_id: str) -> str:
    return _GROUP_OF_ORG.get(org_id) or _GROUP_OF_TYPE[ORG_BY_ID[org_id].type]


def _forced_ties() -> set[tuple[str, str]]:
    """Ties that exist whatever the dice say: flows imply a working relation."""
    forced = set(_CLUSTER_TIES | _EXTRA_TIES | {ASYMMETRIC})
    for a, b in _flow_pairs():
        if {a, b} == set(MISSING_LINK) or (b, a) == ASYMMETRIC:
            continue
        if a not in NON_RESPONDENTS:
            forced.add((a, b))
        elif b not in NON_RESPONDENTS:
            forced.add((b, a))
    return forced


def _tie_probability(r: str, p: str) -> float:
    gr, gp = _group(r), _group(p)
    if (r, p) in _CLUSTER_TIES:
        return 1.0
    if "cluster" in (gr, gp) or {r, p} == set(MISSING_LINK) or (p, r) == ASYMMETRIC:
        return 0.0  # planted: the cluster hangs on WZ02; the missing link; the asymmetry
    prob = _AFFINITY[gr][gp]
    if ORG_BY_ID[r].municipality == ORG_BY_ID[p].municipality:
        prob *= 1.5
    if p in FRONT_RUNNERS:
        prob = max(prob, 0.85 if gr in ("eerste", "sociaal", "thuis") else 0.6)
    if r in FRONT_RUNNERS:
        prob = max(prob, 0.6)
    return min(prob, 0.9)


def _ties(seed: int, round: int) -> list[_Tie]:
    """The network survey's answers; every pair draws the same numbers in both rounds."""
    rng = _rng(seed, 20)
    forced = _forced_ties()
    flow_pairs = _flow_pairs()
    org_trust = dict(zip(ORG_IDS, rng.normal(0.0, 0.2, len(ORG_IDS)), strict=True))
    ties: list[_Tie] = []
    for r in ORG_IDS:
        if r in NON_RESPONDENTS:
            continue
        for p in ORG_IDS:
            if p == r:
                continue
            # draw everything first, so that the streams never depend on the outcome
            u = float(rng.random())
            freq = int(rng.choice(5, p=[0.15, 0.3, 0.3, 0.18, 0.07])) + 1
            kinds_u = rng.random(5)
            trust_noise = rng.normal(0.0, 0.45, 3)
            value_noise = rng.normal(0.0, 0.45, 3)
            prob = _tie_probability(r, p)
            named = (r, p) in forced or u < prob
            if prob == 0.0 and (r, p) not in _CLUSTER_TIES:
                named = False
            if not named:
                continue
            flows = (r, p) in flow_pairs or (p, r) in flow_pairs
            kinds = [
                flows or kinds_u[0] < 0.3,
                kinds_u[1] < 0.6,
                kinds_u[2] < 0.3,
                kinds_u[3] < 0.08,
                kinds_u[4] < (0.5 if {r, p} & _FINANCIERS else 0.03),
            ]
            trust_mu = 3.5 if p in FRONT_RUNNERS else 3.0 + float(org_trust[p])
            if p == BOTTLENECK:
                trust_mu = 1.6  # planted: low trust received
            value_mu = [
                3.6 if p in _FINANCIERS | {HOSPITAL} else 2.5,
                3.4 if p in FRONT_RUNNERS else (2.2 if p == BOTTLENECK else 2.7),
                3.2 if p in {"ZV01", "ZK01", HOSPITAL} else 2.4,
            ]
            tie = _Tie(
                r,
                p,
                freq,
                kinds,
                [int(np.clip(np.rint(trust_mu + e), 1, 4)) for e in trust_noise],
                [
                    int(np.clip(np.rint(m + e), 1, 4))
                    for m, e in zip(value_mu, value_noise, strict=True)
                ],
            )
            if (r, p) == ASYMMETRIC:
                tie.frequency, tie.trust, tie.value = 5, [4, 4, 4], [4, 4, 4]
            if (r, p) in {(HOSPITAL, BOTTLENECK), ("TP01", BOTTLENECK)}:
                tie.frequency = 5
            ties.append(tie)
    if round == 2:
        ties = _ties_round2(ties)
    return ties


def _ties_round2(ties: list[_Tie]) -> list[_Tie]:
    """Round 2: the leaver is gone, the missing link is made, ZH01-VVT1 trust improved."""
    ties = [t for t in ties if LEAVER not in (t.respondent, t.partner)]
    for t in ties:
        if (t.respondent, t.partner) in {(HOSPITAL, BOTTLENECK), (BOTTLENECK, HOSPITAL)}:
            t.trust = [3, 4, 3] if t.respondent == HOSPITAL else [4, 3, 3]
    a, b = MISSING_LINK
    ties += [
        _Tie(a, b, 4, [True, True, True, False, False], [3, 4, 3], [3, 4, 3]),
        _Tie(b, a, 4, [True, True, True, False, False], [3, 3, 4], [3, 3, 2]),
    ]
    order = {o: i for i, o in enumerate(ORG_IDS)}
    return sorted(ties, key=lambda t: (order[t.respondent], order[t.partner]))


def _write_ties(target: Path, seed: int, round: int) -> list[Path]:
    ties = _ties(seed, round)
    online = [t for t in ties if t.respondent not in PAPER_RESPONDENTS]
    paper = [t for t in ties if t.respondent in PAPER_RESPONDENTS]

    def ja(b: bool) -> str:
        return "ja" if b else "nee"

    rows_online: list[Row] = [
        [
            t.respondent,
            t.partner,
            FREQUENCY_WORDS[t.frequency],
            *map(ja, t.kinds),
            *t.trust,
            *t.value,
        ]
        for t in online
    ]
    rows_paper: list[Row] = [
        [
            t.respondent,
            t.partner,
            t.frequency,
            *("x" if k else "" for k in t.kinds[:3]),
            *("1" if k else "0" for k in t.kinds[3:]),
            *t.trust,
            *t.value,
        ]
        for t in paper
    ]
    for m in _mess(round, "out_of_range", "ties_papieren_formulieren.csv"):
        _overwrite(rows_paper, TIE_COLUMNS, m)
    year = _year(round)
    return [
        _write_xlsx(
            target / "ties_netwerkenquete.xlsx", [_Sheet("ties", TIE_COLUMNS, rows_online)], year
        ),
        _write_csv(
            target / "ties_papieren_formulieren.csv", TIE_COLUMNS, rows_paper, delimiter=";"
        ),
    ]


# Capacity --------------------------------------------------------------------------------

CAPACITY_COLUMNS: Final = (
    "org_id",
    "service",
    "period",
    "capacity",
    "demand",
    "waiting_list",
    "wait_days",
    "vacancies_fte",
)
# (org, service, capacity per quarter, utilisation in Q1, change per quarter, wait days, vacancies)
CapacitySpec = tuple[str, str, float, float, float, float, float]
_OWN_CAPACITY_WV01: Final[tuple[CapacitySpec, ...]] = (
    ("WV01", "wijkverpleging", 410, 1.28, 0.015, 12.0, 9.0),  # planted: overloaded
    ("WV01", "casemanagement dementie", 60, 1.08, 0.01, 20.0, 1.5),
)
_OWN_CAPACITY_VVT1: Final[tuple[CapacitySpec, ...]] = (
    ("VVT1", "verpleeghuiszorg", 60, 1.02, 0.01, 45.0, 3.0),
)
_ADVISER_CAPACITY: Final[tuple[CapacitySpec, ...]] = (
    ("WV02", "wijkverpleging", 260, 0.97, 0.0, 6.0, 3.0),
    ("WV03", "wijkverpleging", 300, 0.69, 0.005, 2.0, 0.5),  # planted: room to spare
    ("WV04", "wijkverpleging", 120, 0.92, 0.01, 4.0, 1.0),
    ("VVT2", ELV, 30, 0.95, 0.0, 4.0, 1.0),
    ("VVT2", "verpleeghuiszorg", 45, 1.04, 0.0, 40.0, 2.5),
    ("VVT3", ELV, 20, 0.85, 0.0, 3.0, 0.5),
    ("VVT3", "verpleeghuiszorg", 35, 1.0, 0.0, 38.0, 1.5),
    ("VVT4", "verpleeghuiszorg", 15, 0.9, 0.0, 30.0, 0.5),
    ("GGZ1", "specialistische ggz", 180, 1.12, 0.01, 55.0, 6.0),
    ("GGZ2", "basis-ggz", 90, 1.05, 0.0, 28.0, 1.0),
)


def _capacity_rows(rng: np.random.Generator, specs: Sequence[CapacitySpec], year: int) -> list[Row]:
    rows: list[Row] = []
    for org, service, cap, util, trend, wait, vac in specs:
        for q, period in enumerate(_quarters(year)):
            capacity = int(np.rint(cap * (1 + rng.normal(0.0, 0.01))))
            u = util + trend * q + float(rng.normal(0.0, 0.01))
            demand = int(np.rint(capacity * u))
            waiting = max(
                0, int(np.rint((demand - capacity) * 0.5 + cap * 0.03 + rng.normal(0, 2)))
            )
            wait_days = round_half(max(0.5, wait * max(u, 0.6) * (1 + 0.05 * q) + rng.normal(0, 1)))
            vacancies = float(np.round(max(0.0, vac + rng.normal(0.0, 0.3)), 1))
            rows.append([org, service, period, capacity, demand, waiting, wait_days, vacancies])
    return rows


def _bottleneck_rows(year: int, round: int) -> list[Row]:
    elv = BOTTLENECK_ELV[round]
    return [
        [BOTTLENECK, ELV, period, *(elv[c][q] for c in CAPACITY_COLUMNS[3:])]
        for q, period in enumerate(_quarters(year))
    ]


def _write_capacity(target: Path, seed: int, round: int) -> list[Path]:
    year = _year(round)
    rng = _rng(seed, 30)
    written = []

    # WV01 (overloaded): an xlsx with a title, a blank row, messy headers, trailing cells.
    name = f"{FOLDERS['WV01']}/capacity_wijkverpleging.xlsx"
    (title,) = _mess(round, "title_rows", name)
    header = (
        " Org_ID ",
        "Service ",
        " Period",
        "Capacity",
        " Demand ",
        "Waiting_List",
        "wait_days ",
        "Vacancies_FTE",
    )
    sheet = _Sheet(
        f"Capacity {year}",
        header,
        _capacity_rows(rng, _OWN_CAPACITY_WV01, year),
        title=str(title.value),
        trailing_rows=3,
        trailing_cols=2,
    )
    written.append(_write_xlsx(target / name, [sheet], year))

    # VVT1 (the bottleneck): Windows-1252, ';', decimal comma, Dutch dates, extra columns.
    name = f"{FOLDERS['VVT1']}/capacity_hooge_hof.csv"
    (enc,) = _mess(round, "encoding", name)
    rows = _bottleneck_rows(year, round) + _capacity_rows(rng, _OWN_CAPACITY_VVT1, year)
    ends = [f"31-03-{year}", f"30-06-{year}", f"30-09-{year}", f"31-12-{year}"]
    rows = [[*r[:3], enc.value, ends[int(str(r[2])[-1]) - 1], *r[3:]] for r in rows]
    header_vvt1 = (*CAPACITY_COLUMNS[:3], "naam", "peildatum", *CAPACITY_COLUMNS[3:])
    written.append(
        _write_csv(
            target / name,
            header_vvt1,
            rows,
            delimiter=";",
            encoding="cp1252",
            newline="\r\n",
            decimal=",",
        )
    )

    # The adviser's overview (from the zorgkantoor): the conflict first, then the rest.
    conflict: Row = [BOTTLENECK, ELV, f"{year}-Q4", *ADVISER_CONFLICT.values()]
    rows = [conflict, *_capacity_rows(rng, _ADVISER_CAPACITY, year)]
    name = "capacity_overzicht_zorgkantoor.xlsx"
    for m in _mess(round, "missing_value", name):
        _overwrite(rows, CAPACITY_COLUMNS, m)
    written.append(_write_xlsx(target / name, [_Sheet("capacity", CAPACITY_COLUMNS, rows)], year))
    return written


# Episodes --------------------------------------------------------------------------------

EPISODE_COLUMNS: Final = ("client_key", "org_id", "start_date", "end_date", "service")
Episode = tuple[int, str, int, int, str]  # client number, org, start day, end day, service


def _episodes(seed: int) -> list[Episode]:
    """Client journeys as day offsets in the year (end past day 364: still ongoing)."""
    rng = _rng(seed, 40)
    eps: list[Episode] = []
    client = 100_000

    def days(low: int, high: int) -> int:
        return int(rng.integers(low, high))

    # planted: ~70 clients shared by GGZ1 and WV02 (the missing link)
    for _ in range(70):
        client += 1
        s = days(2, 270)
        e = s + days(60, 240)
        s2 = s + days(7, 60)
        eps += [
            (client, "GGZ1", s, e, "specialistische ggz"),
            (client, "WV02", s2, s2 + days(30, 200), "wijkverpleging"),
        ]
    for _ in range(110):
        client += 1
        s = days(2, 330)
        eps.append((client, "GGZ1", s, s + days(40, 300), "specialistische ggz"))
    for _ in range(140):
        client += 1
        s = days(2, 340)
        service = "wijkverpleging" if rng.random() < 0.8 else "persoonlijke verzorging"
        eps.append((client, "WV02", s, s + days(20, 250), service))
    # the bottleneck's ELV clients; some go home with WV02 afterwards
    for i in range(300):
        client += 1
        s = 1 if i == 0 else days(2, 350)  # day 1 = 2 January: the file's first row
        e = s + days(10, 60)
        eps.append((client, BOTTLENECK, s, e, ELV))
        if rng.random() < 0.12:
            e2 = e + days(0, 4)
            eps.append((client, "WV02", e2, e2 + days(20, 120), "wijkverpleging"))
    for _ in range(40):
        client += 1
        s = days(2, 300)
        eps.append((client, BOTTLENECK, s, s + 999, "verpleeghuiszorg"))
    return eps


def _write_episodes(target: Path, seed: int, round: int) -> list[Path]:
    year = _year(round)
    jan1 = dt.date(year, 1, 1)
    eps = _episodes(seed)
    files = {
        "GGZ1": (f"{FOLDERS['GGZ1']}/episodes_ggz.csv", "%Y-%m-%d", "utf-8", ","),
        "WV02": (f"{FOLDERS['WV02']}/episodes_wijkzorg.csv", "%Y-%m-%d", "utf-8", ","),
        BOTTLENECK: (f"{FOLDERS['VVT1']}/episodes_hooge_hof.csv", "%d-%m-%Y", "cp1252", ";"),
    }
    written = []
    for org, (name, fmt, encoding, delimiter) in files.items():
        mine = sorted((s, client_key(c), e, svc) for c, o, s, e, svc in eps if o == org)
        rows: list[Row] = [
            [
                key,
                org,
                (jan1 + dt.timedelta(days=s)).strftime(fmt),
                (jan1 + dt.timedelta(days=e)).strftime(fmt) if e <= 364 else None,
                svc,
            ]
            for s, key, e, svc in mine
        ]
        newline = "\r\n" if encoding == "cp1252" else "\n"
        written.append(
            _write_csv(
                target / name,
                EPISODE_COLUMNS,
                rows,
                delimiter=delimiter,
                encoding=encoding,
                newline=newline,
            )
        )
    return written


# Survey ----------------------------------------------------------------------------------

#: Mean score per dimension for bestuur, management, uitvoering (before rounding to 1-5).
_LAYER_MEANS: Final[dict[str, tuple[float, float, float]]] = {
    "ambition": (4.0, 3.8, 3.5),
    "trust": (4.15, 3.4, 2.35),  # planted: the perception gap
    "governance": (3.5, 3.1, 2.9),
    "leadership": (3.6, 3.3, 3.0),
    "finance": (2.8, 2.7, 2.8),
    "capacity": (2.9, 2.6, 2.3),
    "perseverance": (3.7, 3.4, 3.2),
}
_FRONT_RUNNER_MEAN: Final = 4.6
_ORG_DIMENSION_SHIFT: Final = {("VVT1", "capacity"): -0.6, ("WV01", "capacity"): -0.5}
#: Respondents per organisation: (bestuur, management, uitvoering).
SURVEY_RESPONDENTS: Final[dict[str, tuple[int, int, int]]] = {
    "HA01": (1, 0, 2), "HA02": (1, 0, 1), "HA03": (1, 1, 2), "HA04": (1, 0, 1),
    "HA05": (1, 0, 2), "HA06": (1, 0, 1), "HA07": (0, 0, 1), "HA08": (1, 1, 2),
    "HA09": (1, 0, 1), "HAP1": (1, 1, 3), "ZG01": (2, 2, 4), "ZH01": (2, 4, 10),
    "ZH02": (1, 2, 3), "WV01": (1, 2, 6), "WV02": (1, 2, 5), "WV03": (1, 1, 4),
    "WV04": (1, 1, 3), "VVT1": (1, 2, 6), "VVT2": (1, 2, 5), "VVT3": (1, 1, 4),
    "VVT4": (1, 1, 2), "GGZ1": (2, 2, 5), "GGZ2": (1, 1, 2), "GHZ1": (1, 1, 3),
    "AP01": (1, 0, 1), "AP02": (1, 0, 0), "FY01": (1, 0, 1), "WZ01": (1, 1, 3),
    "WZ02": (1, 0, 2), "GM01": (2, 2, 3), "GM02": (1, 2, 2), "GM03": (1, 1, 2),
    "GM04": (1, 1, 1), "ZV01": (1, 2, 0), "ZK01": (1, 1, 0), "TP01": (0, 1, 3),
    "OT01": (1, 1, 2), "OT02": (1, 0, 1),
}  # fmt: skip
_REMARKS: Final = (
    "Goede samenwerking met het wijkteam, korte lijnen.",
    "Te veel overleggen, te weinig resultaat.",
    "Wachttijden voor ELV-bedden zijn een groot probleem.",
    "Onduidelijk wie de regie heeft in de regio.",
    "Financiering loopt per organisatie, niet per netwerk.",
    "Meer tijd nodig voor afstemming met de huisarts.",
    "Het bestuur praat wel, maar op de werkvloer merken we er weinig van.",
    "Graag één gezamenlijk dossier; nu bellen we alles na.",
)
_CONFIDENTIAL_REMARK: Final = (
    f"Overleg met {CONFIDENTIAL_NAME} (tel. 06-00000000) over de overdracht loopt moeizaam."
)


def _survey_rows(seed: int) -> tuple[list[str], list[Row]]:
    rng = _rng(seed, 50)
    items = [f"{d}_{n}" for d in DIMENSIONS for n in (1, 2, 3)]
    org_effect = dict(zip(ORG_IDS, rng.normal(0.0, 0.25, len(ORG_IDS)), strict=True))
    rows: list[Row] = []
    planted_remark = False
    for org, counts in SURVEY_RESPONDENTS.items():
        for layer_index, n in enumerate(counts):
            for _ in range(n):
                person = float(rng.normal(0.0, 0.3))
                noise = rng.normal(0.0, 0.55, len(items))
                blank = rng.random(len(items)) < 0.04
                remark_u, remark_pick = float(rng.random()), int(rng.integers(len(_REMARKS)))
                scores: list[Cell] = []
                for k, item in enumerate(items):
                    dim = item.rsplit("_", 1)[0]
                    if org in FRONT_RUNNERS:
                        mu = _FRONT_RUNNER_MEAN
                    else:
                        mu = _LAYER_MEANS[dim][layer_index] + float(org_effect[org])
                        mu += _ORG_DIMENSION_SHIFT.get((org, dim), 0.0)
                    score = int(np.clip(np.rint(mu + person + noise[k]), 1, 5))
                    scores.append(None if blank[k] else score)
                remark = _REMARKS[remark_pick] if remark_u < 0.15 else None
                if org == BOTTLENECK and LAYERS[layer_index] == "uitvoering" and not planted_remark:
                    remark, planted_remark = _CONFIDENTIAL_REMARK, True
                rows.append([org, LAYERS[layer_index], *scores, remark])
    order = rng.permutation(len(rows))
    rows = [[f"R{i + 1:03d}", *rows[j]] for i, j in enumerate(order)]
    return ["respondent_id", "org_id", "layer", *items, "remarks"], rows


def _write_survey(target: Path, seed: int, round: int) -> list[Path]:
    header, rows = _survey_rows(seed)
    rows = [r for r in rows if _present(round, str(r[1]))]
    return [_write_csv(target / "survey_samenwerking.csv", header, rows, newline="\r\n")]


# Initiatives -----------------------------------------------------------------------------

INITIATIVE_COLUMNS: Final = ("initiative", "org_id", "development_line", "role", "status")
# (initiative, development line, status, lead or None, members)
InitiativeSpec = tuple[str, str, str, str | None, tuple[str, ...]]
_ELDERLY: Final = ("ZH01", "VVT1", "VVT2", "VVT3", "WV01", "WV02", "ZG01", "ZK01", "GM01")
INITIATIVES: Final[tuple[InitiativeSpec, ...]] = (
    (MERGE_TABLES[0], "ouderenzorg", "running", "GM01", (*_ELDERLY, "TP01")),
    (MERGE_TABLES[1], "ouderenzorg", "running", "ZG01", _ELDERLY),
    (
        "Doorstroom ziekenhuis-VVT",
        "ouderenzorg",
        "running",
        "ZH01",
        ("ZH01", "ZH02", "TP01", "VVT1", "VVT2", "VVT3", "VVT4", "ZK01"),
    ),
    (
        "Keten acute zorg",
        "acute zorg",
        "running",
        "HAP1",
        ("HAP1", "ZH01", "ZH02", "OT01", "ZG01", "HA01"),
    ),
    (
        "GGZ en wijk",
        "ggz en sociaal domein",
        "idea",
        "GGZ2",
        ("GGZ2", "GGZ1", "GM02", "WZ01", "HA03", "ZG01"),
    ),
    (
        "Mentale gezondheid jongeren",
        "preventie",
        "running",
        "GM02",
        ("GM02", "GM03", "GGZ2", "WZ01", "ZV01"),
    ),
    (
        "Samen sterk in de wijk",
        "preventie",
        "running",
        "GM01",
        ("GM01", "WZ01", "WV01", "WV03", "HA01", "HA02", "FY01", "AP01"),
    ),
    (
        "Digitale overdracht",
        "digitalisering",
        "running",
        "ZH01",
        ("ZH01", "TP01", "VVT1", "VVT2", "VVT3", "VVT4", "WV01", "WV02", "WV03", "WV04"),
    ),
    (
        "Regionaal zorgportaal",
        "digitalisering",
        "stopped",
        "ZV01",
        ("ZV01", "ZG01", "ZH01", "AP01", "AP02", "HA08"),
    ),
    (
        "Regionaal werkgeversplatform zorg",
        NO_LEAD_LINE,
        "running",
        None,
        ("ZH01", "VVT1", "VVT2", "WV01", "WV02", "GGZ1", "GHZ1"),
    ),
    (
        "Opleidingsalliantie verpleegkundigen",
        NO_LEAD_LINE,
        "idea",
        None,
        ("ZH01", "VVT1", "VVT3", "WV01", "WV04"),
    ),
    (
        "Medicatieveiligheid thuis",
        "passende zorg",
        "running",
        "AP01",
        ("AP01", "AP02", "WV02", "HA04", "ZG01", "ZH01"),
    ),
    (
        "Valpreventie 65+",
        "preventie",
        "finished",
        "FY01",
        ("FY01", "FY02", "WZ02", "GM04", "WV03", "ZH01"),
    ),
)
_INITIATIVE_ROUND2: Final[InitiativeSpec] = (
    PLANTED_ROUND2["new_tie"]["initiative"],
    "ggz en sociaal domein",
    "running",
    "GGZ1",
    ("GGZ1", "WV02", "GM02"),
)


def _write_initiatives(target: Path, round: int) -> list[Path]:
    specs = INITIATIVES if round == 1 else (*INITIATIVES, _INITIATIVE_ROUND2)
    rows: list[Row] = [
        [name, org, line, "lead" if org == lead else "participant", status]
        for name, line, status, lead, members in specs
        for org in members
        if _present(round, org)
    ]
    return [_write_csv(target / "initiatives.csv", INITIATIVE_COLUMNS, rows)]


# The adviser's other files -----------------------------------------------------------------


def _write_region_toml(target: Path, seed: int, round: int) -> Path:
    text = (
        f"# Fictitious demo region, written by scan/demo.py (seed {seed}, round {round}).\n"
        "# Do not edit by hand: run `python -m scan.data.demo` instead.\n"
        f'name = "{REGION_NAME}"\n'
        f'period = "{_year(round)}"\n'
        "\n"
        "[defaults]\n"
        "suppression_threshold = 5\n"
    )
    path = target / "region.toml"
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def _write_notes(target: Path, round: int) -> Path:
    y = _year(round)
    text = (
        f"Notities overleg zorgkantoor en transferpunt, 12-02-{y}\n"
        "\n"
        "- ELV-bedden Hooge Hof structureel vol; wachtlijst loopt op.\n"
        "- Zorgkantoor levert capaciteitscijfers per kwartaal aan (zie overzicht).\n"
        "- Volgende keer: afspraken over spoedplaatsingen in het weekend.\n"
    )
    path = target / "notities_overleg.txt"
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


# --------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------


def generate_demo(target: Path, seed: int = DEFAULT_SEED, round: int = 1) -> list[Path]:
    """Write the demo region's complete data package into ``target``.

    Only the files listed in the module docstring are written (and overwritten);
    anything else in ``target`` is left alone.

    Parameters
    ----------
    target : Path
        The region folder, e.g. ``data/raw/demo``; created when missing.
    seed : int
        Seed of every random draw; the same seed gives byte-identical files.
    round : int
        1 for the first scan (period 2026), 2 for the follow-up a year later
        (period 2027, with the changes of :data:`PLANTED_ROUND2`).

    Returns
    -------
    list of Path
        The written files, sorted.

    Raises
    ------
    ValueError
        If ``round`` is not 1 or 2.
    """
    year = _year(round)
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    written = [
        _write_region_toml(target, seed, round),
        _write_xlsx(
            target / "organisations.xlsx",
            [_Sheet("organisations", ORG_COLUMNS, _organisations(round))],
            year,
        ),
        *_write_ties(target, seed, round),
        *_write_flows(target, seed, round),
        *_write_capacity(target, seed, round),
        *_write_episodes(target, seed, round),
        *_write_survey(target, seed, round),
        *_write_initiatives(target, round),
        _write_notes(target, round),
    ]
    return sorted(written)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m scan.data.demo [target] [--seed N] [--round 1|2]``.

    ``target`` defaults to ``data/raw/demo`` under :func:`scan.config.project_root`.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments; ``sys.argv[1:]`` when None.

    Returns
    -------
    int
        Exit status (0).
    """
    parser = argparse.ArgumentParser(
        prog="python -m scan.data.demo", description="Write the demo region's data package."
    )
    parser.add_argument(
        "target",
        nargs="?",
        type=Path,
        default=None,
        help="region folder to write (default: data/raw/demo under the project root)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--round", type=int, choices=(1, 2), default=1)
    args = parser.parse_args(argv)
    target = args.target if args.target is not None else config.raw_dir("demo")
    paths = generate_demo(target, seed=args.seed, round=args.round)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
