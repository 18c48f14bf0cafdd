"""Organisation references: by id, by name or alias, by fuzzy match, or quarantined."""

from __future__ import annotations

import pandas as pd
import pytest

from scan.data.resolve import OrgResolver, normalise_name, supplier_org

ORGS = pd.DataFrame(
    {
        "org_id": ["ZH01", "WV01", "WV02", "VVT1", "HA01", "HA02"],
        "name": [
            "Ziekenhuis Oost B.V.",
            "Stichting Thuiszorg Waalkant",
            "Buurtzorg Rivierland",
            "Zorgcentrum 't Hooge Hof",
            "Huisartsenpraktijk De Linde",
            "Huisartsenpraktijk De Lind",
        ],
        "aliases": ["ZHO|Oost Ziekenhuis", None, None, None, None, None],
    }
)


@pytest.fixture
def resolver() -> OrgResolver:
    return OrgResolver(ORGS)


@pytest.mark.parametrize(
    ("value", "org_id", "method"),
    [
        ("ZH01", "ZH01", "id"),
        ("zh01 ", "ZH01", "id"),
        ("ziekenhuis oost", "ZH01", "name"),
        ("Ziekenhuis Oost BV", "ZH01", "name"),
        ("Thuiszorg Waalkant", "WV01", "name"),
        ("Zorgcentrum ´t Hooge-Hof", "VVT1", "name"),
        ("Oost Ziekenhuis", "ZH01", "alias"),
        ("Thuiszorg Walkant", "WV01", "fuzzy"),
        ("Buurtzorg Rivierlnd", "WV02", "fuzzy"),
    ],
)
def test_resolution_order(resolver: OrgResolver, value: str, org_id: str, method: str) -> None:
    res = resolver.resolve(value)
    assert (res.org_id, res.method) == (org_id, method)


def test_fuzzy_score_is_reported(resolver: OrgResolver) -> None:
    res = resolver.resolve("Thuiszorg Walkant")
    assert 88 <= res.score < 100


def test_unknown_is_not_guessed(resolver: OrgResolver) -> None:
    res = resolver.resolve("Zorgbureau De Horizon")
    assert (res.org_id, res.code) == (None, "unknown_org")


def test_two_close_candidates_are_ambiguous(resolver: OrgResolver) -> None:
    # one letter from both "De Linde" and "De Lind": no guess between them
    res = resolver.resolve("Huisartsenpraktijk De Lnde")
    assert res.org_id is None and res.code == "ambiguous_org"
    assert "HA01" in res.detail and "HA02" in res.detail


def test_threshold_is_a_parameter() -> None:
    strict = OrgResolver(ORGS, threshold=99.0)
    assert strict.resolve("Thuiszorg Walkant").org_id is None


def test_same_name_for_two_organisations_is_ambiguous() -> None:
    orgs = pd.DataFrame(
        {
            "org_id": ["A", "B"],
            "name": ["Apotheek Centrum", "Apotheek Centrum B.V."],
            "aliases": [None, None],
        }
    )
    assert OrgResolver(orgs).resolve("apotheek centrum").code == "ambiguous_org"


def test_normalise_name_drops_legal_forms_accents_punctuation() -> None:
    assert normalise_name("Coöperatie Zorggroep Oost U.A.") == "zorggroep oost"
    assert normalise_name("STICHTING  Hé-Thuis!") == "he thuis"


def test_supplier_folder_names(resolver: OrgResolver) -> None:
    assert supplier_org("ZH01 Ziekenhuis Oost", resolver) == "ZH01"
    assert supplier_org("Stichting Thuiszorg Waalkant", resolver) == "WV01"
    assert supplier_org("WV02", resolver) == "WV02"
    assert supplier_org("Onbekende partner", resolver) is None
