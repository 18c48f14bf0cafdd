"""The declarative schema: one definition drives checks and docs."""

from __future__ import annotations

from pathlib import Path

from scan.data.schema import TABLES, canonical_header, markdown, to_pandera


def test_docs_are_generated_from_the_schema() -> None:
    doc = Path(__file__).resolve().parents[1] / "docs" / "data-request.md"
    assert doc.read_text(encoding="utf-8").strip() == markdown().strip(), (
        "docs/data-request.md is stale: run `make data-request`"
    )


def test_every_table_has_a_pandera_schema_with_its_columns() -> None:
    for table in TABLES.values():
        schema = to_pandera(table)
        assert set(schema.columns) == set(table.names)  # type: ignore[attr-defined]
        for name in table.key:
            assert name in table.names


def test_survey_items_are_pattern_columns() -> None:
    survey = TABLES["survey"]
    assert survey.knows("trust_3") and survey.knows("perseverance_12")
    assert not survey.knows("happiness_1")
    assert survey.column("ambition_2").le == 5


def test_canonical_header() -> None:
    assert canonical_header("\ufeffOrg_ID") != "org_id"  # a BOM must be removed by the reader
    assert canonical_header(" Respondent  Org ") == "respondent_org"
