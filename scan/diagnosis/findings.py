"""The diagnosis: bottlenecks and quick wins, each explained and backed by evidence.

:func:`diagnose` turns a region's data and analysis into :class:`Findings`:
ranked bottlenecks (organisations and transitions), how stable their ranking
is, what happens when an organisation drops out (resilience) and the quick
wins. Every :class:`Finding` carries a stable ``id``, the organisations
involved (``org_id`` and name), its scores with the contribution of every
factor, the evidence (numbers and the tables they come from), a confidence
with its reasons and one plain sentence in Dutch and English.

What a finding is lives in :mod:`scan.diagnosis.model`, its sentences in
:mod:`scan.diagnosis.sentences`. Outputs: :func:`~scan.diagnosis.serialise.to_json` /
:func:`~scan.diagnosis.serialise.write_findings_json` (the interface the
follow-up scan reads, documented in ``docs/findings.md``; byte-identical for
the same input) and :func:`~scan.diagnosis.workbook.write_findings_xlsx` (the
adviser's workbook). All of them can still be imported from here.

Confidentiality
---------------
Findings never hold client keys or survey remarks (they are never read here).
Counts of people below the suppression threshold (default 5) are written as
``"<5"`` in texts, JSON and workbook (:class:`scan.diagnosis.evidence.Count`).
Organisations appear by ``org_id`` in the evidence and by name only in
``organisations`` and in the sentences, which are rendered from templates:
:meth:`Findings.with_names` re-renders everything with other names (codes for
the anonymised report).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from scan.data.model import ScanData
from scan.diagnosis import bottlenecks as bn
from scan.diagnosis import quickwins as qw
from scan.diagnosis import signals
from scan.diagnosis.evidence import (
    Confidence,
    Count,
    Level,
    Message,
    Num,
    Org,
    Orgs,
    Pct,
    Term,
    count,
    is_missing,
    known_count,
    num,
    response_level,
)
from scan.diagnosis.measures import organisation_measures
from scan.diagnosis.model import FINDING_KINDS, DiagnosisParams, Finding, Findings, OrgRef
from scan.diagnosis.resampling import resampled_factors
from scan.diagnosis.sentences import render, texts
from scan.diagnosis.serialise import (
    FORMAT_VERSION,
    finding_dict,
    to_dict,
    to_frame,
    to_json,
    write_findings_json,
)
from scan.diagnosis.workbook import WORKBOOK_CREATED, write_findings_xlsx
from scan.disclosure import complement_table, derived, is_suppressed

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis

# --------------------------------------------------------------------------------------
# Building the findings
# --------------------------------------------------------------------------------------


def _f(x: Any) -> float | None:
    return num(x)


def _why(factor: str, raw: pd.Series, threshold: int) -> Message:
    """The reason phrase of a bottleneck factor, with its figures (none that would give a
    suppressed count back)."""
    key = f"why.{factor}"
    if factor == "flow_share":
        return Message.of(key, share=Pct(float(raw["flow_share"])))
    if factor == "flow_betweenness":
        return Message.of(key, share=Pct(float(raw["route_share"])))
    if factor == "few_alternatives":
        return Message.of(key, share=Pct(float(raw["sender_dependence"])))
    if factor == "utilisation":
        service = raw.get("worst_service")
        if is_missing(derived(raw["utilisation_max"], raw["demand"], threshold=threshold)):
            # beside a demand of "<5" the percentage names it (133 % of 3 places is 4)
            return Message.of("why.utilisation_small")
        share = Pct(float(raw["utilisation_max"]))
        if is_missing(service) or not str(service):  # no service named: say it without
            return Message.of("why.utilisation_no_service", share=share)
        return Message.of(key, service=str(service), share=share)
    if factor == "waiting":
        days, people = raw.get("wait_days"), raw.get("waiting_list")
        if not is_missing(days) and not is_missing(people):
            return Message.of(key, days=Num(float(days), 0), people=count(people))
        if not is_missing(days):
            return Message.of("why.waiting_days", days=Num(float(days), 0))
        return Message.of("why.waiting_list", people=count(people))
    if factor == "vacancies":
        return Message.of(key, fte=Num(float(raw["vacancies_fte"]), 1))
    if factor == "low_trust":
        return Message.of(key, trust=Num(float(raw["trust_received"]), 1))
    return Message.of(key)


def _top_reasons(
    contributions: Mapping[str, float],
    factors: Mapping[str, float],
    n: int = 3,
    min_value: float = 0.25,
) -> list[str]:
    """The factors a sentence names: the largest contributions, of factors that are clearly
    present (value at least ``min_value``); the largest one when none is."""
    ranked = sorted(
        (f for f, c in contributions.items() if c > 1e-9),
        key=lambda f: (-round(contributions[f], 12), f),
    )
    clear = [f for f in ranked if factors.get(f, 0.0) >= min_value - 1e-12]
    return (clear or ranked[:1])[:n]


def _senders(analysis: Analysis, org: str, threshold: int, limit: int = 5) -> list[dict[str, Any]]:
    """The largest senders to ``org``, as they may be published beside its inflow.

    The inflow is shown, so one suppressed sender would be the inflow minus the
    others: a second one is hidden (null) with it, and the shares of a hidden
    sender's outflow, which give its clients back, too.
    """
    if analysis.dependencies is None:
        return []
    s = analysis.dependencies.shares
    s = s[s["to_org"].astype(str) == org]
    s = s.sort_values(["clients", "from_org"], ascending=[False, True]).reset_index(drop=True)
    hidden = complement_table(
        s["clients"], [s["to_org"]], threshold, unshown=pd.Series(s.index >= limit)
    )
    return [
        {
            "org_id": str(r["from_org"]),
            "clients": Count(
                count(r["clients"]).n,
                hidden=bool(hidden[i]) and not is_suppressed(r["clients"], threshold),
            ),
            "share_of_their_outflow": None
            if hidden[i]
            else derived(float(r["share_of_outflow"]), r["clients"], threshold=threshold),
        }
        for i, r in s.head(limit).iterrows()
    ]


def _orgs(ids: Iterable[str], names: Mapping[str, str]) -> tuple[OrgRef, ...]:
    return tuple(OrgRef(str(v), names.get(str(v), str(v))) for v in ids)


def _net_scores(analysis: Analysis) -> Mapping[str, Any]:
    return analysis.network.scores if analysis.network is not None else {}


def supporting_network_issues(analysis: Analysis, p: DiagnosisParams) -> list[tuple[Level, str]]:
    """What the network survey takes off the confidence of a finding it only supports.

    Bottlenecks and transitions rest on flows and capacity; the network adds
    articulation points, trust and one-sided ties. Without it, or with a
    response rate below the low-confidence band (:func:`signals.structure_known`),
    those parts are unknown and the finding is ``moderate``, never lower: less
    information never gives more confidence (one respondent out of nine is no
    better than none). Findings that rest on the network itself use
    :func:`scan.diagnosis.quickwins.network_issues`.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> supporting_network_issues(NS(network=None), DiagnosisParams())
    [('moderate', 'no_network_data')]
    >>> supporting_network_issues(NS(network=NS(scores={"response_rate": 0.1})), DiagnosisParams())
    [('moderate', 'structure_unknown')]
    >>> supporting_network_issues(NS(network=NS(scores={"response_rate": 0.7})), DiagnosisParams())
    [('moderate', 'response_rate_moderate')]
    """
    if analysis.network is None:
        return [("moderate", "no_network_data")]
    if not signals.structure_known(analysis.network.scores, p):
        return [("moderate", "structure_unknown")]
    return qw.network_issues(analysis)


def _bottleneck_message(
    org: str,
    reasons: tuple[Message, ...],
    held_up: bool,
    unknown: Iterable[str],
    row: pd.Series,
) -> Message:
    """The sentence of a bottleneck: held up, or critical with its pressure (partly) unknown."""
    if held_up:
        return Message.of("bottleneck", org=Org(org), reasons=reasons)
    missing = tuple(Term("missing", f) for f in unknown if bn.FACTORS[f] == "pressure")
    if is_missing(row["pressure"]):
        return Message.of("bottleneck_unknown", org=Org(org), reasons=reasons)
    return Message.of("bottleneck_partly_unknown", org=Org(org), reasons=reasons, missing=missing)


def listing(scores: pd.DataFrame, weights: Mapping[str, float], p: DiagnosisParams) -> pd.Series:
    """Which organisations are listed as bottlenecks, and why.

    ``held_up``: critical (criticality level at least ``min_criticality``) and
    under pressure or strained (level at least ``min_held_up``), score at least
    ``min_score``; levels count the known factors only. ``pressure_unknown``:
    not held up by what is known, but structurally critical (level at least
    ``min_critical_unknown``) and the pressure could reach ``min_held_up`` with
    the factors nobody delivered, while what is known of it is not all zero.
    ``""``: not listed. A group's *level* is its contributions / its weight.

    Examples
    --------
    >>> v = pd.DataFrame(dict.fromkeys(bn.FACTORS, 0.0), index=["H", "Y"])
    >>> v.loc["H", ["flow_share", "few_alternatives", "articulation_point"]] = 1.0
    >>> v.loc["H", ["utilisation", "waiting", "trend", "vacancies"]] = float("nan")
    >>> w = bn.BottleneckWeights().normalised()
    >>> listing(bn.score_table(v, w, bn.FACTORS), w, DiagnosisParams()).tolist()
    ['pressure_unknown', '']
    """
    gw = {g: sum(w for f, w in weights.items() if bn.FACTORS[f] == g) for g in bn.GROUPS}

    def level(col: pd.Series, g: str) -> pd.Series:
        return col / gw[g] if gw[g] > 0 else pd.Series(1.0, index=scores.index)

    known = {g: level(scores[g].fillna(0.0), g) for g in bn.GROUPS}
    held = [g for g in ("pressure", "strain") if gw[g] > 0]
    held_up = (
        pd.concat([known[g] for g in held], axis=1).max(axis=1)
        if held
        else pd.Series(1.0, index=scores.index)
    )
    ok = (
        (scores["score"] >= p.min_score - 1e-12)
        & (known["criticality"] >= p.min_criticality - 1e-12)
        & (held_up >= p.min_held_up - 1e-12)
    )
    could = level(scores["pressure"].fillna(0.0) + scores["unknown_pressure"], "pressure")
    some = scores["pressure"].isna() | (scores["pressure"] > 1e-12)
    unknown = (
        ~ok
        & (gw["pressure"] > 0)
        & (known["criticality"] >= p.min_critical_unknown - 1e-12)
        & (could >= p.min_held_up - 1e-12)
        & some
    )
    return pd.Series(
        np.where(ok, "held_up", np.where(unknown, "pressure_unknown", "")), index=scores.index
    )


def _bottleneck_findings(
    data: ScanData,
    analysis: Analysis,
    p: DiagnosisParams,
    of: bn.OrgFactors,
    scores: pd.DataFrame,
    listed: list[str],
    stab: bn.Stability,
    names: Mapping[str, str],
    status: Mapping[str, str],
) -> tuple[Finding, ...]:
    out = []
    dep_source = analysis.dependencies.source if analysis.dependencies is not None else None
    structure = signals.structure_known(_net_scores(analysis), p)
    t = p.suppression_threshold
    for rank, org in enumerate(listed, start=1):
        raw = of.raw.loc[org]
        row = scores.loc[org]
        factors = {f: float(of.values.at[org, f]) for f in bn.FACTORS}
        contributions = {f: float(row[f"c_{f}"]) for f in bn.FACTORS}
        unknown = [f for f in bn.FACTORS if not bool(of.known.at[org, f])]
        issues = supporting_network_issues(analysis, p)
        missing = 0
        if analysis.network is None or not structure:
            missing += 1
        if dep_source is None:
            issues.append(("moderate", "no_flow_data"))
            missing += 1
        periods = int(raw.get("capacity_periods") or 0)
        if periods == 0:
            issues.append(("moderate", "no_capacity_data"))
            missing += 1
        elif periods == 1:
            issues.append(("moderate", "single_capacity_period"))
        if int(raw["trust_raters"]) < p.caps.min_trust_raters:
            issues.append(("moderate", "few_trust_raters"))
        if missing >= 2:
            issues.append(("low", "sparse_data"))
        held_up = status[org] == "held_up"
        if not held_up:
            # listed for its position alone: whether it holds up the flow is not known
            issues.append(("low", "pressure_unknown"))
        st = None
        if org in stab.organisations.index:
            srow = stab.organisations.loc[org]
            st = {
                "top3_share": float(srow["top3_share"]),
                "rank_p05": float(srow["rank_p05"]),
                "rank_p95": float(srow["rank_p95"]),
                "label": str(srow["label"]),
            }
            if st["label"] in (
                "depends_on_weighting",
                "depends_on_unknown_data",
                "depends_on_sample",
            ):
                issues.append(("moderate", st["label"]))
        sources = [s for s in (dep_source,) if s]
        if periods:
            sources.append("capacity")
        if analysis.network is not None:
            sources.append("ties")
        evidence = {
            "status": status[org],
            "unknown_factors": unknown,
            "flow_share": _f(raw["flow_share"]),
            "inflow": known_count(raw["inflow"]) if dep_source else None,
            "outflow": known_count(raw["outflow"]) if dep_source else None,
            "flow_betweenness": _f(raw["flow_betweenness"]),
            "route_share": _f(raw["route_share"]),
            "pass_through": known_count(raw["pass_through"]) if dep_source else None,
            "articulation_point": None
            if is_missing(raw["articulation_point"]) or not structure
            else bool(raw["articulation_point"]),
            "sender_dependence": _f(raw["sender_dependence"]),
            "absorbable_share": _f(derived(raw["absorbable_share"], raw["demand"], threshold=t)),
            "senders": _senders(analysis, org, t),
            "capacity_period": None
            if "capacity_period" not in analysis.organisations.columns
            or is_missing(analysis.organisations.at[org, "capacity_period"])
            else str(analysis.organisations.at[org, "capacity_period"]),
            "capacity_periods": periods,
            # demand = capacity × utilisation, waiting list = places × ratio: with a
            # suppressed count its capacity and ratios stay out (the sentence's % alone says
            # nothing about how many)
            "utilisation": _f(derived(raw["utilisation"], raw["demand"], threshold=t)),
            "utilisation_worst_service": _f(
                derived(raw["utilisation_max"], raw["demand"], threshold=t)
            ),
            "worst_service": None
            if is_missing(raw["worst_service"])
            else str(raw["worst_service"]),
            "capacity": _f(derived(raw["capacity"], raw["demand"], threshold=t)),
            "demand": known_count(raw["demand"]),
            "waiting_list": known_count(raw["waiting_list"]),
            "waiting_list_per_place": _f(
                derived(raw["waiting_list_ratio"], raw["waiting_list"], threshold=t)
            ),
            "wait_days": _f(raw["wait_days"]),
            "utilisation_slope": _f(raw["utilisation_slope"]),
            "waiting_list_slope": _f(raw["waiting_list_slope"]),
            "wait_days_slope": _f(raw["wait_days_slope"]),
            "vacancies_fte": _f(raw["vacancies_fte"]),
            "fte": _f(raw["fte"]),
            "vacancy_ratio": _f(raw["vacancy_ratio"]),
            "trust_received": _f(raw["trust_received"]),
            "trust_raters": int(raw["trust_raters"]),
            "one_sided_share": _f(raw["one_sided_share"]),
            "one_sided_region_norm": _f(raw["region_norm"]),
        }
        reasons = tuple(_why(f, raw, t) for f in _top_reasons(contributions, factors))
        message = _bottleneck_message(org, reasons, held_up, unknown, scores.loc[org])
        out.append(
            Finding(
                id=f"B-{org}",
                kind="bottleneck",
                rank=rank,
                organisations=_orgs([org], names),
                score=float(row["score"]),
                scores={g: float(row[g]) for g in bn.GROUPS},
                factors=factors,
                contributions=contributions,
                evidence=evidence,
                sources=tuple(dict.fromkeys(sources)),
                confidence=Confidence.of(issues),
                colour=None,
                message=message,
                text=texts(message, names, p.suppression_threshold),
                stability=st,
            )
        )
    return tuple(out)


def _why_transition(factor: str, row: Mapping[str, Any]) -> Message:
    key = f"why_t.{factor}"
    if factor == "volume":
        return Message.of(key, clients=count(row["clients"]))
    if factor == "wait":
        return Message.of(
            key, days=Num(float(row["wait_days"]), 0), usual=Num(float(row["usual_wait_days"]), 0)
        )
    if factor == "wait_trend":
        return Message.of(
            key, first=Num(float(row["wait_first"]), 0), last=Num(float(row["wait_last"]), 0)
        )
    if factor == "receiver_pressure":
        return Message.of(key, to_org=Org(str(row["to_org"])))
    if factor == "low_trust":
        # the receiver's trust received, from at least three raters (never the pair's own)
        return Message.of(
            key, to_org=Org(str(row["to_org"])), trust=Num(float(row["receiver_trust"]), 1)
        )
    return Message.of(key)


def _transition_findings(
    analysis: Analysis, p: DiagnosisParams, ts: pd.DataFrame, names: Mapping[str, str]
) -> tuple[Finding, ...]:
    if len(ts) == 0 or analysis.dependencies is None:  # transitions come from the flows
        return ()
    keep = ts[
        (ts["score"] >= p.min_transition_score - 1e-12)
        & (ts["clients"] >= p.min_transition_clients)
        & ((ts["pressure"].fillna(0.0) + ts["strain"].fillna(0.0)) > 1e-12)
    ].head(p.top_n)
    out = []
    facts = list(bn.TRANSITION_FACTORS)
    for rank, row in enumerate(keep.to_dict("records"), start=1):
        a, b = str(row["from_org"]), str(row["to_org"])
        contributions = {f: float(row[f"c_{f}"]) for f in facts}
        issues = supporting_network_issues(analysis, p)
        if int(row["periods"]) < p.caps.min_trend_periods:
            issues.append(("moderate", "few_periods"))
        if not row["known_low_trust"]:
            issues.append(("moderate", "few_trust_raters"))
        if not row["known_receiver_pressure"]:
            issues.append(("moderate", "no_capacity_data"))
        sources = [analysis.dependencies.source]
        if row["known_low_trust"]:
            sources.append("ties")
        if row["known_receiver_pressure"]:
            sources.append("capacity")
        values = {f: float(row[f]) for f in facts}
        reasons = tuple(_why_transition(f, row) for f in _top_reasons(contributions, values))
        message = Message.of("transition", from_org=Org(a), to_org=Org(b), reasons=reasons)
        out.append(
            Finding(
                id=f"T-{a}-{b}",
                kind="transition",
                rank=rank,
                organisations=_orgs([a, b], names),
                score=float(row["score"]),
                scores={g: float(row[g]) for g in bn.GROUPS if g in row},
                factors=values,
                contributions=contributions,
                evidence={
                    "clients": count(row["clients"]),
                    "share_of_region": _f(row["share_of_region"]),
                    "flow_type": row["flow_type"] or None,
                    "periods": int(row["periods"]),
                    "wait_days": _f(row["wait_days"]),
                    "usual_wait_days": _f(row["usual_wait_days"]),
                    "wait_ratio": _f(row["wait_ratio"]),
                    "wait_first": _f(row["wait_first"]),
                    "wait_last": _f(row["wait_last"]),
                    "wait_slope": _f(row["wait_slope"]),
                    # one rater each: never shown (the adviser has them in monitor.json)
                    "trust_from_to": None,
                    "trust_to_from": None,
                    # demand = capacity × utilisation: not beside the receiver's "<5"
                    "receiver_utilisation": _f(
                        derived(
                            row["receiver_utilisation"],
                            row["receiver_demand"],
                            threshold=p.suppression_threshold,
                        )
                    ),
                },
                sources=tuple(sources),
                confidence=Confidence.of(issues),
                colour=None,
                message=message,
                text=texts(message, names, p.suppression_threshold),
            )
        )
    return tuple(out)


def _resilience_findings(
    analysis: Analysis, p: DiagnosisParams, res: pd.DataFrame, names: Mapping[str, str]
) -> tuple[Finding, ...]:
    out = []
    t = p.suppression_threshold
    res = res[res["score"] > 1e-12].head(p.top_n)
    for rank, row in enumerate(res.to_dict("records"), start=1):
        org = str(row["org_id"])
        lost = list(row["cut_off"])
        absorb = row["absorbable_share"]
        known = not is_missing(absorb)
        if not known:
            absorb_msg = Message.of("absorb.unknown")
        elif float(absorb) < 0.005:
            absorb_msg = Message.of("absorb.none")
        elif is_missing(derived(absorb, row["demand"], threshold=t)):
            # demand = room ÷ share: beside a demand of "<5" only that there is room
            absorb_msg = Message.of("absorb.some")
        else:
            absorb_msg = Message.of("absorb.share", share=Pct(float(absorb)))
        issues: list[tuple[Level, str]] = []
        parts = int(row.get("parts", 0) or 0)
        # no rest of the network when no part is larger than the others (a star's hub)
        cut = "_apart" if row.get("falls_apart") else ("" if len(lost) > 1 else "_one")
        if row["inflow"] > 0 and lost:
            message = Message.of(
                f"resilience_both{cut}",
                org=Org(org),
                clients=count(row["inflow"]),
                absorb=absorb_msg,
                orgs=Orgs(tuple(lost)),
                parts=parts,
            )
        elif row["inflow"] > 0:
            message = Message.of(
                "resilience_flow", org=Org(org), clients=count(row["inflow"]), absorb=absorb_msg
            )
        else:
            message = Message.of(
                f"resilience_network{cut}", org=Org(org), orgs=Orgs(tuple(lost)), parts=parts
            )
        if row["inflow"] > 0 and not known:
            issues.append(("moderate", "no_capacity_data"))
        if lost:
            issues += qw.network_issues(analysis)
        sources = []
        if row["inflow"] > 0 and analysis.dependencies is not None:
            sources.append(analysis.dependencies.source)
        if known:
            sources.append("capacity")
        if lost:
            sources.append("ties")
        out.append(
            Finding(
                id=f"R-{org}",
                kind="resilience",
                rank=rank,
                organisations=_orgs([org, *lost], names),
                score=float(row["score"]),
                scores={
                    "flow_risk": float(row["flow_risk"]),
                    "network_risk": float(row["network_risk"]),
                },
                factors={},
                contributions={},
                evidence={
                    "inflow": known_count(row["inflow"]),
                    "outflow": known_count(row["outflow"]),
                    "share_of_region": _f(row["share_of_region"]),
                    "senders": _senders(analysis, org, t, len(row["senders"]) or 5),
                    "demand": known_count(row["demand"]),
                    "room_elsewhere": known_count(row["room_elsewhere"]),
                    "absorbable_share": _f(derived(absorb, row["demand"], threshold=t)),
                    "cut_off": lost,
                    "parts": parts,
                },
                sources=tuple(sources),
                confidence=Confidence.of(issues),
                colour=None,
                message=message,
                text=texts(message, names, p.suppression_threshold),
            )
        )
    return tuple(out)


def _quick_win_findings(
    items: list[qw.QuickWin], p: DiagnosisParams, names: Mapping[str, str]
) -> tuple[Finding, ...]:
    out = []
    for rank, q in enumerate(items, start=1):
        c = q.candidate
        out.append(
            Finding(
                id=q.id,
                kind=q.kind,
                rank=rank,
                organisations=_orgs(c.org_ids, names),
                score=q.priority,
                scores={
                    "impact": q.impact,
                    "effort": q.effort,
                    "readiness": q.readiness,
                    "priority": q.priority,
                    "contract": q.contract,
                },
                factors={"impact": q.impact, "ease": 1.0 - q.effort, "readiness": q.readiness},
                contributions=dict(q.contributions),
                evidence=dict(c.evidence),
                sources=c.sources,
                confidence=Confidence.of(q.issues),
                colour=q.colour,
                message=c.message,
                text=texts(c.message, names, p.suppression_threshold),
            )
        )
    return tuple(out)


def _data_summary(data: ScanData, analysis: Analysis, p: DiagnosisParams) -> dict[str, Any]:
    net = analysis.network
    rate = num(net.scores.get("response_rate")) if net is not None else None
    return {
        "organisations": len(data.organisations),
        "respondents": int(net.scores["respondents"]) if net is not None else 0,
        "response_rate": rate,
        "network_confidence": response_level(rate) if net is not None else None,
        "structure_known": signals.structure_known(net.scores, p) if net is not None else None,
        "flow_floor": p.flow_floor,
        "flow_source": analysis.dependencies.source if analysis.dependencies is not None else None,
        "families": {
            name: getattr(analysis, name) is not None
            for name in ("network", "dependencies", "capacity", "readiness", "governance")
        },
        "skipped": dict(sorted(analysis.skipped.items())),
    }


def diagnose(data: ScanData, analysis: Analysis, params: DiagnosisParams | None = None) -> Findings:
    """Find the bottlenecks and quick wins of a region, each with its evidence.

    Parameters
    ----------
    data : ScanData
        The region's clean tables (names, types, initiative members).
    analysis : scan.analysis.analyse.Analysis
        From :func:`scan.analysis.analyse.analyse` on the same data.
    params : DiagnosisParams, optional
        Default: :meth:`DiagnosisParams.for_region` with the analysis' seed.

    Returns
    -------
    Findings

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo
    >>> none = pd.DataFrame()
    >>> data = ScanData(region=RegionInfo(key="x", name="X"),
    ...     organisations=pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"],
    ...                                 "type": ["vvt", "ggz"]}),
    ...     ties=pd.DataFrame({"respondent_org": ["A", "B"], "partner_org": ["B", "A"]}),
    ...     flows=none, episodes=none, capacity=none, survey=none, initiatives=none)
    >>> f = diagnose(data, analyse(data))
    >>> len(f.bottlenecks), len(f.quick_wins), f.data["network_confidence"]
    (0, 0, 'high')
    """
    p = params or DiagnosisParams.for_region(data.region, seed=int(analysis.params.seed))
    names = data.org_names()
    structure = signals.structure_known(_net_scores(analysis), p)
    of = bn.organisation_factors(
        analysis,
        data.organisations,
        p.caps,
        min_clients=p.flow_floor,
        structure_known=structure,
        threshold=p.suppression_threshold,
    )
    w = p.weights.normalised()
    scores = bn.score_table(of.values, w, bn.FACTORS)
    status = listing(scores, w, p)
    ranked = scores.sort_values("rank")
    # what is known to hold up the flow first, then what is critical with its pressure unknown
    listed = [
        str(v)
        for kind in ("held_up", "pressure_unknown")
        for v in ranked.index[status.reindex(ranked.index).to_numpy() == kind]
    ][: p.top_n]
    # the same ranking once more for other samples of respondents and clients
    resampled = resampled_factors(
        analysis,
        of,
        p.caps,
        draws=p.draws,
        seed=p.seed,
        min_clients=p.flow_floor,
        structure_known=structure,
    )
    stab = bn.stability(
        of.values,
        w,
        draws=p.draws,
        concentration=p.concentration,
        seed=p.seed,
        min_share=p.robust_share,
        min_rho=p.robust_rho,
        focus=listed,
        min_known=p.unknown_min_known,
        resampled=resampled,
    )
    bottlenecks = _bottleneck_findings(
        data, analysis, p, of, scores, listed, stab, names, status.to_dict()
    )

    tf = bn.transition_factors(analysis, of, p.caps)
    ts = bn.transition_scores(tf, p.transition_weights)
    transitions = _transition_findings(analysis, p, ts, names)

    cands = bn.resilience_candidates(
        scores.loc[listed], analysis, top_n=p.top_n, structure_known=structure
    )
    res = bn.resilience(analysis, cands, org_factors=of, caps=p.caps, structure_known=structure)
    resilience = _resilience_findings(analysis, p, res, names)

    wins = qw.quick_wins(
        data, analysis, p.quick_wins, suppression_threshold=p.suppression_threshold
    )
    quick = _quick_win_findings(wins, p, names)

    org_scores = of.values.join(scores)
    org_scores.insert(0, "name", [names.get(str(v), str(v)) for v in org_scores.index])
    org_scores["listed"] = [str(v) in set(listed) for v in org_scores.index]
    org_scores["status"] = [status[v] if str(v) in set(listed) else "" for v in org_scores.index]
    org_scores = org_scores.sort_values("rank")
    return Findings(
        region=data.region,
        params=p,
        data=_data_summary(data, analysis, p),
        bottlenecks=bottlenecks,
        transitions=transitions,
        resilience=resilience,
        quick_wins=quick,
        stability=stab,
        organisation_scores=org_scores,
        names=dict(names),
        organisations=organisation_measures(analysis, dict(names), p),
    )


__all__ = [
    "FINDING_KINDS",
    "FORMAT_VERSION",
    "WORKBOOK_CREATED",
    "DiagnosisParams",
    "Finding",
    "Findings",
    "OrgRef",
    "diagnose",
    "finding_dict",
    "listing",
    "render",
    "supporting_network_issues",
    "to_dict",
    "to_frame",
    "to_json",
    "write_findings_json",
    "write_findings_xlsx",
]
