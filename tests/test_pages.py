"""The pages of their own (follow-up, feedback, index): one base template, every name escaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from scan.batch import index
from scan.data.model import RegionInfo
from scan.followup import compare as cmp
from scan.partners.feedback import SupplierFeedback, render_html
from scan.report import changes as changes_page

NAME = '<script>alert("x")</script> & Zn'
ESCAPED = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Zn"


def changes() -> str:
    before = cmp.example_round([("A", "B")], period="2026")
    after = cmp.example_round(
        [("A", "B"), ("B", "C")], orgs=(("A", NAME), ("B", "Bb"), ("C", "Cc")), period="2027"
    )
    after.findings["region"]["name"] = NAME
    return changes_page.render_report(cmp.compare(before, after))


def feedback() -> str:
    return render_html(SupplierFeedback(NAME, NAME, ()), RegionInfo("r", NAME), contact=NAME)


def index_page() -> str:
    rows = [
        index.RegionRow("r", NAME, True, report="r/report.html", figures={"organisations": 3}),
        index.RegionRow("f", "F", False, reason=NAME),
    ]
    return index.build_index(rows, "en", dt.date(2026, 3, 1))


@pytest.mark.parametrize("page", [changes, feedback, index_page])
def test_a_name_with_a_script_arrives_escaped(page: Callable[[], str]) -> None:
    html = page()
    assert ESCAPED in html and "<script" not in html
    assert html.startswith('<!DOCTYPE html>\n<html lang="')
    assert html.count("<style>") == 1 and "--accent" in html  # the stylesheet, inlined
