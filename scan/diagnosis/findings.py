"""The diagnosis: bottlenecks and quick wins, each explained and backed by evidence.

:func:`diagnose` turns a region's data and analysis into :class:`Findings`:
ranked bottlenecks (organisations and transitions), how stable their ranking
is, what happens when an organisation drops out (resilience) and the quick
wins. Every :class:`Finding` carries a stable ``id``, the organisations
involved (``org_id`` and name), its scores with the contribution of every
factor, the evidence (numbers and the tables they come from), a confidence
with its reasons and one plain sentence in Dutch and English.

Outputs: :func:`to_json` / :func:`write_findings_json` (the interface the
follow-up scan reads, documented in ``docs/findings.md``; byte-identical for
the same input) and :func:`write_findings_xlsx` (the adviser's workbook).

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

import datetime as _dt
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from scan.data.model import RegionInfo, ScanData
from scan.diagnosis import bottlenecks as bn
from scan.diagnosis import quickwins as qw
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
    num,
    response_level,
)
from scan.text import fmt
from scan.text.messages import FINDING_WORDS, LANGS, Lang, finding_text, finding_word

#: Version of the findings.json layout; raised when keys change meaning.
FORMAT_VERSION = 1
#: The workbook's fixed 'created' date, so the file is the same for the same input.
WORKBOOK_CREATED = _dt.datetime(2026, 1, 1)

FINDING_KINDS: tuple[str, ...] = ("bottleneck", "transition", "resilience", *qw.KINDS)


@dataclass(frozen=True)
class DiagnosisParams:
    """The parameters of the diagnosis; every one has a documented default.

    Attributes
    ----------
    seed : int
        Seed of the weight perturbation (stability).
    suppression_threshold : int
        Counts of people below it are shown as ``"<N"``.
    weights : BottleneckWeights
        Weights of the organisation bottleneck factors.
    transition_weights : TransitionWeights
        Weights of the transition factors.
    caps : Caps
        Normalisation bounds of the factors.
    quick_wins : QuickWinParams
        Thresholds and weights of the quick-win rules.
    top_n : int
        Longest list of bottlenecks, of transitions and of resilience findings.
    min_score : float
        Smallest bottleneck score listed.
    min_criticality : float
        Smallest criticality level (the group's contributions / its weight, 0-1).
    min_held_up : float
        Smallest pressure or strain level (0-1): a bottleneck must be critical
        *and* under pressure or strained.
    min_transition_score : float
        Smallest transition score listed.
    min_transition_clients : int
        Fewest clients for a transition to be listed.
    draws : int
        Weight draws for the stability.
    concentration : float
        Dirichlet concentration around the default weights.
    robust_share : float
        Share of draws a top-3 organisation must stay in the top 3.
    robust_rho : float
        Smallest 5th percentile of the rank correlation for "robust".
    decimals : int
        Decimals of floats in the JSON file.

    Examples
    --------
    >>> p = DiagnosisParams(seed=2026)
    >>> p.suppression_threshold, p.weights.utilisation, p.quick_wins.max_per_kind
    (5, 0.15, 3)
    """

    seed: int = 0
    suppression_threshold: int = 5
    weights: bn.BottleneckWeights = field(default_factory=bn.BottleneckWeights)
    transition_weights: bn.TransitionWeights = field(default_factory=bn.TransitionWeights)
    caps: bn.Caps = field(default_factory=bn.Caps)
    quick_wins: qw.QuickWinParams = field(default_factory=qw.QuickWinParams)
    top_n: int = 10
    min_score: float = 0.2
    min_criticality: float = 0.05
    min_held_up: float = 0.25
    min_transition_score: float = 0.4
    min_transition_clients: int = 10
    draws: int = 1000
    concentration: float = 30.0
    robust_share: float = 0.8
    robust_rho: float = 0.8
    decimals: int = 3

    @classmethod
    def for_region(
        cls,
        region: RegionInfo,
        *,
        weights: Mapping[str, float] | None = None,
        **overrides: Any,
    ) -> DiagnosisParams:
        """Defaults, the region's ``region.toml`` defaults, then ``overrides``.

        Parameters
        ----------
        region : RegionInfo
            Its ``defaults`` may set ``suppression_threshold`` and ``seed``.
        weights : mapping, optional
            Bottleneck factor weights to override (names of
            :data:`scan.diagnosis.bottlenecks.FACTORS`).
        **overrides
            Any other attribute.

        Examples
        --------
        >>> p = DiagnosisParams.for_region(
        ...     RegionInfo("x", "X", defaults={"suppression_threshold": 10}),
        ...     weights={"low_trust": 0.3}, seed=7)
        >>> p.suppression_threshold, p.weights.low_trust, p.seed
        (10, 0.3, 7)
        """
        values: dict[str, Any] = {}
        for key in ("suppression_threshold", "seed"):
            if key in region.defaults:
                values[key] = int(region.defaults[key])  # type: ignore[call-overload]
        if weights:
            values["weights"] = bn.BottleneckWeights.from_mapping(weights)
        values.update(overrides)
        return cls(**values)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> DiagnosisParams:
        """Parameters from plain data, e.g. a notebook's parameters or :meth:`as_dict`.

        Nested parts may be mappings: ``weights`` and ``transition_weights``
        (only the factors to change), ``caps`` and ``quick_wins`` (with its own
        ``weights``). Unknown names raise ValueError.

        Examples
        --------
        >>> p = DiagnosisParams.from_mapping({"seed": 2026, "weights": {"low_trust": 0.3},
        ...                                   "quick_wins": {"max_per_kind": 5}})
        >>> p.seed, p.weights.low_trust, p.weights.utilisation, p.quick_wins.max_per_kind
        (2026, 0.3, 0.15, 5)
        >>> DiagnosisParams.from_mapping(asdict(p)) == p
        True
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(mapping) - known)
        if unknown:
            raise ValueError(f"unknown diagnosis parameter(s) {unknown}")
        values = dict(mapping)
        nested: dict[str, Any] = {
            "weights": bn.BottleneckWeights.from_mapping,
            "transition_weights": bn.TransitionWeights.from_mapping,
            "caps": lambda m: _dataclass_from(bn.Caps, m),
            "quick_wins": _quick_win_params,
        }
        for key, build in nested.items():
            if key in values and isinstance(values[key], Mapping):
                values[key] = build(values[key])
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        """The parameters as plain data (for the JSON file and the method section)."""
        return asdict(self)


def _dataclass_from(cls: Any, mapping: Mapping[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(mapping) - known)
    if unknown:
        raise ValueError(f"unknown {cls.__name__} parameter(s) {unknown}")
    return cls(**mapping)


def _quick_win_params(mapping: Mapping[str, Any]) -> qw.QuickWinParams:
    values = dict(mapping)
    if isinstance(values.get("weights"), Mapping):
        values["weights"] = _dataclass_from(qw.QuickWinWeights, values["weights"])
    out: qw.QuickWinParams = _dataclass_from(qw.QuickWinParams, values)
    return out


@dataclass(frozen=True)
class OrgRef:
    """An organisation involved in a finding.

    Examples
    --------
    >>> OrgRef("VVT1", "Zorgcentrum 't Hooge Hof").org_id
    'VVT1'
    """

    org_id: str
    name: str


@dataclass(frozen=True)
class Finding:
    """One bottleneck, transition, resilience scenario or quick win.

    Attributes
    ----------
    id : str
        Stable: ``B-<org>``, ``T-<from>-<to>``, ``R-<org>``,
        ``QW-<kind>-<key>`` (e.g. ``QW-missing_link-GGZ1-WV02``).
    kind : str
        One of :data:`FINDING_KINDS`.
    rank : int
        Place in its list (1 = first).
    organisations : tuple of OrgRef
        The organisations involved.
    score : float
        The score the list is ranked by (0-1; the priority for quick wins).
    scores : dict
        Sub-scores: the group totals for bottlenecks; impact, effort,
        readiness and priority for quick wins; the risks for resilience.
    factors : dict
        Each factor's value (0-1).
    contributions : dict
        Each factor's weight × value; they add up to ``score``.
    evidence : dict
        The numbers behind it, organisations by ``org_id``; counts of people
        as :class:`~scan.diagnosis.evidence.Count`.
    sources : tuple of str
        The tables the evidence comes from.
    confidence : Confidence
    colour : str or None
        The intervention colour (quick wins).
    message : Message
        The sentence template and its fields.
    text : dict
        The sentence per language (``nl``, ``en``).
    stability : dict or None
        Bottlenecks: ``top3_share``, ``rank_p05``, ``rank_p95``, ``label``.

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> f = diagnose(*example_region()).quick_wins[0]
    >>> f.id, f.kind, f.org_ids, f.colour, f.confidence.level
    ('QW-missing_link-A-B', 'missing_link', ('A', 'B'), 'green', 'moderate')
    >>> f.text["en"][:44]
    'Aa and Bb share many clients (100) but do no'
    """

    id: str
    kind: str
    rank: int
    organisations: tuple[OrgRef, ...]
    score: float
    scores: dict[str, float]
    factors: dict[str, float]
    contributions: dict[str, float]
    evidence: dict[str, Any]
    sources: tuple[str, ...]
    confidence: Confidence
    colour: str | None
    message: Message
    text: dict[str, str]
    stability: dict[str, Any] | None = None

    @property
    def org_ids(self) -> tuple[str, ...]:
        """The ids of the organisations involved."""
        return tuple(o.org_id for o in self.organisations)


@dataclass(frozen=True)
class Findings:
    """Everything the diagnosis found for one region (:func:`diagnose`).

    Attributes
    ----------
    region : RegionInfo
    params : DiagnosisParams
    data : dict
        How complete the data is: organisations, response rate and network
        confidence, which families were analysed, the flow source.
    bottlenecks, transitions, resilience, quick_wins : tuple of Finding
        Each ranked.
    stability : Stability
        How the bottleneck ranking holds up under other weights.
    organisation_scores : DataFrame
        Every organisation's bottleneck factors, contributions, score, rank
        and whether it is listed (also those that are not bottlenecks).
    names : dict
        ``org_id`` → the name shown.

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> f = diagnose(*example_region())
    >>> [q.id for q in f.quick_wins][:2], f.bottlenecks, f.stability.label
    (['QW-missing_link-A-B', 'QW-tables_to_merge-t1--t2'], (), 'robust')
    """

    region: RegionInfo
    params: DiagnosisParams
    data: dict[str, Any]
    bottlenecks: tuple[Finding, ...]
    transitions: tuple[Finding, ...]
    resilience: tuple[Finding, ...]
    quick_wins: tuple[Finding, ...]
    stability: bn.Stability
    organisation_scores: pd.DataFrame = field(default_factory=pd.DataFrame)
    names: dict[str, str] = field(default_factory=dict)

    def all(self) -> tuple[Finding, ...]:
        """Every finding: bottlenecks, transitions, quick wins, resilience."""
        return self.bottlenecks + self.transitions + self.quick_wins + self.resilience

    def by_id(self, finding_id: str) -> Finding:
        """The finding with this id.

        Raises
        ------
        KeyError
            When there is none.
        """
        for f in self.all():
            if f.id == finding_id:
                return f
        raise KeyError(finding_id)

    def of_kind(self, kind: str) -> tuple[Finding, ...]:
        """The findings of one kind, in rank order."""
        return tuple(f for f in self.all() if f.kind == kind)

    def with_names(self, names: Mapping[str, str]) -> Findings:
        """The same findings with other names (e.g. codes), texts rendered anew.

        Organisations missing from ``names`` keep their current name.

        Examples
        --------
        >>> f = Findings(RegionInfo("x", "X"), DiagnosisParams(), {}, (), (), (), (),
        ...              bn.Stability("robust", 0, 1.0, 0, float("nan"), float("nan"), ()))
        >>> f.with_names({"A": "Organisatie 1"}).names
        {'A': 'Organisatie 1'}
        """
        merged = {**self.names, **{str(k): str(v) for k, v in names.items()}}
        threshold = self.params.suppression_threshold

        def rename(items: tuple[Finding, ...]) -> tuple[Finding, ...]:
            return tuple(
                replace(
                    f,
                    organisations=tuple(
                        OrgRef(o.org_id, merged.get(o.org_id, o.name)) for o in f.organisations
                    ),
                    text=texts(f.message, merged, threshold),
                )
                for f in items
            )

        scores = self.organisation_scores.copy()
        if "name" in scores.columns:
            scores["name"] = [
                merged.get(str(i), n) for i, n in zip(scores.index, scores["name"], strict=True)
            ]
        return replace(
            self,
            bottlenecks=rename(self.bottlenecks),
            transitions=rename(self.transitions),
            resilience=rename(self.resilience),
            quick_wins=rename(self.quick_wins),
            organisation_scores=scores,
            names=merged,
        )


# --------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------


def join(items: Iterable[str], lang: Lang) -> str:
    """``a``, ``a en b``, ``a, b en c`` (or "and").

    Examples
    --------
    >>> join(["a", "b", "c"], "nl"), join(["a"], "en"), join([], "nl")
    ('a, b en c', 'a', '')
    """
    xs = list(items)
    if len(xs) <= 1:
        return "".join(xs)
    return f"{', '.join(xs[:-1])} {finding_word('and', lang)} {xs[-1]}"


def _field(value: Any, lang: Lang, names: Mapping[str, str], threshold: int) -> str:
    if isinstance(value, Count):
        v = value.shown(threshold)
        return v if isinstance(v, str) else fmt.number(v, lang, 0)
    if isinstance(value, Org):
        return names.get(value.org_id, value.org_id)
    if isinstance(value, Orgs):
        return join((names.get(v, v) for v in value.org_ids), lang)
    if isinstance(value, Pct):
        return fmt.percent(value.value, lang)
    if isinstance(value, Num):
        return fmt.number(round(value.value, value.decimals), lang, value.decimals)
    if isinstance(value, Term):
        return finding_word(f"{value.group}.{value.code}", lang)
    if isinstance(value, Message):
        return render(value, lang, names, threshold, sentence=False)
    if isinstance(value, tuple):
        return join((_field(v, lang, names, threshold) for v in value), lang)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float | np.integer | np.floating):
        return fmt.number(float(value), lang, 1)
    return str(value)


def render(
    message: Message,
    lang: Lang,
    names: Mapping[str, str],
    threshold: int = 5,
    *,
    sentence: bool = True,
) -> str:
    """A message written out in ``lang``; a sentence starts with a capital.

    Examples
    --------
    >>> m = Message.of("why_t.volume", clients=Count(3))
    >>> render(m, "nl", {}, sentence=False)
    'het gaat om <5 cliënten'
    >>> render(Message.of("qw.front_runner", orgs=Orgs(("A",))), "en", {"A": "Alpha"})[:20]
    'Alpha is well connec'
    """
    fields = {k: _field(v, lang, names, threshold) for k, v in message.fields}
    text = finding_text(message.key, lang, **fields)
    if sentence and text:
        text = text[0].upper() + text[1:]
    return text


def texts(message: Message, names: Mapping[str, str], threshold: int) -> dict[str, str]:
    """The message in every language.

    Examples
    --------
    >>> texts(Message.of("qw.front_runner", orgs=Orgs(("A",))), {"A": "Alpha"}, 5)["nl"][:26]
    'Alpha heeft veel contacten'
    """
    return {lang: render(message, lang, names, threshold) for lang in LANGS}


# --------------------------------------------------------------------------------------
# Building the findings
# --------------------------------------------------------------------------------------


def _f(x: Any) -> float | None:
    return num(x)


def _network_issues(analysis: Any) -> list[tuple[Level, str]]:
    if analysis.network is None:
        return [("moderate", "no_network_data")]
    level = response_level(num(analysis.network.scores.get("response_rate")))
    return [] if level == "high" else [(level, f"response_rate_{level}")]


def _why(factor: str, raw: pd.Series) -> Message:
    """The reason phrase of a bottleneck factor, with its figures."""
    key = f"why.{factor}"
    if factor == "flow_share":
        return Message.of(key, share=Pct(float(raw["flow_share"])))
    if factor == "few_alternatives":
        return Message.of(key, share=Pct(float(raw["sender_dependence"])))
    if factor == "utilisation":
        service = raw.get("worst_service")
        service = "" if is_missing(service) else str(service)
        return Message.of(key, service=service, share=Pct(float(raw["utilisation_max"])))
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


def _senders(analysis: Any, org: str, limit: int = 5) -> list[dict[str, Any]]:
    if analysis.dependencies is None:
        return []
    s = analysis.dependencies.shares
    s = s[s["to_org"].astype(str) == org]
    s = s.sort_values(["clients", "from_org"], ascending=[False, True])
    return [
        {
            "org_id": str(r["from_org"]),
            "clients": count(r["clients"]),
            "share_of_their_outflow": float(r["share_of_outflow"]),
        }
        for r in s.head(limit).to_dict("records")
    ]


def _orgs(ids: Iterable[str], names: Mapping[str, str]) -> tuple[OrgRef, ...]:
    return tuple(OrgRef(str(v), names.get(str(v), str(v))) for v in ids)


def _bottleneck_findings(
    data: ScanData,
    analysis: Any,
    p: DiagnosisParams,
    of: bn.OrgFactors,
    scores: pd.DataFrame,
    listed: list[str],
    stab: bn.Stability,
    names: Mapping[str, str],
) -> tuple[Finding, ...]:
    out = []
    dep_source = analysis.dependencies.source if analysis.dependencies is not None else None
    for rank, org in enumerate(listed, start=1):
        raw = of.raw.loc[org]
        row = scores.loc[org]
        factors = {f: float(of.values.at[org, f]) for f in bn.FACTORS}
        contributions = {f: float(row[f"c_{f}"]) for f in bn.FACTORS}
        issues = _network_issues(analysis)
        missing = 0
        if analysis.network is None:
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
        st = None
        if org in stab.organisations.index:
            srow = stab.organisations.loc[org]
            st = {
                "top3_share": float(srow["top3_share"]),
                "rank_p05": float(srow["rank_p05"]),
                "rank_p95": float(srow["rank_p95"]),
                "label": str(srow["label"]),
            }
            if st["label"] != "robust":
                issues.append(("moderate", "depends_on_weighting"))
        sources = [s for s in (dep_source,) if s]
        if periods:
            sources.append("capacity")
        if analysis.network is not None:
            sources.append("ties")
        evidence = {
            "flow_share": _f(raw["flow_share"]),
            "inflow": count(raw["inflow"]) if dep_source else None,
            "outflow": count(raw["outflow"]) if dep_source else None,
            "flow_betweenness": _f(raw["flow_betweenness"]),
            "articulation_point": None
            if is_missing(raw["articulation_point"])
            else bool(raw["articulation_point"]),
            "sender_dependence": _f(raw["sender_dependence"]),
            "absorbable_share": _f(raw["absorbable_share"]),
            "senders": _senders(analysis, org),
            "capacity_period": None
            if "capacity_period" not in analysis.organisations.columns
            or is_missing(analysis.organisations.at[org, "capacity_period"])
            else str(analysis.organisations.at[org, "capacity_period"]),
            "capacity_periods": periods,
            "utilisation": _f(raw["utilisation"]),
            "utilisation_worst_service": _f(raw["utilisation_max"]),
            "worst_service": None
            if is_missing(raw["worst_service"])
            else str(raw["worst_service"]),
            "capacity": _f(raw["capacity"]),
            "demand": None if is_missing(raw["demand"]) else count(raw["demand"]),
            "waiting_list": None if is_missing(raw["waiting_list"]) else count(raw["waiting_list"]),
            "waiting_list_per_place": _f(raw["waiting_list_ratio"]),
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
        reasons = tuple(_why(f, raw) for f in _top_reasons(contributions, factors))
        message = Message.of("bottleneck", org=Org(org), reasons=reasons)
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
        return Message.of(key, trust=Num(float(row["trust"]), 1))
    return Message.of(key)


def _transition_findings(
    analysis: Any, p: DiagnosisParams, ts: pd.DataFrame, names: Mapping[str, str]
) -> tuple[Finding, ...]:
    if len(ts) == 0:
        return ()
    keep = ts[
        (ts["score"] >= p.min_transition_score - 1e-12)
        & (ts["clients"] >= p.min_transition_clients)
        & ((ts["pressure"] + ts["strain"]) > 1e-12)
    ].head(p.top_n)
    out = []
    facts = list(bn.TRANSITION_FACTORS)
    for rank, row in enumerate(keep.to_dict("records"), start=1):
        a, b = str(row["from_org"]), str(row["to_org"])
        contributions = {f: float(row[f"c_{f}"]) for f in facts}
        issues = _network_issues(analysis)
        if int(row["periods"]) < p.caps.min_trend_periods:
            issues.append(("moderate", "few_periods"))
        if not row["known_low_trust"]:
            issues.append(("moderate", "few_trust_raters"))
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
                    "trust_from_to": _f(row["trust_ab"]),
                    "trust_to_from": _f(row["trust_ba"]),
                    "receiver_utilisation": _f(row["receiver_utilisation"]),
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
    analysis: Any, p: DiagnosisParams, res: pd.DataFrame, names: Mapping[str, str]
) -> tuple[Finding, ...]:
    out = []
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
        else:
            absorb_msg = Message.of("absorb.share", share=Pct(float(absorb)))
        issues: list[tuple[Level, str]] = []
        if row["inflow"] > 0 and lost:
            message = Message.of(
                "resilience_both" if len(lost) > 1 else "resilience_both_one",
                org=Org(org),
                clients=count(row["inflow"]),
                absorb=absorb_msg,
                orgs=Orgs(tuple(lost)),
            )
        elif row["inflow"] > 0:
            message = Message.of(
                "resilience_flow", org=Org(org), clients=count(row["inflow"]), absorb=absorb_msg
            )
        else:
            key = "resilience_network" if len(lost) > 1 else "resilience_network_one"
            message = Message.of(key, org=Org(org), orgs=Orgs(tuple(lost)))
        if row["inflow"] > 0 and not known:
            issues.append(("moderate", "no_capacity_data"))
        if lost:
            issues += _network_issues(analysis)
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
                    "inflow": count(row["inflow"]),
                    "outflow": count(row["outflow"]),
                    "share_of_region": _f(row["share_of_region"]),
                    "senders": [{**s, "clients": count(s["clients"])} for s in row["senders"]],
                    "demand": None if is_missing(row["demand"]) else count(row["demand"]),
                    "room_elsewhere": None
                    if is_missing(row["room_elsewhere"])
                    else count(row["room_elsewhere"]),
                    "absorbable_share": _f(absorb),
                    "cut_off": lost,
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


def _data_summary(data: ScanData, analysis: Any) -> dict[str, Any]:
    net = analysis.network
    rate = num(net.scores.get("response_rate")) if net is not None else None
    return {
        "organisations": len(data.organisations),
        "respondents": int(net.scores["respondents"]) if net is not None else 0,
        "response_rate": rate,
        "network_confidence": response_level(rate) if net is not None else None,
        "flow_source": analysis.dependencies.source if analysis.dependencies is not None else None,
        "families": {
            name: getattr(analysis, name) is not None
            for name in ("network", "dependencies", "capacity", "readiness", "governance")
        },
        "skipped": dict(sorted(analysis.skipped.items())),
    }


def diagnose(data: ScanData, analysis: Any, params: DiagnosisParams | None = None) -> Findings:
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
    of = bn.organisation_factors(analysis, data.organisations, p.caps)
    w = p.weights.normalised()
    scores = bn.score_table(of.values, w, bn.FACTORS)
    group_weight = {g: sum(w[f] for f in bn.FACTORS if bn.FACTORS[f] == g) for g in bn.GROUPS}
    # a group's level: its contributions / its weight (0-1); a group weighted 0 is not required
    level = pd.DataFrame(
        {g: scores[g] / group_weight[g] if group_weight[g] > 0 else 1.0 for g in bn.GROUPS}
    )
    held = [g for g in ("pressure", "strain") if group_weight[g] > 0]
    held_up = level[held].max(axis=1) if held else pd.Series(1.0, index=level.index)
    ok = (
        (scores["score"] >= p.min_score - 1e-12)
        & (level["criticality"] >= p.min_criticality - 1e-12)
        & (held_up >= p.min_held_up - 1e-12)
    )
    listed = [str(v) for v in scores[ok].sort_values("rank").index[: p.top_n]]
    stab = bn.stability(
        of.values,
        w,
        draws=p.draws,
        concentration=p.concentration,
        seed=p.seed,
        min_share=p.robust_share,
        min_rho=p.robust_rho,
        focus=listed,
    )
    bottlenecks = _bottleneck_findings(data, analysis, p, of, scores, listed, stab, names)

    tf = bn.transition_factors(analysis, of, p.caps)
    ts = bn.transition_scores(tf, p.transition_weights)
    transitions = _transition_findings(analysis, p, ts, names)

    cands = bn.resilience_candidates(scores.loc[listed], analysis, top_n=p.top_n)
    res = bn.resilience(analysis, cands, org_factors=of, caps=p.caps)
    resilience = _resilience_findings(analysis, p, res, names)

    wins = qw.quick_wins(
        data, analysis, p.quick_wins, suppression_threshold=p.suppression_threshold
    )
    quick = _quick_win_findings(wins, p, names)

    org_scores = of.values.join(scores)
    org_scores.insert(0, "name", [names.get(str(v), str(v)) for v in org_scores.index])
    org_scores["listed"] = [str(v) in set(listed) for v in org_scores.index]
    org_scores = org_scores.sort_values("rank")
    return Findings(
        region=data.region,
        params=p,
        data=_data_summary(data, analysis),
        bottlenecks=bottlenecks,
        transitions=transitions,
        resilience=resilience,
        quick_wins=quick,
        stability=stab,
        organisation_scores=org_scores,
        names=dict(names),
    )


# --------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------


def _plain(value: Any, decimals: int, threshold: int) -> Any:
    """JSON-ready: counts suppressed, floats rounded (NaN → null), tuples as lists."""
    if isinstance(value, Count):
        return value.shown(threshold)
    if isinstance(value, Mapping):
        return {str(k): _plain(v, decimals, threshold) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v, decimals, threshold) for v in value]
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        x = float(value)
        if math.isnan(x) or math.isinf(x):
            return None
        r = round(x, decimals)
        return 0.0 if r == 0 else r
    if value is None or value is pd.NA:
        return None
    return str(value) if not isinstance(value, str) else value


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as plain data (before suppression and rounding).

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> finding_dict(findings.quick_wins[0])["id"]
    'QW-missing_link-A-B'
    """
    return {
        "id": finding.id,
        "kind": finding.kind,
        "rank": finding.rank,
        "organisations": [{"org_id": o.org_id, "name": o.name} for o in finding.organisations],
        "score": finding.score,
        "scores": finding.scores,
        "factors": finding.factors,
        "contributions": finding.contributions,
        "evidence": finding.evidence,
        "sources": list(finding.sources),
        "confidence": {
            "level": finding.confidence.level,
            "reasons": list(finding.confidence.reasons),
        },
        "colour": finding.colour,
        "text": dict(finding.text),
        "stability": finding.stability,
    }


def to_dict(findings: Findings) -> dict[str, Any]:
    """The findings as the plain structure of ``findings.json`` (see ``docs/findings.md``).

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> doc = to_dict(findings)
    >>> doc["version"], [q["id"] for q in doc["quick_wins"]][:2]
    (1, ['QW-missing_link-A-B', 'QW-tables_to_merge-t1--t2'])
    >>> doc["quick_wins"][0]["evidence"]["clients_a_to_b"]
    60
    """
    p = findings.params
    st = findings.stability
    scores = findings.organisation_scores
    org_scores = []
    for org, row in scores.iterrows():
        org_scores.append(
            {
                "org_id": str(org),
                "name": str(row.get("name", org)),
                "rank": int(row["rank"]),
                "score": float(row["score"]),
                "listed": bool(row["listed"]),
                "groups": {g: float(row[g]) for g in bn.GROUPS},
                "factors": {f: float(row[f]) for f in bn.FACTORS},
                "contributions": {f: float(row[f"c_{f}"]) for f in bn.FACTORS},
            }
        )
    doc = {
        "format": "netwerkscan-findings",
        "version": FORMAT_VERSION,
        "region": {
            "key": findings.region.key,
            "name": findings.region.name,
            "period": findings.region.period,
        },
        "params": p.as_dict(),
        "data": findings.data,
        "bottlenecks": [finding_dict(f) for f in findings.bottlenecks],
        "transitions": [finding_dict(f) for f in findings.transitions],
        "resilience": [finding_dict(f) for f in findings.resilience],
        "quick_wins": [finding_dict(f) for f in findings.quick_wins],
        "stability": {
            "label": st.label,
            "draws": st.draws,
            "concentration": st.concentration,
            "seed": st.seed,
            "spearman_median": st.spearman_median,
            "spearman_p05": st.spearman_p05,
            "top3": list(st.top3),
            "organisations": [
                {
                    "org_id": str(org),
                    "rank": int(r["rank"]),
                    "top3_share": float(r["top3_share"]),
                    "rank_p05": float(r["rank_p05"]),
                    "rank_p95": float(r["rank_p95"]),
                    "label": str(r["label"]),
                }
                for org, r in st.organisations.iterrows()
            ],
        },
        "organisation_scores": org_scores,
    }
    plain: dict[str, Any] = _plain(doc, p.decimals, p.suppression_threshold)
    return plain


def to_frame(items: Iterable[Finding], lang: Lang = "nl", threshold: int = 5) -> pd.DataFrame:
    """Findings as a table for the report: one row each, in the order given.

    Parameters
    ----------
    items : iterable of Finding
        E.g. ``findings.quick_wins``.
    lang : {"nl", "en"}
        Language of ``text``.
    threshold : int
        Suppression threshold (counts in ``evidence`` are already suppressed).

    Returns
    -------
    pandas.DataFrame
        ``rank``, ``id``, ``kind``, ``org_ids`` (tuple), ``organisations``
        (names joined), ``score``, every key of ``scores`` (e.g. ``impact``,
        ``effort``, ``readiness`` for quick wins), ``colour``, ``confidence``,
        ``confidence_reasons`` (tuple), ``text``, ``label`` (the rank as text,
        for marking dots in a figure) and ``evidence`` (dict, suppressed).

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> t = to_frame(diagnose(*example_region()).quick_wins)
    >>> t[["id", "impact", "colour"]].values.tolist()[0]
    ['QW-missing_link-A-B', 1.0, 'green']
    """
    rows = []
    for f in items:
        rows.append(
            {
                "rank": f.rank,
                "id": f.id,
                "kind": f.kind,
                "org_ids": f.org_ids,
                "organisations": join((o.name for o in f.organisations), lang),
                "score": f.score,
                **f.scores,
                "colour": f.colour,
                "confidence": f.confidence.level,
                "confidence_reasons": f.confidence.reasons,
                "text": f.text[lang],
                "label": str(f.rank),
                "evidence": _plain(f.evidence, 12, threshold),
            }
        )
    base = ["rank", "id", "kind", "org_ids", "organisations", "score", "colour", "confidence"]
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=base)


def to_json(findings: Findings) -> str:
    """``findings.json``: keys sorted, floats rounded, counts suppressed, no timestamps.

    The same data and parameters always give the same text (byte for byte).

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> to_json(findings) == to_json(diagnose(data, a))
    True
    """
    return json.dumps(to_dict(findings), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_findings_json(findings: Findings, path: str | Path) -> Path:
    """Write :func:`to_json` to ``path`` (UTF-8, ``\\n`` line ends); the path.

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_findings_json(findings, Path(tmp) / "findings.json")
    ...     path.read_text(encoding="utf-8") == to_json(findings)
    True
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(to_json(findings))
    return target


# --------------------------------------------------------------------------------------
# The workbook
# --------------------------------------------------------------------------------------

#: Dutch / English headings of evidence keys in the workbook (the key itself otherwise).
EVIDENCE_HEADINGS: dict[str, dict[Lang, str]] = {
    "a_answered": {
        "nl": "1e vulde netwerkvragenlijst in",
        "en": "first answered the network survey",
    },
    "absorbable_share": {"nl": "deel op te vangen elders", "en": "share absorbable elsewhere"},
    "articulation_point": {"nl": "onmisbare verbinding", "en": "articulation point"},
    "b_answered": {
        "nl": "2e vulde netwerkvragenlijst in",
        "en": "second answered the network survey",
    },
    "capacity": {"nl": "capaciteit", "en": "capacity"},
    "capacity_a": {"nl": "capaciteit 1e", "en": "capacity first"},
    "capacity_b": {"nl": "capaciteit 2e", "en": "capacity second"},
    "capacity_period": {"nl": "periode capaciteit", "en": "capacity period"},
    "capacity_periods": {"nl": "aantal perioden capaciteit", "en": "capacity periods"},
    "ci_high": {"nl": "betrouwbaarheidsinterval bovengrens", "en": "interval upper bound"},
    "ci_level": {"nl": "betrouwbaarheid interval", "en": "interval level"},
    "ci_low": {"nl": "betrouwbaarheidsinterval ondergrens", "en": "interval lower bound"},
    "clients": {"nl": "cliënten", "en": "clients"},
    "clients_a_to_b": {"nl": "cliënten van 1e naar 2e", "en": "clients first to second"},
    "clients_b_to_a": {"nl": "cliënten van 2e naar 1e", "en": "clients second to first"},
    "cut_off": {"nl": "raken los van het netwerk", "en": "cut off from the network"},
    "degree_threshold": {"nl": "drempel aantal contacten (aandeel)", "en": "degree threshold"},
    "demand": {"nl": "vraag", "en": "demand"},
    "demand_a": {"nl": "vraag 1e", "en": "demand first"},
    "demand_b": {"nl": "vraag 2e", "en": "demand second"},
    "development_lines": {"nl": "ontwikkellijnen", "en": "development lines"},
    "dimension": {"nl": "onderwerp", "en": "dimension"},
    "excess_a": {"nl": "tekort aan plekken 1e", "en": "excess demand first"},
    "flow_betweenness": {"nl": "routes erdoorheen", "en": "flow betweenness"},
    "flow_share": {"nl": "aandeel cliëntenstroom", "en": "share of flow"},
    "flow_type": {"nl": "soort overdracht", "en": "flow type"},
    "frequency_a_to_b": {"nl": "contact 1e met 2e", "en": "frequency first to second"},
    "frequency_b_to_a": {"nl": "contact 2e met 1e", "en": "frequency second to first"},
    "fte": {"nl": "fte", "en": "FTE"},
    "gap": {"nl": "verschil", "en": "gap"},
    "inflow": {"nl": "cliënten binnen", "en": "inflow"},
    "initiative_a": {"nl": "tafel 1", "en": "table 1"},
    "initiative_b": {"nl": "tafel 2", "en": "table 2"},
    "initiatives": {"nl": "aantal tafels", "en": "tables"},
    "jaccard": {"nl": "overlap leden", "en": "member overlap"},
    "layer_a": {"nl": "laag 1", "en": "layer 1"},
    "layer_b": {"nl": "laag 2", "en": "layer 2"},
    "leads": {"nl": "trekkers", "en": "leads"},
    "max_tables": {"nl": "maximum tafels", "en": "maximum tables"},
    "mean_a": {"nl": "gemiddelde laag 1", "en": "mean layer 1"},
    "mean_b": {"nl": "gemiddelde laag 2", "en": "mean layer 2"},
    "members": {"nl": "leden", "en": "members"},
    "members_a": {"nl": "leden tafel 1", "en": "members table 1"},
    "members_at_too_many_tables": {
        "nl": "leden aan te veel tafels",
        "en": "members at too many tables",
    },
    "members_b": {"nl": "leden tafel 2", "en": "members table 2"},
    "movable": {"nl": "cliënten die over kunnen", "en": "clients that could move"},
    "one_sided_region_norm": {
        "nl": "eenzijdig gebruikelijk in regio",
        "en": "one-sided, region norm",
    },
    "one_sided_share": {"nl": "aandeel eenzijdige relaties", "en": "share of one-sided ties"},
    "others_relying_on_b": {
        "nl": "anderen die ook op 2e rekenen",
        "en": "others relying on second",
    },
    "outflow": {"nl": "cliënten doorgestuurd", "en": "outflow"},
    "period_a": {"nl": "periode 1e", "en": "period first"},
    "period_b": {"nl": "periode 2e", "en": "period second"},
    "periods": {"nl": "aantal perioden", "en": "periods"},
    "reach": {"nl": "bereik", "en": "reach"},
    "ready_min": {"nl": "drempel bereidheid", "en": "readiness threshold"},
    "reason": {"nl": "soort", "en": "reason"},
    "receiver_utilisation": {"nl": "bezetting ontvanger", "en": "receiver utilisation"},
    "reliance": {"nl": "afhankelijkheid", "en": "reliance"},
    "respondents_a": {"nl": "respondenten laag 1", "en": "respondents layer 1"},
    "respondents_b": {"nl": "respondenten laag 2", "en": "respondents layer 2"},
    "room_b": {"nl": "ruimte 2e", "en": "room second"},
    "room_elsewhere": {"nl": "ruimte elders", "en": "room elsewhere"},
    "same_line": {"nl": "zelfde ontwikkellijn", "en": "same development line"},
    "same_type": {"nl": "zelfde soort organisatie", "en": "same type"},
    "sender_dependence": {"nl": "afhankelijkheid verwijzers", "en": "sender dependence"},
    "senders": {"nl": "verwijzers", "en": "senders"},
    "service": {"nl": "dienst", "en": "service"},
    "share_of_a_outflow": {"nl": "deel van uitstroom 1e", "en": "share of first's outflow"},
    "share_of_b_outflow": {"nl": "deel van uitstroom 2e", "en": "share of second's outflow"},
    "share_of_region": {"nl": "aandeel in regio", "en": "share of region"},
    "shared_clients": {"nl": "gedeelde cliënten", "en": "shared clients"},
    "shared_members": {"nl": "gedeelde leden", "en": "shared members"},
    "tie": {"nl": "relatie", "en": "tie"},
    "trust_a_to_b": {"nl": "vertrouwen 1e in 2e", "en": "trust first in second"},
    "trust_b_to_a": {"nl": "vertrouwen 2e in 1e", "en": "trust second in first"},
    "trust_from_to": {"nl": "vertrouwen verwijzer in ontvanger", "en": "trust sender in receiver"},
    "trust_raters": {"nl": "aantal beoordelaars", "en": "raters"},
    "trust_received": {"nl": "vertrouwen ontvangen (1-4)", "en": "trust received (1-4)"},
    "trust_to_from": {"nl": "vertrouwen ontvanger in verwijzer", "en": "trust receiver in sender"},
    "usual_wait_days": {"nl": "gebruikelijke wachttijd (dagen)", "en": "usual wait (days)"},
    "utilisation": {"nl": "bezetting", "en": "utilisation"},
    "utilisation_a": {"nl": "bezetting 1e", "en": "utilisation first"},
    "utilisation_b": {"nl": "bezetting 2e", "en": "utilisation second"},
    "utilisation_slope": {
        "nl": "verandering bezetting per periode",
        "en": "utilisation change per period",
    },
    "utilisation_worst_service": {
        "nl": "bezetting zwaarst belaste dienst",
        "en": "utilisation most loaded service",
    },
    "vacancies_fte": {"nl": "vacatures (fte)", "en": "vacancies (FTE)"},
    "vacancy_ratio": {"nl": "vacatures per fte", "en": "vacancies per FTE"},
    "value_a_to_b": {"nl": "waarde 1e voor 2e", "en": "value first of second"},
    "value_b_to_a": {"nl": "waarde 2e voor 1e", "en": "value second of first"},
    "wait_days": {"nl": "wachttijd (dagen)", "en": "wait (days)"},
    "wait_days_slope": {"nl": "verandering wachttijd per periode", "en": "wait change per period"},
    "wait_first": {"nl": "wachttijd eerste periode", "en": "wait first period"},
    "wait_last": {"nl": "wachttijd laatste periode", "en": "wait last period"},
    "wait_ratio": {"nl": "wachttijd t.o.v. gebruikelijk", "en": "wait vs usual"},
    "wait_slope": {"nl": "verandering wachttijd per periode", "en": "wait change per period"},
    "waiting_list": {"nl": "wachtlijst", "en": "waiting list"},
    "waiting_list_per_place": {"nl": "wachtlijst per plek", "en": "waiting list per place"},
    "waiting_list_slope": {
        "nl": "verandering wachtlijst per periode",
        "en": "waiting list change per period",
    },
    "worst_service": {"nl": "zwaarst belaste dienst", "en": "most loaded service"},
}


def _cell(value: Any, decimals: int, threshold: int, lang: Lang = "nl") -> Any:
    """A value as a workbook cell: suppressed, rounded, lists joined, yes/no and codes in words."""
    v = _plain(value, decimals, threshold)
    if isinstance(v, bool):
        return finding_word("yes" if v else "no", lang)
    if isinstance(v, str) and f"value.{v}" in FINDING_WORDS:
        return finding_word(f"value.{v}", lang)
    if isinstance(v, list):
        parts = []
        for item in v:
            if isinstance(item, dict):
                parts.append(" ".join(f"{k}={x}" for k, x in item.items()))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    if isinstance(v, dict):
        return "; ".join(f"{k}={x}" for k, x in v.items())
    return v


def _heading(key: str, lang: Lang) -> str:
    return EVIDENCE_HEADINGS.get(key, {}).get(lang, key.replace("_", " "))


def _rows_for(
    items: tuple[Finding, ...], kind: str, lang: Lang, p: DiagnosisParams
) -> tuple[list[str], list[list[Any]]]:
    """Headings and rows of one kind's sheet."""

    def w(key: str, **fields: object) -> str:
        return finding_word(key, lang, **fields)

    quick = kind in qw.KINDS
    head = [w("col.rank"), w("col.id"), w("col.org_ids"), w("col.organisations")]
    if quick:
        head += [
            w("col.priority"),
            w("col.impact"),
            w("col.effort"),
            w("col.readiness"),
            w("col.colour"),
        ]
    else:
        head += [w("col.score")]
    head += [w("col.confidence"), w("col.confidence_reasons"), w("col.text")]
    factor_keys: list[str] = []
    score_keys: list[str] = []
    if kind in ("bottleneck", "transition"):
        score_keys = list(bn.GROUPS)
        factor_keys = list(bn.FACTORS if kind == "bottleneck" else bn.TRANSITION_FACTORS)
        head += [w(f"group.{g}") for g in score_keys]
        head += [w("contrib", factor=w(f"factor.{f}")) for f in factor_keys]
    if kind == "bottleneck":
        head += [w("col.stability"), w("col.top3_share")]
    ev_keys: list[str] = []
    for f in items:
        for k in f.evidence:
            if k not in ev_keys:
                ev_keys.append(k)
    head += [w("col.sources")] + [_heading(k, lang) for k in ev_keys]
    rows = []
    for f in items:
        row: list[Any] = [
            f.rank,
            f.id,
            ", ".join(f.org_ids),
            ", ".join(o.name for o in f.organisations),
        ]
        if quick:
            row += [
                f.scores["priority"],
                f.scores["impact"],
                f.scores["effort"],
                f.scores["readiness"],
                finding_word(f"colour.{f.colour}", lang),
            ]
        else:
            row += [f.score]
        row += [
            finding_word(f"level.{f.confidence.level}", lang),
            "; ".join(finding_text(f"conf.{r}", lang) for r in f.confidence.reasons),
            f.text[lang],
        ]
        row += [f.scores.get(g) for g in score_keys]
        row += [f.contributions.get(k) for k in factor_keys]
        if kind == "bottleneck":
            st = f.stability or {}
            label = st.get("label")
            row += [
                finding_word(f"stability.{label}", lang) if label else None,
                st.get("top3_share"),
            ]
        row += [", ".join(f.sources)]
        row += [f.evidence.get(k) for k in ev_keys]
        rows.append([_cell(v, p.decimals, p.suppression_threshold, lang) for v in row])
    return head, rows


def _write_sheet(
    book: Any,
    name: str,
    head: list[str],
    rows: list[list[Any]],
    formats: dict[str, Any],
    wide: Iterable[str] = (),
) -> None:
    sheet = book.add_worksheet(name[:31])
    sheet.write_row(0, 0, head, formats["head"])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, float):
                sheet.write_number(r, c, value, formats["number"])
            elif isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, int):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value), formats["text"])
    wide_set = set(wide)
    for c, title in enumerate(head):
        lengths = [len(str(title))] + [len(str(row[c])) for row in rows if row[c] is not None]
        width = min(max(lengths) + 2, 60)
        if title in wide_set:
            sheet.set_column(c, c, 80, formats["wrap"])
        else:
            sheet.set_column(c, c, max(width, 8))
    sheet.freeze_panes(1, 0)
    if rows:
        sheet.autofilter(0, 0, len(rows), len(head) - 1)


def write_findings_xlsx(findings: Findings, path: str | Path, lang: Lang = "nl") -> Path:
    """The adviser's workbook: an overview, a sheet per kind, scores and stability.

    Headings are in ``lang`` (Dutch by default), the header row is frozen and
    filtered, columns are sized to their content (texts wrap at 80
    characters). The workbook's 'created' property is fixed
    (:data:`WORKBOOK_CREATED`), so the same findings give the same file.

    Parameters
    ----------
    findings : Findings
    path : str or Path
    lang : {"nl", "en"}

    Returns
    -------
    Path

    Examples
    --------
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> import tempfile, zipfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_findings_xlsx(findings, Path(tmp) / "findings.xlsx")
    ...     zipfile.is_zipfile(path)
    True
    """
    import xlsxwriter

    p = findings.params
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(target), {"strings_to_numbers": False})
    book.set_properties(
        {
            "title": f"{finding_word('sheet.overview', lang)}: {findings.region.name}",
            "author": "netwerkscan",
            "created": WORKBOOK_CREATED,
        }
    )
    formats = {
        "head": book.add_format(
            {"bold": True, "bg_color": "#DDE6F0", "border": 1, "text_wrap": True, "valign": "top"}
        ),
        "number": book.add_format({"num_format": "0.000"}),
        "text": book.add_format({"valign": "top"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
    }

    def w(key: str, **fields: object) -> str:
        return finding_word(key, lang, **fields)

    text_col = w("col.text")

    # overview: every finding, one line each
    head = [
        w("col.kind"),
        w("col.rank"),
        w("col.id"),
        w("col.organisations"),
        w("col.score"),
        w("col.confidence"),
        w("col.colour"),
        text_col,
    ]
    rows = []
    for f in findings.all():
        rows.append(
            [
                w(f"kind.{f.kind}"),
                f.rank,
                f.id,
                ", ".join(o.name for o in f.organisations),
                round(f.score, p.decimals),
                w(f"level.{f.confidence.level}"),
                w(f"colour.{f.colour}") if f.colour else None,
                f.text[lang],
            ]
        )
    _write_sheet(book, w("sheet.overview"), head, rows, formats, wide=[text_col])

    for kind in FINDING_KINDS:
        items = findings.of_kind(kind)
        head, rows = _rows_for(items, kind, lang, p)
        _write_sheet(book, w(f"kind.{kind}"), head, rows, formats, wide=[text_col])

    # every organisation's bottleneck score, with its stability
    scores = findings.organisation_scores
    st = findings.stability
    head = [w("col.org_id"), w("col.name"), w("col.rank"), w("col.score"), w("col.listed")]
    head += [w(f"group.{g}") for g in bn.GROUPS]
    head += [w(f"factor.{f}") for f in bn.FACTORS]
    head += [w("contrib", factor=w(f"factor.{f}")) for f in bn.FACTORS]
    head += [w("col.top3_share"), w("col.rank_p05"), w("col.rank_p95"), w("col.stability")]
    rows = []
    for org, r in scores.iterrows():
        row: list[Any] = [
            str(org),
            str(r.get("name", org)),
            int(r["rank"]),
            float(r["score"]),
            bool(r["listed"]),
        ]
        row += [float(r[g]) for g in bn.GROUPS]
        row += [float(r[f]) for f in bn.FACTORS]
        row += [float(r[f"c_{f}"]) for f in bn.FACTORS]
        if str(org) in st.organisations.index:
            sr = st.organisations.loc[str(org)]
            row += [
                float(sr["top3_share"]),
                float(sr["rank_p05"]),
                float(sr["rank_p95"]),
                w(f"stability.{sr['label']}"),
            ]
        else:
            row += [None, None, None, None]
        rows.append([_cell(v, p.decimals, p.suppression_threshold, lang) for v in row])
    _write_sheet(book, w("sheet.scores"), head, rows, formats)

    # stability of the ranking, in a few measures
    head = [w("col.measure"), w("col.value")]
    rows = [
        [w("col.stability"), w(f"stability.{st.label}")],
        [w("stab.top3"), ", ".join(st.top3)],
        [w("stab.spearman_median"), _cell(st.spearman_median, p.decimals, 0)],
        [w("stab.spearman_p05"), _cell(st.spearman_p05, p.decimals, 0)],
        [w("stab.draws"), st.draws],
        [w("stab.concentration"), float(st.concentration)],
        [w("stab.seed"), st.seed],
    ]
    _write_sheet(book, w("sheet.stability"), head, rows, formats)
    book.close()
    return target


__all__ = [
    "FINDING_KINDS",
    "DiagnosisParams",
    "Finding",
    "Findings",
    "OrgRef",
    "diagnose",
    "render",
    "to_dict",
    "to_frame",
    "to_json",
    "write_findings_json",
    "write_findings_xlsx",
]
