"""Renaming a computed result: every organisation id, name and initiative by its code.

The anonymised report is the same scan as the named one, renamed
(:meth:`scan.pipeline.ScanResult.anonymised_copy`): :func:`recoding` takes
the words to replace from the data and its anonymised copy
(:func:`scan.data.privacy.anonymise`), and :func:`recode` walks any result
(dataclasses, tables, graphs, mappings, sequences) and replaces them. Numbers
are never touched, so every figure stays exactly what it was.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"org_id": ["A", "B"], "n": [1, 2]}, index=["A", "B"])
>>> out = recode(frame, {"A": "HA-1", "B": "HA-2"})
>>> list(out["org_id"]), list(out.index), list(out["n"])
(['HA-1', 'HA-2'], ['HA-1', 'HA-2'], [1, 2])
>>> recode(("T-A-B", "B-A", "other"), {"A": "HA-1", "B": "HA-2"}, ids=("T-", "B-"))
('T-HA-1-HA-2', 'B-HA-1', 'other')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

import networkx as nx
import pandas as pd

from scan.data.model import ScanData
from scan.data.privacy import FREE_TEXT, compound_ids

T = TypeVar("T")


def recoding(real: ScanData, anonymised: ScanData, codes: Mapping[str, str]) -> dict[str, str]:
    """What to replace by what: organisation ids and names, and initiatives, by their codes;
    free text (a service, a flow type, the region's name) by its anonymised form.

    Parameters
    ----------
    real, anonymised : ScanData
        The data and its anonymised copy (same rows, same order).
    codes : mapping
        ``org_id`` → code.
    """
    mapping: dict[str, str] = {}
    orgs = real.organisations
    for org_id, name in zip(orgs["org_id"].astype(str), orgs["name"].astype(str), strict=True):
        if org_id in codes:
            mapping[name] = codes[org_id]
    columns = [("initiatives", "initiative")]
    columns += [(table, column) for table, names in FREE_TEXT.items() for column in names]
    for table, column in columns:
        before = real.table(table)[column].astype("string")
        after = anonymised.table(table)[column].astype("string")
        for a, b in zip(before, after, strict=True):
            if not (pd.isna(a) or pd.isna(b)) and a != b:
                mapping[str(a)] = str(b)
    if real.region.name != anonymised.region.name:
        mapping[real.region.name] = anonymised.region.name
    mapping.update({str(k): str(v) for k, v in codes.items()})
    return mapping


def recode(obj: T, mapping: Mapping[str, str], ids: tuple[str, ...] = ()) -> T:
    """``obj`` with every string in ``mapping`` replaced.

    Strings that start with one of ``ids`` (e.g. the findings' stable ids
    ``B-<org>``, :data:`scan.diagnosis.model.ID_PREFIXES`) are compound ids:
    every ``-``-separated part in ``mapping`` is replaced.

    Walks frozen and plain dataclasses, DataFrames and Series (values, index,
    column names), networkx graphs (nodes, attributes), mappings (keys and
    values), lists, tuples, sets. Anything else is returned as it is.
    """
    out: T = _Recoder(mapping, ids).walk(obj)
    return out


class _Recoder:
    def __init__(self, mapping: Mapping[str, str], ids: tuple[str, ...]) -> None:
        self.text = compound_ids(dict(mapping), ids)

    def walk(self, obj: Any) -> Any:
        if isinstance(obj, str):
            return self.text(obj)
        if obj is None or isinstance(obj, bool | int | float | complex | bytes):
            return obj
        if isinstance(obj, pd.DataFrame):
            return self.frame(obj)
        if isinstance(obj, pd.Series):
            return self.series(obj)
        if isinstance(obj, pd.Index):
            return self.index(obj)
        if isinstance(obj, nx.Graph):
            return self.graph(obj)
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            changes = {
                f.name: self.walk(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init
            }
            return dataclasses.replace(obj, **changes)
        if isinstance(obj, dict):
            return type(obj)({self.walk(k): self.walk(v) for k, v in obj.items()})
        if isinstance(obj, tuple) and hasattr(obj, "_fields"):
            return type(obj)(*(self.walk(x) for x in obj))
        if isinstance(obj, list | tuple | set | frozenset):
            return type(obj)(self.walk(x) for x in obj)
        return obj

    def values(self, values: pd.Series) -> pd.Series:
        if isinstance(values.dtype, pd.CategoricalDtype):
            return values.cat.rename_categories(
                {c: self.walk(c) for c in values.cat.categories if isinstance(c, str)}
            )
        if values.dtype == object or isinstance(values.dtype, pd.StringDtype):
            out = values.map(lambda v: v if v is None or v is pd.NA else self.walk(v))
            return out.astype(values.dtype) if isinstance(values.dtype, pd.StringDtype) else out
        return values

    def index(self, index: pd.Index) -> pd.Index:
        if isinstance(index, pd.MultiIndex):
            return index.set_levels([self.index(level) for level in index.levels])
        if index.dtype == object or isinstance(index.dtype, pd.StringDtype):
            return pd.Index(self.values(index.to_series()).to_numpy(), name=index.name)
        return index

    def series(self, series: pd.Series) -> pd.Series:
        out = self.values(series).copy()
        out.index = self.index(series.index)
        out.name = self.walk(series.name) if isinstance(series.name, str) else series.name
        return out

    def frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        for i in range(out.shape[1]):
            out.isetitem(i, self.values(out.iloc[:, i]))
        out.index = self.index(frame.index)
        out.columns = self.index(frame.columns)
        out.attrs = self.walk(dict(frame.attrs))
        return out

    def graph(self, G: nx.Graph) -> nx.Graph:
        H = nx.relabel_nodes(G, lambda n: self.walk(n), copy=True)
        for _, attrs in H.nodes(data=True):
            attrs.update({k: self.walk(v) for k, v in attrs.items()})
        for *_, attrs in H.edges(data=True):
            attrs.update({k: self.walk(v) for k, v in attrs.items()})
        H.graph.update({k: self.walk(v) for k, v in H.graph.items()})
        return H


__all__ = ["recode", "recoding"]
