"""``findings.json``: the findings as plain data, the same bytes for the same input.

:func:`plain` is the one JSON normaliser of the scan (also for ``monitor.json``):
counts of people suppressed, floats rounded (NaN → null), numpy scalars as
Python, tuples as lists. :func:`to_json` / :func:`write_findings_json` write the
interface the follow-up scan reads (documented in ``docs/findings.md``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from scan.data.schema import LAYERS
from scan.diagnosis import bottlenecks as bn
from scan.diagnosis.evidence import SUPPRESSION_THRESHOLD, Count
from scan.diagnosis.model import Finding, Findings
from scan.diagnosis.recognition import ALL, Recognition, kind_of
from scan.text import Lang, fmt

#: Version of the findings.json layout; raised when keys change meaning.
FORMAT_VERSION = 1


def plain(value: Any, decimals: int = 3, threshold: int = SUPPRESSION_THRESHOLD) -> Any:
    """``value`` ready for JSON, the same for the same input.

    Counts of people (:class:`~scan.diagnosis.evidence.Count`) are suppressed
    below ``threshold``; floats are rounded to ``decimals`` (NaN and infinity
    become null, -0.0 becomes 0.0); numpy scalars become Python; tuples become
    lists; mapping keys become str; anything else unknown becomes its str.

    Parameters
    ----------
    value : object
        Plain data, possibly nested in mappings, lists and tuples.
    decimals : int
        Decimals of floats.
    threshold : int
        Counts of people below it are written as ``"<threshold"``.

    Examples
    --------
    >>> plain({"n": Count(3), "x": np.float64(0.12345), "y": float("nan"), "t": (1, -0.0001)})
    {'n': '<5', 'x': 0.123, 'y': None, 't': [1, 0.0]}
    """
    if isinstance(value, Count):
        return value.shown(threshold)
    if isinstance(value, Mapping):
        return {str(k): plain(v, decimals, threshold) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, decimals, threshold) for v in value]
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
    >>> from scan.diagnosis.findings import diagnose
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


def recognition_dict(recognition: Recognition | None, findings: Findings) -> dict[str, Any] | None:
    """The recognition round as plain data (before suppression and rounding); None
    before the round.

    Per finding asked or answered, as the report shows it: the respondents with an
    opinion (a count of people, suppressed), the share that recognises it for all and
    per layer (null from fewer than ``min_respondents``), the mean urgency (null
    likewise) and its status (:meth:`Recognition.status`). No remark, no single answer.
    """
    if recognition is None or recognition.empty:
        return None
    kinds = {f.id: kind_of(f) for f in findings.all()}
    shares = recognition.shares.set_index(["finding_id", "layer"])
    items = []
    for finding_id in recognition.findings:
        overall = shares.loc[(finding_id, ALL)]
        items.append(
            {
                "id": finding_id,
                "kind": kinds.get(finding_id),
                "respondents": Count(int(overall["respondents"])),
                "share": {
                    layer: float(shares.loc[(finding_id, layer), "share"])
                    for layer in (ALL, *LAYERS)
                },
                "urgency": float(overall["urgency"]),
                "status": recognition.status(finding_id),
            }
        )
    return {
        "respondents": Count(recognition.respondents),
        "organisations": recognition.organisations,
        "min_respondents": recognition.min_respondents,
        "policy": recognition.policy,
        "findings": items,
    }


def to_dict(findings: Findings, recognition: Recognition | None = None) -> dict[str, Any]:
    """The findings as the plain structure of ``findings.json`` (see ``docs/findings.md``),
    with the recognition round's results when its forms came back.

    Examples
    --------
    >>> from scan.diagnosis.findings import diagnose
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
                "status": str(row.get("status", "")) or None,
                "unknown_weight": float(row.get("unknown_weight", 0.0)),
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
            "unknown_drawn": st.unknown_drawn,
            "resampled": st.resampled,
            "organisations": [
                {
                    "org_id": str(org),
                    "rank": float(r["rank"]),
                    "top3_share": float(r["top3_share"]),
                    "rank_p05": float(r["rank_p05"]),
                    "rank_p95": float(r["rank_p95"]),
                    "label": str(r["label"]),
                }
                for org, r in st.organisations.iterrows()
            ],
        },
        "organisation_scores": org_scores,
        "organisations": list(findings.organisations),
        "recognition": recognition_dict(recognition, findings),
    }
    out: dict[str, Any] = plain(doc, p.decimals, p.suppression_threshold)
    return out


def to_frame(
    items: Iterable[Finding], lang: Lang = "nl", threshold: int = SUPPRESSION_THRESHOLD
) -> pd.DataFrame:
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
    >>> from scan.diagnosis.findings import diagnose
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
                "organisations": fmt.listing((o.name for o in f.organisations), lang),
                "score": f.score,
                **f.scores,
                "colour": f.colour,
                "confidence": f.confidence.level,
                "confidence_reasons": f.confidence.reasons,
                "text": f.text[lang],
                "label": str(f.rank),
                "evidence": plain(f.evidence, 12, threshold),
            }
        )
    base = ["rank", "id", "kind", "org_ids", "organisations", "score", "colour", "confidence"]
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=base)


def to_json(findings: Findings, recognition: Recognition | None = None) -> str:
    """``findings.json``: keys sorted, floats rounded, counts suppressed, no timestamps.

    The same data and parameters always give the same text (byte for byte).

    Examples
    --------
    >>> from scan.diagnosis.findings import diagnose
    >>> from scan.diagnosis.quickwins import example_region
    >>> data, a = example_region()
    >>> findings = diagnose(data, a)
    >>> to_json(findings) == to_json(diagnose(data, a))
    True
    """
    doc = to_dict(findings, recognition)
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_findings_json(
    findings: Findings, path: str | Path, recognition: Recognition | None = None
) -> Path:
    """Write :func:`to_json` to ``path`` (UTF-8, ``\\n`` line ends); the path.

    Examples
    --------
    >>> from scan.diagnosis.findings import diagnose
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
        fh.write(to_json(findings, recognition))
    return target


__all__ = [
    "FORMAT_VERSION",
    "finding_dict",
    "plain",
    "recognition_dict",
    "to_dict",
    "to_frame",
    "to_json",
    "write_findings_json",
]
