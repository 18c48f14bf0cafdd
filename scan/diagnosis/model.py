"""What the diagnosis finds: :class:`Findings`, one :class:`Finding` each, and their parameters.

Kept apart from how they are found (:func:`scan.diagnosis.findings.diagnose`)
and how they are written (:mod:`scan.diagnosis.serialise`,
:mod:`scan.diagnosis.workbook`), so that both can read a finding without
importing the diagnosis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd

from scan.config import SEED
from scan.data.model import RegionInfo
from scan.diagnosis import bottlenecks as bn
from scan.diagnosis import quickwins as qw
from scan.diagnosis.evidence import Confidence, Message
from scan.diagnosis.sentences import texts
from scan.disclosure import SUPPRESSION_THRESHOLD

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_D = TypeVar("_D", bound="DataclassInstance")

#: The kinds of finding, in the order of the workbook's sheets.
FINDING_KINDS: tuple[str, ...] = ("bottleneck", "transition", "resilience", *qw.KINDS)
#: The prefixes of the findings' stable ids: ``B-<org>``, ``T-<from>-<to>``, ``R-<org>``,
#: ``QW-<kind>-<key>``.
ID_PREFIXES: tuple[str, ...] = ("B-", "T-", "R-", "QW-")
#: What the report's summary may do with a finding nobody recognises (the recognition
#: round): keep it, marked "niet herkend; bespreken", or drop it.
UNRECOGNISED_POLICIES: tuple[str, ...] = ("keep", "drop")


@dataclass(frozen=True)
class DiagnosisParams:
    """The parameters of the diagnosis; every one has a documented default.

    Attributes
    ----------
    seed : int
        Seed of the stability: the weights, the unknown factors, the resampled
        respondents and client counts.
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
    min_critical_unknown : float
        Smallest criticality level (0-1) at which an organisation whose
        pressure is unknown (or only partly known, and what is known does not
        rule it out) is still listed: "structurally critical; pressure unknown".
    min_structural_response : float
        Below this response rate of the network survey (the low-confidence
        band) the network yields no structural finding: no articulation point,
        broker or cut-off.
    unknown_min_known : int
        Stability: an unknown factor is drawn from the values at the
        organisations where it is known when at least this many know it, else
        uniformly from 0 to 1.
    min_transition_score : float
        Smallest transition score listed.
    min_transition_clients : int
        Fewest clients for a transition to be listed.
    draws : int
        Draws for the stability (weights, unknown factors, resampled data).
    concentration : float
        Dirichlet concentration around the default weights.
    robust_share : float
        Share of draws a top-3 organisation must stay in the top 3.
    robust_rho : float
        Smallest 5th percentile of the rank correlation for "robust".
    decimals : int
        Decimals of floats in the JSON file.
    low_trust : float
        Trust received (1-4, from at least ``caps.min_trust_raters`` raters)
        below this is "low trust" in the report's network section.
    depends_on_share : float
        A sender "depends on" a receiver when at least this share of its
        outflow goes there (and the clients are not below ``flow_floor``).
    hub_share : float
        The organisation receiving the most clients is named as the hub the
        flows converge on when it receives at least this share of all clients
        that move between organisations (and at least ``flow_floor``).
    hub_min_organisations : int
        Fewest organisations with flows for naming a hub.
    recognition_per_kind : int
        The recognition round asks about this many bottlenecks, transitions and
        quick wins (each).
    recognition_min_respondents : int
        Fewest respondents with an opinion behind a share that recognises a
        finding (and behind a mean urgency); fewer: not shown. Never below the
        suppression threshold (:attr:`recognition_floor`).
    recognition_gap : float
        Board and operations differ on a finding when their shares that
        recognise it are at least this far apart (0-1).
    unrecognised : {"keep", "drop"}
        A finding nobody recognises stays in the report's summary marked
        "niet herkend; bespreken" (``keep``) or leaves the summary (``drop``).

    Examples
    --------
    >>> p = DiagnosisParams(seed=2026)
    >>> p.suppression_threshold, p.weights.utilisation, p.quick_wins.max_per_kind
    (5, 0.15, 3)
    """

    seed: int = SEED
    suppression_threshold: int = SUPPRESSION_THRESHOLD
    weights: bn.BottleneckWeights = field(default_factory=bn.BottleneckWeights)
    transition_weights: bn.TransitionWeights = field(default_factory=bn.TransitionWeights)
    caps: bn.Caps = field(default_factory=bn.Caps)
    quick_wins: qw.QuickWinParams = field(default_factory=qw.QuickWinParams)
    top_n: int = 10
    min_score: float = 0.2
    min_criticality: float = 0.05
    min_held_up: float = 0.25
    min_critical_unknown: float = 0.5
    min_structural_response: float = 0.65
    unknown_min_known: int = 3
    min_transition_score: float = 0.4
    min_transition_clients: int = 10
    draws: int = 1000
    concentration: float = 30.0
    robust_share: float = 0.8
    robust_rho: float = 0.8
    decimals: int = 3
    low_trust: float = 2.5
    depends_on_share: float = 0.5
    hub_share: float = 0.2
    hub_min_organisations: int = 3
    recognition_per_kind: int = 5
    recognition_min_respondents: int = 3
    recognition_gap: float = 0.5
    unrecognised: str = "keep"

    def __post_init__(self) -> None:
        if self.unrecognised not in UNRECOGNISED_POLICIES:
            raise ValueError(
                f"unrecognised must be one of {', '.join(UNRECOGNISED_POLICIES)}, "
                f"not {self.unrecognised!r}"
            )

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

    @property
    def flow_floor(self) -> int:
        """The volume floor of the flow factors: ``caps.min_flow_clients``, never below the
        suppression threshold.

        Examples
        --------
        >>> DiagnosisParams().flow_floor, DiagnosisParams(suppression_threshold=20).flow_floor
        (10, 20)
        """
        return max(int(self.caps.min_flow_clients), int(self.suppression_threshold))

    @property
    def recognition_floor(self) -> int:
        """Fewest people with an opinion behind a share of the recognition round:
        ``recognition_min_respondents``, never below the suppression threshold (a
        share of fewer people would give away how many answered, a count below it).

        Examples
        --------
        >>> DiagnosisParams().recognition_floor
        5
        >>> DiagnosisParams(recognition_min_respondents=8).recognition_floor
        8
        """
        return max(int(self.recognition_min_respondents), int(self.suppression_threshold))

    def as_dict(self) -> dict[str, Any]:
        """The parameters as plain data (for the JSON file and the method section)."""
        return asdict(self)


def _dataclass_from(cls: type[_D], mapping: Mapping[str, Any]) -> _D:
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(mapping) - known)
    if unknown:
        raise ValueError(f"unknown {cls.__name__} parameter(s) {unknown}")
    return cls(**mapping)


def _quick_win_params(mapping: Mapping[str, Any]) -> qw.QuickWinParams:
    values = dict(mapping)
    if isinstance(values.get("weights"), Mapping):
        values["weights"] = qw.QuickWinWeights.from_mapping(values["weights"])
    return _dataclass_from(qw.QuickWinParams, values)


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
    >>> from scan.diagnosis.findings import diagnose
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
    organisations : tuple of dict
        Every organisation's measures per data source
        (:func:`scan.diagnosis.measures.organisation_measures`).

    Examples
    --------
    >>> from scan.diagnosis.findings import diagnose
    >>> from scan.diagnosis.quickwins import example_region
    >>> f = diagnose(*example_region())
    >>> [q.id for q in f.quick_wins][:2], [b.id for b in f.bottlenecks]
    (['QW-missing_link-A-B', 'QW-tables_to_merge-t1--t2'], ['B-A'])
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
    organisations: tuple[dict[str, Any], ...] = ()

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
            organisations=tuple(
                {**o, "name": merged.get(str(o["org_id"]), o["name"])} for o in self.organisations
            ),
        )


__all__ = [
    "FINDING_KINDS",
    "ID_PREFIXES",
    "UNRECOGNISED_POLICIES",
    "DiagnosisParams",
    "Finding",
    "Findings",
    "OrgRef",
]
