"""The change agenda: a measure per action, and whether it moved (the actions' changes).

``netwerkscan agenda`` writes one row per action, starting from the
baseline's bottlenecks, transitions and quick wins (:func:`agenda_rows`):
what to do, an owner, a first step, a date, and a *measure* that would show
it worked, pre-filled from the evidence. A measure is a key of
:data:`scan.data.schema.MEASURES` and a *subject*:

==================  =====================  ==========================================
measure             subject                value (:func:`measure_value`)
==================  =====================  ==========================================
``transition_wait`` ``A>B``                wait days of the transfer from A to B
``utilisation``     ``ORG``                demand / capacity, latest period
``wait_days``       ``ORG``                the organisation's wait, latest period
``contact``         ``A>B`` or ``A-B``     how often A names B (0 never … 5 daily);
                                           ``A-B``: the more frequent way
``tables``          ``ORG``                meeting tables it sits at
``readiness``       ``dimension/layer``    survey mean (1-5), ``all`` for everyone
==================  =====================  ==========================================

The adviser edits the workbook; it returns in the follow-up round's raw folder
as the table ``agenda``. :func:`follow` then measures every action in both
rounds with the same :func:`measure_value` and says whether the measure moved
beyond noise (:func:`scan.followup.rounds.beyond`, the thresholds of
:class:`scan.followup.compare.CompareParams`; readiness by the interval of
the comparison). A value nobody delivered in either round is *not
measurable*, never 0; an action whose finding the baseline does not know, or
whose subject does not fit its measure, is reported and not compared.

Examples
--------
>>> from scan.followup.compare import example_round
>>> r = example_round(ties=[("A", "B")])
>>> measure_value(r, "contact", "A>B"), measure_value(r, "contact", "B>A")
(4.0, 0.0)
>>> measure_value(r, "contact", "A-B")
4.0
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from typing import Any

import pandas as pd

from scan.data.schema import MEASURES
from scan.followup.rounds import _FREQ_LEVEL, ALL_LAYERS, Round, beyond, number
from scan.text import CATALOGUE, Lang, fmt, t

#: The columns of the agenda as written and read back (the table ``agenda``).
AGENDA_COLUMNS: tuple[str, ...] = (
    "action_id",
    "finding_id",
    "what_to_do",
    "owner",
    "first_step",
    "due",
    "measure",
    "subject",
    "baseline",
    "target",
    "direction",
)

#: The columns of :func:`follow`.
ACTION_COLUMNS: tuple[str, ...] = (
    "action_id",
    "finding_id",
    "owner",
    "measure",
    "subject",
    "direction",
    "target",
    "before",
    "after",
    "delta",
    "status",
    "target_met",
    "problem",
)

#: The finding lists an agenda starts from, in this order.
SOURCES: tuple[str, ...] = ("bottlenecks", "transitions", "quick_wins")


# --------------------------------------------------------------------------------------
# Subjects and values
# --------------------------------------------------------------------------------------


def parse_subject(measure: str, subject: object) -> tuple[str, ...] | None:
    """The parts of a subject, or None when it does not fit the measure.

    Examples
    --------
    >>> parse_subject("transition_wait", "ZH01>VVT1"), parse_subject("contact", "A-B")
    (('>', 'ZH01', 'VVT1'), ('-', 'A', 'B'))
    >>> parse_subject("readiness", "trust/uitvoering"), parse_subject("utilisation", "A>B")
    (('trust', 'uitvoering'), None)
    """
    if measure not in MEASURES or not isinstance(subject, str) or not subject.strip():
        return None
    text = subject.strip()
    kind = MEASURES[measure][0]
    if kind == "org":
        return (text,) if not any(c in text for c in ">/") else None
    if kind == "layer":
        parts = [p.strip() for p in text.split("/")]
        return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None
    for sep in (">", "-") if measure == "contact" else (">",):
        parts = [p.strip() for p in text.split(sep)]
        if len(parts) == 2 and all(parts) and parts[0] != parts[1]:
            return (sep, parts[0], parts[1])
    return None


def _contact(r: Round, a: str, b: str) -> float:
    """How often ``a`` names ``b`` (0-5); 0 when ``a`` answered without naming ``b``."""
    mon = r.monitor or {}
    if a not in {str(x) for x in mon.get("respondents", [])}:
        return math.nan
    for tie in mon.get("ties", []):
        if str(tie["respondent_org"]) == a and str(tie["partner_org"]) == b:
            level = _FREQ_LEVEL.get(str(tie.get("frequency")).strip().lower())
            return math.nan if level is None else float(level)
    return 0.0


def measure_value(r: Round, measure: str, subject: object) -> float:
    """The value of a measure in one round (NaN when nobody delivered it).

    Parameters
    ----------
    r : Round
        A round: its ``monitor.json`` (and, for a baseline written before
        transfers were kept there, its listed transitions).
    measure : str
        A key of :data:`scan.data.schema.MEASURES`.
    subject : str
        See the module docstring; organisations by this round's codes.

    Returns
    -------
    float
    """
    parts = parse_subject(measure, subject)
    mon = r.monitor
    if parts is None or mon is None:
        return math.nan
    if measure == "transition_wait":
        _, a, b = parts
        if "transitions" in mon:
            rows = mon["transitions"]
        else:  # an older monitor: the transfers the diagnosis listed
            rows = [
                {
                    "from_org": str(f["organisations"][0]["org_id"]),
                    "to_org": str(f["organisations"][1]["org_id"]),
                    "wait_days": (f.get("evidence") or {}).get("wait_days"),
                }
                for f in r.findings.get("transitions", [])
            ]
        hits = [x for x in rows if str(x["from_org"]) == a and str(x["to_org"]) == b]
        return number(hits[0].get("wait_days")) if hits else math.nan
    if measure in ("utilisation", "wait_days"):
        rows = [c for c in mon.get("capacity", []) if str(c["org_id"]) == parts[0]]
        return number(rows[0].get(measure)) if rows else math.nan
    if measure == "contact":
        sep, a, b = parts
        if sep == ">":
            return _contact(r, a, b)
        known = [x for x in (_contact(r, a, b), _contact(r, b, a)) if not math.isnan(x)]
        return max(known) if known else math.nan
    if measure == "tables":
        if not mon.get("initiatives"):
            return math.nan  # no initiatives delivered: unknown, not 0
        rows = [x for x in mon.get("load", []) if str(x["org_id"]) == parts[0]]
        return float(rows[0]["tables"]) if rows else 0.0
    dimension, layer = parts
    rows = [
        x
        for x in mon.get("readiness", [])
        if str(x["dimension"]) == dimension and str(x["layer"]) == layer
    ]
    return number(rows[0].get("mean")) if rows else math.nan


# --------------------------------------------------------------------------------------
# The agenda as written
# --------------------------------------------------------------------------------------


def _ids(f: Mapping[str, Any]) -> list[str]:
    return [str(o["org_id"]) for o in f.get("organisations", [])]


def suggest(
    f: Mapping[str, Any], r: Round, *, target_utilisation: float = 1.0
) -> tuple[str, str, float] | None:
    """The measure of a finding (``measure``, ``subject``, ``target``), or None when it has none.

    The target comes from the evidence and the diagnosis's own rules: the
    usual wait of such transfers, full capacity, more than the weak-tie level
    (the quick win's "realised"), the most tables, the other layer's mean
    less the smallest gap that counts. An asymmetric tie whose partner does
    name it back but rates it differently has none: one organisation's
    rating is no measure to show in a report.

    Parameters
    ----------
    f : mapping
        A finding of ``findings.json``.
    r : Round
        The round it belongs to (its diagnosis parameters and measures).
    target_utilisation : float
        The aim for an organisation under pressure.
    """
    kind, ids, ev = str(f.get("kind")), _ids(f), f.get("evidence") or {}
    qp = (r.findings.get("params") or {}).get("quick_wins") or {}
    contact_aim = float(qp.get("weak_tie_level", 1)) + 1
    if kind == "transition":
        usual = number(ev.get("usual_wait_days"))
        aim = usual if math.isnan(usual) else float(math.ceil(usual))
        return "transition_wait", f"{ids[0]}>{ids[1]}", aim
    if kind == "bottleneck":
        for measure in ("utilisation", "wait_days"):
            if not math.isnan(measure_value(r, measure, ids[0])):
                aim = target_utilisation if measure == "utilisation" else math.nan
                return measure, ids[0], aim
        return None
    if kind == "missing_link":
        return "contact", f"{ids[0]}-{ids[1]}", contact_aim
    if kind == "asymmetric_tie" and ev.get("reason") == "not_named_back":
        return "contact", f"{ids[1]}>{ids[0]}", contact_aim
    if kind == "capacity_pool":
        return "utilisation", ids[0], target_utilisation
    if kind == "too_many_tables":
        return "tables", ids[0], number(ev.get("max_tables"))
    if kind == "perception_gap":
        means = {
            str(ev.get("layer_a")): number(ev.get("mean_a")),
            str(ev.get("layer_b")): number(ev.get("mean_b")),
        }
        low = min(means, key=lambda k: means[k])
        high = max(means.values())
        return "readiness", f"{ev.get('dimension')}/{low}", high - float(qp.get("min_gap", 1.0))
    return None


#: Decimals a measure is shown with (others: one).
DECIMALS: dict[str, int] = {"utilisation": 2, "contact": 0, "tables": 0}


def value_text(measure: str, value: float, lang: Lang = "nl") -> str:
    """A measure's value as shown ("onbekend" when unknown: never 0).

    Examples
    --------
    >>> value_text("utilisation", 1.27), value_text("contact", 4.0, "en")
    ('1,27', '4')
    >>> value_text("tables", float("nan"))
    'onbekend'
    """
    if math.isnan(value):
        return t("agenda.unknown", lang)
    return fmt.number(value, lang, DECIMALS.get(measure, 1), fixed=True)


def measure_words(
    measure: str, subject: str, lang: Lang = "nl", names: Mapping[str, str] | None = None
) -> str:
    """What a measure measures, in words ("" when the subject does not fit).

    Examples
    --------
    >>> measure_words("transition_wait", "A>B", names={"A": "Aa", "B": "Bb"})
    'wachtdagen bij de overstap van Aa naar Bb'
    """
    parts = parse_subject(measure, subject)
    if parts is None:
        return ""
    n = names or {}
    kind = MEASURES[measure][0]
    if kind == "pair":
        key = f"agenda.m.{measure}.{'either' if parts[0] == '-' else 'directed'}"
        return t(key, lang, a=n.get(parts[1], parts[1]), b=n.get(parts[2], parts[2]))
    if kind == "layer":
        return t(
            f"agenda.m.{measure}",
            lang,
            dimension=dimension_word(parts[0], lang),
            layer=layer_word(parts[1], lang),
        )
    return t(f"agenda.m.{measure}", lang, org=n.get(parts[0], parts[0]))


def aim_text(measure: str, target: float, lang: Lang = "nl") -> str:
    """An aim as shown: "≤ 15" (lower is better) or "≥ 2"; "" when there is none."""
    if math.isnan(target):
        return ""
    sign = "≤" if MEASURES[measure][1] == "lower" else "≥"
    return f"{sign} {value_text(measure, target, lang)}"


def measure_sentence(
    measure: str,
    subject: str,
    value: float,
    target: float,
    lang: Lang = "nl",
    names: Mapping[str, str] | None = None,
) -> str:
    """A measure in words: "wachtdagen bij de overstap van A naar B, nu 29,0, doel ≤ 15,0".

    Examples
    --------
    >>> measure_sentence("transition_wait", "A>B", 29.0, 15.0, names={"A": "Aa", "B": "Bb"})
    'wachtdagen bij de overstap van Aa naar Bb, nu 29,0, doel ≤ 15,0'
    >>> measure_sentence("utilisation", "A", float("nan"), 1.0, "en")
    'utilisation of A, now unknown, aim ≤ 1.00'
    """
    what = measure_words(measure, subject, lang, names)
    if not what:
        return ""
    text = t("agenda.now", lang, what=what, value=value_text(measure, value, lang))
    aim = aim_text(measure, target, lang)
    return text + t("agenda.aim", lang, aim=aim) if aim else text


def layer_word(layer: str, lang: Lang = "nl") -> str:
    """A survey layer in words (``all``: everyone)."""
    if layer == ALL_LAYERS:
        return t("followup.layer.all", lang)
    key = f"layer.{layer}"
    return t(key, lang) if key in CATALOGUE else layer


def dimension_word(dimension: str, lang: Lang = "nl") -> str:
    """A readiness dimension in words (``overall``: all dimensions together)."""
    if dimension == "overall":
        return t("followup.dim.overall", lang)
    key = f"dimension.{dimension}"
    return t(key, lang) if key in CATALOGUE else dimension


def agenda_rows(
    r: Round,
    lang: Lang = "nl",
    *,
    select: Collection[str] | None = None,
    target_utilisation: float = 1.0,
) -> pd.DataFrame:
    """The agenda pre-filled from a round's findings: one action per selected finding.

    Parameters
    ----------
    r : Round
        The scan (:func:`scan.followup.rounds.round_from_data` of its result).
    lang : {"nl", "en"}
        The language of the pre-filled action and measure sentences.
    select : collection of str, optional
        Finding ids; default every bottleneck, transition and quick win.
    target_utilisation : float

    Returns
    -------
    DataFrame
        :data:`AGENDA_COLUMNS` (``what_to_do`` the finding's sentence, ``owner``
        its first organisation, ``first_step`` and ``due`` empty) and
        ``measure_text``, the measure in words.

    Raises
    ------
    KeyError
        When ``select`` names an id the round does not have.
    """
    findings = [f for name in SOURCES for f in r.findings.get(name, [])]
    if select is not None:
        unknown = sorted(set(select) - {str(f["id"]) for f in findings})
        if unknown:
            raise KeyError(", ".join(unknown))
        findings = [f for f in findings if str(f["id"]) in set(select)]
    names = {
        str(o["org_id"]): str(o.get("name", o["org_id"]))
        for o in (r.monitor or {}).get("organisations", [])
    }
    rows = []
    for i, f in enumerate(findings, start=1):
        ids = _ids(f)
        measure, subject, target = suggest(f, r, target_utilisation=target_utilisation) or (
            None,
            None,
            math.nan,
        )
        value = measure_value(r, measure, subject) if measure else math.nan
        rows.append(
            {
                "action_id": f"A{i:02d}",
                "finding_id": str(f["id"]),
                "what_to_do": str((f.get("text") or {}).get(lang, "")),
                "owner": ids[0] if ids else None,
                "first_step": None,
                "due": None,
                "measure": measure,
                "subject": subject,
                "baseline": value,
                "target": target,
                "direction": MEASURES[measure][1] if measure else None,
                "measure_text": measure_sentence(measure, subject, value, target, lang, names)
                if measure and subject
                else "",
            }
        )
    return pd.DataFrame(rows, columns=[*AGENDA_COLUMNS, "measure_text"])


# --------------------------------------------------------------------------------------
# Following the actions in the follow-up round
# --------------------------------------------------------------------------------------


def _translate(measure: str, parts: tuple[str, ...], tr: Mapping[str, str]) -> str:
    """A subject with the organisations' codes of the follow-up round."""
    kind = MEASURES[measure][0]
    if kind == "org":
        return tr[parts[0]]
    if kind == "layer":
        return "/".join(parts)
    return f"{tr[parts[1]]}{parts[0]}{tr[parts[2]]}"


def _orgs(measure: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """The organisations a subject names."""
    kind = MEASURES[measure][0]
    return parts if kind == "org" else parts[1:] if kind == "pair" else ()


def text_or_none(value: object) -> str | None:
    """A cell as text; None when it is empty (None, NA or NaN, whatever the column's dtype)."""
    return None if value is None or bool(pd.isna(value)) else str(value)


def follow(
    agenda: pd.DataFrame,
    before: Round,
    after: Round,
    *,
    translate: Mapping[str, str],
    thresholds: Mapping[str, float],
    readiness: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per action: its measure in both rounds, and whether it moved beyond noise.

    Parameters
    ----------
    agenda : DataFrame
        The table ``agenda`` of the follow-up round.
    before, after : Round
        The baseline and this scan.
    translate : mapping
        Baseline ``org_id`` → this round's (the same organisation).
    thresholds : mapping
        Measure → the smallest move that counts (``CompareParams.thresholds()``).
    readiness : DataFrame, optional
        The comparison's readiness rows: a readiness measure moved when its
        interval says so (``better``/``worse``), else it is the same.

    Returns
    -------
    DataFrame
        :data:`ACTION_COLUMNS`. ``status``: ``better``, ``worse``, ``same``,
        ``not_measurable`` (unknown in either round), ``no_measure`` or
        ``not_compared`` (then ``problem`` says why: ``unknown_finding``,
        ``bad_subject``, ``left``). ``target_met``: True/False, None when
        the target or the value is unknown.
    """
    known_ids = {
        str(f["id"]) for name in (*SOURCES, "resilience") for f in before.findings.get(name, [])
    }
    rows = []
    for a in agenda.sort_values("action_id").itertuples(index=False):
        measure, finding = (
            text_or_none(getattr(a, "measure", None)),
            text_or_none(getattr(a, "finding_id", None)),
        )
        direction = text_or_none(getattr(a, "direction", None))
        if direction is None and measure in MEASURES:
            direction = MEASURES[measure][1]
        row: dict[str, Any] = {
            "action_id": str(a.action_id),
            "finding_id": finding,
            "owner": text_or_none(getattr(a, "owner", None)),
            "measure": measure,
            "subject": text_or_none(getattr(a, "subject", None)),
            "direction": direction,
            "target": number(getattr(a, "target", None)),
            "before": math.nan,
            "after": math.nan,
            "delta": math.nan,
            "status": "not_compared",
            "target_met": None,
            "problem": "",
        }
        parts = parse_subject(measure, row["subject"]) if measure else None
        if finding is not None and finding not in known_ids:
            row["problem"] = "unknown_finding"
        elif measure is None:
            row["status"] = "no_measure"
        elif parts is None:
            row["problem"] = "bad_subject"
        elif any(o not in translate for o in _orgs(measure, parts)):
            row["problem"] = "left"
        else:
            x = measure_value(before, measure, row["subject"])
            y = measure_value(after, measure, _translate(measure, parts, translate))
            row |= {"before": x, "after": y, "delta": y - x}
            if math.isnan(x) or math.isnan(y):
                row["status"] = "not_measurable"
            elif measure == "readiness":
                row["status"] = _readiness_status(readiness, parts, direction)
            elif beyond(y - x, thresholds[measure]):
                row["status"] = "better" if (y < x) == (direction == "lower") else "worse"
            else:
                row["status"] = "same"
            if not math.isnan(y) and not math.isnan(row["target"]):
                row["target_met"] = bool(
                    y <= row["target"] if direction == "lower" else y >= row["target"]
                )
        rows.append(row)
    return pd.DataFrame(rows, columns=list(ACTION_COLUMNS))


def _readiness_status(
    readiness: pd.DataFrame | None, parts: tuple[str, ...], direction: str | None
) -> str:
    """``better``/``worse``/``same`` from the comparison's interval of a readiness mean."""
    if readiness is None:
        return "not_measurable"
    hit = readiness[(readiness["dimension"] == parts[0]) & (readiness["layer"] == parts[1])]
    status = str(hit["status"].iloc[0]) if len(hit) else "too_few"
    if status == "too_few":
        return "not_measurable"
    if status == "same" or direction != "lower":
        return status
    return "worse" if status == "better" else "better"
