"""A scan's round as the follow-up reads it: findings.json, monitor.json and positions.json.

:func:`write_monitor` writes what the follow-up needs beyond the findings
(the tie list, readiness per layer, capacity, initiatives); :func:`load_round`
reads an earlier scan back; :func:`round_from_data` makes the current round.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from scan.analysis.readiness import gaps_shown, layers_shown
from scan.config import SEED, confidential_for
from scan.diagnosis.serialise import plain as _plain
from scan.disclosure import SUPPRESSION_THRESHOLD, suppress
from scan.errors import ScanError
from scan.files import write_text_atomic

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis
    from scan.data.model import ScanData
    from scan.diagnosis.model import DiagnosisParams, Findings

MONITOR_FORMAT = "netwerkscan-monitor"
POSITIONS_FORMAT = "netwerkscan-positions"
#: Version of monitor.json and positions.json; raised when keys change meaning.
MONITOR_VERSION = 1
#: The layer key of the whole region in the readiness rows.
ALL_LAYERS = "all"
_FREQ_LEVEL = {"never": 0, "yearly": 1, "quarterly": 2, "monthly": 3, "weekly": 4, "daily": 5}


def number(value: Any) -> float:
    """A stored number as float; NaN for null, ``"<5"`` or anything else.

    Examples
    --------
    >>> number(3), number("<5"), number(None)
    (3.0, nan, nan)
    """
    if value is None or isinstance(value, str):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def beyond(delta: float, threshold: float) -> bool:
    """Whether a difference counts as a change: known, and at least ``threshold`` either way.

    Examples
    --------
    >>> beyond(0.1, 0.1), beyond(-0.2, 0.1), beyond(0.05, 0.1), beyond(math.nan, 0.1)
    (True, True, False, False)
    """
    return not math.isnan(delta) and abs(delta) >= threshold - 1e-9


# --------------------------------------------------------------------------------------
# Rounds: findings.json + monitor.json + positions.json
# --------------------------------------------------------------------------------------


def monitor(
    data: ScanData, analysis: Analysis, *, threshold: int = SUPPRESSION_THRESHOLD
) -> dict[str, Any]:
    """What the follow-up scan needs beyond ``findings.json``, as plain data.

    Parameters
    ----------
    data : ScanData
        The region's clean tables (organisations, initiatives).
    analysis : Analysis
        From :func:`scan.analysis.analyse.analyse` on the same data.
    threshold : int
        Counts of people below it are stored as ``"<N"`` (and readiness rows
        with fewer respondents carry no mean).

    Returns
    -------
    dict
        ``format``, ``version``, ``region``, ``organisations`` (``org_id``,
        ``name``, ``type``, ``aliases``), ``respondents``, ``ties``
        (``respondent_org``, ``partner_org``, ``frequency``, ``trust``,
        ``value``), ``network`` (region figures), ``capacity`` (per
        organisation, latest period), ``services`` (per organisation and
        service, latest period), ``readiness`` (``layer`` incl. ``"all"``,
        ``dimension``, ``mean``, ``sd``, ``n``), ``gaps``, ``initiatives``,
        ``load``, ``transitions`` (per pair with clients: ``from_org``,
        ``to_org``, ``wait_days``, ``clients``). The tie list holds every
        respondent's ratings of its partners: it is the adviser's file, never
        a partner's.
    """
    orgs = []
    for o in data.organisations.itertuples(index=False):
        aliases = getattr(o, "aliases", None)
        orgs.append(
            {
                "org_id": str(o.org_id),
                "name": str(o.name),
                "type": None if pd.isna(o.type) else str(o.type),
                "aliases": [a.strip() for a in str(aliases).split("|") if a.strip()]
                if isinstance(aliases, str)
                else [],
            }
        )
    doc: dict[str, Any] = {
        "format": MONITOR_FORMAT,
        "version": MONITOR_VERSION,
        "region": {"key": data.region.key, "name": data.region.name, "period": data.region.period},
        "organisations": orgs,
        "respondents": [],
        "ties": [],
        "network": None,
        "capacity": [],
        "services": [],
        "readiness": [],
        "gaps": [],
        "initiatives": [],
        "load": [],
    }
    net = analysis.network
    if net is not None:
        G = net.graph
        doc["respondents"] = sorted(str(n) for n, a in G.nodes(data=True) if a.get("respondent"))
        doc["ties"] = [
            {
                "respondent_org": str(u),
                "partner_org": str(v),
                "frequency": d.get("frequency"),
                "trust": d.get("trust"),
                "value": d.get("value"),
            }
            for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
        ]
        keys = ("ties", "density", "reciprocity", "mean_trust", "mean_value", "response_rate")
        doc["network"] = {k: net.scores.get(k) for k in keys}
    cap = analysis.capacity
    if cap is not None:
        for r in cap.organisations.reset_index().itertuples(index=False):
            doc["capacity"].append(
                {
                    "org_id": str(r.org_id),
                    "period": str(r.period),
                    "utilisation": r.utilisation,
                    "wait_days": r.wait_days,
                    "waiting_list": suppress(r.waiting_list, threshold),
                }
            )
        u = cap.utilisation.sort_values(["org_id", "service", "period_start"])
        latest = u.groupby(["org_id", "service"], dropna=False).tail(1)
        for r in latest.itertuples(index=False):
            doc["services"].append(
                {
                    "org_id": str(r.org_id),
                    "service": None if pd.isna(r.service) else str(r.service),
                    "period": str(r.period),
                    "utilisation": r.utilisation,
                }
            )
    ready = analysis.readiness
    if ready is not None:
        # a small layer is hidden, and a second one with it: the region's n and mean are here
        # too, and would give the one hidden layer back by subtraction
        layer_ok = layers_shown(ready.by_layer, threshold).to_numpy(bool)
        region_ok = (ready.region["n_respondents"] >= threshold).to_numpy(bool)
        for layer, table, ok in (
            (ALL_LAYERS, ready.region, region_ok),
            (None, ready.by_layer, layer_ok),
        ):
            for r, shown in zip(table.itertuples(index=False), ok, strict=True):
                n = int(r.n_respondents)
                name = layer if layer is not None else str(r.layer)
                doc["readiness"].append(
                    {
                        "layer": name,
                        "dimension": str(r.dimension),
                        "mean": r.score if shown else None,
                        "sd": r.sd if shown else None,
                        "n": suppress(n, threshold) if shown or n < threshold else None,
                    }
                )
        gap_ok = gaps_shown(ready.gaps, ready.by_layer, threshold).to_numpy(bool)
        for r, both in zip(ready.gaps.itertuples(index=False), gap_ok, strict=True):
            # a gap to a shown layer gives a hidden layer's mean back
            doc["gaps"].append(
                {
                    "dimension": str(r.dimension),
                    "layer_a": str(r.layer_a),
                    "layer_b": str(r.layer_b),
                    "gap": r.gap if both else None,
                    "ci_low": r.ci_low if both else None,
                    "ci_high": r.ci_high if both else None,
                    "significant": bool(r.significant) if both else None,
                    "n_a": suppress(r.n_a, threshold) if both else None,
                    "n_b": suppress(r.n_b, threshold) if both else None,
                }
            )
    inits = data.initiatives
    if len(inits):
        for name, group in inits.groupby("initiative", sort=True):
            status = group["status"].dropna().astype(str) if "status" in group else pd.Series()
            role = group["role"].astype("string") if "role" in group else pd.Series(dtype="string")
            doc["initiatives"].append(
                {
                    "initiative": str(name),
                    "status": status.iloc[0] if len(status) else None,
                    "members": sorted(str(o) for o in group["org_id"].dropna()),
                    "leads": sorted(
                        str(o) for o in group.loc[role.eq("lead").fillna(False), "org_id"]
                    ),
                }
            )
    gov = analysis.governance
    if gov is not None:
        for org, r in gov.load.iterrows():
            doc["load"].append(
                {
                    "org_id": str(org),
                    "tables": int(r["initiatives"]),
                    "too_many": bool(r["too_many"]),
                }
            )
    doc["transitions"] = _transitions(analysis, threshold)
    plain: dict[str, Any] = _plain(doc)
    return plain


def _transitions(analysis: Analysis, threshold: int) -> list[dict[str, Any]]:
    """Every transfer's wait (as the diagnosis measures it), for the change agenda."""
    from scan.diagnosis.bottlenecks import transition_waits

    frame = transition_waits(analysis)
    if not len(frame):
        return []
    return [
        {
            "from_org": str(r.from_org),
            "to_org": str(r.to_org),
            "wait_days": r.wait_days,
            "clients": suppress(int(r.clients), threshold),
        }
        for r in frame.sort_values(["from_org", "to_org"]).itertuples(index=False)
    ]


def _dump(doc: Mapping[str, Any], path: Path) -> Path:
    return write_text_atomic(
        path, json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    )


def positions_doc(positions: Mapping[Any, Sequence[float]], seed: int) -> dict[str, Any]:
    """``positions.json`` as plain data: org_id → [x, y] (6 decimals)."""
    return {
        "format": POSITIONS_FORMAT,
        "version": MONITOR_VERSION,
        "seed": int(seed),
        "positions": {
            str(k): [round(float(v[0]), 6), round(float(v[1]), 6)]
            for k, v in sorted(positions.items(), key=lambda kv: str(kv[0]))
        },
    }


def _read_json(path: Path) -> dict[str, Any]:
    """A JSON object from ``path``; anything else (binary, not JSON, not an object) stops."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # ValueError: not UTF-8, or not JSON
        raise ScanError("error.unreadable_findings", path=path, detail=str(error)[:200]) from None
    if not isinstance(doc, dict):
        raise ScanError("error.not_round_file", path=path)
    return doc


def read_positions(path: Path) -> dict[str, tuple[float, float]]:
    """The positions stored by :func:`write_monitor` (org_id → (x, y)).

    Raises
    ------
    ScanError
        When the file is not a positions file that can be read.
    """
    try:
        return {
            str(k): (float(v[0]), float(v[1]))
            for k, v in dict(_read_json(path).get("positions") or {}).items()
        }
    except (TypeError, ValueError, IndexError, KeyError) as error:
        raise ScanError("error.unreadable_findings", path=path, detail=str(error)[:200]) from None


def write_monitor(
    data: ScanData,
    analysis: Analysis,
    folder: Path,
    *,
    positions: Mapping[Hashable, Sequence[float]] | None = None,
    seed: int = SEED,
    threshold: int = SUPPRESSION_THRESHOLD,
) -> list[Path]:
    """Write ``monitor.json`` (and ``positions.json`` when given) beside ``findings.json``.

    The report should call this with its output folder and the positions of
    its network map, so next year's scan can compare with it.

    Returns
    -------
    list of Path
        The files written.
    """
    out = [_dump(monitor(data, analysis, threshold=threshold), folder / "monitor.json")]
    if positions is not None:
        out.append(_dump(positions_doc(positions, seed), folder / "positions.json"))
    return out


@dataclass(frozen=True)
class Round:
    """What one scan leaves for the follow-up.

    Attributes
    ----------
    findings : dict
        ``findings.json`` (:func:`scan.diagnosis.findings.to_dict`).
    monitor : dict or None
        ``monitor.json`` (:func:`monitor`); None for a scan that did not write it.
    positions : dict or None
        Map positions by ``org_id``.
    source : str
        Where it came from (for the method note).
    """

    findings: dict[str, Any]
    monitor: dict[str, Any] | None = None
    positions: dict[str, tuple[float, float]] | None = None
    source: str = ""

    @property
    def period(self) -> str:
        """The round's period (or its region key)."""
        region = self.findings.get("region", {})
        return str(region.get("period") or region.get("key") or "")


def round_from_data(
    data: ScanData,
    analysis: Analysis | None = None,
    findings: Findings | None = None,
    *,
    params: DiagnosisParams | None = None,
    positions: Mapping[Hashable, Sequence[float]] | None = None,
) -> Round:
    """A round computed from a region's data (analysed and diagnosed when not given).

    Parameters
    ----------
    data : ScanData
    analysis : Analysis, optional
    findings : Findings, optional
    params : DiagnosisParams, optional
        Default: the region's (``region.toml``).
    positions : mapping, optional
    """
    from scan.analysis.analyse import AnalysisParams, analyse
    from scan.diagnosis.findings import DiagnosisParams, diagnose, to_dict

    p = params if params is not None else DiagnosisParams.for_region(data.region)
    if analysis is None:
        analysis = analyse(data, AnalysisParams(seed=p.seed))
    if findings is None:
        findings = diagnose(data, analysis, p)
    pos = {str(k): (float(v[0]), float(v[1])) for k, v in (positions or {}).items()}
    return Round(
        findings=to_dict(findings),
        monitor=monitor(data, analysis, threshold=p.suppression_threshold),
        positions=pos or None,
        source=str(data.region.key),
    )


def load_round(path: str | Path, *, params: DiagnosisParams | None = None) -> Round:
    """The baseline: a report folder, a ``findings.json``, or a region's data folder.

    The round's files lie in the adviser-only folder (``confidential/<region>``):
    that folder, or its report folder (``reports/<region>``, whose confidential
    folder :func:`scan.config.confidential_for` finds), or a folder of an older
    scan that kept them beside its report. The folder of the ``findings.json``
    may hold ``monitor.json`` and ``positions.json`` too (a ``monitor`` key
    inside ``findings.json`` is used first). A folder with no ``findings.json``
    in either place is read as a region's raw data and scanned (with ``params``).

    Raises
    ------
    ScanError
        When the path holds none of these, not a netwerkscan findings file, a file
        that cannot be read as one (binary, not JSON), or raw data without a
        usable organisation list or rows (it would make every organisation new).
    """
    p = Path(path)
    if p.is_dir() and not (p / "findings.json").is_file():
        held = confidential_for(p)
        if (held / "findings.json").is_file():
            p = held
    if p.is_dir() and not (p / "findings.json").is_file():
        if not any(p.iterdir()):
            raise ScanError("error.no_baseline", path=p)
        from scan.analysis.analyse import AnalysisParams, analyse
        from scan.analysis.layout import layout
        from scan.data.merge import load_region, usable_problem
        from scan.diagnosis.findings import DiagnosisParams, diagnose

        data = load_region(p)
        stop = usable_problem(data, rows=True)
        if stop is not None:
            raise ScanError(f"error.baseline.{stop}", path=p)
        prm = params if params is not None else DiagnosisParams.for_region(data.region)
        analysis = analyse(data, AnalysisParams(seed=prm.seed))
        findings = diagnose(data, analysis, prm)
        pos = layout(analysis.network.graph, seed=prm.seed) if analysis.network is not None else {}
        return replace(
            round_from_data(data, analysis, findings, params=prm, positions=pos), source=str(p)
        )
    file = p if p.is_file() else p / "findings.json"
    if not file.is_file():
        raise ScanError("error.no_findings", path=p)
    doc = _read_json(file)
    if doc.get("format") != "netwerkscan-findings":
        raise ScanError("error.not_findings", path=file)
    mon = doc.get("monitor")
    if mon is None and (file.parent / "monitor.json").is_file():
        mon = _read_json(file.parent / "monitor.json")
    pos_file = file.parent / "positions.json"
    stored = read_positions(pos_file) if pos_file.is_file() else None
    return Round(findings=doc, monitor=mon, positions=stored, source=str(file))
