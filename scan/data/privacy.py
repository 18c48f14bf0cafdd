"""Confidential by design: small counts suppressed, and an anonymised copy of the data.

* Counts of people are suppressed by the one rule, :func:`scan.disclosure.suppress`
  (it sits below the data layer, so the HTML building blocks use it too).
* :func:`anonymise` replaces every organisation name, alias, code, supplier
  folder, file and sheet name, initiative name and organisation reference in
  the data-quality log by neutral codes, masks every value the log echoes,
  and replaces a name written into free text (a service, a flow type, the
  region's name: :func:`scrub`) by its code, so that every text, table, map
  and hover label made from it carries codes only.
* :data:`NEVER_SHOWN` lists the columns no report may contain (client keys,
  free-text remarks); :func:`reportable` drops them.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from functools import lru_cache

import pandas as pd

from scan.data.ingest import ADVISER
from scan.data.model import DataQuality, RegionInfo, ScanData
from scan.data.schema import PROVENANCE, TABLES

#: Columns that never reach a report: pseudonymous client keys and free text.
NEVER_SHOWN: frozenset[str] = frozenset(
    c.name for t in TABLES.values() for c in t.columns if c.confidential
)

#: What the anonymised variant shows instead of a value from the data (and in the
#: reason that would quote it): the column and the reason stay, the value does not.
MASK = "…"

#: Reasons whose ``detail`` comes from the data request (allowed values, a range, a
#: rule, a count): shown in the anonymised variant too. Any other detail is masked.
SCHEMA_DETAILS: frozenset[str] = frozenset(
    {"not_a_choice", "out_of_range", "invalid", "extra_cells", "no_header", "not_recognised"}
)

#: Columns handled by name in :func:`anonymise` (codes, or emptied).
_IDENTITY: frozenset[str] = frozenset(
    {"org_id", "name", "aliases", "municipality", "initiative", "finding_id"}
)

#: Free-text columns per table that reach a report (e.g. ``service``, ``flow_type``):
#: kept in the anonymised variant, with every organisation name in them replaced.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    t.name: tuple(
        c.name
        for c in t.columns
        if c.kind == "text" and not c.confidential and c.name not in _IDENTITY
    )
    for t in TABLES.values()
}

#: Short code per organisation type for anonymised labels.
TYPE_CODES: dict[str, str] = {
    "huisartsenpraktijk": "HA",
    "huisartsenpost": "HAP",
    "zorggroep": "ZG",
    "ziekenhuis": "ZH",
    "wijkverpleging": "WV",
    "vvt": "VVT",
    "ggz": "GGZ",
    "gehandicaptenzorg": "GHZ",
    "apotheek": "AP",
    "fysiotherapie": "FT",
    "welzijn": "WZ",
    "gemeente": "GEM",
    "zorgverzekeraar": "ZV",
    "zorgkantoor": "ZK",
    "transferpunt": "TP",
    "other": "OV",
}


def reportable(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the columns that never reach a report."""
    return frame.drop(columns=[c for c in frame.columns if c in NEVER_SHOWN])


def codes_for(organisations: pd.DataFrame) -> dict[str, str]:
    """A neutral code per ``org_id``: type code and number, e.g. ``VVT-2``, in org_id order.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["B", "A", "C"], "type": ["vvt", "vvt", "ggz"]})
    >>> codes_for(orgs)
    {'A': 'VVT-1', 'B': 'VVT-2', 'C': 'GGZ-1'}
    """
    counters: dict[str, int] = defaultdict(int)
    codes: dict[str, str] = {}
    for row in organisations.sort_values("org_id").itertuples(index=False):
        prefix = TYPE_CODES.get(str(row.type), "OV")
        counters[prefix] += 1
        codes[str(row.org_id)] = f"{prefix}-{counters[prefix]}"
    return codes


def name_codes(organisations: pd.DataFrame, codes: Mapping[str, str]) -> dict[str, str]:
    """Every name and alias of an organisation → its code, for :func:`scrub`.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["A"], "name": ["Ziekenhuis Oost"], "aliases": ["ZHO|"]})
    >>> name_codes(orgs, {"A": "ZH-1"})
    {'Ziekenhuis Oost': 'ZH-1', 'ZHO': 'ZH-1'}
    """
    names: dict[str, str] = {}
    for row in organisations.itertuples(index=False):
        code = codes.get(str(row.org_id))
        aliases = getattr(row, "aliases", None)
        found = [row.name, *(aliases.split("|") if isinstance(aliases, str) else [])]
        for text in found:
            if code is not None and isinstance(text, str) and text.strip():
                names.setdefault(text.strip(), code)
    return names


def scrub(text: str, names: Mapping[str, str]) -> str:
    """``text`` with every organisation name in it (``names``: name → code) replaced by its code.

    Case and runs of white space are ignored; a name counts only as a whole
    (not inside a longer word); the longest name wins.

    Examples
    --------
    >>> names = {"Ziekenhuis Oost": "ZH-1", "ZHO": "ZH-1", "Oost": "GEM-1"}
    >>> scrub("ELV bij ziekenhuis  oost", names), scrub("ZHO-kliniek", names)
    ('ELV bij ZH-1', 'ZH-1-kliniek')
    >>> scrub("Oostenrijk", names)
    'Oostenrijk'
    """
    patterns = _name_patterns(tuple(names))
    if not patterns:
        return text
    every = re.compile("|".join(p.pattern for _, p in patterns), re.IGNORECASE)

    def code(match: re.Match[str]) -> str:
        found = match.group(0)
        return next((names[n] for n, p in patterns if p.fullmatch(found)), found)

    return every.sub(code, text)


@lru_cache(maxsize=8)
def _name_patterns(names: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """Per name (longest first) the pattern of it as a whole: white space as any run of it."""
    found = []
    for name in sorted({n for n in names if n.strip()}, key=len, reverse=True):
        words = r"\s+".join(re.escape(w) for w in name.split())
        found.append((name, re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)))
    return found


def compound_ids(mapping: Mapping[str, str], ids: tuple[str, ...]) -> Callable[[str], str]:
    """A renaming of text: a value in ``mapping`` by its new name, and in a compound id
    (a value starting with one of ``ids``, such as a finding's ``T-<from>-<to>``) every
    ``-``-separated part in ``mapping``.

    Examples
    --------
    >>> rename = compound_ids({"A": "HA-1", "B-2": "ZH-1"}, ids=("T-", "B-"))
    >>> rename("T-A-B-2"), rename("B-A"), rename("A"), rename("other-A")
    ('T-HA-1-ZH-1', 'B-HA-1', 'HA-1', 'other-A')
    """
    keys = sorted(mapping, key=len, reverse=True)
    parts = (
        re.compile("(?:^|(?<=-))(" + "|".join(map(re.escape, keys)) + ")(?=-|$)") if keys else None
    )

    def rename(value: str) -> str:
        if value in mapping:
            return mapping[value]
        if parts is not None and ids and value.startswith(ids):
            head, _, tail = value.partition("-")
            return f"{head}-{parts.sub(lambda m: mapping[m.group(1)], tail)}"
        return value

    return rename


def anonymise(data: ScanData) -> tuple[ScanData, dict[str, str]]:
    """A copy of ``data`` in which no organisation can be recognised by name.

    Returns
    -------
    data : ScanData
        Organisation codes as ``org_id`` and as ``name``; aliases and
        municipality emptied; suppliers as ``partner N``; files as ``bestand
        N``; sheets emptied; initiatives as ``initiatief N``; in free text
        (:data:`FREE_TEXT`, the region's name) every organisation name replaced
        by its code; in the data-quality log every value, and every detail
        that does not come from the data request, masked (:data:`MASK`).
    codes : dict
        Original ``org_id`` → code (for the adviser's key, never in a report).
    """
    codes = codes_for(data.organisations)
    names = name_codes(data.organisations, codes)
    files = sorted(set(data.quality.files["file"].dropna()))
    file_codes = {f: f"bestand {i + 1}" for i, f in enumerate(files)}
    suppliers = sorted(set(data.quality.files["supplier"].dropna()))
    supplier_codes = {s: s if s == ADVISER else f"partner {i + 1}" for i, s in enumerate(suppliers)}
    initiatives = sorted(set(data.initiatives["initiative"].dropna()))
    initiative_codes = {n: f"initiatief {i + 1}" for i, n in enumerate(initiatives)}

    def recode(frame: pd.DataFrame, table: str) -> pd.DataFrame:
        out = frame.copy()
        for column in TABLES[table].org_columns + (("org_id",) if table == "organisations" else ()):
            out[column] = out[column].map(codes).astype("string")
        if table == "organisations":
            out["name"] = out["org_id"]
            out["aliases"] = pd.Series(pd.NA, index=out.index, dtype="string")
            out["municipality"] = pd.Series(pd.NA, index=out.index, dtype="string")
        if table == "initiatives":
            out["initiative"] = out["initiative"].map(initiative_codes).astype("string")
        if table == "recognition":  # a finding's id holds org_ids (B-<org>, T-<from>-<to>)
            rename = compound_ids(codes, ids=("",))
            out["finding_id"] = out["finding_id"].map(rename, na_action="ignore").astype("string")
        for column in FREE_TEXT[table]:
            out[column] = (
                out[column]
                .map(lambda v: scrub(v, names) if isinstance(v, str) else v)
                .astype(out[column].dtype)
            )
        out["src_supplier"] = out["src_supplier"].map(supplier_codes).astype("string")
        out["src_file"] = out["src_file"].map(file_codes).astype("string")
        out["src_sheet"] = pd.Series("", index=out.index, dtype="string")
        extras = [c for c in out.columns if not TABLES[table].knows(c) and c not in PROVENANCE]
        return out.drop(columns=extras)

    tables = {name: recode(data.table(name), name) for name in TABLES}
    q = data.quality

    def where(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        if "supplier" in out:
            out["supplier"] = out["supplier"].map(supplier_codes).astype("string")
        if "file" in out:
            out["file"] = out["file"].map(file_codes).astype("string")
        if "sheet" in out:
            out["sheet"] = pd.Series("", index=out.index, dtype="string")
        return out

    issues = _masked_issues(where(q.issues))
    matches = where(q.matches)
    matches["value"] = MASK
    matches["org_id"] = matches["org_id"].map(codes).astype("string")
    conflicts = q.conflicts.copy()
    for side in ("kept", "other"):
        conflicts[f"{side}_supplier"] = conflicts[f"{side}_supplier"].map(supplier_codes)
        conflicts[f"{side}_source"] = MASK
        conflicts[f"{side}_value"] = MASK
    conflicts["key"] = MASK
    files = where(q.files).assign(columns_extra="")
    files["detail"] = files["detail"].map(lambda d: MASK if _filled(d) else d)
    quality = DataQuality(
        files=files,
        issues=issues,
        matches=matches,
        conflicts=conflicts,
        accounts=where(q.accounts),
    )
    region = RegionInfo(**{**dataclasses.asdict(data.region)})
    region = dataclasses.replace(region, name=scrub(region.name, names))
    return ScanData(region=region, quality=quality, **tables), codes


def _filled(value: object) -> bool:
    """A value was given: not None, NA or empty text."""
    if isinstance(value, str):
        return value != ""
    return value is not None and not bool(pd.isna(value))


def _masked_issues(issues: pd.DataFrame) -> pd.DataFrame:
    """The issue log with what the data said masked: its values, the details that come from
    the data (e.g. the candidates of an ambiguous name) and a column that is not one of
    the data request's (a header as typed). The code, and so the reason, stays."""
    out = issues.copy()
    out["value"] = out["value"].map(lambda v: MASK if _filled(v) else v)
    # .astype(bool): an empty string column maps to strings, and 'and' with those is deprecated
    data_detail = ~out["code"].isin(SCHEMA_DETAILS) & out["detail"].map(_filled).astype(bool)
    out.loc[data_detail, "detail"] = MASK
    known = [
        isinstance(c, str) and isinstance(tb, str) and tb in TABLES and TABLES[tb].knows(c)
        for c, tb in zip(out["column"], out["table"], strict=True)
    ]
    typed = ~pd.Series(known, index=out.index, dtype=bool) & out["column"].map(_filled).astype(bool)
    out.loc[typed, "column"] = MASK
    return out
