"""Parsing raw cells and the two rules: unreadable → empty (warning), impossible → quarantined."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from scan.data.ingest import SourceTable
from scan.data.schema import TABLES
from scan.data.validate import parse_date, parse_number, parse_period, parse_yesno, validate


def _source(table: str, rows: dict[str, list[object]], decimal: str = ".") -> SourceTable:
    frame = pd.DataFrame(rows, dtype="object")
    frame["src_row"] = pd.array(range(2, len(frame) + 2), dtype="Int64")
    return SourceTable(TABLES[table], "P", f"{table}.csv", "", frame, decimal)


@pytest.mark.parametrize(
    ("cell", "decimal", "expected"),
    [
        ("3,5", ",", 3.5),
        ("1.234,5", ",", 1234.5),
        ("1.234", ",", 1234.0),
        ("1,234.5", ".", 1234.5),
        ("1.234", ".", 1.234),
        (" 7 ", ".", 7.0),
        (4, ".", 4.0),
        ("", ".", None),
        ("0,5", ".", 0.5),
    ],
)
def test_parse_number(cell: object, decimal: str, expected: float | None) -> None:
    assert parse_number(cell, decimal) == expected


@pytest.mark.parametrize("cell", ["n.v.t.", "veel", "1,2,3", True])
def test_parse_number_rejects_text(cell: object) -> None:
    with pytest.raises(ValueError):
        parse_number(cell, ",")


def test_parse_date_forms() -> None:
    assert parse_date("31-03-2026") == parse_date("2026-03-31") == parse_date(dt.date(2026, 3, 31))
    assert parse_date(46112.0) == pd.Timestamp(2026, 3, 31)  # an Excel serial date
    assert parse_date("2026-03-31 00:00:00") == pd.Timestamp(2026, 3, 31)
    for bad in ("31-02-2026", "maart", "2026/13/01", 5.0):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_parse_period_forms() -> None:
    assert parse_period(dt.datetime(2026, 3, 1)) == "2026-03"
    assert parse_period("K3 2026") == "2026-Q3"
    for bad in ("2026-13", "Q5 2026", "vorig jaar"):
        with pytest.raises(ValueError):
            parse_period(bad)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1", True),
        ("0", False),
        ("Yes", True),
        ("nee", False),
        ("TRUE", True),
        ("false", False),
        ("y", True),
        ("n", False),
        ("j", True),
        ("X", True),
        ("", None),
        (1.0, True),
        (True, True),
    ],
)
def test_parse_yesno(cell: object, expected: bool | None) -> None:
    assert parse_yesno(cell) == expected


def test_not_applicable_in_number_column_is_empty_with_a_warning() -> None:
    valid = validate(
        _source(
            "capacity",
            {
                "org_id": ["A", "B"],
                "period": ["2026", "2026"],
                "capacity": ["10", "10"],
                "demand": ["5", "5"],
                "wait_days": ["n.v.t.", "4"],
            },
        )
    )
    assert valid.quarantined.tolist() == [False, False]
    assert pd.isna(valid.frame["wait_days"].iloc[0])
    issue = valid.issues.iloc[0]
    assert (issue["row"], issue["column"], issue["action"], issue["code"]) == (
        2,
        "wait_days",
        "warning",
        "not_applicable",
    )


def test_text_in_a_required_number_column_quarantines() -> None:
    valid = validate(
        _source(
            "capacity",
            {
                "org_id": ["A"],
                "period": ["2026"],
                "capacity": ["onbekend"],
                "demand": ["5"],
            },
        )
    )
    assert valid.quarantined.tolist() == [True]
    assert valid.issues["action"].tolist() == ["quarantined"]


@pytest.mark.parametrize(
    ("column", "value", "detail"),
    [("trust_open", "7", "1–4"), ("trust_reliable", "0", "1–4"), ("value_power", "4,5", "1–4")],
)
def test_an_impossible_rating_empties_that_cell_and_keeps_the_tie(
    column: str, value: str, detail: str
) -> None:
    # one rating out of range: the tie and its other answers stay, only that cell goes
    valid = validate(
        _source(
            "ties",
            {
                "respondent_org": ["A", "A"],
                "partner_org": ["B", "C"],
                "frequency": ["weekly", "daily"],
                "trust_mission": ["3", "4"],
                column: [value, "3"],
            },
            decimal=",",
        )
    )
    assert valid.quarantined.tolist() == [False, False]
    assert pd.isna(valid.frame.loc[0, column]) and valid.frame.loc[1, column] == 3.0
    assert valid.frame.loc[0, "trust_mission"] == 3.0
    assert valid.frame.loc[0, "frequency"] == "weekly"
    issue = valid.issues.iloc[0]
    assert (issue["code"], issue["column"], issue["detail"], issue["row"], issue["action"]) == (
        "out_of_range_cell",
        column,
        detail,
        2,
        "warning",
    )


def test_an_impossible_count_still_quarantines_the_row() -> None:
    valid = validate(
        _source(
            "flows",
            {"from_org": ["A", "A"], "to_org": ["B", "C"], "period": ["2026"] * 2,
             "clients": ["-1", "3"]},
        )
    )  # fmt: skip
    assert valid.quarantined.tolist() == [True, False]
    assert valid.issues["code"].tolist() == ["out_of_range"]


def test_half_a_client_is_impossible() -> None:
    valid = validate(
        _source(
            "flows", {"from_org": ["A"], "to_org": ["B"], "period": ["2026"], "clients": ["2.5"]}
        )
    )
    assert valid.quarantined.tolist() == [True]
    assert valid.issues["code"].tolist() == ["not_whole"]


def test_missing_required_value_quarantines() -> None:
    valid = validate(
        _source(
            "survey",
            {"respondent_id": ["R1", "R2"], "org_id": ["A", ""], "layer": ["board", "operations"]},
        )
    )
    assert valid.frame["layer"].tolist() == ["bestuur", "uitvoering"]
    assert valid.quarantined.tolist() == [False, True]
    assert valid.issues[["column", "code"]].values.tolist() == [["org_id", "missing_required"]]


def test_unknown_choice_in_optional_column_is_empty_with_warning() -> None:
    valid = validate(
        _source("ties", {"respondent_org": ["A"], "partner_org": ["B"], "frequency": ["soms"]})
    )
    assert valid.quarantined.tolist() == [False]
    assert pd.isna(valid.frame["frequency"].iloc[0])
    assert valid.issues["code"].tolist() == ["not_a_choice"]


def test_frequency_words_and_numbers() -> None:
    valid = validate(
        _source(
            "ties",
            {
                "respondent_org": ["A"] * 3,
                "partner_org": ["B", "C", "D"],
                "frequency": ["Wekelijks", "5", "monthly"],
            },
        )
    )
    assert valid.frame["frequency"].tolist() == ["weekly", "daily", "monthly"]


def test_typed_columns() -> None:
    valid = validate(
        _source(
            "flows",
            {
                "from_org": ["A"],
                "to_org": ["B"],
                "period": ["2026"],
                "clients": ["3"],
                "median_wait_days": ["2,5"],
            },
            ",",
        )
    )
    dtypes = valid.frame.dtypes.astype(str).to_dict()
    assert dtypes["clients"] == "Int64" and dtypes["median_wait_days"] == "Float64"
    assert valid.frame["median_wait_days"].tolist() == [2.5]


def test_numbers_too_large_or_infinite_are_not_kept() -> None:
    valid = validate(
        _source(
            "flows",
            {
                "from_org": ["A", "A", "A"],
                "to_org": ["B", "C", "D"],
                "period": ["2026"] * 3,
                "clients": ["1e30", "3", "inf"],
            },
        )
    )
    assert valid.quarantined.tolist() == [True, False, True]
    assert valid.issues["code"].tolist() == ["out_of_range", "not_a_number"]
