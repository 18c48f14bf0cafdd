"""Resolve: every reference to an organisation becomes an ``org_id``.

In this order (the first that answers wins):

1. the ``org_id`` itself (case-insensitive);
2. the name or an alias, after :func:`normalise_name` (case, accents,
   punctuation and legal forms such as B.V. or Stichting ignored);
3. a fuzzy match of the normalised text against every normalised name and
   alias, scored 0–100 by rapidfuzz's ``token_sort_ratio``; accepted at or above
   :data:`FUZZY_THRESHOLD` and only when the runner-up, a different
   organisation, scores at least :data:`FUZZY_MARGIN` lower.

Anything else is quarantined with the file, row and value. Every resolution
other than by ``org_id`` is listed, with its score, so a guess is never silent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from scan.data.model import ISSUE_COLUMNS, MATCH_COLUMNS
from scan.data.validate import ValidTable

#: Minimum rapidfuzz ``token_sort_ratio`` (0–100) for a fuzzy match.
FUZZY_THRESHOLD = 88.0
#: How far the best candidate must lead the next organisation's best.
FUZZY_MARGIN = 5.0

#: Legal forms and filler words dropped before names are compared.
LEGAL_FORMS = frozenset(
    {
        "bv",
        "nv",
        "vof",
        "cv",
        "ua",
        "wa",
        "stichting",
        "stg",
        "vereniging",
        "cooperatie",
        "coop",
        "holding",
        "groep",
    }
)


def normalise_name(text: str) -> str:
    """A name reduced to what identifies it.

    Examples
    --------
    >>> normalise_name("Stichting Thuiszorg Waalkant B.V.")
    'thuiszorg waalkant'
    >>> normalise_name("Zorgcentrum ´t Hooge-Hof")
    'zorgcentrum t hooge hof'
    >>> normalise_name("Coöperatie Huisartsen U.A.")
    'huisartsen'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace(".", "")
    plain = re.sub(r"[^\w]+", " ", plain)
    words = [w for w in plain.split() if w not in LEGAL_FORMS]
    return " ".join(words)


@dataclass(frozen=True)
class Resolution:
    """How one reference was resolved.

    ``org_id`` is None when it was not; ``code`` then says why
    (``unknown_org`` or ``ambiguous_org``) and ``detail`` lists candidates.
    """

    org_id: str | None
    method: str  # id, name, alias, fuzzy, or "" when unresolved
    score: float = 100.0
    code: str = ""
    detail: str = ""


@dataclass
class OrgResolver:
    """Resolves references against the region's organisations.

    Parameters
    ----------
    organisations : DataFrame
        With ``org_id``, ``name`` and optionally ``aliases`` (``|``-separated).
    threshold, margin : float
        Fuzzy acceptance: see :data:`FUZZY_THRESHOLD`, :data:`FUZZY_MARGIN`.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["WV01", "WV02"],
    ...                      "name": ["Thuiszorg Waalkant", "Buurtzorg Oost"],
    ...                      "aliases": ["TZW", None]})
    >>> r = OrgResolver(orgs)
    >>> r.resolve("wv02").org_id, r.resolve("TZW").method, r.resolve("Thuiszorg Walkant").method
    ('WV02', 'alias', 'fuzzy')
    >>> r.resolve("Zorgbureau De Horizon").code
    'unknown_org'
    """

    organisations: pd.DataFrame
    threshold: float = FUZZY_THRESHOLD
    margin: float = FUZZY_MARGIN
    _ids: dict[str, str] = field(init=False, default_factory=dict)
    _names: dict[str, set[str]] = field(init=False, default_factory=dict)
    _methods: dict[tuple[str, str], str] = field(init=False, default_factory=dict)
    _cache: dict[str, Resolution] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.organisations.itertuples(index=False):
            org_id = str(row.org_id)
            self._ids[org_id.casefold()] = org_id
            self._add(str(row.name), org_id, "name")
            aliases = getattr(row, "aliases", None)
            if isinstance(aliases, str):
                for alias in aliases.split("|"):
                    if alias.strip():
                        self._add(alias, org_id, "alias")

    def _add(self, text: str, org_id: str, method: str) -> None:
        key = normalise_name(text)
        if not key:
            return
        self._names.setdefault(key, set()).add(org_id)
        self._methods.setdefault((key, org_id), method)

    def resolve(self, value: str) -> Resolution:
        """Resolve one reference (cached per distinct value)."""
        cached = self._cache.get(value)
        if cached is None:
            cached = self._resolve(value)
            self._cache[value] = cached
        return cached

    def _resolve(self, value: str) -> Resolution:
        org_id = self._ids.get(value.strip().casefold())
        if org_id is not None:
            return Resolution(org_id, "id")
        key = normalise_name(value)
        exact = self._names.get(key, set())
        if len(exact) == 1:
            (only,) = exact
            return Resolution(only, self._methods[(key, only)])
        if len(exact) > 1:
            return Resolution(None, "", 100.0, "ambiguous_org", ", ".join(sorted(exact)))
        return self._fuzzy(key)

    def _fuzzy(self, key: str) -> Resolution:
        from rapidfuzz import fuzz, process

        if not key or not self._names:
            return Resolution(None, "", 0.0, "unknown_org")
        choices = list(self._names)
        best: dict[str, float] = {}
        for _, score, i in process.extract(key, choices, scorer=fuzz.token_sort_ratio, limit=10):
            for org_id in self._names[choices[i]]:
                best[org_id] = max(best.get(org_id, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < self.threshold:
            return Resolution(None, "", ranked[0][1] if ranked else 0.0, "unknown_org")
        top_id, top = ranked[0]
        if len(ranked) > 1 and top - ranked[1][1] < self.margin:
            close = ", ".join(f"{o} ({s:.0f})" for o, s in ranked[:3])
            return Resolution(None, "", top, "ambiguous_org", close)
        return Resolution(top_id, "fuzzy", round(top, 1))


def resolve_table(valid: ValidTable, resolver: OrgResolver) -> tuple[ValidTable, pd.DataFrame]:
    """Replace every organisation reference of a validated table by its ``org_id``.

    Rows already quarantined are left as they are. A reference that cannot be
    resolved quarantines its row; for ``ties``, a respondent naming itself too.
    The rows a form answered "no" (``valid.declined``) are resolved alike; one
    that cannot be resolved is left out (it was never a row).

    Returns
    -------
    resolved : ValidTable
        With org columns holding ``org_id`` (in ``declined`` too) and the new
        quarantines and issues.
    matches : DataFrame
        References resolved by name, alias or fuzzy match (:data:`MATCH_COLUMNS`).
    """
    source = valid.source
    frame = valid.frame.copy()
    quarantined = valid.quarantined.copy()
    issues: list[dict[str, object]] = []
    matches: list[dict[str, object]] = []
    where = {
        "supplier": source.supplier,
        "file": source.file,
        "sheet": source.sheet,
        "table": source.table.name,
    }
    for column in source.table.org_columns:
        if column not in frame.columns:
            continue
        values = frame[column]
        outcome = {v: resolver.resolve(str(v)) for v in values.dropna().unique()}
        ids = {v: r.org_id for v, r in outcome.items() if r.org_id is not None}
        resolved = values.map(ids).astype("string")
        odd = values.map(lambda v, o=outcome: v in o and o[v].method != "id").astype(bool)
        for i in odd[odd].index:
            value = values.loc[i]
            res = outcome[value]
            row = int(frame.at[i, "src_row"])
            if res.org_id is None:
                if not quarantined.loc[i]:
                    issues.append(
                        {
                            **where,
                            "row": row,
                            "column": column,
                            "value": str(value),
                            "action": "quarantined",
                            "code": res.code,
                            "detail": res.detail,
                        }
                    )
                quarantined.loc[i] = True
            else:
                matches.append(
                    {
                        **where,
                        "row": row,
                        "column": column,
                        "value": str(value),
                        "org_id": res.org_id,
                        "method": res.method,
                        "score": res.score,
                    }
                )
        frame[column] = resolved
    if source.table.name == "ties" and {"respondent_org", "partner_org"} <= set(frame.columns):
        self_tie = (frame["respondent_org"] == frame["partner_org"]).fillna(False)
        for i in self_tie[self_tie & ~quarantined].index:
            issues.append(
                {
                    **where,
                    "row": int(frame["src_row"].iloc[i]),
                    "column": "partner_org",
                    "value": str(frame["partner_org"].iloc[i]),
                    "action": "quarantined",
                    "code": "self_tie",
                    "detail": "",
                }
            )
        quarantined = quarantined | self_tie.astype(bool)
    new_issues = pd.DataFrame(issues, columns=list(ISSUE_COLUMNS))
    all_issues = (
        pd.concat([valid.issues, new_issues], ignore_index=True) if issues else valid.issues
    )
    declined = valid.declined.copy()
    for column in source.table.org_columns:
        if column in declined.columns:
            values = declined[column].dropna().unique()
            known = {v: resolver.resolve(str(v)).org_id for v in values}
            declined[column] = declined[column].map(known).astype("string")
    if len(declined):
        org_cols = [c for c in source.table.org_columns if c in declined.columns]
        declined = declined.dropna(subset=org_cols).reset_index(drop=True)
    resolved_table = ValidTable(source, frame, quarantined, all_issues, declined)
    return resolved_table, pd.DataFrame(matches, columns=list(MATCH_COLUMNS))


def supplier_org(supplier: str, resolver: OrgResolver) -> str | None:
    """The organisation a supplier folder stands for, if it can be told.

    The folder may be named by ``org_id``, by name, or ``"<org_id> <name>"``.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["ZH01"], "name": ["Ziekenhuis Oost"], "aliases": [None]})
    >>> r = OrgResolver(orgs)
    >>> supplier_org("ZH01 Ziekenhuis Oost", r), supplier_org("Ziekenhuis Oost", r)
    ('ZH01', 'ZH01')
    """
    for candidate in (supplier, supplier.split(" ", 1)[0]):
        res = resolver.resolve(candidate)
        if res.org_id is not None and res.method in ("id", "name", "alias"):
            return res.org_id
    if " " in supplier:
        res = resolver.resolve(supplier.split(" ", 1)[1])
        if res.org_id is not None:
            return res.org_id
    return None
