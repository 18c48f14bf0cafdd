"""``findings.xlsx``: the adviser's workbook, an overview and a sheet per kind of finding.

Headings in Dutch or English, counts suppressed and floats rounded as in
``findings.json`` (:func:`scan.diagnosis.serialise.plain`), and a fixed
'created' date, so the same findings give the same file.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scan.diagnosis import bottlenecks as bn
from scan.diagnosis import quickwins as qw
from scan.diagnosis.model import FINDING_KINDS, DiagnosisParams, Finding, Findings
from scan.diagnosis.serialise import plain
from scan.text.messages import FINDING_WORDS, Lang, finding_text, finding_word

#: The workbook's fixed 'created' date, so the file is the same for the same input.
WORKBOOK_CREATED = _dt.datetime(2026, 1, 1)

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
    v = plain(value, decimals, threshold)
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
    >>> from scan.diagnosis.findings import diagnose
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


__all__ = ["EVIDENCE_HEADINGS", "WORKBOOK_CREATED", "write_findings_xlsx"]
