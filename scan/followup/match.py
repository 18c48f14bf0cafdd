"""The same organisation in two rounds: matched through codes, names and aliases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from scan.followup.rounds import Round

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
    from scan.data.resolve import OrgResolver, normalise_name

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
