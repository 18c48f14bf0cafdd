"""The recognition round: do the people in the work recognise the findings?

The adviser hands the top findings (:func:`asked`) to the organisations
(``netwerkscan recognition``); the returned forms are the table
``recognition`` (:data:`scan.data.schema.RECOGNITION`). Here they are checked
against this scan's findings (:func:`check_findings`: an id the scan does not
have is quarantined, never guessed) and summed up per finding and layer
(:func:`recognise`). A *respondent* is one returned answer set: an
organisation, its layer and, when several people answered apart, their code.

A respondent *recognises* a finding when the answer is "herkend" or "deels";
"weet niet" and a blank answer are no opinion and do not count. A share is
known only from ``DiagnosisParams.recognition_floor`` respondents with an
opinion (the minimum, never below the suppression threshold); remarks are
never read here.

Examples
--------
>>> import pandas as pd
>>> answers = pd.DataFrame({
...     "org_id": ["A", "B", "C", "D", "E", "F"],
...     "layer": ["bestuur"] * 3 + ["uitvoering"] * 3,
...     "respondent": [pd.NA] * 6,
...     "finding_id": ["B-X"] * 6,
...     "recognised": ["recognised", "partly", "recognised"] + ["not_recognised"] * 3,
...     "urgency": [5, 4, 5, 1, 2, 1],
... })
>>> shares = answer_shares(answers, ("B-X",), min_respondents=3)
>>> shares.set_index("layer").loc[["all", "bestuur", "uitvoering"], "share"].tolist()
[0.5, 1.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from scan.data.model import ISSUE_COLUMNS, ScanData
from scan.data.schema import LAYERS
from scan.diagnosis.model import DiagnosisParams, Finding, Findings

#: The answers that recognise a finding (fully or partly).
RECOGNISING: tuple[str, ...] = ("recognised", "partly")
#: The answers that are an opinion ("weet niet" is not).
OPINIONS: tuple[str, ...] = ("recognised", "partly", "not_recognised")
#: The rows of :attr:`Recognition.shares` per finding: every respondent, then per layer.
ALL = "all"
#: The code of the quarantine reason for an answer about a finding this scan does not have.
UNKNOWN_FINDING = "unknown_finding"


def asked(findings: Findings, per_kind: int) -> tuple[Finding, ...]:
    """The findings the recognition round asks about: the top bottlenecks, stalling
    transitions and quick wins, ``per_kind`` of each, in the report's order."""
    return (
        findings.bottlenecks[:per_kind]
        + findings.transitions[:per_kind]
        + findings.quick_wins[:per_kind]
    )


def kind_of(item: Finding) -> str:
    """A finding's kind in one word: ``bottleneck``, ``transition``, ``resilience`` or
    ``quick_win`` (every kind of quick win); its label is ``term.one.<kind>``."""
    return item.kind if item.kind in ("bottleneck", "transition", "resilience") else "quick_win"


def _canonical(value: object) -> str:
    return str(value).strip().casefold()


def check_findings(data: ScanData, findings: Findings) -> ScanData:
    """``data`` with every recognition answer about a finding this scan does not have
    quarantined: listed in the issue log (``unknown_finding``, with the id as given)
    and counted as quarantined, so that ``read = used + quarantined + …`` still holds.

    An id is compared without regard to case and surrounding spaces, and stored
    as the scan spells it. A finding that has gone (the data changed since the
    forms were written) is reported, never matched to a look-alike.
    """
    answers = data.recognition
    if not len(answers):
        return data
    known = {_canonical(f.id): f.id for f in findings.all()}
    ids = answers["finding_id"].map(lambda v: known.get(_canonical(v)), na_action="ignore")
    unknown = ids.isna().to_numpy()
    if not unknown.any():
        return replace(data, recognition=answers.assign(finding_id=ids.astype("string")))
    bad = answers[unknown]
    issues = pd.DataFrame(
        {
            "supplier": bad["src_supplier"].astype("string"),
            "file": bad["src_file"].astype("string"),
            "sheet": bad["src_sheet"].astype("string"),
            "row": bad["src_row"].astype("Int64"),
            "table": "recognition",
            "column": "finding_id",
            "value": bad["finding_id"].astype("string"),
            "action": "quarantined",
            "code": UNKNOWN_FINDING,
            "detail": "",
        },
        columns=list(ISSUE_COLUMNS),
    )
    quality = data.quality
    all_issues = pd.concat([quality.issues, issues.astype(quality.issues.dtypes.to_dict())])
    accounts = quality.accounts.copy()
    for supplier, count in bad["src_supplier"].value_counts().items():
        where = (accounts["supplier"] == supplier) & (accounts["table"] == "recognition")
        accounts.loc[where, "quarantined"] += int(count)
        accounts.loc[where, "used"] -= int(count)
    kept = answers[~unknown].assign(finding_id=ids[~unknown].astype("string"))
    return replace(
        data,
        recognition=kept.reset_index(drop=True),
        quality=replace(quality, issues=all_issues.reset_index(drop=True), accounts=accounts),
    )


def answer_shares(
    answers: pd.DataFrame, finding_ids: Sequence[str], min_respondents: int
) -> pd.DataFrame:
    """Per finding, for every respondent and per layer: who has an opinion, who recognises
    it, the share that does and the mean urgency.

    Parameters
    ----------
    answers : DataFrame
        The ``recognition`` table (``org_id``, ``layer``, ``respondent``,
        ``finding_id``, ``recognised``, ``urgency``).
    finding_ids : sequence of str
        The findings, in the order of the result.
    min_respondents : int
        Fewer respondents with an opinion (or with an urgency) give no share
        (no mean urgency): NaN, unknown.

    Returns
    -------
    DataFrame
        One row per finding and ``layer`` (``"all"``, then :data:`LAYERS`):
        ``respondents`` (with an opinion), ``recognising``, ``share`` (NaN when
        too few), ``urgency`` (NaN when too few rated it).
    """
    who = (
        answers["org_id"].astype("string").fillna("")
        + "\x1f"
        + answers["layer"].astype("string").fillna("")
        + "\x1f"
        + answers["respondent"].astype("string").fillna("")
    )
    answer = answers["recognised"].astype("string")
    frame = pd.DataFrame(
        {
            "finding_id": answers["finding_id"].astype("string"),
            "layer": answers["layer"].astype("string"),
            "who": who,
            "opinion": answer.isin(OPINIONS).fillna(False).astype(bool),
            "recognising": answer.isin(RECOGNISING).fillna(False).astype(bool),
            "urgency": pd.to_numeric(answers["urgency"], errors="coerce").astype("Float64"),
        }
    )
    # each finding's answers once (rows in their order), not a filter of all answers per finding
    by_finding = {str(k): part for k, part in frame.groupby("finding_id", sort=False)}
    none = frame.iloc[:0]
    rows = []
    for finding_id in finding_ids:
        mine = by_finding.get(str(finding_id), none)
        for layer in (ALL, *LAYERS):
            part = mine if layer == ALL else mine[mine["layer"] == layer]
            opinion = part[part["opinion"]]
            n = int(opinion["who"].nunique())
            yes = int(opinion.loc[opinion["recognising"], "who"].nunique())
            rated = part["urgency"].dropna()
            rows.append(
                {
                    "finding_id": finding_id,
                    "layer": layer,
                    "respondents": n,
                    "recognising": yes,
                    "share": yes / n if n >= max(min_respondents, 1) else float("nan"),
                    "urgency": float(rated.mean())
                    if len(rated) >= max(min_respondents, 1)
                    else float("nan"),
                }
            )
    columns = ["finding_id", "layer", "respondents", "recognising", "share", "urgency"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class Recognition:
    """What the recognition round says of the findings (:func:`recognise`).

    Attributes
    ----------
    shares : DataFrame
        :func:`answer_shares` of the findings asked or answered, in the report's order.
    findings : tuple of str
        Those findings' ids.
    unrecognised : tuple of str
        Findings nobody recognises: enough respondents with an opinion, none
        recognising it.
    board_only, operations_only : tuple of str
        Findings the board (``bestuur``) recognises and operations
        (``uitvoering``) does not, and the other way round: both shares known
        and at least ``DiagnosisParams.recognition_gap`` apart.
    respondents : int
        Respondents with at least one answer.
    organisations : int
        Organisations with at least one answer.
    policy : {"keep", "drop"}
        What the report's summary does with an unrecognised finding.
    min_respondents : int
        Fewest respondents behind a share (``DiagnosisParams.recognition_floor``).
    """

    shares: pd.DataFrame = field(default_factory=pd.DataFrame)
    findings: tuple[str, ...] = ()
    unrecognised: tuple[str, ...] = ()
    board_only: tuple[str, ...] = ()
    operations_only: tuple[str, ...] = ()
    respondents: int = 0
    organisations: int = 0
    policy: str = "keep"
    min_respondents: int = 3

    @property
    def empty(self) -> bool:
        """No form came back."""
        return self.respondents == 0

    def share(self, finding_id: str, layer: str = ALL) -> float:
        """The share that recognises a finding in a layer (NaN: too few, or not asked)."""
        rows = self.shares[
            (self.shares["finding_id"] == finding_id) & (self.shares["layer"] == layer)
        ]
        return float(rows["share"].iloc[0]) if len(rows) else float("nan")

    def status(self, finding_id: str) -> str | None:
        """What the round says of a finding beyond its shares: ``"unrecognised"``
        (nobody recognises it), ``"board_only"`` or ``"operations_only"`` (one layer
        recognises it, the other does not), ``"too_few"`` (fewer opinions than
        :attr:`min_respondents`), or None.

        Examples
        --------
        >>> shares = pd.DataFrame({"finding_id": ["B-X", "B-Y"], "layer": [ALL, ALL],
        ...                        "respondents": [6, 2]})
        >>> rec = Recognition(shares, ("B-X", "B-Y"), unrecognised=("B-X",), respondents=8)
        >>> rec.status("B-X"), rec.status("B-Y")
        ('unrecognised', 'too_few')
        """
        if finding_id in self.unrecognised:
            return "unrecognised"
        if finding_id in self.board_only:
            return "board_only"
        if finding_id in self.operations_only:
            return "operations_only"
        rows = self.shares[
            (self.shares["finding_id"] == finding_id) & (self.shares["layer"] == ALL)
        ]
        if len(rows) and int(rows["respondents"].iloc[0]) < self.min_respondents:
            return "too_few"
        return None

    def in_summary(self, finding_id: str) -> str:
        """How the summary shows a finding: ``"shown"``, ``"discuss"`` (unrecognised,
        kept with a note) or ``"dropped"``."""
        if finding_id not in self.unrecognised:
            return "shown"
        return "dropped" if self.policy == "drop" else "discuss"


def recognise(data: ScanData, findings: Findings, params: DiagnosisParams) -> Recognition:
    """The recognition round summed up: per finding and layer, the share that recognises it;
    the findings nobody recognises; where board and operations differ.

    ``data.recognition`` should have been through :func:`check_findings`;
    answers about a finding this scan does not have are ignored here.
    """
    answers = data.recognition
    given = answers[answers["recognised"].notna() | answers["urgency"].notna()]
    answered = set(given["finding_id"].dropna().astype(str))
    wanted = {f.id for f in asked(findings, params.recognition_per_kind)} | answered
    ids = tuple(f.id for f in findings.all() if f.id in wanted)
    minimum = params.recognition_floor
    shares = answer_shares(given, ids, minimum)
    by = shares.set_index(["finding_id", "layer"])
    unrecognised, board_only, operations_only = [], [], []
    for finding_id in ids:
        overall = by.loc[(finding_id, ALL)]
        if overall["respondents"] >= minimum and overall["recognising"] == 0:
            unrecognised.append(finding_id)
        board = float(by.loc[(finding_id, "bestuur"), "share"])
        work = float(by.loc[(finding_id, "uitvoering"), "share"])
        if board - work >= params.recognition_gap:
            board_only.append(finding_id)
        elif work - board >= params.recognition_gap:
            operations_only.append(finding_id)
    who = given[["org_id", "layer", "respondent"]].astype("string").fillna("")
    return Recognition(
        shares=shares,
        findings=ids,
        unrecognised=tuple(unrecognised),
        board_only=tuple(board_only),
        operations_only=tuple(operations_only),
        respondents=len(who.drop_duplicates()),
        organisations=int(given["org_id"].nunique()),
        policy=params.unrecognised,
        min_respondents=minimum,
    )


__all__ = [
    "ALL",
    "OPINIONS",
    "RECOGNISING",
    "UNKNOWN_FINDING",
    "Recognition",
    "answer_shares",
    "asked",
    "check_findings",
    "kind_of",
    "recognise",
]
