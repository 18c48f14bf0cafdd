"""The report's sections: each turns the scan's results into text, tables and figures.

The notebook calls :func:`context` once (a computed :class:`~scan.pipeline.ScanResult`)
and then one function per section;
every sentence is generated from the data and the findings through the
catalogue (``report.*`` keys of :data:`scan.text.CATALOGUE`), so the notebook holds no
claims of its own and the same code writes Dutch and English.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import platform
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

from scan.analysis.analyse import Analysis
from scan.analysis.readiness import gaps_shown, layers_shown
from scan.data.model import ScanData
from scan.data.quality import file_notes, issue_reasons, supplier_label, supplier_table
from scan.diagnosis import signals
from scan.diagnosis.findings import Finding, Findings
from scan.diagnosis.recognition import ALL, Recognition, kind_of
from scan.disclosure import complement_table, suppressed
from scan.followup.compare import Changes
from scan.html import show
from scan.html.show import Html
from scan.pipeline import ScanResult
from scan.report import basis as rests
from scan.text import Lang, counted, fmt, t

#: The sections, in order; "changes" only in a follow-up scan (with a baseline),
#: "recognition" only once forms of the recognition round came back.
SECTIONS: tuple[str, ...] = (
    "summary",
    "changes",
    "participation",
    "network",
    "dependencies",
    "bottlenecks",
    "quick_wins",
    "recognition",
    "readiness",
    "segments",
    "method",
)


@dataclass
class Context:
    """Everything the sections share for one rendering."""

    data: ScanData
    analysis: Analysis
    findings: Findings
    lang: Lang
    threshold: int
    seed: int
    anonymised: bool
    weights: dict[str, float]
    today: dt.date
    positions: dict[Hashable, tuple[float, float]] = field(default_factory=dict)
    changes: Changes | None = None
    recognition: Recognition | None = None
    plotly_inlined: bool = False

    @classmethod
    def of(cls, result: ScanResult) -> Context:
        """The context of a computed result (named or anonymised)."""
        params = result.params
        return cls(
            data=result.data,
            analysis=result.analysis,
            findings=result.findings,
            lang=params.lang,
            threshold=params.suppression_threshold,
            seed=params.seed,
            anonymised=result.anonymised,
            weights=dict(params.weights),
            today=result.today,
            positions=dict(result.positions),
            changes=result.changes,
            recognition=result.recognition,
        )

    def plotly_js(self) -> bool:
        """Whether the next interactive map inlines plotly.js: only the page's first."""
        first, self.plotly_inlined = not self.plotly_inlined, True
        return first

    @property
    def delivered(self) -> tuple[str, ...]:
        """The tables besides organisations with usable rows."""
        return rests.delivered(self.data)

    @property
    def sections(self) -> tuple[str, ...]:
        """The sections this report has: "changes" only with a baseline, "recognition"
        only with answers of the recognition round."""
        absent = {
            "changes": self.changes is None,
            "recognition": self.recognition is None or self.recognition.empty,
        }
        return tuple(k for k in SECTIONS if not absent.get(k, False))

    def in_summary(self, items: tuple[Finding, ...]) -> list[tuple[Finding, str]]:
        """The findings the summary may show, each with its note: an unrecognised one
        marked "niet herkend; bespreken", or left out (``DiagnosisParams.unrecognised``)."""
        shown = []
        for item in items:
            how = "shown" if self.recognition is None else self.recognition.in_summary(item.id)
            if how != "dropped":
                note = t("report.rc_discuss", self.lang) if how == "discuss" else ""
                shown.append((item, note))
        return shown

    def name(self, org_id: object) -> str:
        """Display name of an organisation (its code when anonymised)."""
        names = self.data.org_names()
        return names.get(str(org_id), str(org_id))

    def names(self, org_ids: list[str], limit: int = 5) -> str:
        """A readable list of organisation names: "A, B en C"."""
        shown = [self.name(o) for o in org_ids[:limit]]
        if len(org_ids) > limit:
            shown.append(t("report.and_n_more", self.lang, n=len(org_ids) - limit))
        return fmt.listing(shown, self.lang)

    def n(self, value: float, decimals: int = 0) -> str:
        """A number in the report's language, with exactly ``decimals`` decimals; "–" if unknown."""
        if pd.isna(value):  # e.g. the mean trust of fewer than three raters
            return show.cell(None, "num1", self.lang)
        return fmt.number(value, self.lang, decimals, fixed=decimals > 0)

    def count(self, value: float) -> str:
        """A count, suppressed below the threshold."""
        return show.cell(value, "count", self.lang, self.threshold)

    def pct(self, value: float) -> str:
        """A share as a percentage."""
        return fmt.percent(value, self.lang)


def context(
    region: str = "",
    *,
    params: Mapping[str, Any] | None = None,
    result: str | Path | ScanResult = "",
    anonymised: bool = False,
) -> Context:
    """What the sections render: a computed result, named or anonymised.

    ``netwerkscan run`` computes the result once (:func:`scan.pipeline.run_scan`)
    and hands it over as ``result`` (a file); opened in JupyterLab without
    one, the notebook computes it here for ``region`` with ``params``.
    """
    from scan.pipeline import ScanResult, load_result, run_scan

    if isinstance(result, ScanResult):
        computed = result
    elif result:
        computed = load_result(result)
    else:
        computed = run_scan(region, params or {})
    if anonymised:
        computed = computed.anonymised_copy()
    return Context.of(computed)


def heading(ctx: Context, key: str) -> Html:
    """The heading of section ``key``."""
    number = ctx.sections.index(key) + 1
    return show.heading(key, f"{number}. {t(f'report.section_{key}', ctx.lang)}")


def basis(ctx: Context, key: str) -> Html:
    """The line under section ``key``'s heading: the data it rests on and what is missing.

    Every section calls it; the tables per section are declared in
    :data:`scan.report.basis.BASIS`.
    """
    return show.paragraph(rests.line(key, ctx.delivered, ctx.lang), "ns-note ns-basis")


def missing(ctx: Context, *tables: str) -> list[str]:
    """Those of ``tables`` without usable rows in this region."""
    have = ctx.delivered
    return [name for name in tables if name not in have]


# -- title ----------------------------------------------------------------------------------


def title(ctx: Context) -> Html:
    """Title block: region, period, "onafhankelijke analyse", date, table of contents."""
    region = ctx.data.region
    meta = [
        t("report.title_period", ctx.lang, period=region.period or "–"),
        t("report.title_date", ctx.lang, date=fmt.date(ctx.today, ctx.lang)),
    ]
    if ctx.anonymised:
        meta.append(t("report.title_anonymised", ctx.lang))
    sections = [
        (k, f"{i + 1}. {t(f'report.section_{k}', ctx.lang)}") for i, k in enumerate(ctx.sections)
    ]
    return show.title_block(
        t("report.kicker", ctx.lang), region.name, meta, t("report.contents", ctx.lang), sections
    )


# -- what changed (follow-up scan only) -----------------------------------------------------


def changes(ctx: Context) -> Html:
    """What changed since the baseline: empty when this is not a follow-up scan."""
    if ctx.changes is None:
        return Html("")
    from scan.report import changes as changes_page

    return show.join(
        changes_page.changes_section(
            ctx.changes, number=ctx.sections.index("changes") + 1, lang=ctx.lang
        ),
        basis(ctx, "changes"),
    )


# -- 2. participation and data quality ---------------------------------------------------------


def participation(ctx: Context) -> Html:
    """Who delivered what, response rates, rows not used, conflicts and name matches."""
    q = ctx.data.quality
    totals = q.totals
    lang = ctx.lang
    net = ctx.analysis.network
    parts: list[str] = [heading(ctx, "participation"), basis(ctx, "participation")]
    rate = net.scores["response_rate"] if net is not None else 0.0
    figures = [
        (t("report.kf_organisations", lang), ctx.n(len(ctx.data.organisations))),
        (t("report.kf_response", lang), ctx.pct(float(rate)) if net is not None else "–"),
        (counted("report.kf_rows_used", totals["used"], lang), ctx.n(totals["used"])),
        (
            counted("report.kf_rows_not_used", totals["quarantined"], lang),
            ctx.n(totals["quarantined"]),
        ),
    ]
    parts.append(show.key_figures(figures))
    if net is not None:
        parts.append(
            show.paragraph(
                counted(
                    "report.response_sentence",
                    int(net.scores["respondents"]),
                    lang,
                    respondents=ctx.n(int(net.scores["respondents"])),
                    organisations=ctx.n(int(net.scores["organisations"])),
                    rate=ctx.pct(float(rate)),
                    confidence=t(f"report.confidence_{net.scores['confidence']}", lang),
                )
            )
        )
    issues = {
        "quarantined": int(totals["quarantined"]),
        "duplicates": int(totals["duplicates"]),
        "conflicts": int(q.conflicts.groupby(["table", "key"]).ngroups),
        "fuzzy": len(q.fuzzy_matches),
    }
    said = [counted(f"report.rows_{k}", n, lang, n=ctx.n(n)) for k, n in issues.items()]
    parts.append(
        show.paragraph(
            t(
                "report.rows_sentence",
                lang,
                read=ctx.n(totals["read"]),
                used=ctx.n(totals["used"]),
                issues=fmt.listing(said, lang),
            )
        )
    )
    deliveries = supplier_table(ctx.data).assign(
        supplier=lambda f: f["supplier"].map(lambda s: supplier_label(s, lang)),
        table=lambda f: f["table"].map(lambda table: t(f"report.table_{table}", lang)),
    )
    parts.append(
        show.table(
            deliveries,
            {
                "supplier": (t("report.col_supplier", lang), "text"),
                "table": (t("report.col_table", lang), "text"),
                "read": (t("report.col_read", lang), "int"),
                "used": (t("report.col_used", lang), "int"),
                "quarantined": (t("report.col_not_used", lang), "int"),
                "duplicates": (t("report.col_duplicates", lang), "int"),
                "overruled": (t("report.col_overruled", lang), "int"),
            },
            lang,
            caption=t("report.caption_deliveries", lang),
        )
    )
    issues = issue_reasons(ctx.data, lang)
    if len(issues):
        issues["where"] = [
            f"{supplier_label(r.supplier, lang)} · {str(r.file).removeprefix(f'{r.supplier}/')}"
            for r in issues.itertuples(index=False)
        ]
        parts.append(show.heading("participation-issues", t("report.issues_title", lang), 3))
        parts.append(
            show.table(
                issues,
                {
                    "where": (t("report.col_file", lang), "text"),
                    "row": (t("report.col_row", lang), "int"),
                    "column": (t("report.col_column", lang), "text"),
                    "reason": (t("report.col_reason", lang), "text"),
                },
                lang,
                max_rows=60,
            )
        )
    not_read = q.unrecognised_files
    if len(not_read):
        parts.append(
            show.paragraph(
                t(
                    "report.files_not_read",
                    lang,
                    files=", ".join(
                        f"{str(f).rsplit('/', 1)[-1]}" for f in not_read["file"].astype(str)
                    ),
                )
            )
        )
    matches = q.matches[q.matches["method"] == "fuzzy"]
    if len(matches):
        parts.append(
            show.paragraph(
                t(
                    "report.fuzzy_sentence",
                    lang,
                    n=ctx.n(len(matches)),
                    examples="; ".join(
                        f"'{m.value}' → {ctx.name(m.org_id)} ({ctx.pct(float(m.score) / 100)})"
                        for m in matches.head(5).itertuples(index=False)
                    ),
                )
            )
        )
    used = q.files[q.files["status"] == "used"]
    notes = [
        f"{supplier_label(r.supplier, lang)} · {str(r.file).rsplit('/', 1)[-1]}: "
        f"{', '.join(file_notes(r, lang))}"
        for r in used.itertuples(index=False)
    ]
    parts.append(show.heading("participation-files", t("report.files_title", lang), 3))
    parts.append(show.bullets(notes))
    return show.join(*parts)


# -- 9. method -------------------------------------------------------------------------------


def fingerprint(data: ScanData) -> str:
    """One hash over the input files' fingerprints: the same data gives the same value."""
    digest = hashlib.sha256()
    for value in sorted(data.quality.files["sha256"].dropna().astype(str).unique()):
        digest.update(value.encode())
    return digest.hexdigest()[:16]


def method(ctx: Context) -> Html:
    """Method, parameters, versions and the fingerprints of the input files."""
    lang = ctx.lang
    versions = {
        name: metadata.version(name)
        for name in ("netwerkscan", "pandas", "networkx", "scikit-learn", "pandera", "papermill")
    }
    params = [
        (t("report.param_seed", lang), str(ctx.seed)),
        (t("report.param_threshold", lang), str(ctx.threshold)),
        (
            t("report.param_weights", lang),
            ", ".join(f"{k} {v:g}" for k, v in ctx.weights.items()) or t("report.defaults", lang),
        ),
        (t("report.param_fingerprint", lang), fingerprint(ctx.data)),
        (t("report.param_python", lang), platform.python_version()),
        (t("report.param_versions", lang), ", ".join(f"{k} {v}" for k, v in versions.items())),
    ]
    frame = pd.DataFrame(params, columns=["k", "v"])
    files = ctx.data.quality.files[["file", "sheet", "sha256"]].drop_duplicates("file").copy()
    files["sha256"] = files["sha256"].astype(str).str[:16]
    return show.join(
        heading(ctx, "method"),
        basis(ctx, "method"),
        show.paragraph(t("report.method_text", lang)),
        show.paragraph(t("report.method_confidential", lang, threshold=ctx.threshold)),
        show.paragraph(t("report.method_adviser_only", lang)),
        show.table(frame, {"k": ("", "text"), "v": ("", "text")}, lang),
        show.table(
            files,
            {"file": (t("report.col_file", lang), "text"), "sha256": ("SHA-256", "text")},
            lang,
            caption=t("report.caption_fingerprints", lang),
        ),
    )


# -- 3. the network -----------------------------------------------------------------------------


def robustness_sentences(ctx: Context, robustness: pd.DataFrame, rate: float) -> str:
    """Which network figures are robust, indicative or fragile at this response rate.

    Empty when every figure is robust (or nothing is known): there is nothing
    to warn about.
    """
    if not len(robustness) or (robustness["label"] == "robust").all():
        return ""
    lang = ctx.lang
    sentences = [t("report.robustness_intro", lang, rate=ctx.pct(rate))]
    for label in ("robust", "indicative", "fragile"):
        metrics = [
            t(f"report.metric.{m}", lang)
            for m in robustness.loc[robustness["label"] == label, "metric"]
        ]
        if metrics:
            sentences.append(
                t(f"report.robustness_{label}", lang, metrics=fmt.listing(metrics, lang))
            )
    return " ".join(sentences)


def network(ctx: Context) -> Html:
    """The map of who works with whom, its key figures, brokers and weak spots."""
    from scan.report import figures

    lang = ctx.lang
    net = ctx.analysis.network
    parts: list[str] = [heading(ctx, "network"), basis(ctx, "network")]
    if net is None:
        parts.append(show.paragraph(t(_none_key(ctx, "ties", "report.no_ties"), lang), "ns-note"))
        return show.join(*parts)
    s = net.scores
    orgs = net.organisations
    parts.append(
        show.key_figures(
            [
                (t("report.kf_ties", lang), ctx.n(int(s["ties"]))),
                (t("report.kf_density", lang), ctx.pct(float(s["density"]))),
                (t("report.kf_reciprocity", lang), ctx.pct(float(s["reciprocity"]))),
                (t("report.kf_trust", lang), _rating(ctx, float(s["mean_trust"]))),
            ]
        )
    )
    robustness = robustness_sentences(ctx, net.robustness, float(s["response_rate"]))
    if robustness:
        parts.append(show.paragraph(robustness, "ns-note"))
    mean_degree = float(orgs["degree"].mean()) if len(orgs) else 0.0
    rated = not (pd.isna(s["mean_trust"]) and pd.isna(s["mean_value"]))
    parts.append(
        show.paragraph(
            t(
                "report.network_sentence" if rated else "report.network_sentence_unrated",
                lang,
                degree=ctx.n(mean_degree, 0),
                density=ctx.pct(float(s["density"])),
                reciprocity=ctx.pct(float(s["reciprocity"])),
                trust=_rating(ctx, float(s["mean_trust"])),
                value=_rating(ctx, float(s["mean_value"])),
            )
        )
    )
    if not signals.structure_known(s, ctx.findings.params):
        rate = ctx.pct(float(s["response_rate"]))
        parts.append(show.paragraph(t("report.structure_unknown", lang, rate=rate), "ns-note"))
    parts.extend(show.paragraph(sentence) for sentence in structure_sentences(ctx))
    low = signals.low_trust(orgs, ctx.findings.params)
    if low:
        parts.append(show.paragraph(t("report.low_trust_sentence", lang, names=ctx.names(low))))
    profile = ctx.analysis.organisations
    fig = figures.network_map(net.graph, profile, ctx.positions, lang, labels="name")
    parts.append(show.figure(fig, t("report.alt_network_map", lang)))
    parts.append(interactive_hint(ctx, profile, [v for v in net.graph.nodes if v in ctx.positions]))
    parts.append(
        figures.interactive_map(
            net.graph,
            profile,
            ctx.positions,
            lang,
            labels="name",
            threshold=ctx.threshold,
            include_js=ctx.plotly_js(),
        )
    )
    top = orgs.sort_values(["betweenness", "in_degree"], ascending=False).head(10)
    columns: dict[str, tuple[str, show.Format]] = {
        "in_degree": (t("report.col_named_by", lang), "int"),
        "out_degree": (t("report.col_names", lang), "int"),
        "betweenness": (t("report.col_broker", lang), "num2"),
        "trust_received": (t("report.col_trust_received", lang), "num1"),
    }
    parts.append(org_table(ctx, top, columns, t("report.caption_central", lang)))
    return show.join(*parts)


def interactive_hint(ctx: Context, organisations: pd.DataFrame, nodes: list[Hashable]) -> Html:
    """The line above an interactive map: what pointing at an organisation tells there
    (name and kind, and trust, partners or clients only when the map has them)."""
    from scan.report import figures

    topics = ("name", "kind", *figures.hover_topics(organisations, nodes))
    shows = fmt.listing([t(f"report.hover_{k}", ctx.lang) for k in topics], ctx.lang)
    return show.paragraph(
        t("report.interactive_hint", ctx.lang, shows=shows), "ns-note ns-interactive"
    )


def org_table(
    ctx: Context,
    frame: pd.DataFrame,
    columns: Mapping[str, tuple[str, show.Format]],
    caption: str,
) -> Html:
    """A table with one row per organisation (``frame``'s index): its name first, then ``columns``.

    Counts below the threshold are suppressed.
    """
    named = frame.assign(org=frame.index.map(ctx.name))
    first: dict[str, tuple[str, show.Format]] = {
        "org": (t("report.col_organisation", ctx.lang), "text")
    }
    return show.table(
        named, {**first, **columns}, ctx.lang, threshold=ctx.threshold, caption=caption
    )


def _rating(ctx: Context, value: float) -> str:
    """A mean rating with one decimal, or "–" when no tie was rated."""
    return "–" if pd.isna(value) else ctx.n(value, 1)


def _none_key(ctx: Context, table: str, key: str) -> str:
    """``key`` (nothing delivered), or the note that ``table`` came without usable rows."""
    unusable = table in rests.received(ctx.data) and table not in ctx.delivered
    return f"report.unusable_{table}" if unusable else key


def structure_sentences(ctx: Context) -> list[str]:
    """Who holds the network together: the hubs and the weak links, when the structure is known.

    Empty without ties, or when too few organisations answered to tell
    (:func:`scan.diagnosis.signals.structure_known`).
    """
    net = ctx.analysis.network
    if net is None or not signals.structure_known(net.scores, ctx.findings.params):
        return []
    orgs = net.organisations
    brokers = orgs.sort_values("betweenness", ascending=False)
    brokers = brokers[brokers["betweenness"] > 0].head(3)
    cut = orgs[orgs["articulation_point"].astype(bool)]
    sentences = []
    if len(brokers):
        sentences.append(
            t("report.brokers_sentence", ctx.lang, names=ctx.names(list(brokers.index)))
        )
    if len(cut):
        sentences.append(
            t("report.articulation_sentence", ctx.lang, names=ctx.names(list(cut.index)))
        )
    return sentences


# -- 4. dependencies --------------------------------------------------------------------------


def dependencies(ctx: Context) -> Html:
    """Who sends clients to whom, and how dependent senders are on one receiver."""
    from scan.report import figures

    lang = ctx.lang
    dep = ctx.analysis.dependencies
    parts: list[str] = [heading(ctx, "dependencies"), basis(ctx, "dependencies")]
    if dep is None or dep.shares.empty:
        flows_delivered = bool(set(ctx.delivered) & {"flows", "episodes"})
        key = (
            "report.no_flows_found"
            if flows_delivered
            else _none_key(ctx, "flows", "report.no_flows")
        )
        parts.append(show.paragraph(t(key, lang), "ns-note"))
        return show.join(*parts, *pressure(ctx))
    shares = dep.shares.sort_values("clients", ascending=False)
    total = float(shares["clients"].sum())
    parts.append(
        show.paragraph(
            t(
                "report.flows_sentence",
                lang,
                clients=ctx.count(total),
                pairs=ctx.n(len(shares)),
                source=t(f"report.source_{dep.source}", lang),
            )
        )
    )
    dependent = signals.depends_on(shares, ctx.findings.params)
    for row in dependent.head(3).itertuples(index=False):
        parts.append(
            show.paragraph(
                t(
                    "report.dependent_sentence",
                    lang,
                    sender=ctx.name(row.from_org),
                    receiver=ctx.name(row.to_org),
                    share=ctx.pct(float(row.share_of_outflow)),
                )
            )
        )
    fig = figures.flow_chart(
        shares, ctx.analysis.organisations, lang, labels="name", threshold=ctx.threshold
    )
    parts.append(show.figure(fig, t("report.alt_flows", lang)))
    # the map shows every organisation's inflow and outflow: a pair shown as "<5" must not
    # follow from them and the other pairs, nor from its share of the sender's outflow
    shares = shares.reset_index(drop=True)
    hidden = complement_table(
        shares["clients"],
        [shares["from_org"], shares["to_org"]],
        ctx.threshold,
        unshown=pd.Series(shares.index >= 12),
    )
    small = suppressed(shares["clients"], ctx.threshold)
    table = shares.head(12).assign(
        sender=lambda f: f["from_org"].map(ctx.name),
        receiver=lambda f: f["to_org"].map(ctx.name),
        clients=lambda f: f["clients"].where(~(hidden & ~small)[f.index]),
        share_of_outflow=lambda f: f["share_of_outflow"].where(~hidden[f.index]),
    )
    parts.append(
        show.table(
            table,
            {
                "sender": (t("report.col_sender", lang), "text"),
                "receiver": (t("report.col_receiver", lang), "text"),
                "clients": (t("report.col_clients", lang), "count"),
                "share_of_outflow": (t("report.col_share_out", lang), "pct"),
                "median_wait_days": (t("report.col_wait", lang), "num1"),
            },
            lang,
            threshold=ctx.threshold,
            caption=t("report.caption_flows", lang),
        )
    )
    shared = dep.shared_clients
    if shared is not None and len(shared):
        top = shared.sort_values("shared_clients", ascending=False).head(8)
        top = top.assign(a=top["org_a"].map(ctx.name), b=top["org_b"].map(ctx.name))
        parts.append(
            show.table(
                top,
                {
                    "a": (t("report.col_organisation", lang), "text"),
                    "b": (t("report.col_organisation", lang), "text"),
                    "shared_clients": (t("report.col_shared_clients", lang), "count"),
                },
                lang,
                threshold=ctx.threshold,
                caption=t("report.caption_shared", lang),
            )
        )
    parts.append(flow_network(ctx))
    return show.join(*parts, *pressure(ctx))


def pressure(ctx: Context) -> list[str]:
    """Pressure on capacity per organisation: who has more demand than room (capacity alone)."""
    from scan.report import figures

    lang = ctx.lang
    cap = ctx.analysis.capacity
    if cap is None or not len(cap.utilisation):
        return []
    parts: list[str] = [show.heading("dependencies-pressure", t("report.pressure_title", lang), 3)]
    orgs = cap.organisations.sort_values("utilisation", ascending=False)
    over = orgs[orgs["utilisation"] > 1]
    if len(over):
        parts.append(
            show.paragraph(
                counted(
                    "report.pressure_sentence",
                    len(over),
                    lang,
                    names=ctx.names(list(over.index)),
                    n=ctx.n(len(over)),
                )
            )
        )
    else:
        none = counted("report.pressure_none", len(orgs), lang, n=ctx.n(len(orgs)))
        parts.append(show.paragraph(none))
    columns: dict[str, tuple[str, show.Format]] = {
        "period": (t("report.col_period", lang), "text"),
        "utilisation": (t("report.col_utilisation", lang), "pct"),
        "waiting_list": (t("report.col_waiting_list", lang), "count"),
    }
    # utilisation = demand ÷ capacity, and places offered are no secret: beside a demand
    # below the threshold the percentage names it (133 % of 3 places is 4), so it is left out
    orgs = orgs.assign(
        utilisation=orgs["utilisation"].where(~suppressed(orgs["demand"], ctx.threshold))
    )
    parts.append(org_table(ctx, orgs, columns, t("report.caption_pressure", lang)))
    util = cap.utilisation
    util = util.assign(
        utilisation=util["utilisation"].where(~suppressed(util["demand"], ctx.threshold))
    )
    fig = figures.pressure_chart(util, ctx.analysis.organisations, lang, labels="name")
    parts.append(show.figure(fig, t("report.alt_pressure", lang)))
    return parts


def hub_sentence(ctx: Context) -> tuple[str | None, str]:
    """The summary's sentence on where the flows converge, with the organisation it names;
    ``(None, "")`` when they do not.

    The hub (:func:`scan.diagnosis.signals.flow_hub`) with its share of all
    clients that move and the organisations that depend on it; without a hub,
    the receiver most organisations depend on, when at least two do.
    """
    dep = ctx.analysis.dependencies
    if dep is None or dep.measures.empty:
        return None, ""
    p = ctx.findings.params
    lang = ctx.lang
    dshare = ctx.pct(p.depends_on_share)
    points = signals.single_points_of_dependency(dep.shares, p)
    hub = signals.flow_hub(dep.measures, p)
    if hub is not None:
        n = int(points.at[hub, "dependants"]) if hub in points.index else 0
        key = {0: "report.sum_hub", 1: "report.sum_hub_dependant"}.get(
            n, "report.sum_hub_dependants"
        )
        share = ctx.pct(float(dep.measures.at[hub, "share_of_region"]))
        return str(hub), t(key, lang, hub=ctx.name(hub), share=share, n=ctx.n(n), dshare=dshare)
    if len(points) and int(points["dependants"].iloc[0]) >= 2:
        top = points.index[0]
        n = int(points["dependants"].iloc[0])
        words = t(
            "report.sum_single_point", lang, receiver=ctx.name(top), n=ctx.n(n), dshare=dshare
        )
        return str(top), words
    return None, ""


def flow_network(ctx: Context) -> Html:
    """The flows as a network: the map, the hub, concentrated senders, single points of
    dependency and referral communities. Empty without flows or episodes."""
    from scan.report import figures

    lang = ctx.lang
    dep = ctx.analysis.dependencies
    if dep is None or dep.measures.empty or not (dep.shares["clients"] > 0).any():
        return Html("")
    p = ctx.findings.params
    m = dep.measures
    parts: list[str] = [show.heading("dependencies-network", t("report.flownet_title", lang), 3)]
    _, hub = hub_sentence(ctx)
    if signals.flow_hub(m, p) is not None:
        parts.append(show.paragraph(hub))
    else:
        parts.append(show.paragraph(t("report.flownet_no_hub", lang, share=ctx.pct(p.hub_share))))
    share = ctx.pct(p.depends_on_share)
    dependent = signals.depends_on(dep.shares, p)
    senders = int((m["out_strength"] > 0).sum())
    if len(dependent):
        n = int(dependent["from_org"].nunique())
        key = "report.flownet_concentrated" + ("_all" if n == senders > 1 else "")
        words = counted(key, n, lang, n=ctx.n(n), senders=ctx.n(senders), share=share)
        parts.append(show.paragraph(words))
    points = signals.single_points_of_dependency(dep.shares, p)
    if len(points):
        items = [
            counted(
                "report.flownet_single_point_item",
                int(row.dependants),
                lang,
                receiver=ctx.name(org),
                n=ctx.n(int(row.dependants)),
            )
            for org, row in points.head(5).iterrows()
        ]
        parts.append(
            show.paragraph(
                t("report.flownet_single_points", lang, share=share, items="; ".join(items))
            )
        )
    groups = dep.communities
    if len(groups) >= 2:
        total = float(groups["clients_out"].sum())
        within = float(groups["clients_within"].sum()) / total if total > 0 else float("nan")
        parts.append(
            show.paragraph(
                t("report.flownet_communities", lang, k=ctx.n(len(groups)), share=ctx.pct(within))
            )
        )
        parts.append(
            show.bullets(
                t(
                    "report.flownet_community",
                    lang,
                    c=ctx.n(int(row.community)),
                    n=ctx.n(int(row.size)),
                    names=ctx.names(
                        sorted(row.members, key=lambda o: -float(m.at[o, "in_strength"])),
                        limit=8,
                    ),
                )
                for row in groups.head(6).itertuples(index=False)
            )
        )
    elif len(groups) == 1:
        parts.append(show.paragraph(t("report.flownet_one_community", lang)))
    frame = _flow_frame(ctx)
    marked = list(points.index)
    positions = ctx.positions
    fig = figures.flow_map(
        dep.shares, frame, positions, lang, labels="name", threshold=ctx.threshold, marked=marked
    )
    parts.append(show.figure(fig, t("report.alt_flow_map", lang)))
    parts.append(interactive_hint(ctx, frame, [v for v in frame.index if v in positions]))
    parts.append(
        figures.interactive_flow_map(
            dep.shares,
            frame,
            positions,
            lang,
            labels="name",
            threshold=ctx.threshold,
            include_js=ctx.plotly_js(),
        )
    )
    top = frame[frame["in_strength"] > 0].sort_values("in_strength", ascending=False).head(10)
    parts.append(
        show.table(
            top.assign(
                org=top.index.map(ctx.name),
                destination=top["largest_destination"].map(
                    lambda v: ctx.name(v) if isinstance(v, str) else ""
                ),
            ),
            {
                "org": (t("report.col_organisation", lang), "text"),
                "in_strength": (t("report.col_received", lang), "count"),
                "share_of_region": (t("report.col_share_region", lang), "pct"),
                "out_strength": (t("report.col_sent", lang), "count"),
                "destination": (t("report.col_largest_destination", lang), "text"),
                "largest_share": (t("report.col_largest_share", lang), "pct"),
                "hhi": (t("report.col_hhi", lang), "num2"),
                "community": (t("report.col_community", lang), "int"),
            },
            lang,
            threshold=ctx.threshold,
            caption=t("report.caption_flownet", lang),
        )
    )
    parts.append(
        show.paragraph(
            t("report.flownet_floor", lang, floor=ctx.n(p.flow_floor), seed=ctx.seed), "ns-note"
        )
    )
    return show.join(*parts)


def _flow_frame(ctx: Context) -> pd.DataFrame:
    """The flow measures per organisation with name, type, inflow and outflow (for the
    maps' hover text); a share that would give a suppressed count away is left out."""
    dep = ctx.analysis.dependencies
    assert dep is not None
    profile = ctx.analysis.organisations
    keep = [c for c in ("name", "type", "inflow", "outflow") if c in profile.columns]
    frame = dep.measures.join(profile[keep], how="left")
    small = (frame["in_strength"] > 0) & (frame["in_strength"] < ctx.threshold)
    frame.loc[small, "share_of_region"] = float("nan")
    few = (frame["largest_clients"] > 0) & (frame["largest_clients"] < ctx.threshold)
    frame.loc[few, "largest_share"] = float("nan")
    return frame


# -- said against done (within the dependencies) ----------------------------------------------


def said_done(ctx: Context) -> Html:
    """What partners say next to what clients do: only when both ties and flows are there.

    Missing links (many clients, no or a weak tie), pairs whose tie nobody
    could report, strong ties without clients, and the clients sent to an
    organisation its partners trust little; one figure and a table of the
    pairs that stand out.
    """
    from scan.data.schema import FREQUENCIES
    from scan.report import figures

    sd = ctx.analysis.said_done
    if sd is None:
        return Html("")
    lang, ap = ctx.lang, ctx.analysis.params
    pairs = sd.pairs
    parts: list[str] = [
        show.heading("said-done", t("report.said_done_title", lang), 3),
        show.paragraph(
            t("report.said_done_intro", lang, source=t(f"report.source_{sd.source}", lang))
        ),
    ]
    heavy = ctx.n(ap.heavy_flow_clients)

    def listed(kind: str) -> tuple[pd.DataFrame, str]:
        rows = pairs[pairs["kind"] == kind]
        shown = [
            t(
                "report.said_done_pair"
                if kind != "tie_without_flow"
                else "report.said_done_pair_plain",
                lang,
                a=ctx.name(a),
                b=ctx.name(b),
                clients=ctx.count(c),
            )
            for a, b, c in zip(rows["org_a"], rows["org_b"], rows["clients"], strict=True)
        ]
        more = [t("report.and_n_more", lang, n=len(shown) - 5)] if len(shown) > 5 else []
        return rows, "; ".join(shown[:5] + more)

    missing, names = listed("missing_link")
    if len(missing):
        weak = t(f"template.choice.{FREQUENCIES[ap.weak_tie_level]}", lang)
        parts.append(
            show.paragraph(
                t(
                    "report.said_done_missing",
                    lang,
                    heavy=heavy,
                    weak=weak,
                    pairs=names,
                )
            )
        )
    unknown, names = listed("unknown_link")
    heavy_known = int(
        ((pairs["clients"] >= ap.heavy_flow_clients) & (pairs["tie"] != "unknown")).sum()
    )
    if not len(missing) and heavy_known:
        parts.append(show.paragraph(t("report.said_done_missing_none", lang, heavy=heavy)))
    elif not len(missing) and not len(unknown):
        parts.append(show.paragraph(t("report.said_done_no_heavy", lang, heavy=heavy)))
    if len(unknown):
        parts.append(show.paragraph(t("report.said_done_unknown", lang, pairs=names), "ns-note"))
    idle, names = listed("tie_without_flow")
    if len(idle):
        strong = t(f"template.choice.{FREQUENCIES[ap.strong_tie_level]}", lang)
        parts.append(show.paragraph(t("report.said_done_idle", lang, strong=strong, pairs=names)))
    parts.append(_trust_along_flows(ctx, sd.flows))
    fig = figures.said_done_chart(
        pairs,
        ctx.analysis.organisations,
        lang,
        labels="name",
        threshold=ctx.threshold,
        heavy_clients=ap.heavy_flow_clients,
        weak_level=ap.weak_tie_level,
        strong_level=ap.strong_tie_level,
    )
    parts.append(show.figure(fig, t("report.alt_said_done", lang)))
    standing_out = pairs[pairs["kind"] != ""].head(12)
    if len(standing_out):
        table = standing_out.assign(
            a=standing_out["org_a"].map(ctx.name),
            b=standing_out["org_b"].map(ctx.name),
            said=[
                figures.tie_label(None if pd.isna(v) else int(v), lang)
                for v in standing_out["tie_level"]
            ],
            what=[t(f"figure.sd_kind_{k}", lang) for k in standing_out["kind"]],
        )
        parts.append(
            show.table(
                table,
                {
                    "a": (t("report.col_organisation", lang), "text"),
                    "b": (t("report.col_organisation", lang), "text"),
                    "clients": (t("report.col_clients", lang), "count"),
                    "said": (t("report.col_tie", lang), "text"),
                    "what": (t("report.col_said_done", lang), "text"),
                },
                lang,
                threshold=ctx.threshold,
                caption=t("report.caption_said_done", lang),
            )
        )
    return show.join(*parts)


def _trust_along_flows(ctx: Context, flows: pd.DataFrame) -> Html:
    """How many clients go to an organisation its partners trust little (or why it is unknown)."""
    lang, p = ctx.lang, ctx.findings.params
    raters = p.caps.min_trust_raters
    judged = flows[flows["trust_raters"] >= raters]
    if not len(judged):
        return show.paragraph(t("report.said_done_trust_unknown", lang, raters=raters), "ns-note")
    low = signals.low_trust_flows(flows, p)
    if not len(low):
        return show.paragraph(t("report.said_done_trust_none", lang, raters=raters))
    clients, total = float(low["clients"].sum()), float(flows["clients"].sum())
    fields = {
        "low": ctx.n(p.low_trust, 1),
        "raters": raters,
        "names": ctx.names(list(dict.fromkeys(low["to_org"].astype(str)))),
    }
    if clients < ctx.threshold:
        return show.paragraph(t("report.said_done_trust_few", lang, t=ctx.threshold, **fields))
    return show.paragraph(
        t(
            "report.said_done_trust",
            lang,
            clients=ctx.count(clients),
            total=ctx.count(total),
            share=ctx.pct(clients / total),
            **fields,
        )
    )


# -- 7. readiness ------------------------------------------------------------------------------


def readiness(ctx: Context) -> Html:
    """Collaboration readiness per driving force and layer, and the perception gaps."""
    from scan.report import figures

    lang = ctx.lang
    ready = ctx.analysis.readiness
    parts: list[str] = [heading(ctx, "readiness"), basis(ctx, "readiness")]
    if ready is None or ready.region.empty:
        key = "report.readiness_too_few" if "survey" in ctx.delivered else "report.no_survey"
        key = _none_key(ctx, "survey", key)
        parts.append(show.paragraph(t(key, lang, threshold=ctx.threshold), "ns-note"))
        return show.join(*parts)
    region = ready.region.copy()
    region["label"] = region["dimension"].map(lambda d: t(f"report.dim_{d}", lang))
    region["band_text"] = region["band"].map(lambda b: t(f"band.{b}", lang))
    n = int(ready.respondents["respondent_id"].nunique())
    parts.append(show.paragraph(t("report.readiness_intro", lang, n=ctx.count(n))))
    # mid-sentence the topics are lower case, listed "a, b en c"
    for band, key in (
        ("strength", "report.strengths_sentence"),
        ("concern", "report.concerns_sentence"),
    ):
        dims = [label.lower() for label in region.loc[region["band"] == band, "label"]]
        if dims:
            parts.append(show.paragraph(t(key, lang, dims=fmt.listing(dims, lang))))
    parts.append(
        show.table(
            region,
            {
                "label": (t("report.col_dimension", lang), "text"),
                "score": (t("report.col_score", lang), "num1"),
                "band_text": (t("report.col_band", lang), "text"),
                "n_respondents": (t("report.col_respondents", lang), "count"),
            },
            lang,
            threshold=ctx.threshold,
            caption=t("report.caption_readiness", lang),
        )
    )
    # a layer too small to show, and a second one so it cannot be had from the region's figures
    by_layer = ready.by_layer[layers_shown(ready.by_layer, ctx.threshold)]
    if by_layer.empty:  # no layer large enough to show on its own
        parts.append(show.paragraph(t("report.layers_too_few", lang, threshold=ctx.threshold)))
    else:
        fig = figures.readiness_chart(by_layer, lang, region=ready.region)
        parts.append(show.figure(fig, t("report.alt_readiness", lang)))
    gaps = ready.gaps[gaps_shown(ready.gaps, ready.by_layer, ctx.threshold)]
    real = gaps[gaps["significant"].astype(bool)].sort_values("gap", key=abs, ascending=False)
    for row in real.head(3).itertuples(index=False):
        parts.append(
            show.paragraph(
                t(
                    "report.gap_sentence",
                    lang,
                    dim=t(f"report.dim_{row.dimension}", lang),
                    a=t(f"report.layer_{row.layer_a}", lang),
                    b=t(f"report.layer_{row.layer_b}", lang),
                    mean_a=ctx.n(float(row.mean_a), 1),
                    mean_b=ctx.n(float(row.mean_b), 1),
                    low=ctx.n(abs(float(row.ci_low)), 1),
                    high=ctx.n(abs(float(row.ci_high)), 1),
                )
            )
        )
    if gaps.empty:
        parts.append(show.paragraph(t("report.gaps_unknown", lang, threshold=ctx.threshold)))
    elif real.empty:
        parts.append(show.paragraph(t("report.no_gaps", lang)))
    if len(gaps):
        parts.append(show.figure(figures.gap_chart(gaps, lang), t("report.alt_gaps", lang)))
    gov = ctx.analysis.governance
    if gov is not None:
        busy = gov.load[gov.load["too_many"].astype(bool)]
        if len(busy):
            parts.append(
                show.paragraph(
                    t(
                        "report.tables_sentence",
                        lang,
                        names=ctx.names(list(busy.index)),
                        n=ctx.n(int(busy["initiatives"].max())),
                    )
                )
            )
        if len(gov.lines_without_lead):
            lines = ", ".join(gov.lines_without_lead["development_line"].astype(str))
            parts.append(show.paragraph(t("report.no_lead_sentence", lang, lines=lines)))
    return show.join(*parts)


# -- 8. segments ---------------------------------------------------------------------------------


def segments(ctx: Context) -> Html:
    """Organisations grouped by position, pressure and readiness."""
    from scan.report import figures

    lang = ctx.lang
    seg = ctx.analysis.segments
    parts: list[str] = [heading(ctx, "segments"), basis(ctx, "segments")]
    if seg is None or seg.segments.empty:
        parts.append(show.paragraph(t("report.no_segments", lang), "ns-note"))
        return show.join(*parts)
    from scan.analysis.segments import FEATURES, GROUPS

    # only the groups of features the segments were made of: no pressure without capacity
    made_of = {FEATURES.get(f) for f in seg.features}
    groups = [t(f"report.segments_group_{g}", lang) for g in GROUPS if g in made_of]
    parts.append(
        show.paragraph(
            t("report.segments_intro", lang, k=ctx.n(int(seg.k)), groups=fmt.listing(groups, lang))
        )
    )
    for row in seg.segments.itertuples(index=False):
        members = seg.assignments[seg.assignments["segment"] == row.segment].index.tolist()
        label = str(getattr(row, f"label_{lang}")).capitalize()
        text = str(getattr(row, f"description_{lang}")).capitalize()
        parts.append(show.heading(f"segment-{row.segment}", f"{label} ({ctx.n(int(row.size))})", 3))
        parts.append(show.paragraph(str(text)))
        parts.append(show.paragraph(ctx.names(members, limit=12), "ns-note"))
    # the axes: position and readiness, or the features the segments were made of
    features = list(seg.features)
    if len(features) >= 2:
        x = "degree_centrality" if "degree_centrality" in features else features[0]
        y = "readiness" if "readiness" in features else next(f for f in features if f != x)
        fig = figures.segment_chart(
            ctx.analysis.organisations, lang, x=x, y=y, labels="name", segments=seg.segments
        )
        parts.append(show.figure(fig, t("report.alt_segments", lang)))
    return show.join(*parts)


# -- 1. summary ------------------------------------------------------------------------------------


#: The summary's lines in the order a board reads them: how far the figures carry, the
#: main bottleneck (with the flows' hub when it is the same organisation), the stalling
#: transfer, the hub, the first quick step, readiness, who holds the network together,
#: a second quick step. The first :data:`SUMMARY_MAX` with something to say are the
#: bullets; the others are named in a closing line, never dropped unsaid.
SUMMARY_ORDER: tuple[str, ...] = (
    "participation",
    "bottleneck",
    "nothing",
    "transition",
    "hub",
    "quick_win",
    "readiness",
    "structure",
    "quick_win_2",
)
SUMMARY_MAX = 6
#: The section where each summary line is told in full (for the closing line).
SUMMARY_SECTION: dict[str, str] = {
    "participation": "participation",
    "bottleneck": "bottlenecks",
    "nothing": "quick_wins",
    "transition": "bottlenecks",
    "hub": "dependencies",
    "quick_win": "quick_wins",
    "readiness": "readiness",
    "structure": "network",
    "quick_win_2": "quick_wins",
}


def summary_lines(ctx: Context) -> dict[str, str]:
    """Every line the summary could say, by its name in :data:`SUMMARY_ORDER`, in that order."""
    lang = ctx.lang
    f = ctx.findings
    lines: dict[str, str] = {}
    net = ctx.analysis.network
    if net is not None:
        lines["participation"] = t(
            "report.sum_participation",
            lang,
            rate=ctx.pct(float(net.scores["response_rate"])),
            confidence=t(f"report.confidence_{net.scores['confidence']}", lang),
        )
    hub_org, hub = hub_sentence(ctx)
    bottlenecks = ctx.in_summary(f.bottlenecks)
    if bottlenecks:
        top, note = bottlenecks[0]
        label = (top.stability or {}).get("label")
        if top.evidence.get("status") == "pressure_unknown":
            label = "pressure_unknown"
        key = {
            "robust": "report.sum_robust",
            "depends_on_unknown_data": "report.sum_depends_on_unknown_data",
            "depends_on_sample": "report.sum_depends_on_sample",
            "tied": "report.sum_tied",
            "pressure_unknown": "report.sum_pressure_unknown",
        }.get(str(label), "report.sum_fragile")
        text = top.text[lang] + " " + t(key, lang)
        if hub and hub_org in top.org_ids:  # the same organisation: one line, not two
            text, hub = f"{text} {hub}", ""
        lines["bottleneck"] = _noted(text, note)
    if not f.bottlenecks and not f.quick_wins and not hub:
        absent = missing(ctx, *rests.OPTIONAL)
        lines["nothing"] = (
            t("report.sum_nothing_partial", lang, tables=rests.tables(absent, lang))
            if absent
            else t("report.sum_nothing", lang)
        )
    transitions = ctx.in_summary(f.transitions)
    if transitions:
        lines["transition"] = _noted(transitions[0][0].text[lang], transitions[0][1])
    if hub:
        lines["hub"] = hub
    wins = ctx.in_summary(f.quick_wins)[:2]
    for name, (win, note) in zip(("quick_win", "quick_win_2")[: len(wins)], wins, strict=True):
        lines[name] = _noted(t("report.sum_quick_win", lang, text=win.text[lang]), note)
    readiness = readiness_summary(ctx)
    if readiness:
        lines["readiness"] = readiness
    structure = structure_sentences(ctx)
    if structure:
        lines["structure"] = " ".join(structure)
    return {name: lines[name] for name in SUMMARY_ORDER if name in lines}


def readiness_summary(ctx: Context) -> str:
    """The summary's line on readiness: the strongest and weakest topics, or that they are
    level (equal as shown, to one decimal); empty without scores."""
    ready = ctx.analysis.readiness
    if ready is None or ready.region.empty:
        return ""
    region = ready.region[ready.region["dimension"] != "overall"].dropna(subset=["score"])
    if region.empty:
        return ""
    shown = region["score"].map(lambda v: fmt.rounded(float(v), 1))
    high, low = float(shown.max()), float(shown.min())

    def topics(score: float) -> str:
        dims = region.loc[shown == score, "dimension"]
        return fmt.listing([t(f"report.dim_{d}", ctx.lang).lower() for d in dims], ctx.lang)

    if high == low:
        return t("report.sum_readiness_level", ctx.lang, score=ctx.n(high, 1))
    return t(
        "report.sum_readiness",
        ctx.lang,
        high=topics(high),
        high_score=ctx.n(high, 1),
        low=topics(low),
        low_score=ctx.n(low, 1),
    )


def summary(ctx: Context) -> Html:
    """The things a board must know first (:data:`SUMMARY_ORDER`, at most
    :data:`SUMMARY_MAX`), the tables not delivered, and where the rest is told."""
    lang = ctx.lang
    lines = summary_lines(ctx)
    shown = list(lines)[:SUMMARY_MAX]
    parts = [
        heading(ctx, "summary"),
        basis(ctx, "summary"),
        show.paragraph(t("report.sum_intro", lang)),
        show.bullets([*(lines[k] for k in shown), *not_delivered(ctx)], "ns-summary"),
    ]
    rest = [k for k in lines if k not in shown]
    if rest:
        where = [
            t(f"report.sum_more.{k}", lang, n=ctx.sections.index(SUMMARY_SECTION[k]) + 1)
            for k in rest
        ]
        parts.append(show.paragraph(t("report.sum_more", lang, items=fmt.listing(where, lang))))
    return show.join(*parts)


def _noted(text: str, note: str) -> str:
    return f"{text} {note}" if note else text


def not_delivered(ctx: Context) -> list[str]:
    """The summary's lines on the tables not delivered, and those delivered but not usable."""
    lang = ctx.lang
    absent = missing(ctx, *rests.OPTIONAL)
    unusable = [name for name in absent if name in rests.received(ctx.data)]
    lines = []
    if len(absent) > len(unusable):
        names = [name for name in absent if name not in unusable]
        lines.append(t("basis.not_delivered", lang, tables=rests.tables(names, lang)))
    if unusable:
        lines.append(t("basis.not_usable", lang, tables=rests.tables(unusable, lang)))
    return lines


# -- 5. bottlenecks --------------------------------------------------------------------------------


def bottlenecks(ctx: Context) -> Html:
    """The bottlenecks, why each one, how robust the ranking is, and what if one drops out."""
    from scan.diagnosis.bottlenecks import FACTORS
    from scan.report import figures

    lang = ctx.lang
    f = ctx.findings
    parts: list[str] = [
        heading(ctx, "bottlenecks"),
        basis(ctx, "bottlenecks"),
        show.paragraph(t("report.bn_intro", lang)),
    ]
    if not f.bottlenecks:
        parts.append(show.paragraph(t(_bottlenecks_none(ctx), lang), "ns-note"))
    for item in f.bottlenecks[:5]:
        stab = item.stability or {}
        parts.append(
            show.heading(f"bn-{item.id}", f"{item.rank}. {ctx.names(list(item.org_ids))}", 3)
        )
        parts.append(show.paragraph(item.text[lang]))
        if stab:
            label, share = str(stab.get("label", "robust")), float(stab.get("top3_share", 0.0))
            if label == "robust" and share < 0.5:  # steadily below the top 3, not in it
                # listed among the first three, yet seldom there once the data are redrawn
                label = "top_uncertain" if item.rank <= 3 else "robust_outside"
            note = t(f"report.bn_stability_{label}", lang, share=ctx.pct(share), rank=item.rank)
            parts.append(show.paragraph(note, "ns-note"))
        if item.confidence.level != "high":
            parts.append(show.paragraph(_confidence(ctx, item), "ns-note"))
    if f.bottlenecks:
        contributions = pd.DataFrame(
            [item.contributions for item in f.bottlenecks[:8]],
            index=[ctx.name(item.org_ids[0]) for item in f.bottlenecks[:8]],
        )
        labels = {g: t(f"term.group.{g}", lang) for g in figures.GROUPS_ORDER}
        fig = figures.contribution_chart(
            contributions,
            FACTORS,
            labels,
            t("report.bn_chart_title", lang),
            t("report.bn_chart_note", lang),
            lang,
        )
        parts.append(show.figure(fig, t("report.bn_chart_title", lang)))
        stability = f.stability
        parts.append(
            show.paragraph(
                t(
                    f"report.bn_ranking_{stability.label}",
                    lang,
                    rho=ctx.n(float(stability.spearman_median), 2),
                    draws=ctx.n(int(stability.draws)),
                )
            )
        )
    if f.transitions:
        parts.append(show.heading("bn-transitions", t("report.bn_transitions", lang), 3))
        parts.append(show.bullets(t.text[lang] for t in f.transitions[:5]))
    if f.resilience:
        parts.append(show.heading("bn-resilience", t("report.bn_resilience", lang), 3))
        parts.append(show.bullets(r.text[lang] for r in f.resilience[:5]))
    return show.join(*parts)


def _bottlenecks_none(ctx: Context) -> str:
    """What to say when no bottleneck is listed: none, or that it cannot be known.

    A bottleneck is a crucial place (ties, flows or episodes) under pressure
    (capacity): without either, its absence is not seen.
    """
    if len(missing(ctx, "ties", "flows", "episodes")) == 3:
        return "report.bn_unknown_position"
    if missing(ctx, "capacity"):
        return "report.bn_unknown_pressure"
    return "report.bn_none"


def _confidence(ctx: Context, item: Finding) -> str:
    reasons = "; ".join(t(f"finding.conf.{r}", ctx.lang) for r in item.confidence.reasons)
    reasons = reasons[:1].upper() + reasons[1:]
    level = t(f"term.level.{item.confidence.level}", ctx.lang)
    return t("report.confidence_line", ctx.lang, level=level, reasons=reasons)


# -- 6. quick wins ---------------------------------------------------------------------------------


def quick_wins(ctx: Context) -> Html:
    """Concrete first steps, ranked, on impact × effort, each with its kind of intervention."""
    from scan.diagnosis.findings import to_frame
    from scan.report import figures

    lang = ctx.lang
    wins = ctx.findings.quick_wins
    parts: list[str] = [
        heading(ctx, "quick_wins"),
        basis(ctx, "quick_wins"),
        show.paragraph(t("report.qw_intro", lang)),
    ]
    if not wins:
        absent = missing(ctx, *rests.OPTIONAL)
        none = (
            t("report.qw_none_partial", lang, tables=rests.tables(absent, lang))
            if absent
            else t("report.qw_none", lang)
        )
        parts.append(show.paragraph(none, "ns-note"))
        return show.join(*parts)
    frame = to_frame(wins[:10], lang, ctx.threshold)
    frame["kind_text"] = frame["kind"].map(lambda k: t(f"term.kind.{k}", lang))
    frame["colour_text"] = frame["colour"].map(
        lambda c: t(f"term.colour.{c}", lang) if isinstance(c, str) else "–"
    )
    frame["confidence_text"] = frame["confidence"].map(lambda c: t(f"term.level.{c}", lang))
    parts.append(
        show.table(
            frame,
            {
                "rank": ("#", "int"),
                "text": (t("report.col_step", lang), "text"),
                "kind_text": (t("report.col_kind", lang), "text"),
                "colour_text": (t("report.col_colour", lang), "text"),
                "impact": (t("report.col_impact", lang), "num1"),
                "effort": (t("report.col_effort", lang), "num1"),
                "confidence_text": (t("report.col_confidence", lang), "text"),
            },
            lang,
            caption=t("report.caption_quick_wins", lang),
        )
    )
    fig = figures.impact_effort_chart(frame.assign(id=frame["label"]), lang)
    parts.append(show.figure(fig, t("report.alt_impact_effort", lang)))
    parts.append(show.paragraph(t("report.qw_colours", lang), "ns-note"))
    return show.join(*parts)


# -- 7. recognised in practice (the recognition round) ---------------------------------------------


def finding_label(ctx: Context, item: Finding) -> str:
    """A finding in a few words: "Knelpunt 1: Ziekenhuis Oost", "Overstap die stokt 2:
    van A naar B", "Quick win 3 (Ontbrekende schakel): A en B"."""
    kind = kind_of(item)
    orgs = list(item.org_ids)
    if kind == "transition" and len(orgs) == 2:
        names = t("report.rc_from_to", ctx.lang, a=ctx.name(orgs[0]), b=ctx.name(orgs[1]))
    else:
        names = ctx.names(orgs, limit=2)
    word = t(f"term.one.{kind}", ctx.lang)
    if kind == "quick_win":
        word = f"{word} {item.rank} ({t(f'term.kind.{item.kind}', ctx.lang)})"
        return f"{word}: {names}" if names else word
    return t("report.rc_label", ctx.lang, kind=word, rank=item.rank, names=names)


def recognition(ctx: Context) -> Html:
    """Whether the people in the work recognise the findings: per finding the share that
    recognises it, per layer; where board and operations differ; what nobody recognises.

    Empty before the recognition round. Remarks never reach it; a share from fewer
    than ``DiagnosisParams.recognition_floor`` opinions is not shown, and the number
    of answers passes the suppression rule.
    """
    from scan.data.schema import LAYERS

    rec = ctx.recognition
    if rec is None or rec.empty:
        return Html("")
    lang = ctx.lang
    labels = {f.id: finding_label(ctx, f) for f in ctx.findings.all() if f.id in rec.findings}
    parts: list[str] = [
        heading(ctx, "recognition"),
        basis(ctx, "recognition"),
        show.paragraph(t("report.rc_intro", lang, min=rec.min_respondents)),
        show.paragraph(
            counted(
                "report.rc_response",
                rec.organisations,
                lang,
                respondents=ctx.count(rec.respondents),
                organisations=ctx.n(rec.organisations),
            ),
            "ns-note",
        ),
    ]
    wide = rec.shares.pivot(index="finding_id", columns="layer", values="share")
    overall = rec.shares[rec.shares["layer"] == ALL].set_index("finding_id")
    rows = []
    notes = {
        "unrecognised": "report.rc_status_unrecognised",
        "board_only": "report.rc_status_differs",
        "operations_only": "report.rc_status_differs",
        "too_few": "report.rc_status_too_few",
    }
    for finding_id in rec.findings:
        status = rec.status(finding_id)
        note = t(notes[status], lang) if status else ""
        rows.append(
            {
                "finding": labels[finding_id],
                "answers": overall.loc[finding_id, "respondents"],
                **{layer: wide.loc[finding_id, layer] for layer in (ALL, *LAYERS)},
                "urgency": overall.loc[finding_id, "urgency"],
                "status": note,
            }
        )
    columns: dict[str, tuple[str, show.Format]] = {
        "finding": (t("report.rc_col_finding", lang), "text"),
        "answers": (t("report.rc_col_answers", lang), "count"),
        ALL: (t("report.rc_col_all", lang), "pct"),
        **{layer: (t(f"layer.{layer}", lang).capitalize(), "pct") for layer in LAYERS},
        "urgency": (t("report.rc_col_urgency", lang), "num1"),
        "status": (t("report.rc_col_status", lang), "text"),
    }
    parts.append(
        show.table(
            pd.DataFrame(rows),
            columns,
            lang,
            threshold=ctx.threshold,
            caption=t("report.rc_caption", lang),
        )
    )

    def gap_lines(ids: tuple[str, ...]) -> list[str]:
        return [
            t(
                "report.rc_gap_line",
                lang,
                finding=labels[i],
                board=ctx.pct(float(wide.loc[i, "bestuur"])),
                work=ctx.pct(float(wide.loc[i, "uitvoering"])),
            )
            for i in ids
        ]

    for key, ids in (
        ("report.rc_operations_only", rec.operations_only),
        ("report.rc_board_only", rec.board_only),
    ):
        if ids:
            parts.append(show.heading(key.replace("report.", ""), t(key, lang), 3))
            parts.append(show.bullets(gap_lines(ids)))
    compared = bool(wide[["bestuur", "uitvoering"]].notna().all(axis=1).any())
    if not rec.operations_only and not rec.board_only:
        gap = ctx.pct(ctx.findings.params.recognition_gap) if compared else ""
        key = "report.rc_no_gap" if compared else "report.rc_no_layers"
        parts.append(show.paragraph(t(key, lang, gap=gap), "ns-note"))
    if rec.unrecognised:
        lines = [t("report.rc_nobody_line", lang, finding=labels[i]) for i in rec.unrecognised]
        parts.append(show.heading("rc-nobody", t("report.rc_nobody", lang), 3))
        parts.append(show.bullets(lines))
        if rec.policy == "drop":
            parts.append(show.paragraph(t("report.rc_dropped", lang), "ns-note"))
    elif bool(overall["respondents"].ge(rec.min_respondents).any()):
        parts.append(show.paragraph(t("report.rc_nobody_none", lang), "ns-note"))
    return show.join(*parts)
