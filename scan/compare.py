# ruff: noqa: E501
"""The follow-up scan: what changed since the baseline ("Wat is er veranderd").

A year after the first scan the adviser runs it again to see whether the
measures worked. :func:`compare` sets two *rounds* side by side and lists

* organisations that left or entered the region (matched through codes,
  names and aliases: a renamed organisation is the same organisation);
* new and lost working relations, relations that became (or stopped being)
  mutual, and pairs whose trust or value changed clearly;
* the region's network figures, with a bootstrap interval for the change in
  trust and value among relations named in both rounds;
* bottlenecks and transfers that became heavier, lighter, new or gone, and
  organisations whose pressure (utilisation) changed;
* the baseline's quick wins that show up as realised (the missing link now
  works together, the pressure is relieved, …);
* readiness per dimension and layer, with a 95 % interval of the change, so
  that noise is not sold as progress.

A round is what a scan leaves behind: ``findings.json`` (the diagnosis,
``docs/findings.md``), ``monitor.json`` (what the follow-up needs beyond the
findings: the tie list, readiness per layer, capacity, initiatives; written
by :func:`write_monitor`) and ``positions.json`` (the network map's layout,
so the same organisation keeps its place in both maps). The current round is
computed from the data (:func:`round_from_data`), with the baseline's
diagnosis parameters so a change of weights is never shown as a change in the
region.

Only differences that pass a threshold (:class:`CompareParams`) or whose
interval excludes zero are *changes* (:meth:`Changes.headlines`); everything
else is shown as unchanged.

Examples
--------
>>> before = example_round(ties=[("A", "B"), ("B", "A")])
>>> after = example_round(ties=[("A", "B"), ("B", "A"), ("A", "C"), ("C", "A")])
>>> [(h.kind, h.key) for h in compare(before, after).headlines()]
[('tie_new', 'A-C')]
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from scan import fmt, show
from scan.errors import ScanError
from scan.messages import DIMENSION_LABELS, LAYER_LABELS, Lang
from scan.show import Html

MONITOR_FORMAT = "netwerkscan-monitor"
POSITIONS_FORMAT = "netwerkscan-positions"
#: Version of monitor.json and positions.json; raised when keys change meaning.
MONITOR_VERSION = 1
#: The layer key of the whole region in the readiness rows.
ALL_LAYERS = "all"
_FREQ_LEVEL = {"never": 0, "yearly": 1, "quarterly": 2, "monthly": 3, "weekly": 4, "daily": 5}

# --------------------------------------------------------------------------------------
# Words (to be merged into scan.messages)
# --------------------------------------------------------------------------------------

#: The sentences and labels of the comparison.
TEXT: dict[str, dict[Lang, str]] = {
    "section": {"nl": "Wat is er veranderd", "en": "What has changed"},
    "title": {"nl": "Wat is er veranderd: {region}", "en": "What has changed: {region}"},
    "kicker": {"nl": "Vervolgscan", "en": "Follow-up scan"},
    "meta": {
        "nl": "Vergeleken: {before} (vorige scan) en {after} (deze scan)",
        "en": "Compared: {before} (previous scan) and {after} (this scan)",
    },
    "intro": {
        "nl": "Deze vergelijking zet de vorige scan ({before}) naast deze ({after}). Alleen verschillen die groter zijn dan toeval of meetonnauwkeurigheid kunnen verklaren, heten hier een verandering; de rest staat als 'gelijk gebleven'. Organisaties die een andere naam of code kregen, zijn herkend als dezelfde.",
        "en": "This comparison sets the previous scan ({before}) beside this one ({after}). Only differences larger than chance or measurement noise can explain are called a change here; the rest is shown as 'unchanged'. Organisations that got another name or code are recognised as the same.",
    },
    "none": {
        "nl": "Er zijn geen duidelijke veranderingen sinds de vorige scan.",
        "en": "There are no clear changes since the previous scan.",
    },
    "headlines": {"nl": "De belangrijkste veranderingen:", "en": "The main changes:"},
    "kf_new": {"nl": "nieuwe samenwerkingsrelaties", "en": "new working relations"},
    "kf_lost": {"nl": "verdwenen relaties", "en": "relations lost"},
    "kf_realised": {"nl": "quick wins gerealiseerd", "en": "quick wins realised"},
    "kf_left": {"nl": "organisaties vertrokken", "en": "organisations left"},
    "kf_entered": {"nl": "organisaties nieuw", "en": "organisations new"},
    # headlines
    "h.tie_new": {
        "nl": "{a} en {b} werken nu samen; bij de vorige scan niet.",
        "en": "{a} and {b} now work together; at the previous scan they did not.",
    },
    "h.tie_lost": {
        "nl": "{a} en {b} werken niet meer samen.",
        "en": "{a} and {b} no longer work together.",
    },
    "h.mutual_gained": {
        "nl": "{a} en {b} noemen elkaar nu allebei als partner.",
        "en": "{a} and {b} now both name each other as a partner.",
    },
    "h.mutual_lost": {
        "nl": "{a} en {b} noemen elkaar niet meer allebei.",
        "en": "{a} and {b} no longer both name each other.",
    },
    "h.trust_up": {
        "nl": "Het vertrouwen tussen {a} en {b} is gegroeid ({detail}).",
        "en": "Trust between {a} and {b} has grown ({detail}).",
    },
    "h.trust_down": {
        "nl": "Het vertrouwen tussen {a} en {b} is gedaald ({detail}).",
        "en": "Trust between {a} and {b} has fallen ({detail}).",
    },
    "h.trust_mixed": {
        "nl": "Het vertrouwen tussen {a} en {b} is veranderd ({detail}).",
        "en": "Trust between {a} and {b} has changed ({detail}).",
    },
    "h.value_mixed": {
        "nl": "De waarde die {a} en {b} in elkaar zien is veranderd ({detail}).",
        "en": "The value {a} and {b} see in each other has changed ({detail}).",
    },
    "h.value_up": {
        "nl": "{a} en {b} zien meer waarde in elkaar ({detail}).",
        "en": "{a} and {b} see more value in each other ({detail}).",
    },
    "h.value_down": {
        "nl": "{a} en {b} zien minder waarde in elkaar ({detail}).",
        "en": "{a} and {b} see less value in each other ({detail}).",
    },
    "h.org_left": {
        "nl": "{a} maakt geen deel meer uit van de regio.",
        "en": "{a} has left the region.",
    },
    "h.org_entered": {"nl": "{a} is nieuw in de regio.", "en": "{a} is new in the region."},
    "h.bottleneck_lighter": {
        "nl": "Het knelpunt bij {a} is kleiner geworden (score {before} → {after}{why}).",
        "en": "The bottleneck at {a} has become smaller (score {before} → {after}{why}).",
    },
    "h.bottleneck_heavier": {
        "nl": "Het knelpunt bij {a} is groter geworden (score {before} → {after}{why}).",
        "en": "The bottleneck at {a} has grown (score {before} → {after}{why}).",
    },
    "h.bottleneck_new": {
        "nl": "{a} is een nieuw knelpunt (score {after}).",
        "en": "{a} is a new bottleneck (score {after}).",
    },
    "h.bottleneck_gone": {
        "nl": "{a} is geen knelpunt meer (score {before} → {after}).",
        "en": "{a} is no longer a bottleneck (score {before} → {after}).",
    },
    "h.transition_lighter": {
        "nl": "De overstap van {a} naar {b} stokt minder (score {before} → {after}).",
        "en": "The transfer from {a} to {b} stalls less (score {before} → {after}).",
    },
    "h.transition_heavier": {
        "nl": "De overstap van {a} naar {b} stokt meer (score {before} → {after}).",
        "en": "The transfer from {a} to {b} stalls more (score {before} → {after}).",
    },
    "h.transition_new": {
        "nl": "De overstap van {a} naar {b} is een nieuw knelpunt.",
        "en": "The transfer from {a} to {b} is a new bottleneck.",
    },
    "h.transition_gone": {
        "nl": "De overstap van {a} naar {b} is geen knelpunt meer.",
        "en": "The transfer from {a} to {b} is no longer a bottleneck.",
    },
    "h.pressure_down": {
        "nl": "De druk bij {a} is afgenomen: bezetting {before} → {after}.",
        "en": "The pressure at {a} has eased: utilisation {before} → {after}.",
    },
    "h.pressure_up": {
        "nl": "De druk bij {a} is toegenomen: bezetting {before} → {after}.",
        "en": "The pressure at {a} has grown: utilisation {before} → {after}.",
    },
    "h.quick_win_realised": {
        "nl": "Gerealiseerd: {detail}",
        "en": "Realised: {detail}",
    },
    "h.readiness_better": {
        "nl": "{dimension} ({layer}) is verbeterd: {before} → {after} op 5.",
        "en": "{dimension} ({layer}) has improved: {before} → {after} out of 5.",
    },
    "h.readiness_worse": {
        "nl": "{dimension} ({layer}) is verslechterd: {before} → {after} op 5.",
        "en": "{dimension} ({layer}) has worsened: {before} → {after} out of 5.",
    },
    "h.network_up": {
        "nl": "{measure} is gestegen: {before} → {after}.",
        "en": "{measure} has risen: {before} → {after}.",
    },
    "h.network_down": {
        "nl": "{measure} is gedaald: {before} → {after}.",
        "en": "{measure} has fallen: {before} → {after}.",
    },
    # quick wins, in words made from their structure (never the baseline's own sentence)
    "qw.missing_link": {
        "nl": "{a} en {b} gaan samenwerken (ontbrekende schakel)",
        "en": "{a} and {b} start working together (missing link)",
    },
    "qw.asymmetric_tie": {
        "nl": "{a} en {b} bespreken wat ze van elkaar verwachten (eenzijdige relatie)",
        "en": "{a} and {b} talk through what they expect of each other (asymmetric tie)",
    },
    "qw.capacity_pool": {
        "nl": "{a} en {b} delen capaciteit ({service})",
        "en": "{a} and {b} pool capacity ({service})",
    },
    "qw.front_runners": {
        "nl": "{orgs} beginnen als voorlopers een kleine coalitie",
        "en": "{orgs} start a small coalition as front-runners",
    },
    "qw.tables_to_merge": {
        "nl": "twee overlegtafels met bijna dezelfde deelnemers samenvoegen{tables}",
        "en": "merge two tables with nearly the same members{tables}",
    },
    "qw.too_many_tables": {
        "nl": "{a} zit aan minder overlegtafels",
        "en": "{a} sits at fewer tables",
    },
    "qw.perception_gap": {
        "nl": "het verschil in beeld over {dimension} tussen {layer_a} en {layer_b} bespreken",
        "en": "discuss the gap in how {layer_a} and {layer_b} see {dimension}",
    },
    "status.realised": {"nl": "gerealiseerd", "en": "realised"},
    "status.open": {"nl": "nog open", "en": "still open"},
    "status.left": {
        "nl": "niet na te gaan (organisatie vertrokken)",
        "en": "cannot tell (organisation left)",
    },
    "status.cannot_tell": {"nl": "niet na te gaan", "en": "cannot tell"},
    "status.better": {"nl": "verbeterd", "en": "improved"},
    "status.worse": {"nl": "verslechterd", "en": "worsened"},
    "status.same": {"nl": "gelijk gebleven", "en": "unchanged"},
    "status.too_few": {"nl": "te weinig mensen", "en": "too few people"},
    "status.heavier": {"nl": "groter", "en": "heavier"},
    "status.lighter": {"nl": "kleiner", "en": "lighter"},
    "status.new": {"nl": "nieuw", "en": "new"},
    "status.gone": {"nl": "verdwenen", "en": "gone"},
    "status.unchanged": {"nl": "gelijk gebleven", "en": "unchanged"},
    "status.up": {"nl": "gestegen", "en": "up"},
    "status.down": {"nl": "gedaald", "en": "down"},
    "status.org_same": {"nl": "dezelfde", "en": "the same"},
    "status.org_renamed": {"nl": "andere naam", "en": "renamed"},
    "status.org_recoded": {"nl": "andere code", "en": "new code"},
    "status.org_entered": {"nl": "nieuw in de regio", "en": "new in the region"},
    "status.org_left": {"nl": "vertrokken", "en": "left"},
    "listed_still": {"nl": "staat nog op de lijst", "en": "still listed"},
    "listed_no_longer": {
        "nl": "staat niet meer bovenaan de lijst",
        "en": "no longer among the top",
    },
    # tables and headings
    "h3.map": {"nl": "Het netwerk toen en nu", "en": "The network then and now"},
    "h3.organisations": {"nl": "Organisaties", "en": "Organisations"},
    "h3.relations": {"nl": "Samenwerkingsrelaties", "en": "Working relations"},
    "h3.network": {"nl": "Het netwerk als geheel", "en": "The network as a whole"},
    "h3.bottlenecks": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "h3.pressure": {"nl": "Druk op de capaciteit", "en": "Pressure on capacity"},
    "h3.quick_wins": {
        "nl": "Quick wins van de vorige scan",
        "en": "Quick wins of the previous scan",
    },
    "h3.readiness": {"nl": "Samenwerkingskracht", "en": "Readiness to collaborate"},
    "col_org": {"nl": "Organisatie", "en": "Organisation"},
    "col_was": {"nl": "Vorige scan", "en": "Previous scan"},
    "col_status": {"nl": "Wat er veranderde", "en": "What changed"},
    "col_pair": {"nl": "Relatie", "en": "Relation"},
    "col_rater": {"nl": "Wie beoordeelt wie", "en": "Who rates whom"},
    "col_trust": {"nl": "Vertrouwen toen → nu", "en": "Trust then → now"},
    "col_value": {"nl": "Waarde toen → nu", "en": "Value then → now"},
    "caption_ratings": {
        "nl": "Relaties waarin het vertrouwen of de waarde duidelijk veranderde (schaal 1–4)",
        "en": "Relations in which trust or value clearly changed (scale 1–4)",
    },
    "col_before": {"nl": "Toen", "en": "Then"},
    "col_after": {"nl": "Nu", "en": "Now"},
    "col_change": {"nl": "Verschil", "en": "Change"},
    "col_interval": {"nl": "Marge (95%)", "en": "Margin (95%)"},
    "col_measure": {"nl": "Maat", "en": "Measure"},
    "col_finding": {"nl": "Knelpunt", "en": "Bottleneck"},
    "col_rank": {"nl": "Plaats toen → nu", "en": "Rank then → now"},
    "col_step": {"nl": "Stap", "en": "Step"},
    "col_dimension": {"nl": "Onderwerp", "en": "Topic"},
    "col_layer": {"nl": "Laag", "en": "Layer"},
    "state.none": {"nl": "geen", "en": "none"},
    "state.one_sided": {"nl": "eenzijdig", "en": "one-sided"},
    "state.mutual": {"nl": "wederzijds", "en": "mutual"},
    "m.ties": {"nl": "Genoemde relaties", "en": "Relations named"},
    "m.density": {"nl": "Dichtheid", "en": "Density"},
    "m.reciprocity": {"nl": "Wederkerigheid", "en": "Reciprocity"},
    "m.mean_trust": {"nl": "Vertrouwen (gemiddeld, 1–4)", "en": "Trust (mean, 1–4)"},
    "m.mean_value": {"nl": "Waarde (gemiddeld, 1–4)", "en": "Value (mean, 1–4)"},
    "m.response_rate": {"nl": "Respons netwerkvragenlijst", "en": "Network survey response"},
    "m.trust_kept": {
        "nl": "Vertrouwen binnen dezelfde relaties",
        "en": "Trust within the same relations",
    },
    "m.value_kept": {
        "nl": "Waarde binnen dezelfde relaties",
        "en": "Value within the same relations",
    },
    "layer.all": {"nl": "iedereen", "en": "everyone"},
    "dim.overall": {"nl": "totaal", "en": "overall"},
    "why_pressure": {"nl": ", druk {before} → {after}", "en": ", pressure {before} → {after}"},
    "uncertainty_note": {
        "nl": "De marge is het 95%-interval van het verschil. Raakt de marge de nul, dan kan het verschil toeval zijn en heet het hier 'gelijk gebleven'.",
        "en": "The margin is the 95% interval of the difference. If it includes zero, the difference may be chance and is shown as 'unchanged'.",
    },
    "map_alt": {
        "nl": "Links het netwerk bij de vorige scan, rechts nu; elke organisatie staat op dezelfde plek. Groen: nieuwe relatie. Rood gestreept: verdwenen relatie. Blauw: vertrouwen gegroeid; oranje: gedaald. Een kruis: organisatie vertrokken; een ring: nieuw.",
        "en": "Left the network at the previous scan, right now; every organisation keeps its place. Green: new relation. Red dashed: relation lost. Blue: trust grew; orange: fell. A cross: organisation left; a ring: new.",
    },
    "note.no_monitor": {
        "nl": "De vorige scan heeft geen monitor.json: relaties, druk en samenwerkingskracht konden niet worden vergeleken, alleen de knelpunten, quick wins en organisaties.",
        "en": "The previous scan has no monitor.json: relations, pressure and readiness could not be compared, only bottlenecks, quick wins and organisations.",
    },
    "note.fuzzy": {
        "nl": "Bij benadering als dezelfde herkend (controleer): {pairs}.",
        "en": "Recognised as the same approximately (please check): {pairs}.",
    },
    "note.params": {
        "nl": "Beide scans zijn doorgerekend met dezelfde instellingen (gewichten, drempels) als de vorige scan.",
        "en": "Both scans were computed with the same settings (weights, thresholds) as the previous scan.",
    },
}


def say(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A sentence of :data:`TEXT`, filled in (the key itself when unknown).

    Examples
    --------
    >>> say("h.tie_new", "nl", a="GGZ Lindewaard", b="Wijkzorg Oosterwaal")
    'GGZ Lindewaard en Wijkzorg Oosterwaal werken nu samen; bij de vorige scan niet.'
    """
    template = TEXT.get(key, {}).get(lang)
    if template is None:
        return key
    return template.format(**fields) if fields else template


# --------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompareParams:
    """When a difference counts as a change.

    Attributes
    ----------
    tie_change : float
        A pair's trust or value (mean of three items, 1-4) must move at least
        this much: one item by one point is noise.
    score_change : float
        A bottleneck's or transfer's score (0-1) must move at least this much.
    utilisation_change : float
        An organisation's utilisation (latest period) must move at least this much.
    region_change : float
        Density or reciprocity (shares) must move at least this much.
    region_rating_change : float
        The mean change of trust or value within the same relations must be at
        least this large *and* its bootstrap interval must exclude 0.
    level : float
        Confidence level of the intervals.
    n_boot : int
        Bootstrap resamples (respondents resampled, their relations together).
    seed : int
        Seed of the bootstrap.
    min_respondents : int
        Readiness is compared only where both rounds have at least this many
        people (and the counts are never shown below the suppression threshold).
    min_raters : int
        A region-wide change in trust or value needs at least this many
        respondents whose relations are in both rounds.
    """

    tie_change: float = 0.75
    score_change: float = 0.1
    utilisation_change: float = 0.1
    region_change: float = 0.05
    region_rating_change: float = 0.1
    level: float = 0.95
    n_boot: int = 2000
    seed: int = 2026
    min_respondents: int = 5
    min_raters: int = 5


# --------------------------------------------------------------------------------------
# Rounds: findings.json + monitor.json + positions.json
# --------------------------------------------------------------------------------------


def _plain(value: Any, decimals: int = 3) -> Any:
    """JSON-ready: floats rounded (NaN → null), numpy scalars as Python, tuples as lists."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v, decimals) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v, decimals) for v in value]
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
    return value if isinstance(value, str) else str(value)


def _small(n: Any, threshold: int) -> int | str | None:
    """A count of people as it may be stored: below the threshold ``"<N"`` (0 included)."""
    if n is None or (isinstance(n, float) and math.isnan(n)) or n is pd.NA:
        return None
    value = round(float(n))
    return f"<{threshold}" if value < threshold else value


def monitor(data: Any, analysis: Any, *, threshold: int = 5) -> dict[str, Any]:
    """What the follow-up scan needs beyond ``findings.json``, as plain data.

    Parameters
    ----------
    data : ScanData
        The region's clean tables (organisations, initiatives).
    analysis : Analysis
        From :func:`scan.analysis.analyse` on the same data.
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
        ``load``. The tie list holds every respondent's ratings of its
        partners: it is the adviser's file, never a partner's.
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
                    "waiting_list": _small(r.waiting_list, threshold),
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
        for layer, table in ((ALL_LAYERS, ready.region), (None, ready.by_layer)):
            for r in table.itertuples(index=False):
                n = int(r.n_respondents)
                shown = n >= threshold
                doc["readiness"].append(
                    {
                        "layer": layer if layer is not None else str(r.layer),
                        "dimension": str(r.dimension),
                        "mean": r.score if shown else None,
                        "sd": r.sd if shown else None,
                        "n": _small(n, threshold),
                    }
                )
        for r in ready.gaps.itertuples(index=False):
            doc["gaps"].append(
                {
                    "dimension": str(r.dimension),
                    "layer_a": str(r.layer_a),
                    "layer_b": str(r.layer_b),
                    "gap": r.gap,
                    "ci_low": r.ci_low,
                    "ci_high": r.ci_high,
                    "significant": bool(r.significant),
                    "n_a": _small(r.n_a, threshold),
                    "n_b": _small(r.n_b, threshold),
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
    plain: dict[str, Any] = _plain(doc)
    return plain


def _dump(doc: Mapping[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return path


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


def read_positions(path: Path) -> dict[str, tuple[float, float]]:
    """The positions stored by :func:`write_monitor` (org_id → (x, y))."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): (float(v[0]), float(v[1])) for k, v in doc.get("positions", {}).items()}


def write_monitor(
    data: Any,
    analysis: Any,
    folder: Path,
    *,
    positions: Mapping[Hashable, Sequence[float]] | None = None,
    seed: int = 2026,
    threshold: int = 5,
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
        ``findings.json`` (:func:`scan.findings.to_dict`).
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
    data: Any,
    analysis: Any = None,
    findings: Any = None,
    *,
    params: Any = None,
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
    from scan.analysis import AnalysisParams, analyse
    from scan.findings import DiagnosisParams, diagnose, to_dict

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


def load_round(path: str | Path, *, params: Any = None) -> Round:
    """The baseline: a report folder, a ``findings.json``, or a region's data folder.

    A report folder (or the folder of the given ``findings.json``) may hold
    ``monitor.json`` and ``positions.json`` too (a ``monitor`` key inside
    ``findings.json`` is used first). A folder without ``findings.json`` is
    read as a region's raw data and scanned (with ``params``).

    Raises
    ------
    ScanError
        When the path holds none of these, or not a netwerkscan findings file.
    """
    p = Path(path)
    if p.is_dir() and not (p / "findings.json").is_file():
        if not any(p.iterdir()):
            raise ScanError(f"{p}: geen findings.json en geen gegevens (no baseline found).")
        from scan.analysis import AnalysisParams, analyse
        from scan.findings import DiagnosisParams, diagnose
        from scan.layout import layout
        from scan.merge import load_region

        data = load_region(p)
        prm = params if params is not None else DiagnosisParams.for_region(data.region)
        analysis = analyse(data, AnalysisParams(seed=prm.seed))
        findings = diagnose(data, analysis, prm)
        pos = layout(analysis.network.graph, seed=prm.seed) if analysis.network is not None else {}
        return replace(
            round_from_data(data, analysis, findings, params=prm, positions=pos), source=str(p)
        )
    file = p if p.is_file() else p / "findings.json"
    if not file.is_file():
        raise ScanError(f"{p}: geen findings.json gevonden (no findings.json found).")
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ScanError(f"{file}: niet te lezen ({error}).") from None
    if doc.get("format") != "netwerkscan-findings":
        raise ScanError(f"{file}: geen findings.json van netwerkscan (not a findings file).")
    mon = doc.get("monitor")
    if mon is None and (file.parent / "monitor.json").is_file():
        mon = json.loads((file.parent / "monitor.json").read_text(encoding="utf-8"))
    pos_file = file.parent / "positions.json"
    stored = read_positions(pos_file) if pos_file.is_file() else None
    return Round(findings=doc, monitor=mon, positions=stored, source=str(file))


# --------------------------------------------------------------------------------------
# Matching organisations
# --------------------------------------------------------------------------------------


def _orgs_of(r: Round) -> list[dict[str, Any]]:
    """The round's organisations: from the monitor, else from the findings."""
    if r.monitor is not None:
        return list(r.monitor.get("organisations", []))
    seen: dict[str, dict[str, Any]] = {}
    for o in r.findings.get("organisation_scores", []):
        seen[str(o["org_id"])] = {"org_id": str(o["org_id"]), "name": str(o.get("name", ""))}
    for kind in ("bottlenecks", "transitions", "resilience", "quick_wins"):
        for f in r.findings.get(kind, []):
            for o in f.get("organisations", []):
                seen.setdefault(str(o["org_id"]), {"org_id": str(o["org_id"]), "name": o["name"]})
    return list(seen.values())


def match_organisations(
    before: Sequence[Mapping[str, Any]], after: Sequence[Mapping[str, Any]]
) -> pd.DataFrame:
    """Which organisation of the baseline is which now: by name or alias, code, or a fuzzy name.

    A baseline organisation is matched, in this order, by its name (or one of
    its aliases) being a current name or alias, by its code, and by a fuzzy
    match of its name (a guess, shown). Anything else has left.

    Returns
    -------
    DataFrame
        ``before_id``, ``before_name``, ``org_id``, ``name``, ``method``
        (``name``/``alias``/``id``/``fuzzy``/``""``) and ``status``: ``same``,
        ``renamed``, ``recoded``, ``left`` or ``entered``.

    Examples
    --------
    >>> before = [{"org_id": "HA03", "name": "Gezondheidscentrum Oosterwaal"},
    ...           {"org_id": "HA10", "name": "Huisartsenpraktijk Waaldijk"}]
    >>> after = [{"org_id": "GC01", "name": "Gezondheidscentrum De Waard",
    ...           "aliases": ["Gezondheidscentrum Oosterwaal"]}]
    >>> match_organisations(before, after)[["before_id", "org_id", "method", "status"]
    ...     ].values.tolist()
    [['HA03', 'GC01', 'alias', 'recoded'], ['HA10', None, '', 'left']]
    """
    from scan.resolve import OrgResolver, normalise_name

    frame = pd.DataFrame(
        {
            "org_id": [str(o["org_id"]) for o in after],
            "name": [str(o.get("name", "")) for o in after],
            "aliases": ["|".join(o.get("aliases") or []) or None for o in after],
        }
    )
    resolver = OrgResolver(frame)
    names = dict(zip(frame["org_id"], frame["name"], strict=True))
    rows: list[dict[str, Any]] = []
    taken: set[str] = set()
    for o in before:
        bid, bname = str(o["org_id"]), str(o.get("name", ""))
        org_id, method = None, ""
        candidates = [bname, *(o.get("aliases") or [])]
        for text in candidates:
            res = resolver.resolve(text)
            if res.org_id is not None and res.method in ("name", "alias", "id"):
                org_id, method = res.org_id, "name" if res.method == "id" else res.method
                break
        if org_id is None and bid in names:
            org_id, method = bid, "id"
        if org_id is None and bname:
            res = resolver.resolve(bname)
            if res.org_id is not None:
                org_id, method = res.org_id, res.method
        if org_id is None:
            status = "left"
        elif org_id != bid:
            status = "recoded"
        elif normalise_name(names[org_id]) != normalise_name(bname):
            status = "renamed"
        else:
            status = "same"
        if org_id is not None:
            taken.add(org_id)
        rows.append(
            {
                "before_id": bid,
                "before_name": bname,
                "org_id": org_id,
                "name": names.get(org_id) if org_id is not None else None,
                "method": method,
                "status": status,
            }
        )
    for org_id, name in names.items():
        if org_id not in taken:
            rows.append(
                {
                    "before_id": None,
                    "before_name": None,
                    "org_id": org_id,
                    "name": name,
                    "method": "",
                    "status": "entered",
                }
            )
    frame = pd.DataFrame(
        rows, columns=["before_id", "before_name", "org_id", "name", "method", "status"]
    ).astype(object)
    return frame.where(frame.notna(), None)


# --------------------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """One change that counts: ``kind`` (e.g. ``tie_new``), a stable ``key`` and the organisations."""

    kind: str
    key: str
    org_ids: tuple[str, ...]
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """Everything that changed between two rounds (:func:`compare`).

    Organisations are keyed by their *current* ``org_id``; an organisation that
    left keeps its baseline code (with ``†`` when that code is now someone
    else's). ``names`` gives the name shown for every key.

    Attributes
    ----------
    before, after : dict
        ``key``, ``name``, ``period`` of each round.
    organisations : DataFrame
        :func:`match_organisations`.
    pairs : DataFrame
        Per pair of organisations present in both rounds with a relation in
        either: ``org_a``, ``org_b``, ``before`` and ``after``
        (``none``/``one_sided``/``mutual``, over the directions whose
        respondent answered in both rounds), ``status`` (``new``, ``lost``,
        ``kept``, ``unknown``) and ``reciprocity`` (``gained``/``lost``/``""``).
    tie_changes : DataFrame
        Per relation named in both rounds: ``respondent``, ``partner``,
        ``trust_before``, ``trust_after``, ``value_before``, ``value_after``,
        ``d_trust``, ``d_value``, ``trust``/``value`` (``up``/``down``/``""``).
    network : DataFrame
        ``measure``, ``before``, ``after``, ``delta``, ``ci_low``, ``ci_high``, ``status``.
    bottlenecks : DataFrame
        ``id``, ``kind`` (bottleneck/transition), ``org_ids``, ``rank_before``,
        ``rank_after``, ``score_before``, ``score_after``, ``delta``,
        ``pressure_before``, ``pressure_after``, ``status``.
    pressure : DataFrame
        ``org_id``, ``period_before``, ``period_after``, ``utilisation_before``,
        ``utilisation_after``, ``delta``, ``status``.
    quick_wins : DataFrame
        The baseline's quick wins: ``id``, ``kind``, ``org_ids``, ``status``
        (``realised``, ``open``, ``left``, ``cannot_tell``), ``listed_now``, ``info``.
    readiness : DataFrame
        ``layer`` (``all`` or a layer), ``dimension``, ``mean_before``,
        ``mean_after``, ``n_before``, ``n_after``, ``delta``, ``ci_low``,
        ``ci_high``, ``status`` (``better``/``worse``/``same``/``too_few``).
    names : dict
        Key → name shown.
    types : dict
        Key → organisation type (for the map's colours).
    positions_before, positions_after : dict
        Map positions; the same organisation has the same place in both.
    ties_before, ties_after : tuple of (str, str)
        Directed relations of each round (current keys), for the map.
    notes : tuple of str
        Keys of :data:`TEXT` (``note.*``) with their fields: what could not be compared.
    params : CompareParams
    anonymised : bool
        Names are codes; sentences never quote the baseline.
    current : Round or None
        This scan as a round (with the positions of its map), for the next
        follow-up (:func:`write_current`).
    """

    before: dict[str, Any]
    after: dict[str, Any]
    organisations: pd.DataFrame
    pairs: pd.DataFrame
    tie_changes: pd.DataFrame
    network: pd.DataFrame
    bottlenecks: pd.DataFrame
    pressure: pd.DataFrame
    quick_wins: pd.DataFrame
    readiness: pd.DataFrame
    names: dict[str, str]
    types: dict[str, str | None]
    positions_before: dict[str, tuple[float, float]]
    positions_after: dict[str, tuple[float, float]]
    ties_before: tuple[tuple[str, str], ...]
    ties_after: tuple[tuple[str, str], ...]
    notes: tuple[tuple[str, dict[str, str]], ...] = ()
    params: CompareParams = field(default_factory=CompareParams)
    anonymised: bool = False
    current: Round | None = None

    def headlines(self) -> list[Headline]:
        """The changes that count, in a fixed order (see :class:`CompareParams`)."""
        out: list[Headline] = []
        for r in self.organisations.itertuples(index=False):
            if r.status == "left":
                key = _leaver_key(r.before_id, self.names)
                out.append(Headline("org_left", key, (key,)))
        for r in self.organisations.itertuples(index=False):
            if r.status == "entered":
                out.append(Headline("org_entered", str(r.org_id), (str(r.org_id),)))
        for r in self.pairs.itertuples(index=False):
            pair = (str(r.org_a), str(r.org_b))
            if r.status in ("new", "lost"):
                out.append(Headline(f"tie_{r.status}", "-".join(pair), pair))
            elif r.reciprocity in ("gained", "lost"):
                out.append(Headline(f"mutual_{r.reciprocity}", "-".join(pair), pair))
        for measure in ("trust", "value"):
            flagged = self.tie_changes[self.tie_changes[measure] != ""]
            by_pair: dict[tuple[str, str], list[Any]] = {}
            for r in flagged.itertuples(index=False):
                first, second = sorted((str(r.respondent), str(r.partner)))
                by_pair.setdefault((first, second), []).append(r)
            for pair, rows in sorted(by_pair.items()):
                ups = {getattr(r, measure) for r in rows}
                direction = ups.pop() if len(ups) == 1 else "mixed"
                out.append(
                    Headline(
                        f"{measure}_{direction}",
                        "-".join(pair),
                        pair,
                        {
                            "rows": [
                                (
                                    str(r.respondent),
                                    str(r.partner),
                                    getattr(r, f"{measure}_before"),
                                    getattr(r, f"{measure}_after"),
                                )
                                for r in rows
                            ]
                        },
                    )
                )
        for r in self.network.itertuples(index=False):
            if r.status in ("up", "down"):
                out.append(
                    Headline(
                        f"network_{r.status}",
                        str(r.measure),
                        (),
                        {"measure": r.measure, "before": r.before, "after": r.after},
                    )
                )
        for r in self.bottlenecks.itertuples(index=False):
            if r.status in ("heavier", "lighter", "new", "gone"):
                out.append(
                    Headline(
                        f"{r.kind}_{r.status}",
                        str(r.id),
                        tuple(r.org_ids),
                        {
                            "before": r.score_before,
                            "after": r.score_after,
                            "pressure_before": r.pressure_before,
                            "pressure_after": r.pressure_after,
                        },
                    )
                )
        for r in self.pressure.itertuples(index=False):
            if r.status in ("up", "down"):
                out.append(
                    Headline(
                        f"pressure_{r.status}",
                        str(r.org_id),
                        (str(r.org_id),),
                        {"before": r.utilisation_before, "after": r.utilisation_after},
                    )
                )
        for r in self.quick_wins.itertuples(index=False):
            if r.status == "realised":
                out.append(
                    Headline("quick_win_realised", str(r.id), tuple(r.org_ids), dict(r.info))
                )
        for r in self.readiness.itertuples(index=False):
            if r.status in ("better", "worse"):
                out.append(
                    Headline(
                        f"readiness_{r.status}",
                        f"{r.dimension}-{r.layer}",
                        (),
                        {
                            "dimension": r.dimension,
                            "layer": r.layer,
                            "before": r.mean_before,
                            "after": r.mean_after,
                        },
                    )
                )
        return out

    def anonymise(self, codes: Mapping[str, str]) -> Changes:
        """The same changes with codes instead of names (for the anonymised report).

        Parameters
        ----------
        codes : mapping
            Current ``org_id`` → code (:func:`scan.privacy.anonymise`). An
            organisation that left gets a code of its type numbered on from
            the current ones (``HA-10``).
        """
        from scan.privacy import TYPE_CODES

        used: dict[str, int] = {}
        for code in codes.values():
            prefix, _, number = code.rpartition("-")
            if number.isdigit():
                used[prefix] = max(used.get(prefix, 0), int(number))
        names: dict[str, str] = {}
        for key in sorted(self.names):
            if key in codes:
                names[key] = codes[key]
            else:
                prefix = TYPE_CODES.get(str(self.types.get(key)), "OV")
                used[prefix] = used.get(prefix, 0) + 1
                names[key] = f"{prefix}-{used[prefix]}"
        orgs = self.organisations.copy()
        orgs["before_name"] = orgs["before_id"].map(
            lambda b: None if b is None or pd.isna(b) else names.get(_leaver_key(b, self.names), "")
        )
        orgs["name"] = orgs["org_id"].map(lambda o: None if o is None else names.get(str(o)))
        quick = self.quick_wins.copy()
        quick["info"] = [
            {k: v for k, v in info.items() if k not in ("initiative_a", "initiative_b")}
            for info in quick["info"]
        ]
        return replace(self, names=names, organisations=orgs, quick_wins=quick, anonymised=True)


def _leaver_key(before_id: object, names: Mapping[str, str]) -> str:
    """The key of an organisation that left: its baseline code, marked when now taken."""
    key = str(before_id)
    return key if f"{key}†" not in names else f"{key}†"


def _level(frequency: object) -> int | None:
    if frequency is None or (isinstance(frequency, float) and math.isnan(frequency)):
        return None
    return _FREQ_LEVEL.get(str(frequency).strip().lower())


def _f(value: Any) -> float:
    """A stored number as float; NaN for null, ``"<5"`` or anything else."""
    if value is None or isinstance(value, str):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _bootstrap_mean(
    groups: Sequence[Sequence[float]], n_boot: int, level: float, seed: int
) -> tuple[float, float]:
    """Percentile interval of the mean of all values, resampling the groups (respondents)."""
    groups = [g for g in groups if len(g)]
    if not groups:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    sums = np.array([float(np.sum(g)) for g in groups])
    sizes = np.array([len(g) for g in groups], dtype=float)
    picks = rng.integers(0, len(groups), size=(n_boot, len(groups)))
    means = sums[picks].sum(axis=1) / sizes[picks].sum(axis=1)
    alpha = (1 - level) / 2
    lo, hi = np.quantile(means, [alpha, 1 - alpha])
    return float(lo), float(hi)


def _state(named: set[tuple[str, str]], respondents: set[str], a: str, b: str) -> str:
    """A pair's relation in one round: ``mutual``, ``one_sided``, ``none`` or ``unknown``.

    A direction is only known to be absent when its respondent answered; a
    pair with no named direction and an unknown one is ``unknown``.
    """
    hits = [d for d in ((a, b), (b, a)) if d in named]
    if len(hits) == 2:
        return "mutual"
    if hits:
        return "one_sided"
    return "none" if {a, b} <= respondents else "unknown"


def compare(before: Round, after: Round, params: CompareParams | None = None) -> Changes:
    """What changed from ``before`` to ``after``.

    Parameters
    ----------
    before : Round
        The baseline (:func:`load_round`).
    after : Round
        This scan (:func:`round_from_data`); its positions are computed here
        from the baseline's when it has none.
    params : CompareParams, optional

    Returns
    -------
    Changes
    """
    p = params or CompareParams()
    notes: list[tuple[str, dict[str, str]]] = [("note.params", {})]
    orgs = match_organisations(_orgs_of(before), _orgs_of(after))
    tr: dict[str, str] = {
        str(r.before_id): str(r.org_id)
        for r in orgs.itertuples(index=False)
        if r.before_id is not None and r.org_id is not None
    }
    names: dict[str, str] = {}
    types: dict[str, str | None] = {}
    for o in _orgs_of(after):
        names[str(o["org_id"])] = str(o.get("name", o["org_id"]))
        types[str(o["org_id"])] = o.get("type")
    before_types = {str(o["org_id"]): o.get("type") for o in _orgs_of(before)}
    for r in orgs.itertuples(index=False):
        if r.status == "left":
            key = str(r.before_id) if str(r.before_id) not in names else f"{r.before_id}†"
            names[key] = str(r.before_name)
            types[key] = before_types.get(str(r.before_id))
            tr.setdefault(str(r.before_id), key)
    fuzzy = orgs[orgs["method"] == "fuzzy"]
    if len(fuzzy):
        pairs_text = ", ".join(f"{r.before_name} → {r.name}" for r in fuzzy.itertuples(index=False))
        notes.append(("note.fuzzy", {"pairs": pairs_text}))
    present = {
        str(r.org_id) for r in orgs.itertuples(index=False) if r.status not in ("left", "entered")
    }

    # -- relations ---------------------------------------------------------------------------
    def ties_of(
        r: Round, mapping: Mapping[str, str] | None
    ) -> tuple[dict[tuple[str, str], dict[str, Any]], set[str]]:
        if r.monitor is None:
            return {}, set()
        m = (lambda x: mapping.get(x, x)) if mapping is not None else (lambda x: x)
        ties = {
            (m(str(t["respondent_org"])), m(str(t["partner_org"]))): t
            for t in r.monitor.get("ties", [])
        }
        return ties, {m(str(x)) for x in r.monitor.get("respondents", [])}

    t_before, resp_before = ties_of(before, tr)
    t_after, resp_after = ties_of(after, None)
    have_monitor = before.monitor is not None and after.monitor is not None
    if before.monitor is None:
        notes.append(("note.no_monitor", {}))
    answered = resp_before & resp_after
    pair_rows: list[dict[str, Any]] = []
    change_rows: list[dict[str, Any]] = []
    if have_monitor:
        pairs = {
            tuple(sorted(d)) for d in (*t_before, *t_after) if d[0] in present and d[1] in present
        }
        named_before, named_after = set(t_before), set(t_after)
        for a, b in sorted(pairs):
            s_before = _state(named_before, resp_before, a, b)
            s_after = _state(named_after, resp_after, a, b)
            if s_before == "none" and s_after in ("one_sided", "mutual"):
                status = "new"
            elif s_before in ("one_sided", "mutual") and s_after == "none":
                status = "lost"
            elif s_before in ("one_sided", "mutual") and s_after in ("one_sided", "mutual"):
                status = "kept"
            else:
                status = "unknown" if "unknown" in (s_before, s_after) else "none"
            reciprocity = ""
            both_known = {a, b} <= answered
            if status == "kept" and both_known and s_before != s_after:
                reciprocity = "gained" if s_after == "mutual" else "lost"
            pair_rows.append(
                {
                    "org_a": a,
                    "org_b": b,
                    "before": s_before,
                    "after": s_after,
                    "status": status,
                    "reciprocity": reciprocity,
                }
            )
        for d in sorted(set(t_before) & set(t_after)):
            if d[0] not in answered or d[1] not in present:
                continue
            row: dict[str, Any] = {"respondent": d[0], "partner": d[1]}
            for measure in ("trust", "value"):
                x, y = _f(t_before[d].get(measure)), _f(t_after[d].get(measure))
                delta = y - x
                row[f"{measure}_before"], row[f"{measure}_after"] = x, y
                row[f"d_{measure}"] = delta
                flag = ""
                if not math.isnan(delta) and abs(delta) >= p.tie_change - 1e-9:
                    flag = "up" if delta > 0 else "down"
                row[measure] = flag
            change_rows.append(row)
    pair_cols = ["org_a", "org_b", "before", "after", "status", "reciprocity"]
    pairs_frame = pd.DataFrame(pair_rows, columns=pair_cols)
    pairs_frame = pairs_frame[pairs_frame["status"] != "none"].reset_index(drop=True)
    change_cols = [
        "respondent",
        "partner",
        "trust_before",
        "trust_after",
        "value_before",
        "value_after",
        "d_trust",
        "d_value",
        "trust",
        "value",
    ]
    tie_changes = pd.DataFrame(change_rows, columns=change_cols)

    # -- the network as a whole ---------------------------------------------------------------
    net_rows: list[dict[str, Any]] = []
    if have_monitor and before.monitor and after.monitor:
        nb, na = before.monitor.get("network") or {}, after.monitor.get("network") or {}
        for measure in (
            "ties",
            "density",
            "reciprocity",
            "mean_trust",
            "mean_value",
            "response_rate",
        ):
            x, y = _f(nb.get(measure)), _f(na.get(measure))
            status = ""
            if measure in ("density", "reciprocity") and not math.isnan(y - x):
                status = "same"
                if abs(y - x) >= p.region_change - 1e-9:
                    status = "up" if y > x else "down"
            net_rows.append(
                {
                    "measure": measure,
                    "before": x,
                    "after": y,
                    "delta": y - x,
                    "ci_low": math.nan,
                    "ci_high": math.nan,
                    "status": status,
                }
            )
        for measure in ("trust", "value"):
            kept = tie_changes.dropna(subset=[f"d_{measure}"])
            groups = [g[f"d_{measure}"].tolist() for _, g in kept.groupby("respondent", sort=True)]
            before_mean = float(kept[f"{measure}_before"].mean()) if len(kept) else math.nan
            after_mean = float(kept[f"{measure}_after"].mean()) if len(kept) else math.nan
            delta = float(kept[f"d_{measure}"].mean()) if len(kept) else math.nan
            lo, hi = _bootstrap_mean(groups, p.n_boot, p.level, p.seed)
            status = "same"
            enough = len(groups) >= p.min_raters
            real = not math.isnan(lo) and (lo > 0 or hi < 0)
            if enough and real and abs(delta) >= p.region_rating_change:
                status = "up" if delta > 0 else "down"
            net_rows.append(
                {
                    "measure": f"{measure}_kept",
                    "before": before_mean,
                    "after": after_mean,
                    "delta": delta,
                    "ci_low": lo,
                    "ci_high": hi,
                    "status": status,
                }
            )
    network = pd.DataFrame(
        net_rows, columns=["measure", "before", "after", "delta", "ci_low", "ci_high", "status"]
    )

    # -- bottlenecks and transfers ------------------------------------------------------------
    bottlenecks = _bottlenecks(before, after, tr, present, p)

    # -- pressure -----------------------------------------------------------------------------
    press_rows: list[dict[str, Any]] = []
    if have_monitor and before.monitor and after.monitor:
        cb = {
            tr.get(str(c["org_id"]), str(c["org_id"])): c
            for c in before.monitor.get("capacity", [])
        }
        ca = {str(c["org_id"]): c for c in after.monitor.get("capacity", [])}
        for org in sorted(set(cb) & set(ca) & present):
            x, y = _f(cb[org].get("utilisation")), _f(ca[org].get("utilisation"))
            status = "same"
            if not math.isnan(y - x) and abs(y - x) >= p.utilisation_change - 1e-9:
                status = "up" if y > x else "down"
            press_rows.append(
                {
                    "org_id": org,
                    "period_before": cb[org].get("period"),
                    "period_after": ca[org].get("period"),
                    "utilisation_before": x,
                    "utilisation_after": y,
                    "delta": y - x,
                    "status": status,
                }
            )
    pressure = pd.DataFrame(
        press_rows,
        columns=[
            "org_id",
            "period_before",
            "period_after",
            "utilisation_before",
            "utilisation_after",
            "delta",
            "status",
        ],
    )

    # -- quick wins ---------------------------------------------------------------------------
    quick = _quick_wins(before, after, tr, present, t_after, resp_after, p)

    # -- readiness ----------------------------------------------------------------------------
    readiness = _readiness(before, after, p)

    # -- positions ----------------------------------------------------------------------------
    pos_before, pos_after = _positions(before, after, tr, p.seed)
    return Changes(
        before=dict(before.findings.get("region", {})),
        after=dict(after.findings.get("region", {})),
        organisations=orgs,
        pairs=pairs_frame,
        tie_changes=tie_changes,
        network=network,
        bottlenecks=bottlenecks,
        pressure=pressure,
        quick_wins=quick,
        readiness=readiness,
        names=names,
        types=types,
        positions_before=pos_before,
        positions_after=pos_after,
        ties_before=tuple(sorted(t_before)),
        ties_after=tuple(sorted(t_after)),
        notes=tuple(notes),
        params=p,
        current=replace(after, positions=pos_after),
    )


def _bottlenecks(
    before: Round, after: Round, tr: Mapping[str, str], present: set[str], p: CompareParams
) -> pd.DataFrame:
    """Bottlenecks and transfers of both rounds, by their (translated) id."""
    cols = [
        "id",
        "kind",
        "org_ids",
        "rank_before",
        "rank_after",
        "score_before",
        "score_after",
        "delta",
        "pressure_before",
        "pressure_after",
        "status",
    ]
    rows: dict[str, dict[str, Any]] = {}

    def scores_of(r: Round, mapping: Mapping[str, str] | None) -> dict[str, dict[str, Any]]:
        out = {}
        for o in r.findings.get("organisation_scores", []):
            key = str(o["org_id"])
            out[mapping.get(key, key) if mapping else key] = o
        return out

    s_before, s_after = scores_of(before, tr), scores_of(after, None)
    for side, r, mapping in (("before", before, tr), ("after", after, None)):
        for list_name, kind, prefix in (
            ("bottlenecks", "bottleneck", "B"),
            ("transitions", "transition", "T"),
        ):
            for f in r.findings.get(list_name, []):
                ids = [str(o["org_id"]) for o in f.get("organisations", [])]
                ids = [mapping.get(i, i) for i in ids] if mapping else ids
                key = f"{prefix}-{'-'.join(ids)}"
                row = rows.setdefault(
                    key,
                    {
                        "id": key,
                        "kind": kind,
                        "org_ids": tuple(ids),
                        "rank_before": math.nan,
                        "rank_after": math.nan,
                        "score_before": math.nan,
                        "score_after": math.nan,
                        "pressure_before": math.nan,
                        "pressure_after": math.nan,
                    },
                )
                row[f"rank_{side}"] = float(f.get("rank", math.nan))
                row[f"score_{side}"] = _f(f.get("score"))
                row[f"pressure_{side}"] = _f((f.get("scores") or {}).get("pressure"))
    for key, row in rows.items():
        if row["kind"] == "bottleneck":
            org = row["org_ids"][0]
            for side, scores in (("before", s_before), ("after", s_after)):
                if math.isnan(row[f"score_{side}"]) and org in scores:
                    row[f"score_{side}"] = _f(scores[org].get("score"))
                    row[f"pressure_{side}"] = _f((scores[org].get("groups") or {}).get("pressure"))
        delta = row["score_after"] - row["score_before"]
        row["delta"] = delta
        listed_b, listed_a = not math.isnan(row["rank_before"]), not math.isnan(row["rank_after"])
        if any(o not in present for o in row["org_ids"]):
            status = "left" if listed_b and not listed_a else "entered" if listed_a else "left"
        elif listed_b and not listed_a:
            status = "gone" if math.isnan(delta) or delta <= -p.score_change + 1e-9 else "unchanged"
        elif listed_a and not listed_b:
            status = "new" if math.isnan(delta) or delta >= p.score_change - 1e-9 else "unchanged"
        elif abs(delta) >= p.score_change - 1e-9:
            status = "heavier" if delta > 0 else "lighter"
        else:
            status = "unchanged"
        row["status"] = status
        del key
    frame = pd.DataFrame(list(rows.values()), columns=cols)
    return frame.sort_values(["kind", "rank_before", "rank_after"], na_position="last").reset_index(
        drop=True
    )


def _qw_id(f: Mapping[str, Any], ids: Sequence[str], original: Sequence[str]) -> str:
    """The id of a baseline quick win with the organisations' current codes."""
    fid = str(f["id"])
    if list(ids) == list(original):
        return fid
    kind = str(f["kind"])
    prefix = f"QW-{kind}-"
    if kind in ("missing_link", "front_runners"):
        return prefix + "-".join(sorted(ids))
    if kind == "capacity_pool":
        rest = fid.removeprefix(prefix + "-".join(original))
        return prefix + "-".join(ids) + rest
    if kind in ("asymmetric_tie", "too_many_tables"):
        return prefix + "-".join(ids)
    return fid


def _quick_wins(
    before: Round,
    after: Round,
    tr: Mapping[str, str],
    present: set[str],
    t_after: Mapping[tuple[str, str], Mapping[str, Any]],
    resp_after: set[str],
    p: CompareParams,
) -> pd.DataFrame:
    """Whether each of the baseline's quick wins shows up as realised now."""
    cols = ["id", "kind", "org_ids", "status", "listed_now", "info"]
    qp = before.findings.get("params", {}).get("quick_wins", {}) or {}
    weak = int(qp.get("weak_tie_level", 1))
    min_gap = float(qp.get("min_gap", 1.0))
    now_ids = {str(f["id"]) for f in after.findings.get("quick_wins", [])}
    mon_a = after.monitor or {}
    mon_b = before.monitor
    services = {
        (str(s["org_id"]), str(s.get("service"))): _f(s.get("utilisation"))
        for s in mon_a.get("services", [])
    }
    load = {str(x["org_id"]): int(x["tables"]) for x in mon_a.get("load", [])}
    inits_a = {str(i["initiative"]): i for i in mon_a.get("initiatives", [])}
    gaps = {
        (str(g["dimension"]), str(g["layer_a"]), str(g["layer_b"])): g
        for g in mon_a.get("gaps", [])
    }
    rows = []
    for f in before.findings.get("quick_wins", []):
        kind = str(f["kind"])
        original = [str(o["org_id"]) for o in f.get("organisations", [])]
        ids = [tr.get(o, o) for o in original]
        ev = f.get("evidence", {}) or {}
        info: dict[str, Any] = {}
        status = "open"
        if any(i not in present for i in ids):
            status = "left"
        elif after.monitor is None:
            status = "cannot_tell"
        elif kind == "missing_link":
            a, b = ids
            if a not in resp_after and b not in resp_after:
                status = "cannot_tell"
            else:
                levels = [
                    _level(t_after[d].get("frequency")) for d in ((a, b), (b, a)) if d in t_after
                ]
                known = [lv if lv is not None else 1 for lv in levels]
                if known and max(known) > weak:
                    status = "realised"
                    info["frequency"] = max(known)
        elif kind == "asymmetric_tie":
            a, b = ids
            if b not in resp_after:
                status = "cannot_tell"
            elif (b, a) in t_after:
                if ev.get("reason") == "not_named_back":
                    status = "realised"
                else:
                    gaps_now = [
                        abs(_f(t_after[(a, b)].get(m)) - _f(t_after[(b, a)].get(m)))
                        for m in ("trust", "value")
                        if (a, b) in t_after
                    ]
                    gaps_now = [g for g in gaps_now if not math.isnan(g)]
                    if gaps_now and max(gaps_now) < 1.0:
                        status = "realised"
        elif kind == "capacity_pool":
            service = str(ev.get("service"))
            now = services.get((ids[0], service), math.nan)
            was = _f(ev.get("utilisation_a"))
            info |= {"service": service, "before": was, "after": now}
            if math.isnan(now):
                status = "cannot_tell"
            elif now <= 1.0 or (not math.isnan(was) and was - now >= p.utilisation_change - 1e-9):
                status = "realised"
        elif kind == "front_runners":
            if mon_b is None:
                status = "cannot_tell"
            else:
                old = {str(i["initiative"]) for i in mon_b.get("initiatives", [])}
                for name, init in inits_a.items():
                    active = init.get("status") not in ("finished", "stopped")
                    if active and name not in old and set(ids) <= set(init.get("members", [])):
                        status = "realised"
                        info["initiative"] = name
        elif kind == "tables_to_merge":
            names = [str(ev.get("initiative_a")), str(ev.get("initiative_b"))]
            info |= {"initiative_a": names[0], "initiative_b": names[1]}
            running = [
                n in inits_a and inits_a[n].get("status") not in ("finished", "stopped")
                for n in names
            ]
            if not all(running):
                status = "realised"
        elif kind == "too_many_tables":
            tables = load.get(ids[0])
            limit = int(_f(ev.get("max_tables"))) if not math.isnan(_f(ev.get("max_tables"))) else 5
            info |= {"tables": tables, "max_tables": limit}
            if tables is None or tables <= limit:
                status = "realised"
        elif kind == "perception_gap":
            key = (str(ev.get("dimension")), str(ev.get("layer_a")), str(ev.get("layer_b")))
            info |= {"dimension": key[0], "layer_a": key[1], "layer_b": key[2]}
            g = gaps.get(key)
            if g is None:
                status = "cannot_tell"
            elif not g.get("significant") or abs(_f(g.get("gap"))) < min_gap:
                status = "realised"
        new_id = _qw_id(f, ids, original)
        rows.append(
            {
                "id": new_id,
                "kind": kind,
                "org_ids": tuple(ids),
                "status": status,
                "listed_now": new_id in now_ids,
                "info": info,
            }
        )
    return pd.DataFrame(rows, columns=cols)


def _readiness(before: Round, after: Round, p: CompareParams) -> pd.DataFrame:
    """Readiness per dimension and layer in both rounds, the change and its interval."""
    cols = [
        "layer",
        "dimension",
        "mean_before",
        "mean_after",
        "n_before",
        "n_after",
        "delta",
        "ci_low",
        "ci_high",
        "status",
    ]
    if before.monitor is None or after.monitor is None:
        return pd.DataFrame(columns=cols)
    z = statistics.NormalDist().inv_cdf(1 - (1 - p.level) / 2)
    rb = {(str(r["layer"]), str(r["dimension"])): r for r in before.monitor.get("readiness", [])}
    ra = {(str(r["layer"]), str(r["dimension"])): r for r in after.monitor.get("readiness", [])}
    rows = []
    for key in [k for k in rb if k in ra] + [k for k in ra if k not in rb]:
        x, y = rb.get(key, {}), ra.get(key, {})
        nx_, ny = _f(x.get("n")), _f(y.get("n"))
        mx, my = _f(x.get("mean")), _f(y.get("mean"))
        sx, sy = _f(x.get("sd")), _f(y.get("sd"))
        row: dict[str, Any] = {
            "layer": key[0],
            "dimension": key[1],
            "mean_before": mx,
            "mean_after": my,
            "n_before": x.get("n"),
            "n_after": y.get("n"),
            "delta": my - mx,
            "ci_low": math.nan,
            "ci_high": math.nan,
            "status": "too_few",
        }
        enough = not math.isnan(nx_ + ny + mx + my) and min(nx_, ny) >= p.min_respondents
        if enough:
            se = math.sqrt(
                (0 if math.isnan(sx) else sx) ** 2 / nx_ + (0 if math.isnan(sy) else sy) ** 2 / ny
            )
            lo, hi = (my - mx) - z * se, (my - mx) + z * se
            row |= {"ci_low": lo, "ci_high": hi}
            row["status"] = "better" if lo > 0 else "worse" if hi < 0 else "same"
        rows.append(row)
    return pd.DataFrame(rows, columns=cols)


def _graph_from(
    ties: Iterable[tuple[str, str]],
    frequencies: Mapping[tuple[str, str], Any],
    nodes: Iterable[str],
) -> Any:
    """A graph for the layout: every organisation a node, ties with their strength."""
    import networkx as nx

    from scan.network import strength_of

    G = nx.DiGraph()
    G.add_nodes_from(sorted(nodes))
    for u, v in ties:
        G.add_edge(u, v, strength=strength_of(_level(frequencies.get((u, v)))))
    return G


def _positions(
    before: Round, after: Round, tr: Mapping[str, str], seed: int
) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Map positions of both rounds: every organisation present in both keeps its place."""
    from scan.layout import layout

    seed = int(before.findings.get("params", {}).get("seed", seed))
    mon_b, mon_a = before.monitor or {}, after.monitor or {}
    nodes_after = [str(o["org_id"]) for o in _orgs_of(after)]
    nodes_before = [tr.get(str(o["org_id"]), str(o["org_id"])) for o in _orgs_of(before)]
    if before.positions:
        pos_b = {tr.get(k, k): v for k, v in before.positions.items()}
    else:
        ties_b = [
            (tr.get(str(t["respondent_org"]), ""), tr.get(str(t["partner_org"]), ""))
            for t in mon_b.get("ties", [])
        ]
        freq_b = {
            (tr.get(str(t["respondent_org"]), ""), tr.get(str(t["partner_org"]), "")): t.get(
                "frequency"
            )
            for t in mon_b.get("ties", [])
        }
        G = _graph_from([t for t in ties_b if all(t)], freq_b, nodes_before)
        pos_b = {str(k): v for k, v in layout(G, seed=seed).items()}
    if after.positions:
        pos_a = dict(after.positions)
    else:
        ties_a = [(str(t["respondent_org"]), str(t["partner_org"])) for t in mon_a.get("ties", [])]
        freq_a = {
            (str(t["respondent_org"]), str(t["partner_org"])): t.get("frequency")
            for t in mon_a.get("ties", [])
        }
        G = _graph_from(ties_a, freq_a, nodes_after)
        previous: dict[Hashable, tuple[float, float]] = {k: v for k, v in pos_b.items()}
        pos_a = {str(k): v for k, v in layout(G, seed=seed, previous=previous).items()}
    return pos_b, pos_a


# --------------------------------------------------------------------------------------
# Building the comparison for a region
# --------------------------------------------------------------------------------------


def write_current(changes: Changes, folder: Path) -> list[Path]:
    """Write this scan's ``monitor.json`` and ``positions.json`` (for the next follow-up).

    Returns
    -------
    list of Path
        The files written (none when the changes carry no current round).
    """
    current = changes.current
    if current is None or current.monitor is None:
        return []
    seed = int(current.findings.get("params", {}).get("seed", changes.params.seed))
    out = [_dump(current.monitor, folder / "monitor.json")]
    if current.positions:
        out.append(_dump(positions_doc(current.positions, seed), folder / "positions.json"))
    return out


def build(
    data: Any,
    baseline: str | Path | Round,
    *,
    analysis: Any = None,
    findings: Any = None,
    params: CompareParams | None = None,
) -> Changes:
    """The changes of a region's data since a baseline, with the baseline's diagnosis settings.

    Parameters
    ----------
    data : ScanData
        This scan's data (not anonymised).
    baseline : path or Round
        The earlier report folder, its ``findings.json``, or a region's raw data.
    analysis, findings : optional
        This scan's, when already computed; the findings are made anew when
        their parameters differ from the baseline's (and the analysis when its
        seed does).
    params : CompareParams, optional
    """
    from scan.findings import DiagnosisParams

    before = baseline if isinstance(baseline, Round) else load_round(baseline)
    prm = before.findings.get("params")
    dparams = DiagnosisParams.from_mapping(prm) if prm else None
    if dparams is not None and findings is not None and findings.params != dparams:
        findings = None  # diagnosed with other settings: diagnose again with the baseline's
        if analysis is not None and int(analysis.params.seed) != dparams.seed:
            analysis = None
    after = round_from_data(data, analysis, findings, params=dparams)
    return compare(before, after, params)


# --------------------------------------------------------------------------------------
# Words for a change
# --------------------------------------------------------------------------------------


def _num(value: Any, lang: Lang, decimals: int = 1) -> str:
    x = _f(value)
    return "–" if math.isnan(x) else fmt.number(x, lang, decimals, fixed=True)


def _pct(value: Any, lang: Lang) -> str:
    x = _f(value)
    return "–" if math.isnan(x) else fmt.percent(x, lang)


def _measure(measure: str, value: Any, lang: Lang) -> str:
    """A network figure as shown: shares as percentages, counts whole, ratings with 2 decimals."""
    if measure in ("density", "reciprocity", "response_rate"):
        return _pct(value, lang)
    return _num(value, lang, 0 if measure == "ties" else 2)


def _layer(layer: str, lang: Lang) -> str:
    if layer == ALL_LAYERS:
        return say("layer.all", lang)
    return LAYER_LABELS.get(layer, {}).get(lang, layer)


def _dimension(dimension: str, lang: Lang) -> str:
    if dimension == "overall":
        return say("dim.overall", lang)
    return DIMENSION_LABELS.get(dimension, {}).get(lang, dimension)


def _join(items: Sequence[str], lang: Lang) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = "en" if lang == "nl" else "and"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def quick_win_text(row: Any, changes: Changes, lang: Lang = "nl") -> str:
    """A baseline quick win in words, from its kind and organisations (never its old sentence)."""
    n = [changes.names.get(o, o) for o in row.org_ids]
    info = row.info or {}
    if row.kind == "tables_to_merge":
        tables = ""
        if not changes.anonymised and info.get("initiative_a"):
            tables = f": '{info['initiative_a']}' / '{info['initiative_b']}'"
        return say("qw.tables_to_merge", lang, tables=tables)
    if row.kind == "perception_gap":
        return say(
            "qw.perception_gap",
            lang,
            dimension=_dimension(str(info.get("dimension")), lang),
            layer_a=_layer(str(info.get("layer_a")), lang),
            layer_b=_layer(str(info.get("layer_b")), lang),
        )
    if row.kind == "front_runners":
        return say("qw.front_runners", lang, orgs=_join(n, lang))
    if row.kind == "capacity_pool":
        return say(
            "qw.capacity_pool",
            lang,
            a=n[0],
            b=n[1] if len(n) > 1 else "",
            service=info.get("service", ""),
        )
    a, b = [*n, "", ""][:2]
    return say(f"qw.{row.kind}", lang, a=a, b=b)


def headline_text(h: Headline, changes: Changes, lang: Lang = "nl") -> str:
    """One change in a plain sentence."""
    n = [changes.names.get(o, o) for o in h.org_ids]
    a, b = [*n, "", ""][:2]
    kind = h.kind
    if kind.startswith(("trust_", "value_")):
        parts = [
            f"{changes.names.get(r, r)} → {changes.names.get(q, q)}: {_num(x, lang)} → {_num(y, lang)}"
            for r, q, x, y in h.fields.get("rows", [])
        ]
        return say(f"h.{kind}", lang, a=a, b=b, detail="; ".join(parts))
    if kind.startswith(("bottleneck_", "transition_")):
        why = ""
        pb, pa = _f(h.fields.get("pressure_before")), _f(h.fields.get("pressure_after"))
        if kind.startswith("bottleneck_") and not math.isnan(pb - pa) and abs(pb - pa) >= 0.05:
            why = say("why_pressure", lang, before=_num(pb, lang, 2), after=_num(pa, lang, 2))
        return say(
            f"h.{kind}",
            lang,
            a=a,
            b=b,
            before=_num(h.fields.get("before"), lang, 2),
            after=_num(h.fields.get("after"), lang, 2),
            why=why,
        )
    if kind.startswith("pressure_"):
        return say(
            f"h.{kind}",
            lang,
            a=a,
            before=_pct(h.fields.get("before"), lang),
            after=_pct(h.fields.get("after"), lang),
        )
    if kind == "quick_win_realised":
        row = changes.quick_wins[changes.quick_wins["id"] == h.key].iloc[0]
        return say("h.quick_win_realised", lang, detail=quick_win_text(row, changes, lang))
    if kind.startswith("readiness_"):
        return say(
            f"h.{kind}",
            lang,
            dimension=_dimension(str(h.fields["dimension"]), lang).capitalize(),
            layer=_layer(str(h.fields["layer"]), lang),
            before=_num(h.fields.get("before"), lang),
            after=_num(h.fields.get("after"), lang),
        )
    if kind.startswith("network_"):
        measure = str(h.fields.get("measure"))
        return say(
            f"h.{kind}",
            lang,
            measure=say(f"m.{measure}", lang),
            before=_measure(measure, h.fields.get("before"), lang),
            after=_measure(measure, h.fields.get("after"), lang),
        )
    return say(f"h.{kind}", lang, a=a, b=b)


# --------------------------------------------------------------------------------------
# The map
# --------------------------------------------------------------------------------------


def changes_map(changes: Changes, lang: Lang = "nl") -> Any:
    """Two network maps side by side, then and now, every organisation in the same place.

    New relations are green, lost ones red and dashed (on the left), pairs
    whose trust grew blue and fell orange; organisations that left are crossed
    out, new ones ringed. Only organisations in a change are labelled.
    """
    from matplotlib.figure import Figure

    from scan.figures import family_colour

    fig = Figure(figsize=(11.0, 5.6), layout="constrained")
    axes = fig.subplots(1, 2)
    heads = changes.headlines()
    new = {tuple(sorted(h.org_ids)) for h in heads if h.kind == "tie_new"}
    lost = {tuple(sorted(h.org_ids)) for h in heads if h.kind == "tie_lost"}
    up = {tuple(sorted(h.org_ids)) for h in heads if h.kind in ("trust_up", "value_up")}
    down = {tuple(sorted(h.org_ids)) for h in heads if h.kind in ("trust_down", "value_down")}
    left = {h.key for h in heads if h.kind == "org_left"}
    entered = {h.key for h in heads if h.kind == "org_entered"}
    labelled = {o for h in heads for o in h.org_ids}
    panels = (
        (axes[0], changes.positions_before, changes.ties_before, changes.before, True),
        (axes[1], changes.positions_after, changes.ties_after, changes.after, False),
    )
    for ax, pos, ties, region, is_before in panels:
        ax.set_axis_off()
        ax.set_aspect("equal")
        ax.set_xlim(-1.12, 1.12)
        ax.set_ylim(-1.12, 1.12)
        ax.set_title(str(region.get("period") or region.get("name") or ""), fontsize=11)
        pairs = {tuple(sorted(t)) for t in ties if t[0] in pos and t[1] in pos}
        for pair in sorted(pairs):
            (x0, y0), (x1, y1) = pos[pair[0]], pos[pair[1]]
            style: dict[str, Any] = {"color": "#c8ced6", "linewidth": 0.5, "zorder": 1}
            if is_before and pair in lost:
                style = {"color": "#b3261e", "linewidth": 2.2, "linestyle": "--", "zorder": 2}
            elif not is_before and pair in new:
                style = {"color": "#1b7f4b", "linewidth": 2.6, "zorder": 2}
            elif not is_before and pair in up:
                style = {"color": "#0b5fa5", "linewidth": 2.2, "zorder": 2}
            elif not is_before and pair in down:
                style = {"color": "#e69f00", "linewidth": 2.2, "zorder": 2}
            ax.plot([x0, x1], [y0, y1], **style)
        for org, (x, y) in sorted(pos.items()):
            colour = family_colour(changes.types.get(org))
            ax.scatter([x], [y], s=46, c=[colour], edgecolors="#222222", linewidths=0.5, zorder=3)
            if is_before and org in left:
                ax.scatter([x], [y], s=160, marker="x", c="#b3261e", linewidths=2.0, zorder=4)
            if not is_before and org in entered:
                ax.scatter(
                    [x],
                    [y],
                    s=200,
                    facecolors="none",
                    edgecolors="#1b7f4b",
                    linewidths=2.0,
                    zorder=4,
                )
            if org in labelled:
                ax.annotate(
                    changes.names.get(org, org)[:32],
                    (x, y),
                    xytext=(5, 5),
                    textcoords="offset points",
                    fontsize=7.5,
                    zorder=5,
                )
    return fig


# --------------------------------------------------------------------------------------
# The section and the report
# --------------------------------------------------------------------------------------


def _status(key: str, lang: Lang) -> str:
    return say(f"status.{key}", lang)


def section(changes: Changes, lang: Lang = "nl", *, number: int | None = None) -> Html:
    """The "Wat is er veranderd" section as HTML (see :func:`changes_section`)."""
    title = say("section", lang)
    parts: list[str] = [show.heading("changes", f"{number}. {title}" if number else title)]
    before = str(changes.before.get("period") or changes.before.get("key") or "")
    after = str(changes.after.get("period") or changes.after.get("key") or "")
    parts.append(show.paragraph(say("intro", lang, before=before, after=after)))
    heads = changes.headlines()
    count = {
        k: sum(h.kind == k for h in heads)
        for k in ("tie_new", "tie_lost", "quick_win_realised", "org_left", "org_entered")
    }
    parts.append(
        show.key_figures(
            [
                (say("kf_new", lang), str(count["tie_new"])),
                (say("kf_lost", lang), str(count["tie_lost"])),
                (say("kf_realised", lang), str(count["quick_win_realised"])),
                (say("kf_left", lang), str(count["org_left"])),
            ]
        )
    )
    if heads:
        parts.append(show.paragraph(say("headlines", lang)))
        parts.append(show.bullets([headline_text(h, changes, lang) for h in heads], "ns-summary"))
    else:
        parts.append(show.paragraph(say("none", lang)))
    for key, fields in changes.notes:
        parts.append(show.paragraph(say(key, lang, **fields), "ns-note"))

    if changes.positions_after:
        parts.append(show.heading("changes-map", say("h3.map", lang), 3))
        parts.append(show.figure(changes_map(changes, lang), say("map_alt", lang)))

    orgs = changes.organisations[changes.organisations["status"] != "same"]
    if len(orgs):
        parts.append(show.heading("changes-organisations", say("h3.organisations", lang), 3))
        frame = pd.DataFrame(
            {
                "org": [
                    changes.names.get(str(r.org_id), "")
                    if r.org_id is not None
                    else changes.names.get(_leaver_key(r.before_id, changes.names), "")
                    for r in orgs.itertuples(index=False)
                ],
                "was": [
                    ""
                    if r.before_id is None
                    else f"{r.before_name} ({r.before_id})"
                    if not changes.anonymised
                    else changes.names.get(_leaver_key(r.before_id, changes.names), "")
                    for r in orgs.itertuples(index=False)
                ],
                "status": [_status(f"org_{r.status}", lang) for r in orgs.itertuples(index=False)],
            }
        )
        parts.append(
            show.table(
                frame,
                {
                    "org": (say("col_org", lang), "text"),
                    "was": (say("col_was", lang), "text"),
                    "status": (say("col_status", lang), "text"),
                },
                lang,
            )
        )

    changed_pairs = changes.pairs[
        changes.pairs["status"].isin(["new", "lost"]) | (changes.pairs["reciprocity"] != "")
    ]
    rated = changes.tie_changes[
        (changes.tie_changes["trust"] != "") | (changes.tie_changes["value"] != "")
    ]
    if len(changed_pairs) or len(rated):
        parts.append(show.heading("changes-relations", say("h3.relations", lang), 3))
    if len(changed_pairs):
        rows = [
            {
                "pair": f"{changes.names.get(r.org_a, r.org_a)} – {changes.names.get(r.org_b, r.org_b)}",
                "before": say(f"state.{r.before}", lang),
                "after": say(f"state.{r.after}", lang),
            }
            for r in changed_pairs.itertuples(index=False)
        ]
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "pair": (say("col_pair", lang), "text"),
                    "before": (say("col_before", lang), "text"),
                    "after": (say("col_after", lang), "text"),
                },
                lang,
            )
        )
    if len(rated):
        rows = [
            {
                "pair": f"{changes.names.get(r.respondent, r.respondent)} → {changes.names.get(r.partner, r.partner)}",
                "trust": f"{_num(r.trust_before, lang)} → {_num(r.trust_after, lang)}",
                "value": f"{_num(r.value_before, lang)} → {_num(r.value_after, lang)}",
            }
            for r in rated.itertuples(index=False)
        ]
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "pair": (say("col_rater", lang), "text"),
                    "trust": (say("col_trust", lang), "text"),
                    "value": (say("col_value", lang), "text"),
                },
                lang,
                caption=say("caption_ratings", lang),
            )
        )

    if len(changes.network):
        parts.append(show.heading("changes-network", say("h3.network", lang), 3))
        rows = []
        for r in changes.network.itertuples(index=False):
            measure = str(r.measure)
            interval = (
                ""
                if math.isnan(_f(r.ci_low))
                else f"{_num(r.ci_low, lang, 2)} … {_num(r.ci_high, lang, 2)}"
            )
            rows.append(
                {
                    "measure": say(f"m.{r.measure}", lang),
                    "before": _measure(measure, r.before, lang),
                    "after": _measure(measure, r.after, lang),
                    "interval": interval,
                    "status": _status(str(r.status), lang) if r.status else "",
                }
            )
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "measure": (say("col_measure", lang), "text"),
                    "before": (say("col_before", lang), "text"),
                    "after": (say("col_after", lang), "text"),
                    "interval": (say("col_interval", lang), "text"),
                    "status": (say("col_status", lang), "text"),
                },
                lang,
            )
        )

    if len(changes.bottlenecks):
        parts.append(show.heading("changes-bottlenecks", say("h3.bottlenecks", lang), 3))
        rows = []
        for r in changes.bottlenecks.itertuples(index=False):
            n = [changes.names.get(o, o) for o in r.org_ids]
            rank = lambda x: "–" if math.isnan(_f(x)) else str(int(x))  # noqa: E731
            rows.append(
                {
                    "finding": " → ".join(n),
                    "rank": f"{rank(r.rank_before)} → {rank(r.rank_after)}",
                    "before": _num(r.score_before, lang, 2),
                    "after": _num(r.score_after, lang, 2),
                    "status": _status(str(r.status), lang),
                }
            )
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "finding": (say("col_finding", lang), "text"),
                    "rank": (say("col_rank", lang), "text"),
                    "before": (say("col_before", lang), "text"),
                    "after": (say("col_after", lang), "text"),
                    "status": (say("col_status", lang), "text"),
                },
                lang,
            )
        )

    moved = changes.pressure[changes.pressure["status"].isin(["up", "down"])]
    if len(moved):
        parts.append(show.heading("changes-pressure", say("h3.pressure", lang), 3))
        parts.append(
            show.table(
                pd.DataFrame(
                    {
                        "org": [changes.names.get(o, o) for o in moved["org_id"]],
                        "before": [_pct(v, lang) for v in moved["utilisation_before"]],
                        "after": [_pct(v, lang) for v in moved["utilisation_after"]],
                        "status": [_status(str(s), lang) for s in moved["status"]],
                    }
                ),
                {
                    "org": (say("col_org", lang), "text"),
                    "before": (say("col_before", lang), "text"),
                    "after": (say("col_after", lang), "text"),
                    "status": (say("col_status", lang), "text"),
                },
                lang,
            )
        )

    if len(changes.quick_wins):
        parts.append(show.heading("changes-quick-wins", say("h3.quick_wins", lang), 3))
        rows = []
        for r in changes.quick_wins.itertuples(index=False):
            status = _status(str(r.status), lang)
            if r.status == "open":
                status += f" ({say('listed_still' if r.listed_now else 'listed_no_longer', lang)})"
            step = quick_win_text(r, changes, lang)
            rows.append({"step": step[:1].upper() + step[1:], "status": status})
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "step": (say("col_step", lang), "text"),
                    "status": (say("col_status", lang), "text"),
                },
                lang,
            )
        )

    if len(changes.readiness):
        parts.append(show.heading("changes-readiness", say("h3.readiness", lang), 3))
        rows = []
        for r in changes.readiness.itertuples(index=False):
            interval = (
                ""
                if math.isnan(_f(r.ci_low))
                else f"{_num(r.ci_low, lang, 2)} … {_num(r.ci_high, lang, 2)}"
            )
            rows.append(
                {
                    "dimension": _dimension(str(r.dimension), lang),
                    "layer": _layer(str(r.layer), lang),
                    "before": _num(r.mean_before, lang),
                    "after": _num(r.mean_after, lang),
                    "delta": "" if math.isnan(_f(r.delta)) else _num(r.delta, lang, 2),
                    "interval": interval,
                    "status": _status(str(r.status), lang),
                }
            )
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "dimension": (say("col_dimension", lang), "text"),
                    "layer": (say("col_layer", lang), "text"),
                    "before": (say("col_before", lang), "text"),
                    "after": (say("col_after", lang), "text"),
                    "delta": (say("col_change", lang), "text"),
                    "interval": (say("col_interval", lang), "text"),
                    "status": (say("col_status", lang), "text"),
                },
                lang,
            )
        )
        parts.append(show.paragraph(say("uncertainty_note", lang), "ns-note"))
    return show.join(*parts)


def changes_section(
    source: Any,
    baseline: str | Path | Round | None = None,
    *,
    number: int | None = None,
    lang: Lang | None = None,
) -> Html:
    """The report's "Wat is er veranderd" section.

    Parameters
    ----------
    source : Changes or scan.sections.Context
        Ready-made changes, or the report's context: its ``changes`` attribute
        when it has one, else the changes are built from its data, analysis
        and findings against ``baseline`` (not for an anonymised context:
        build the changes from the real data and pass ``changes.anonymise(codes)``).
    baseline : path or Round, optional
        The earlier report folder, ``findings.json`` or raw data.
    number : int, optional
        The section number in the heading.
    lang : {"nl", "en"}, optional
        Default: the context's language (Dutch).

    Returns
    -------
    Html
    """
    if isinstance(source, Changes):
        return section(source, lang or "nl", number=number)
    language: Lang = lang if lang is not None else getattr(source, "lang", "nl")
    changes = getattr(source, "changes", None)
    if changes is None:
        if baseline is None:
            raise ValueError("changes_section needs a baseline or a context with .changes")
        if getattr(source, "anonymised", False):
            raise ValueError(
                "an anonymised context cannot be matched to the baseline: "
                "build the changes from the real data and pass changes.anonymise(codes)"
            )
        changes = build(source.data, baseline, analysis=source.analysis, findings=source.findings)
    return section(changes, language, number=number)


#: What the report's stylesheet leaves to the notebook's own classes, for a page of its own.
PAGE_CSS = "figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; }"


def render_report(changes: Changes, lang: Lang = "nl") -> str:
    """The comparison as its own self-contained HTML page (no scripts, no requests)."""
    from scan.report import TEMPLATE_DIR

    css = (TEMPLATE_DIR / "netwerkscan" / "report.css").read_text(encoding="utf-8")
    name = str(changes.after.get("name") or changes.after.get("key") or "")
    before = str(changes.before.get("period") or changes.before.get("key") or "")
    after = str(changes.after.get("period") or changes.after.get("key") or "")
    head = (
        f'<header class="ns-title"><div class="ns-kicker">{show.esc(say("kicker", lang))}</div>'
        f"<h1>{show.esc(name)}</h1>"
        f'<p class="ns-meta">{show.esc(say("meta", lang, before=before, after=after))}</p></header>'
    )
    body = head + section(changes, lang)
    title = say("title", lang, region=name)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{show.esc(title)}</title>\n<style>\n{css}\n{PAGE_CSS}\n</style>\n</head>\n"
        f'<body class="report">\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )


def write_report(changes: Changes, path: Path, lang: Lang = "nl") -> Path:
    """Write :func:`render_report` to ``path`` (UTF-8)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(render_report(changes, lang), encoding="utf-8", newline="\n")
    tmp.replace(path)
    return path


# --------------------------------------------------------------------------------------
# A tiny example (for the docs and the tests)
# --------------------------------------------------------------------------------------


def example_round(
    ties: Sequence[tuple[str, str]],
    *,
    orgs: Sequence[tuple[str, str]] = (("A", "Aa"), ("B", "Bb"), ("C", "Cc")),
    trust: Mapping[tuple[str, str], float] | None = None,
    period: str = "2026",
) -> Round:
    """A hand-made round: organisations, weekly ties (trust 3 unless given), everyone answered."""
    organisations = [{"org_id": o, "name": n, "type": "vvt", "aliases": []} for o, n in orgs]
    mon = {
        "format": MONITOR_FORMAT,
        "version": MONITOR_VERSION,
        "region": {"key": "x", "name": "X", "period": period},
        "organisations": organisations,
        "respondents": [o for o, _ in orgs],
        "ties": [
            {
                "respondent_org": a,
                "partner_org": b,
                "frequency": "weekly",
                "trust": (trust or {}).get((a, b), 3.0),
                "value": 3.0,
            }
            for a, b in ties
        ],
        "network": None,
        "capacity": [],
        "services": [],
        "readiness": [],
        "gaps": [],
        "initiatives": [],
        "load": [],
    }
    findings = {
        "format": "netwerkscan-findings",
        "version": 1,
        "region": {"key": "x", "name": "X", "period": period},
        "params": {"seed": 1},
        "bottlenecks": [],
        "transitions": [],
        "quick_wins": [],
        "organisation_scores": [{"org_id": o, "name": n} for o, n in orgs],
    }
    return Round(findings=findings, monitor=mon)
