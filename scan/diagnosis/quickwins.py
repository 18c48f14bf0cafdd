"""Quick wins: small, concrete steps likely to give an early success, found by rules.

Every rule looks for one kind of opportunity in the analysis and returns
candidates with their evidence (:data:`KINDS`):

===================  =========================================================  ======
kind                 rule                                                       colour
===================  =========================================================  ======
missing_link         two organisations share at least ``min_link_clients``      green
                     clients (flows both ways, or shared clients in episodes)
                     yet neither names the other, or only yearly or less
asymmetric_tie       A relies on B (frequent tie, much of A's outflow, high     yellow
                     value) and B does not name A or rates it much lower
capacity_pool        same service: one organisation above 100 % utilisation,    blue
                     another below ``room_below`` with room for at least
                     ``min_pool_clients``
front_runners        organisations among the most connected (top quartile of    yellow
                     degree) with readiness at least 4 ("strength")
tables_to_merge      two initiatives with a member overlap (Jaccard) of at      blue
                     least ``merge_min_jaccard``
too_many_tables      an organisation at more tables than the analysis'          blue
                     ``max_tables``
perception_gap       two layers (e.g. board and work floor) differ by at        green
                     least ``min_gap`` on a dimension and the bootstrap
                     interval excludes 0 (both layers at least the suppression
                     threshold of respondents)
===================  =========================================================  ======

The colours are those of the colour model of change (De Caluwé & Vermaak):
blue = clear agreements, yellow = coalitions and interests, red = incentives,
green = learning together, white = let it grow. Red and white are not given by
a rule: they are the adviser's call.

Scoring
-------
Each candidate gets, on a 0-1 scale:

* **impact**: per kind (clients affected, pressure relieved, reach; see the
  functions);
* **effort**: ``0.5 × organisations involved`` (1 → 0, ``effort_orgs_cap`` + 1
  → 1) ``+ 0.5 × contract`` (0 nothing, 0.5 an agreement or contract between
  the parties, 1 money);
* **readiness** of the organisations involved: mean survey score mapped from
  1-5 to 0-1 (unknown counts 0.5).

``priority = w_impact × impact + w_ease × (1 − effort) + w_readiness × readiness``
(weights :class:`QuickWinWeights`, scaled to sum to 1). Candidates are ranked
by priority times a confidence weight (:data:`CONFIDENCE_WEIGHT`: 1 high,
0.8 moderate, 0.6 low), so a step we are surer of comes first; at most
``max_per_kind`` of each kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import numpy as np
import pandas as pd

from scan.analysis.network import strength_of
from scan.analysis.readiness import gaps_shown
from scan.analysis.saiddone import tie_between
from scan.diagnosis.bottlenecks import Weights, latest_services
from scan.diagnosis.evidence import (
    Confidence,
    Level,
    Message,
    Num,
    Org,
    Orgs,
    Term,
    capped,
    count,
    num,
    response_level,
)
from scan.disclosure import SUPPRESSION_THRESHOLD, derived

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis
    from scan.data.model import ScanData

Kind = Literal[
    "missing_link",
    "asymmetric_tie",
    "capacity_pool",
    "front_runners",
    "tables_to_merge",
    "too_many_tables",
    "perception_gap",
]
KINDS: tuple[str, ...] = (
    "missing_link",
    "asymmetric_tie",
    "capacity_pool",
    "front_runners",
    "tables_to_merge",
    "too_many_tables",
    "perception_gap",
)
Colour = Literal["blue", "yellow", "red", "green", "white"]
COLOURS_ALL: tuple[str, ...] = ("blue", "yellow", "red", "green", "white")
#: The intervention each kind calls for (colour model of change).
COLOURS: dict[str, Colour] = {
    "missing_link": "green",
    "asymmetric_tie": "yellow",
    "capacity_pool": "blue",
    "front_runners": "yellow",
    "tables_to_merge": "blue",
    "too_many_tables": "blue",
    "perception_gap": "green",
}
#: Whether a kind needs an agreement or contract (0.5) or money (1) besides talking.
CONTRACT: dict[str, float] = {
    "missing_link": 0.0,
    "asymmetric_tie": 0.0,
    "capacity_pool": 0.5,
    "front_runners": 0.0,
    "tables_to_merge": 0.0,
    "too_many_tables": 0.0,
    "perception_gap": 0.0,
}


@dataclass(frozen=True)
class QuickWinWeights(Weights):
    """Weights of impact, ease (1 − effort) and readiness in the priority.

    Examples
    --------
    >>> QuickWinWeights().normalised()
    {'impact': 0.5, 'ease': 0.25, 'readiness': 0.25}
    """

    impact: float = 0.5
    ease: float = 0.25
    readiness: float = 0.25

    _order: ClassVar[tuple[str, ...]] = ("impact", "ease", "readiness")


@dataclass(frozen=True)
class QuickWinParams:
    """Thresholds of the quick-win rules (see the module docstring).

    Attributes
    ----------
    weights : QuickWinWeights
    max_per_kind : int
        At most this many quick wins of one kind (the highest priority).
    min_link_clients : int
        Smallest number of clients between two organisations for a missing link.
    weak_tie_level : int
        A tie at this frequency level or lower (1 = yearly) counts as weak.
    link_clients_cap : float
        Clients at which a missing link's impact is full.
    min_reliance : float
        Smallest reliance (0-1) of A on B for an asymmetric tie.
    tie_clients_cap : float
        Clients from A to B at which an asymmetric tie's impact is full.
    room_below : float
        Utilisation below which an organisation has room to take on clients.
    min_pool_clients : int
        Smallest excess and room (clients per period) for a capacity pool.
    ready_min : float
        Readiness (1-5) a front-runner needs.
    central_quantile : float
        A front-runner's degree centrality is at least this quantile of the region's.
    min_ready_respondents : int
        Survey respondents a front-runner's readiness needs.
    max_front_runners : int
        Largest coalition proposed.
    merge_min_jaccard : float
        Smallest member overlap for tables to merge.
    min_gap : float
        Smallest perception gap (1-5 scale).
    gap_cap : float
        Gap at which the impact is full.
    effort_orgs_cap : int
        Organisations (besides the first) at which the organisational effort is full.

    Examples
    --------
    >>> QuickWinParams(max_per_kind=5).min_link_clients
    20
    """

    weights: QuickWinWeights = QuickWinWeights()
    max_per_kind: int = 3
    min_link_clients: int = 20
    weak_tie_level: int = 1
    link_clients_cap: float = 100.0
    min_reliance: float = 0.5
    tie_clients_cap: float = 100.0
    room_below: float = 0.9
    min_pool_clients: int = 5
    ready_min: float = 4.0
    central_quantile: float = 0.75
    min_ready_respondents: int = 3
    max_front_runners: int = 5
    merge_min_jaccard: float = 0.75
    min_gap: float = 1.0
    gap_cap: float = 2.0
    effort_orgs_cap: int = 6


@dataclass(frozen=True)
class Candidate:
    """A quick win found by a rule, before scoring.

    Attributes
    ----------
    kind : str
    key : str
        Identifies the candidate within its kind (org ids, initiative or dimension).
    org_ids : tuple of str
        The organisations involved, in the order the sentence names them.
    impact : float
        0-1.
    effort_orgs : int
        Organisations that have to act (for the effort).
    evidence : dict
        The numbers behind it (people as :class:`~scan.diagnosis.evidence.Count`).
    sources : tuple of str
        Tables used.
    issues : tuple of (level, reason)
        What lowers the confidence.
    message : Message
        The sentence.
    readiness_orgs : tuple of str, optional
        Whose readiness counts (default ``org_ids``); empty: the region's.

    Examples
    --------
    >>> c = Candidate("too_many_tables", "A", ("A",), 0.2, 1, {}, ("initiatives",), (),
    ...               Message.of("qw.too_many_tables"))
    >>> c.kind, c.org_ids
    ('too_many_tables', ('A',))
    """

    kind: str
    key: str
    org_ids: tuple[str, ...]
    impact: float
    effort_orgs: int
    evidence: dict[str, Any]
    sources: tuple[str, ...]
    issues: tuple[tuple[Level, str], ...]
    message: Message
    readiness_orgs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class QuickWin:
    """A scored quick win (:func:`quick_wins`).

    Attributes
    ----------
    candidate : Candidate
    impact, effort, readiness, priority : float
        0-1.
    contributions : dict
        ``impact``, ``ease`` and ``readiness``: weight × value, summing to the priority.
    colour : str
        Colour of the intervention.
    contract : float
        0, 0.5 or 1 (see :data:`CONTRACT`).
    issues : tuple of (level, reason)
        The candidate's issues plus unknown readiness.

    Examples
    --------
    >>> data, a = example_region()
    >>> quick_wins(data, a)[0].id
    'QW-missing_link-A-B'
    """

    candidate: Candidate
    impact: float
    effort: float
    readiness: float
    priority: float
    contributions: dict[str, float]
    colour: str
    contract: float
    issues: tuple[tuple[Level, str], ...]

    @property
    def kind(self) -> str:
        """The kind of quick win."""
        return self.candidate.kind

    @property
    def id(self) -> str:
        """Stable id: ``QW-<kind>-<key>``."""
        return f"QW-{self.candidate.kind}-{self.candidate.key}"


def slug(text: str) -> str:
    """A stable, readable id part: lower case, letters and digits, words joined by ``-``.

    Examples
    --------
    >>> slug("Regionale ouderenzorgtafel (2026)")
    'regionale-ouderenzorgtafel-2026'
    """
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def network_issues(analysis: Analysis) -> list[tuple[Level, str]]:
    """What lowers the confidence of anything read from the network survey.

    The one rule for every finding (``docs/findings.md``, Confidence): no
    network data is ``moderate`` (``no_network_data``, like every table that was
    not delivered; two or more missing tables make ``sparse_data`` low), and a
    response rate below 80 % is ``moderate``, below 65 % (or unknown) ``low``
    (:func:`~scan.diagnosis.evidence.response_level`).

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> network_issues(NS(network=None))
    [('moderate', 'no_network_data')]
    >>> network_issues(NS(network=NS(scores={"response_rate": 0.7})))
    [('moderate', 'response_rate_moderate')]
    >>> network_issues(NS(network=NS(scores={"response_rate": None})))
    [('low', 'response_rate_low')]
    """
    if analysis.network is None:
        return [("moderate", "no_network_data")]
    level = response_level(num(analysis.network.scores.get("response_rate")))
    return [] if level == "high" else [(level, f"response_rate_{level}")]


def _clients_between(shares: pd.DataFrame) -> dict[tuple[str, str], float]:
    return {
        (str(a), str(b)): float(c)
        for a, b, c in zip(shares["from_org"], shares["to_org"], shares["clients"], strict=True)
        if c > 0
    }


def _share_between(shares: pd.DataFrame) -> dict[tuple[str, str], float]:
    return {
        (str(a), str(b)): float(s)
        for a, b, s in zip(
            shares["from_org"], shares["to_org"], shares["share_of_outflow"], strict=True
        )
    }


# --------------------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------------------


def missing_links(analysis: Analysis, params: QuickWinParams) -> list[Candidate]:
    """Pairs that share many clients but have no working relation (see the module table).

    A pair where neither organisation answered the network survey is skipped:
    the absence of a tie is then unknown, not observed. When one side did not
    answer, the confidence is low.

    Impact: the clients between them (the larger of flows both ways and
    shared clients), ``link_clients_cap`` → 1.

    Examples
    --------
    >>> data, a = example_region()
    >>> [(c.key, c.evidence["tie"], c.impact) for c in missing_links(a, QuickWinParams())]
    [('A-B', 'none', 1.0)]
    """
    dep, net = analysis.dependencies, analysis.network
    if dep is None or net is None:
        return []
    G = net.graph
    flows = _clients_between(dep.shares)
    shares = _share_between(dep.shares)
    shared: dict[tuple[str, str], float] = {}
    if dep.shared_clients is not None:
        for a, b, n in zip(
            dep.shared_clients["org_a"],
            dep.shared_clients["org_b"],
            dep.shared_clients["shared_clients"],
            strict=True,
        ):
            shared[tuple(sorted((str(a), str(b))))] = float(n)  # type: ignore[index]
    pairs = {tuple(sorted(k)) for k in flows} | set(shared)
    base = network_issues(analysis)
    out = []
    for a, b in sorted(pairs):
        both_ways = flows.get((a, b), 0.0) + flows.get((b, a), 0.0)
        volume = max(both_ways, shared.get((a, b), 0.0))
        if volume < params.min_link_clients:
            continue
        if a not in G or b not in G:
            continue
        ra, rb, levels = tie_between(G, a, b)
        if not (ra or rb):
            continue  # nobody could tell us whether they work together
        if levels and max(levels) > params.weak_tie_level:
            continue  # a working relation exists
        issues = list(base)
        if not (ra and rb):
            issues.append(("low", "one_side_did_not_answer"))
        freq = {
            f"frequency_{u}_to_{v}": (G[u][v].get("frequency") if G.has_edge(u, v) else None)
            for u, v in ((a, b), (b, a))
        }
        evidence: dict[str, Any] = {
            "clients_a_to_b": count(flows.get((a, b), 0.0)),
            "clients_b_to_a": count(flows.get((b, a), 0.0)),
            "shared_clients": count(shared[(a, b)]) if (a, b) in shared else None,
            "share_of_a_outflow": num(shares.get((a, b))),
            "share_of_b_outflow": num(shares.get((b, a))),
            "tie": "weak" if levels else "none",
            "a_answered": ra,
            "b_answered": rb,
            "frequency_a_to_b": freq[f"frequency_{a}_to_{b}"],
            "frequency_b_to_a": freq[f"frequency_{b}_to_{a}"],
        }
        sources = (dep.source, "ties") + (("episodes",) if (a, b) in shared else ())
        out.append(
            Candidate(
                kind="missing_link",
                key=f"{a}-{b}",
                org_ids=(a, b),
                impact=float(capped(volume, 0.0, params.link_clients_cap)),
                effort_orgs=2,
                evidence=evidence,
                sources=tuple(dict.fromkeys(sources)),
                issues=tuple(issues),
                message=Message.of(
                    "qw.missing_link" if not levels else "qw.missing_link_weak",
                    a=Org(a),
                    b=Org(b),
                    clients=count(volume),
                ),
            )
        )
    return out


#: The sentence of an asymmetric tie by its reason
#: (see :func:`scan.analysis.network.asymmetric_ties`).
#: ``rated_lower`` is no quick win: "A trusts B far more than B trusts A" is a judgement on
#: two partners' ratings of each other, fewer than :data:`scan.disclosure.MIN_RATERS`.
ASYMMETRIC_MESSAGE: dict[str, str] = {
    "not_named_back": "qw.asymmetric_tie",
    "less_often": "qw.asymmetric_tie_less_often",
}
#: The sentence when one organisation relies on several that do not return it.
ASYMMETRIC_MESSAGE_MANY: dict[str, str] = {
    "not_named_back": "qw.asymmetric_tie_many",
    "less_often": "qw.asymmetric_tie_less_often_many",
}


def asymmetric_ties(analysis: Analysis, params: QuickWinParams) -> list[Candidate]:
    """Ties A relies on that B hardly returns, grouped per organisation.

    Only the relation counts (:func:`scan.analysis.network.asymmetric_ties`):
    B does not name A, or reports working together far less often. That B
    trusts A far less is left to the adviser (``monitor.json``): it compares
    one partner's rating with the other's, and even in words it would tell
    each which way the other answered. That B is valued more than A (power,
    involvement, resources) is a difference in position, not a one-sided tie.

    Reliance of A on B is the mean of what is known of: the tie's strength
    (how often, daily = 1) and the share of A's outflow that goes to B. A's
    value rating of B is one rater's rating (fewer than
    :data:`scan.disclosure.MIN_RATERS`): it does not enter, since the
    reliance, the impact and the priority are shown beside the frequency and
    the share and would give it back. Impact: the reliance, scaled by
    the clients A sends to B (half at none, full from ``tie_clients_cap``);
    the reliance alone without flow data.

    One-sided ties that share an organisation and a reason are one
    conversation (:func:`_grouped`): A that names several organisations that
    do not return it, or B that does not return several, listed under its
    strongest tie with the others in its evidence.

    Examples
    --------
    >>> data, a = example_region()
    >>> [(c.key, c.evidence["reason"]) for c in asymmetric_ties(a, QuickWinParams())]
    [('A-D', 'not_named_back')]
    """
    net = analysis.network
    if net is None or len(net.asymmetric_ties) == 0:
        return []
    dep = analysis.dependencies
    flows = _clients_between(dep.shares) if dep is not None else {}
    shares = _share_between(dep.shares) if dep is not None else {}
    G = net.graph
    base = network_issues(analysis)
    out = []
    for row in net.asymmetric_ties.to_dict("records"):
        if str(row["reason"]) not in ASYMMETRIC_MESSAGE:
            continue  # rated lower: two raters (see ASYMMETRIC_MESSAGE)
        a, b = str(row["org_a"]), str(row["org_b"])
        level = G[a][b].get("frequency_level") if G.has_edge(a, b) else None
        parts = [strength_of(level)]
        share = shares.get((a, b))
        if share is not None:
            parts.append(share)
        reliance = float(np.mean(parts))
        if reliance < params.min_reliance - 1e-12:
            continue
        clients = flows.get((a, b), 0.0)
        impact = (
            reliance * (0.5 + 0.5 * float(capped(clients, 0.0, params.tie_clients_cap)))
            if dep is not None
            else reliance
        )
        reason = str(row["reason"])
        evidence = {
            "reason": reason,
            "reliance": reliance,
            "frequency_a_to_b": row.get("frequency_a"),
            "frequency_b_to_a": row.get("frequency_b"),
            # one partner's rating of another (one rater): never shown, monitor.json has it
            "trust_a_to_b": None,
            "trust_b_to_a": None,
            "value_a_to_b": None,
            "value_b_to_a": None,
            "clients_a_to_b": count(clients) if dep is not None else None,
            "share_of_a_outflow": num(share),
        }
        out.append(
            Candidate(
                kind="asymmetric_tie",
                key=f"{a}-{b}",
                org_ids=(a, b),
                impact=impact,
                effort_orgs=2,
                evidence=evidence,
                sources=("ties",) + ((dep.source,) if dep is not None else ()),
                issues=tuple(base) + _reason_issues(reason),
                message=Message.of(ASYMMETRIC_MESSAGE[reason], a=Org(a), b=Org(b)),
            )
        )
    resp = {str(v) for v, r in G.nodes(data="respondent") if r}
    named = {str(v): sum(1 for w in G.successors(v) if str(w) in resp) for v in G}
    returned = num(net.scores.get("reciprocity"))
    return _grouped(out, named, None if returned is None else 1.0 - returned)


def _reason_issues(reason: str) -> tuple[tuple[Level, str], ...]:
    """What lowers the confidence in a one-sided tie of this kind.

    How often two organisations work together is a perception each side
    answers in its own way (informant accuracy, Marsden 1990): a tie that is
    one-sided only in frequency is ``moderate``.

    Examples
    --------
    >>> _reason_issues("less_often"), _reason_issues("not_named_back")
    ((('moderate', 'frequency_reported_differently'),), ())
    """
    return (("moderate", "frequency_reported_differently"),) if reason == "less_often" else ()


def _grouped(
    items: list[Candidate], named: Mapping[str, int], norm: float | None = None
) -> list[Candidate]:
    """One-sided ties that share an organisation and a reason, as one candidate each.

    Repeatedly the organisation in the most remaining one-sided ties of one
    reason forms a group: as A (it names several that do not return it) or as
    B (it does not return several); ties go to A before B, then by name. A
    group is kept under its strongest tie, with the other organisations in
    ``others_a_relies_on`` or ``others_relying_on_b``; ``partners_named_by_a``
    is how many organisations that answered A names.

    Its impact is that of its strongest tie, except for A whose partners do
    not name it back more often than is usual in the region (``norm``, the
    share of ties between respondents that is not returned): then the impact
    moves from the strongest tie's towards 1 by how far A's share exceeds the
    norm, ``(share − norm) / (1 − norm)``. An organisation five of whose six
    partners do not name it back is the most telling; one that is named by
    more than it names (a well-known organisation) is no news by itself.

    Examples
    --------
    >>> m = Message.of("x")
    >>> ev = {"reason": "not_named_back"}
    >>> cs = [Candidate("asymmetric_tie", f"{a}-{b}", (a, b), i, 2, ev, (), (), m)
    ...       for a, b, i in (("A", "P1", 0.5), ("A", "P2", 0.6), ("C", "B", 0.9), ("D", "B", 0.5))]
    >>> [(c.key, c.evidence["others_a_relies_on"], c.evidence["others_relying_on_b"],
    ...   round(c.impact, 2)) for c in _grouped(cs, {"A": 2}, norm=0.5)]
    [('A-P2', ['P1'], [], 1.0), ('C-B', [], ['D'], 0.9)]
    """

    def reason_of(c: Candidate) -> str:
        return str(c.evidence.get("reason"))

    remaining = sorted(items, key=lambda c: c.key)
    groups: list[tuple[str, list[Candidate]]] = []
    while remaining:
        tally: dict[tuple[str, str, str], int] = {}
        for c in remaining:
            reason = reason_of(c)
            for side, org in (("a", c.org_ids[0]), ("b", c.org_ids[1])):
                tally[(org, side, reason)] = tally.get((org, side, reason), 0) + 1
        org, side, reason = min(tally, key=lambda k: (-tally[k], k[1], k[0], k[2]))
        at = 0 if side == "a" else 1
        group = [c for c in remaining if c.org_ids[at] == org and reason_of(c) == reason]
        remaining = [c for c in remaining if c not in group]
        groups.append((side, sorted(group, key=lambda c: (-round(c.impact, 12), c.key))))
    out = []
    for side, group in sorted(groups, key=lambda g: g[1][0].key):
        first = group[0]
        a = first.org_ids[0]
        others = [c.org_ids[1] if side == "a" else c.org_ids[0] for c in group[1:]]
        evidence = dict(first.evidence)
        evidence["others_a_relies_on"] = others if side == "a" else []
        evidence["others_relying_on_b"] = others if side == "b" else []
        evidence["partners_named_by_a"] = int(named.get(a, 0))
        evidence["not_named_back_share"] = None
        evidence["region_not_named_back"] = norm
        excess = 0.0
        if side == "a" and others and reason_of(first) == "not_named_back" and norm is not None:
            share = len(group) / max(int(named.get(a, 0)), len(group))
            excess = float(capped(share, norm, 1.0)) if norm < 1.0 else 0.0
            evidence["not_named_back_share"] = share
        message = first.message
        if side == "a" and others:
            message = Message.of(
                ASYMMETRIC_MESSAGE_MANY[reason_of(first)],
                a=Org(a),
                orgs=Orgs(tuple(c.org_ids[1] for c in group)),
                n=len(group),
                named=int(named.get(a, 0)),
            )
        out.append(
            Candidate(
                kind=first.kind,
                key=first.key,
                org_ids=first.org_ids,
                impact=first.impact + (1.0 - first.impact) * excess,
                effort_orgs=first.effort_orgs,  # one conversation, led by A or B
                evidence=evidence,
                sources=first.sources,
                issues=first.issues,
                message=message,
            )
        )
    return out


def capacity_pools(
    analysis: Analysis,
    params: QuickWinParams,
    types: Mapping[str, str] | None = None,
    suppression_threshold: int = SUPPRESSION_THRESHOLD,
) -> list[Candidate]:
    """Same service, one organisation overloaded and one with room (latest periods).

    The clients that could move are ``min(excess of the one, room of the
    other)`` per period. Impact: the mean of those clients
    (``link_clients_cap`` → 1), the part of the excess they are, and how far
    over capacity the overloaded one is (100 % → 0, 150 % → 1).

    The sentence names the room; when a demand is suppressed, its capacity and
    utilisation are left out of the evidence (:func:`scan.disclosure.derived`):
    room and capacity, or capacity and utilisation, give the demand back.

    Examples
    --------
    >>> data, a = example_region()
    >>> [(c.key, c.evidence["movable"]) for c in capacity_pools(a, QuickWinParams())]
    [('A-B-wijk', Count(n=30))]
    """
    s = latest_services(analysis)
    if len(s) == 0:
        return []
    types = types or {}
    over = s[(s["utilisation"] > 1.0) & (s["excess"] >= params.min_pool_clients)]
    room = s[(s["utilisation"] < params.room_below) & (s["spare"] >= params.min_pool_clients)]
    # per service the organisations with room, most room first
    by_service: dict[str, list[dict[str, Any]]] = {}
    for r in room.sort_values(["spare", "org_id"], ascending=[False, True]).to_dict("records"):
        by_service.setdefault(str(r["service"]), []).append(r)
    out = []
    for o in over.sort_values(["org_id", "service"]).to_dict("records"):
        # the partners with the most room are the ones worth proposing
        peers = [r for r in by_service.get(str(o["service"]), []) if r["org_id"] != o["org_id"]]
        for r in peers[: params.max_per_kind]:
            movable = min(float(o["excess"]), float(r["spare"]))
            impact = (
                float(capped(movable, 0.0, params.link_clients_cap))
                + movable / float(o["excess"])
                + float(capped(o["utilisation"], 1.0, 1.5))
            ) / 3.0
            a, b = str(o["org_id"]), str(r["org_id"])
            # capacity and utilisation beside a suppressed demand would give it back
            t = suppression_threshold
            same_type = types.get(a) is not None and types.get(a) == types.get(b)
            issues: list[tuple[Level, str]] = []
            if not same_type:
                issues.append(("moderate", "different_type"))
            out.append(
                Candidate(
                    kind="capacity_pool",
                    key=f"{a}-{b}-{slug(o['service']) or 'service'}",
                    org_ids=(a, b),
                    impact=impact,
                    effort_orgs=2,
                    evidence={
                        "service": str(o["service"]),
                        "period_a": str(o["period"]),
                        "period_b": str(r["period"]),
                        "utilisation_a": derived(float(o["utilisation"]), o["demand"], threshold=t),
                        "utilisation_b": derived(float(r["utilisation"]), r["demand"], threshold=t),
                        "capacity_a": derived(float(o["capacity"]), o["demand"], threshold=t),
                        "capacity_b": derived(float(r["capacity"]), r["demand"], threshold=t),
                        "demand_a": count(o["demand"]),
                        "demand_b": count(r["demand"]),
                        "excess_a": count(o["excess"]),
                        "room_b": count(r["spare"]),
                        "movable": count(movable),
                        "same_type": bool(same_type),
                    },
                    sources=("capacity",),
                    issues=tuple(issues),
                    message=Message.of(
                        # without a service named, the sentence does without it
                        "qw.capacity_pool" if o["service"] else "qw.capacity_pool_no_service",
                        a=Org(a),
                        b=Org(b),
                        service=str(o["service"]),
                        room=count(r["spare"]),
                    ),
                )
            )
    return out


def front_runners(analysis: Analysis, params: QuickWinParams) -> list[Candidate]:
    """Central, ready organisations that can start a small coalition (one candidate).

    Impact: the coalition's reach, the share of the other organisations tied
    to at least one of them.

    Examples
    --------
    >>> data, a = example_region()
    >>> front_runners(a, QuickWinParams())  # no survey: nobody is known to be ready
    []
    """
    prof, net = analysis.organisations, analysis.network
    if net is None or "readiness" not in prof.columns or "degree_centrality" not in prof.columns:
        return []
    dc = pd.to_numeric(prof["degree_centrality"], errors="coerce").astype(float)
    if dc.notna().sum() == 0:
        return []
    threshold = float(dc.quantile(params.central_quantile))
    ready = pd.to_numeric(prof["readiness"], errors="coerce").astype(float)
    n_resp = pd.to_numeric(prof["readiness_respondents"], errors="coerce").fillna(0)
    ok = (
        (ready >= params.ready_min - 1e-9)
        & (n_resp >= params.min_ready_respondents)
        & (dc >= threshold - 1e-12)
    )
    chosen = prof[ok.to_numpy(bool)]
    if len(chosen) == 0:
        return []
    order = sorted(chosen.index, key=lambda v: (-float(dc[v]), str(v)))[: params.max_front_runners]
    ids = tuple(sorted(str(v) for v in order))
    U = net.undirected
    reached = set()
    for v in ids:
        if v in U:
            reached |= set(map(str, U.neighbors(v)))
    others = [str(v) for v in U if str(v) not in ids]
    reach = len(reached - set(ids)) / len(others) if others else 0.0
    members = [
        {
            "org_id": v,
            "readiness": float(ready[v]),
            "respondents": count(n_resp[v]),
            "degree_centrality": float(dc[v]),
            "partners": int(U.degree(v)) if v in U else 0,
        }
        for v in ids
    ]
    issues = network_issues(analysis)
    if any(n_resp[v] < 5 for v in ids):
        issues.append(("moderate", "few_survey_respondents"))
    return [
        Candidate(
            kind="front_runners",
            key="-".join(ids),
            org_ids=ids,
            impact=reach,
            effort_orgs=len(ids),
            evidence={
                "members": members,
                "reach": reach,
                "degree_threshold": threshold,
                "ready_min": params.ready_min,
            },
            sources=("ties", "survey"),
            issues=tuple(issues),
            message=Message.of(
                "qw.front_runners" if len(ids) > 1 else "qw.front_runner", orgs=Orgs(ids)
            ),
        )
    ]


def _members(initiatives: pd.DataFrame, name: str) -> tuple[list[str], list[str]]:
    rows = initiatives[initiatives["initiative"].astype(str) == name]
    members = sorted(set(rows["org_id"].dropna().astype(str)))
    if "role" in rows.columns:
        lead = rows["role"].astype("string").str.lower() == "lead"
        leads = sorted(set(rows.loc[lead.fillna(False).to_numpy(bool), "org_id"].astype(str)))
    else:
        leads = []
    return members, leads


def tables_to_merge(
    analysis: Analysis, params: QuickWinParams, initiatives: pd.DataFrame
) -> list[Candidate]:
    """Initiatives where largely the same organisations meet. Impact: the member overlap.

    Examples
    --------
    >>> data, a = example_region()
    >>> [(c.key, c.impact) for c in tables_to_merge(a, QuickWinParams(), data.initiatives)]
    [('t1--t2', 0.75)]
    """
    gov = analysis.governance
    if gov is None or len(gov.merge_candidates) == 0:
        return []
    mc = gov.merge_candidates[gov.merge_candidates["jaccard"] >= params.merge_min_jaccard - 1e-12]
    busy = set(gov.load.index[gov.load["too_many"].astype(bool)].astype(str))
    out = []
    for row in mc.to_dict("records"):
        a, b = str(row["initiative_a"]), str(row["initiative_b"])
        ma, la = _members(initiatives, a)
        mb, lb = _members(initiatives, b)
        members = sorted(set(ma) | set(mb))
        leads = sorted(set(la) | set(lb))
        out.append(
            Candidate(
                kind="tables_to_merge",
                key=f"{slug(a)}--{slug(b)}",
                org_ids=tuple(members),
                impact=float(row["jaccard"]),
                effort_orgs=max(len(leads), 1),
                evidence={
                    "initiative_a": a,
                    "initiative_b": b,
                    "shared_members": int(row["shared"]),
                    "members_a": int(row["members_a"]),
                    "members_b": int(row["members_b"]),
                    "jaccard": float(row["jaccard"]),
                    "same_line": bool(row["same_line"]),
                    "leads": leads,
                    "members_at_too_many_tables": sorted(set(members) & busy),
                },
                sources=("initiatives",),
                issues=(),
                message=Message.of(
                    "qw.tables_to_merge",
                    a=a,
                    b=b,
                    shared=Num(float(row["shared"]), 0),
                    members=Num(float(len(members)), 0),
                ),
                readiness_orgs=tuple(leads) if leads else tuple(members),
            )
        )
    return out


def too_many_tables(analysis: Analysis, params: QuickWinParams) -> list[Candidate]:
    """Organisations at more tables than ``max_tables``.

    Impact: the tables above the maximum, ``max_tables`` more → 1.

    Examples
    --------
    >>> data, a = example_region()
    >>> too_many_tables(a, QuickWinParams())  # nobody at more than 5 tables
    []
    """
    gov = analysis.governance
    if gov is None or len(gov.load) == 0:
        return []
    limit = int(analysis.params.max_tables)
    busy = gov.load[gov.load["too_many"].astype(bool)]
    out = []
    for org, row in busy.iterrows():
        org = str(org)
        n = int(row["initiatives"])
        out.append(
            Candidate(
                kind="too_many_tables",
                key=org,
                org_ids=(org,),
                impact=float(capped(n - limit, 0.0, float(max(limit, 1)))),
                effort_orgs=1,
                evidence={
                    "initiatives": n,
                    "max_tables": limit,
                    "leads": int(row["leads"]),
                    "development_lines": int(row["development_lines"]),
                },
                sources=("initiatives",),
                issues=(),
                message=Message.of("qw.too_many_tables", org=Org(org), n=Num(float(n), 0)),
            )
        )
    return out


def perception_gaps(
    analysis: Analysis, params: QuickWinParams, suppression_threshold: int
) -> list[Candidate]:
    """Layers that see a dimension very differently (region level, one per dimension).

    Only gaps whose bootstrap interval excludes 0, at least ``min_gap`` large,
    with at least ``suppression_threshold`` respondents in each layer (so no
    small group can be recognised). Impact: the gap, ``gap_cap`` → 1.

    Examples
    --------
    >>> data, a = example_region()
    >>> perception_gaps(a, QuickWinParams(), 5)  # no survey
    []
    """
    rdy = analysis.readiness
    if rdy is None or len(rdy.gaps) == 0:
        return []
    g = rdy.gaps.copy()
    g["abs_gap"] = g["gap"].abs()
    # both layers large enough, and neither hidden to protect a small one (gaps_shown)
    g = g[
        g["significant"].astype(bool)
        & (g["abs_gap"] >= params.min_gap - 1e-12)
        & gaps_shown(g, rdy.by_layer, suppression_threshold)
    ]
    out = []
    g = g.sort_values(
        ["abs_gap", "dimension", "layer_a", "layer_b"], ascending=[False, True, True, True]
    )
    for row in g.drop_duplicates("dimension").to_dict("records"):
        dim = str(row["dimension"])
        issues: list[tuple[Level, str]] = []
        if min(int(row["n_a"]), int(row["n_b"])) < 10:
            issues.append(("moderate", "few_survey_respondents"))
        out.append(
            Candidate(
                kind="perception_gap",
                key=f"{dim}-{row['layer_a']}-{row['layer_b']}",
                org_ids=(),
                impact=float(capped(row["abs_gap"], 0.0, params.gap_cap)),
                effort_orgs=1,
                evidence={
                    "dimension": dim,
                    "layer_a": str(row["layer_a"]),
                    "layer_b": str(row["layer_b"]),
                    "mean_a": float(row["mean_a"]),
                    "mean_b": float(row["mean_b"]),
                    "gap": float(row["gap"]),
                    "ci_low": float(row["ci_low"]),
                    "ci_high": float(row["ci_high"]),
                    "ci_level": float(analysis.params.ci_level),
                    "respondents_a": count(row["n_a"]),
                    "respondents_b": count(row["n_b"]),
                },
                sources=("survey",),
                issues=tuple(issues),
                message=Message.of(
                    "qw.perception_gap",
                    layer_a=Term("layer", str(row["layer_a"])),
                    layer_b=Term("layer", str(row["layer_b"])),
                    dimension=Term("dimension", dim),
                    mean_a=Num(float(row["mean_a"]), 1),
                    mean_b=Num(float(row["mean_b"]), 1),
                ),
                readiness_orgs=(),
            )
        )
    return out


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def readiness_scaled(analysis: Analysis) -> pd.Series | None:
    """Every organisation's readiness (1-5) mapped to 0-1 (NaN unknown); None without it.

    Examples
    --------
    >>> data, a = example_region()
    >>> readiness_scaled(a) is None  # no survey
    True
    """
    prof = analysis.organisations
    if "readiness" not in prof.columns:
        return None
    vals = pd.to_numeric(prof["readiness"], errors="coerce").astype(float)
    return ((vals - 1.0) / 4.0).clip(0, 1)


def readiness_of(
    analysis: Analysis,
    org_ids: tuple[str, ...],
    *,
    scaled: pd.Series | None = None,
) -> float | None:
    """Mean readiness (1-5) of the organisations, mapped to 0-1; the region's for ``()``.

    None when unknown. ``scaled`` is :func:`readiness_scaled` when the caller
    has it already (it scores many candidates).

    Examples
    --------
    >>> data, a = example_region()
    >>> readiness_of(a, ("A",)) is None  # no survey
    True
    """
    if not org_ids:
        rdy = analysis.readiness
        if rdy is None or len(rdy.region) == 0:
            return None
        overall = rdy.region[rdy.region["dimension"] == "overall"]["score"]
        return float((overall.iloc[0] - 1.0) / 4.0) if len(overall) else None
    if scaled is None:
        scaled = readiness_scaled(analysis)
    if scaled is None:
        return None
    vals = scaled.reindex(list(org_ids)).dropna()
    if len(vals) == 0:
        return None
    return float(vals.mean())


def score(
    candidate: Candidate,
    analysis: Analysis,
    params: QuickWinParams,
    *,
    readiness: pd.Series | None = None,
) -> QuickWin:
    """Impact, effort, readiness and priority of a candidate (see the module docstring).

    ``readiness`` is :func:`readiness_scaled` when the caller has it already.

    Examples
    --------
    >>> data, a = example_region()
    >>> q = score(missing_links(a, QuickWinParams())[0], a, QuickWinParams())
    >>> round(q.effort, 3), q.readiness, round(q.priority, 3), q.colour
    (0.083, 0.5, 0.854, 'green')
    """
    contract = CONTRACT.get(candidate.kind, 0.0)
    effort = (
        0.5 * float(capped(candidate.effort_orgs - 1, 0.0, float(params.effort_orgs_cap)))
        + 0.5 * contract
    )
    whose = candidate.org_ids if candidate.readiness_orgs is None else candidate.readiness_orgs
    ready = readiness_of(analysis, whose, scaled=readiness)
    issues = list(candidate.issues)
    if ready is None:
        ready = 0.5
        issues.append(("moderate", "readiness_unknown"))
    w = params.weights.normalised()
    contributions = {
        "impact": w["impact"] * candidate.impact,
        "ease": w["ease"] * (1.0 - effort),
        "readiness": w["readiness"] * ready,
    }
    return QuickWin(
        candidate=candidate,
        impact=candidate.impact,
        effort=effort,
        readiness=ready,
        priority=sum(contributions.values()),
        contributions=contributions,
        colour=COLOURS.get(candidate.kind, "white"),
        contract=contract,
        issues=tuple(issues),
    )


def candidates(
    data: ScanData,
    analysis: Analysis,
    params: QuickWinParams | None = None,
    suppression_threshold: int = SUPPRESSION_THRESHOLD,
) -> list[Candidate]:
    """Every candidate of every rule, unscored.

    Examples
    --------
    >>> data, a = example_region()
    >>> sorted(c.kind for c in candidates(data, a))
    ['asymmetric_tie', 'capacity_pool', 'missing_link', 'tables_to_merge']
    """
    p = params or QuickWinParams()
    orgs = data.organisations
    types = (
        dict(zip(orgs["org_id"].astype(str), orgs["type"].astype(str), strict=True))
        if "type" in orgs.columns
        else {}
    )
    return [
        *missing_links(analysis, p),
        *asymmetric_ties(analysis, p),
        *capacity_pools(analysis, p, types, suppression_threshold),
        *front_runners(analysis, p),
        *tables_to_merge(analysis, p, data.initiatives),
        *too_many_tables(analysis, p),
        *perception_gaps(analysis, p, suppression_threshold),
    ]


def quick_wins(
    data: ScanData,
    analysis: Analysis,
    params: QuickWinParams | None = None,
    *,
    suppression_threshold: int = SUPPRESSION_THRESHOLD,
) -> list[QuickWin]:
    """The quick wins of a region, ranked by priority.

    Parameters
    ----------
    data : scan.data.model.ScanData
        For organisation types and initiative members.
    analysis : scan.analysis.analyse.Analysis
    params : QuickWinParams, optional
    suppression_threshold : int
        Also the smallest layer size for a perception gap.

    Returns
    -------
    list of QuickWin
        Highest priority first (ties by id), at most ``max_per_kind`` per kind.

    Examples
    --------
    >>> from scan.analysis.analyse import analyse
    >>> from scan.data.model import RegionInfo, ScanData
    >>> none = pd.DataFrame()
    >>> data = ScanData(region=RegionInfo(key="x", name="X"),
    ...     organisations=pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"],
    ...                                 "type": ["vvt", "ggz"]}),
    ...     ties=pd.DataFrame({"respondent_org": ["A", "B"], "partner_org": ["C", "C"]}),
    ...     flows=none, episodes=none, capacity=none, survey=none, initiatives=none)
    >>> quick_wins(data, analyse(data))
    []
    """
    p = params or QuickWinParams()
    ready = readiness_scaled(analysis)
    found = candidates(data, analysis, p, suppression_threshold)
    scored = [score(c, analysis, p, readiness=ready) for c in found]
    by_kind: dict[str, list[QuickWin]] = {}
    for q in scored:
        by_kind.setdefault(q.kind, []).append(q)
    kept = []
    for items in by_kind.values():
        items.sort(key=ranking_key)
        kept += items[: p.max_per_kind]
    kept.sort(key=ranking_key)
    return kept


#: How much of its priority a quick win keeps in the ranking, by confidence.
CONFIDENCE_WEIGHT: dict[str, float] = {"high": 1.0, "moderate": 0.8, "low": 0.6}


def ranking_key(q: QuickWin) -> tuple[float, str]:
    """Sort key: priority × confidence weight (highest first), then id.

    Examples
    --------
    >>> data, a = example_region()
    >>> [q.id for q in sorted(quick_wins(data, a), key=ranking_key)][:2]
    ['QW-missing_link-A-B', 'QW-tables_to_merge-t1--t2']
    """
    level = Confidence.of(q.issues).level
    return (-round(q.priority * CONFIDENCE_WEIGHT[level], 12), q.id)


def example_region() -> tuple[ScanData, Analysis]:
    """A tiny region for examples and quick checks: ``(data, analysis)``.

    A and B share 100 clients without a tie, A relies on D who does not name it,
    A is overloaded next to B with room in the same service, and two tables seat
    nearly the same organisations.

    Examples
    --------
    >>> data, a = example_region()
    >>> sorted(data.org_names())
    ['A', 'B', 'C', 'D']
    """
    from scan.analysis.analyse import AnalysisParams, analyse
    from scan.data.model import RegionInfo, ScanData

    def frame(**cols: list[Any]) -> pd.DataFrame:
        return pd.DataFrame(cols)

    orgs = frame(org_id=list("ABCD"), name=["Aa", "Bb", "Cc", "Dd"], type=["ggz"] + ["vvt"] * 3)
    ties = frame(
        respondent_org=["A", "C", "B", "C", "A", "D", "C"],
        partner_org=["C", "A", "C", "B", "D", "C", "D"],
        frequency=["weekly"] * 4 + ["daily"] + ["weekly"] * 2,
        value_power=[3.0] * 4 + [4.0] + [3.0] * 2,
    )
    flows = frame(
        from_org=["A", "B", "A"], to_org=["B", "A", "D"], period=["2026"] * 3, clients=[60, 40, 80]
    )
    capacity = frame(
        org_id=["A", "B"],
        period=["2026"] * 2,
        service=["wijk"] * 2,
        capacity=[100.0, 100.0],
        demand=[130.0, 70.0],
    )
    initiatives = frame(initiative=["T1"] * 3 + ["T2"] * 4, org_id=list("ABC") + list("ABCD"))
    none = pd.DataFrame()
    data = ScanData(RegionInfo("x", "X"), orgs, ties, flows, none, capacity, none, initiatives)
    return data, analyse(data, AnalysisParams(n_boot=100))
