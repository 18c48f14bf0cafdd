"""What changed, in words, a map and a section: the report's "Wat is er veranderd" and
the follow-up's own page (``netwerkscan compare``)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from scan.data.privacy import MASK
from scan.files import write_text_atomic
from scan.followup.actions import aim_text, measure_words, text_or_none, value_text
from scan.followup.actions import dimension_word as _dimension
from scan.followup.actions import layer_word as _layer
from scan.followup.compare import Changes, Headline, _f, _leaver_key, build
from scan.followup.rounds import Round
from scan.html import show
from scan.html.pages import render
from scan.html.show import Html
from scan.text import Lang, fmt, t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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


def quick_win_text(row: Any, changes: Changes, lang: Lang = "nl") -> str:
    """A baseline quick win in words, from its kind and organisations (never its old sentence)."""
    n = [changes.names.get(o, o) for o in row.org_ids]
    info = row.info or {}
    if row.kind == "tables_to_merge":
        tables = ""
        if not changes.anonymised and info.get("initiative_a"):
            tables = f": '{info['initiative_a']}' / '{info['initiative_b']}'"
        return t("followup.qw.tables_to_merge", lang, tables=tables)
    if row.kind == "perception_gap":
        return t(
            "followup.qw.perception_gap",
            lang,
            dimension=_dimension(str(info.get("dimension")), lang),
            layer_a=_layer(str(info.get("layer_a")), lang),
            layer_b=_layer(str(info.get("layer_b")), lang),
        )
    if row.kind == "front_runners":
        return t("followup.qw.front_runners", lang, orgs=fmt.listing(n, lang))
    if row.kind == "capacity_pool":
        service = info.get("service") or ""
        return t(
            "followup.qw.capacity_pool" if service else "followup.qw.capacity_pool_no_service",
            lang,
            a=n[0],
            b=n[1] if len(n) > 1 else "",
            service=service,
        )
    a, b = [*n, "", ""][:2]
    return t(f"followup.qw.{row.kind}", lang, a=a, b=b)


#: Headlines about one partner's rating of another (a pair's trust or value): for the
#: adviser's terminal only, never on a page (see :func:`shared_headlines`).
RATER_KINDS: tuple[str, ...] = ("trust_", "value_")


def shared_headlines(changes: Changes) -> list[Headline]:
    """The headlines a page may show: none about one partner's rating of another.

    A pair's trust or value is one rating each way, fewer than
    :data:`scan.disclosure.MIN_RATERS` raters: even its direction ("up",
    "down") tells the other partner, and the board, which way one partner's
    answer went. ``netwerkscan compare`` prints them for the adviser; the
    page shows the change of the region's kept relations (three raters or more).
    """
    return [h for h in changes.headlines() if not h.kind.startswith(RATER_KINDS)]


def headline_text(h: Headline, changes: Changes, lang: Lang = "nl") -> str:
    """One change in a plain sentence."""
    n = [changes.names.get(o, o) for o in h.org_ids]
    a, b = [*n, "", ""][:2]
    kind = h.kind
    if kind.startswith(("trust_", "value_")):
        # who rated whom, and which way: one partner's rating is never shown as a figure
        parts = [
            f"{changes.names.get(r, r)} → {changes.names.get(q, q)}: "
            + t(f"followup.status.{'up' if _f(y) > _f(x) else 'down'}", lang)
            for r, q, x, y in h.fields.get("rows", [])
        ]
        return t(f"followup.h.{kind}", lang, a=a, b=b, detail="; ".join(parts))
    if kind.startswith(("bottleneck_", "transition_")):
        why = ""
        pb, pa = _f(h.fields.get("pressure_before")), _f(h.fields.get("pressure_after"))
        if kind.startswith("bottleneck_") and not math.isnan(pb - pa) and abs(pb - pa) >= 0.05:
            why = t(
                "followup.why_pressure", lang, before=_num(pb, lang, 2), after=_num(pa, lang, 2)
            )
        return t(
            f"followup.h.{kind}",
            lang,
            a=a,
            b=b,
            before=_num(h.fields.get("before"), lang, 2),
            after=_num(h.fields.get("after"), lang, 2),
            why=why,
        )
    if kind.startswith("pressure_"):
        return t(
            f"followup.h.{kind}",
            lang,
            a=a,
            before=_pct(h.fields.get("before"), lang),
            after=_pct(h.fields.get("after"), lang),
        )
    if kind == "quick_win_realised":
        row = changes.quick_wins[changes.quick_wins["id"] == h.key].iloc[0]
        return t("followup.h.quick_win_realised", lang, detail=quick_win_text(row, changes, lang))
    if kind.startswith("readiness_"):
        return t(
            f"followup.h.{kind}",
            lang,
            dimension=_dimension(str(h.fields["dimension"]), lang).capitalize(),
            layer=_layer(str(h.fields["layer"]), lang),
            before=_num(h.fields.get("before"), lang),
            after=_num(h.fields.get("after"), lang),
        )
    if kind.startswith("network_"):
        measure = str(h.fields.get("measure"))
        return t(
            f"followup.h.{kind}",
            lang,
            measure=t(f"followup.m.{measure}", lang),
            before=_measure(measure, h.fields.get("before"), lang),
            after=_measure(measure, h.fields.get("after"), lang),
        )
    return t(f"followup.h.{kind}", lang, a=a, b=b)


# --------------------------------------------------------------------------------------
# The map
# --------------------------------------------------------------------------------------


def changes_map(changes: Changes, lang: Lang = "nl") -> Figure:
    """Two network maps side by side, then and now, every organisation in the same place.

    New relations are green, lost ones red and dashed (on the left);
    organisations that left are crossed out, new ones ringed. A pair's change
    of trust is not drawn: it is one partner's rating each way
    (:func:`shared_headlines`). Only organisations in a change are labelled. Drawn in
    the report's figure style (:mod:`scan.report.figures.style`): names are text,
    never mathtext.
    """
    from scan.report.figures.style import _styled

    return _styled(_changes_map)(changes, lang)


def _changes_map(changes: Changes, lang: Lang) -> Figure:
    from scan.report.figures import family_colour
    from scan.report.figures.style import _figure

    fig = _figure(5.6, width=11.0)
    axes = fig.subplots(1, 2)
    heads = shared_headlines(changes)
    new = {tuple(sorted(h.org_ids)) for h in heads if h.kind == "tie_new"}
    lost = {tuple(sorted(h.org_ids)) for h in heads if h.kind == "tie_lost"}
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
    return t(f"followup.status.{key}", lang)


def section(changes: Changes, lang: Lang = "nl", *, number: int | None = None) -> Html:
    """The "Wat is er veranderd" section as HTML (see :func:`changes_section`)."""
    title = t("followup.section", lang)
    parts: list[str] = [show.heading("changes", f"{number}. {title}" if number else title)]
    before = str(changes.before.get("period") or changes.before.get("key") or "")
    after = str(changes.after.get("period") or changes.after.get("key") or "")
    parts.append(show.paragraph(t("followup.intro", lang, before=before, after=after)))
    heads = shared_headlines(changes)
    count = {
        k: sum(h.kind == k for h in heads)
        for k in ("tie_new", "tie_lost", "quick_win_realised", "org_left", "org_entered")
    }
    parts.append(
        show.key_figures(
            [
                (t("followup.kf_new", lang), str(count["tie_new"])),
                (t("followup.kf_lost", lang), str(count["tie_lost"])),
                (t("followup.kf_realised", lang), str(count["quick_win_realised"])),
                (t("followup.kf_left", lang), str(count["org_left"])),
            ]
        )
    )
    if heads:
        parts.append(show.paragraph(t("followup.headlines", lang)))
        parts.append(show.bullets([headline_text(h, changes, lang) for h in heads], "ns-summary"))
    else:
        parts.append(show.paragraph(t("followup.none", lang)))
    for key, fields in changes.notes:
        parts.append(show.paragraph(t(f"followup.{key}", lang, **fields), "ns-note"))

    if changes.positions_after:
        parts.append(show.heading("changes-map", t("followup.h3.map", lang), 3))
        parts.append(show.figure(changes_map(changes, lang), t("followup.map_alt", lang)))

    orgs = changes.organisations[changes.organisations["status"] != "same"]
    if len(orgs):
        parts.append(show.heading("changes-organisations", t("followup.h3.organisations", lang), 3))
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
                    "org": (t("followup.col_org", lang), "text"),
                    "was": (t("followup.col_was", lang), "text"),
                    "status": (t("followup.col_status", lang), "text"),
                },
                lang,
            )
        )

    changed_pairs = changes.pairs[
        changes.pairs["status"].isin(["new", "lost"]) | (changes.pairs["reciprocity"] != "")
    ]
    if len(changed_pairs):
        parts.append(show.heading("changes-relations", t("followup.h3.relations", lang), 3))
        rows = [
            {
                "pair": f"{changes.names.get(r.org_a, r.org_a)} – "
                f"{changes.names.get(r.org_b, r.org_b)}",
                "before": t(f"followup.state.{r.before}", lang),
                "after": t(f"followup.state.{r.after}", lang),
            }
            for r in changed_pairs.itertuples(index=False)
        ]
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "pair": (t("followup.col_pair", lang), "text"),
                    "before": (t("followup.col_before", lang), "text"),
                    "after": (t("followup.col_after", lang), "text"),
                },
                lang,
            )
        )
    if len(changes.network):
        parts.append(show.heading("changes-network", t("followup.h3.network", lang), 3))
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
                    "measure": t(f"followup.m.{r.measure}", lang),
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
                    "measure": (t("followup.col_measure", lang), "text"),
                    "before": (t("followup.col_before", lang), "text"),
                    "after": (t("followup.col_after", lang), "text"),
                    "interval": (t("followup.col_interval", lang), "text"),
                    "status": (t("followup.col_status", lang), "text"),
                },
                lang,
            )
        )

    if len(changes.bottlenecks):
        parts.append(show.heading("changes-bottlenecks", t("followup.h3.bottlenecks", lang), 3))
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
                    "finding": (t("followup.col_finding", lang), "text"),
                    "rank": (t("followup.col_rank", lang), "text"),
                    "before": (t("followup.col_before", lang), "text"),
                    "after": (t("followup.col_after", lang), "text"),
                    "status": (t("followup.col_status", lang), "text"),
                },
                lang,
            )
        )

    moved = changes.pressure[changes.pressure["status"].isin(["up", "down"])]
    if len(moved):
        parts.append(show.heading("changes-pressure", t("followup.h3.pressure", lang), 3))
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
                    "org": (t("followup.col_org", lang), "text"),
                    "before": (t("followup.col_before", lang), "text"),
                    "after": (t("followup.col_after", lang), "text"),
                    "status": (t("followup.col_status", lang), "text"),
                },
                lang,
            )
        )

    if len(changes.quick_wins):
        parts.append(show.heading("changes-quick-wins", t("followup.h3.quick_wins", lang), 3))
        rows = []
        for r in changes.quick_wins.itertuples(index=False):
            status = _status(str(r.status), lang)
            if r.status == "open":
                listed = "followup.listed_still" if r.listed_now else "followup.listed_no_longer"
                status += f" ({t(listed, lang)})"
            step = quick_win_text(r, changes, lang)
            rows.append({"step": step[:1].upper() + step[1:], "status": status})
        parts.append(
            show.table(
                pd.DataFrame(rows),
                {
                    "step": (t("followup.col_step", lang), "text"),
                    "status": (t("followup.col_status", lang), "text"),
                },
                lang,
            )
        )

    if len(changes.readiness):
        parts.append(show.heading("changes-readiness", t("followup.h3.readiness", lang), 3))
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
                    "dimension": (t("followup.col_dimension", lang), "text"),
                    "layer": (t("followup.col_layer", lang), "text"),
                    "before": (t("followup.col_before", lang), "text"),
                    "after": (t("followup.col_after", lang), "text"),
                    "delta": (t("followup.col_change", lang), "text"),
                    "interval": (t("followup.col_interval", lang), "text"),
                    "status": (t("followup.col_status", lang), "text"),
                },
                lang,
            )
        )
        parts.append(show.paragraph(t("followup.uncertainty_note", lang), "ns-note"))
    if len(changes.actions):
        parts.append(actions_part(changes, lang))
    return show.join(*parts)


def _action_row(r: Any, changes: Changes, lang: Lang) -> dict[str, str]:
    """One action as shown: its number, owner, measure, both values, aim and what changed."""
    measure = text_or_none(r.measure) or ""
    status = t(f"agenda.status.{r.status}", lang)
    if isinstance(r.target_met, bool):
        status += f"; {t('agenda.target_met' if r.target_met else 'agenda.target_missed', lang)}"
    owner = text_or_none(r.owner) or ""
    # an owner the comparison does not know by id is free text: no name on an anonymised page
    owner = changes.names.get(owner, MASK if changes.anonymised and owner else owner)
    known = measure and r.status not in ("not_compared", "no_measure")
    return {
        "action": str(r.action_id),
        "owner": owner,
        "measure": measure_words(measure, str(r.subject), lang, changes.names) if known else "",
        "before": value_text(measure, _f(r.before), lang) if known else "",
        "after": value_text(measure, _f(r.after), lang) if known else "",
        "target": aim_text(measure, _f(r.target), lang) if known else "",
        "status": status,
    }


def actions_part(changes: Changes, lang: Lang = "nl") -> Html:
    """ "Wat hebben de acties veranderd": per action of the change agenda, its measure in both
    rounds and whether it moved beyond noise (:func:`scan.followup.actions.follow`).

    The action's own words and first step are free text and never shown; an
    action the comparison could not place is named with the reason (in the
    anonymised variant without its finding's id, which holds organisations'
    codes).
    """
    rows = [_action_row(r, changes, lang) for r in changes.actions.itertuples(index=False)]
    parts = [
        show.heading("changes-actions", t("agenda.section", lang), 3),
        show.paragraph(t("agenda.section_intro", lang)),
        show.table(
            pd.DataFrame(rows),
            {
                "action": (t("agenda.col_action", lang), "text"),
                "owner": (t("agenda.col_owner", lang), "text"),
                "measure": (t("agenda.col_measure", lang), "text"),
                "before": (t("agenda.col_before", lang), "text"),
                "after": (t("agenda.col_after", lang), "text"),
                "target": (t("agenda.col_target", lang), "text"),
                "status": (t("agenda.col_status", lang), "text"),
            },
            lang,
        ),
    ]
    for r in changes.actions.itertuples(index=False):
        if r.problem:
            parts.append(
                show.paragraph(
                    t(
                        f"agenda.problem.{r.problem}",
                        lang,
                        action=r.action_id,
                        # a finding's id holds organisations' own codes
                        finding=MASK if changes.anonymised else text_or_none(r.finding_id),
                    ),
                    "ns-note",
                )
            )
    return show.join(*parts)


def action_lines(changes: Changes, lang: Lang = "nl") -> list[str]:
    """One line per action of the change agenda (for ``netwerkscan compare``)."""
    out = []
    for r in changes.actions.itertuples(index=False):
        row = _action_row(r, changes, lang)
        out.append(
            t(
                "agenda.line",
                lang,
                action=row["action"],
                owner=row["owner"] or "–",
                measure=row["measure"] or "–",
                before=row["before"] or "–",
                after=row["after"] or "–",
                status=row["status"],
            )
        )
    return out


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
    source : Changes or scan.report.sections.Context
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


def render_report(changes: Changes, lang: Lang = "nl") -> str:
    """The comparison as its own self-contained HTML page (no scripts, no requests)."""
    name = str(changes.after.get("name") or changes.after.get("key") or "")
    before = str(changes.before.get("period") or changes.before.get("key") or "")
    after = str(changes.after.get("period") or changes.after.get("key") or "")
    return render(
        "changes.html.j2",
        lang=lang,
        title=t("followup.title", lang, region=name),
        kicker=t("followup.kicker", lang),
        name=name,
        meta=t("followup.meta", lang, before=before, after=after),
        section=section(changes, lang),
    )


def write_report(changes: Changes, path: Path, lang: Lang = "nl") -> Path:
    """Write :func:`render_report` to ``path`` (UTF-8), atomically."""
    return write_text_atomic(path, render_report(changes, lang))
