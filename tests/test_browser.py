"""The rendered report opened in a real headless Chromium (Debian's ``chromium``).

Asserts: no request to anything but ``file:`` or ``data:``, no console error,
every section and figure present, and the interactive map drawn. A screenshot
is saved to ``reports/screenshots/`` for people to look at (never into the report
folder, which holds only what may go to the board).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scan import config

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: apt-get install chromium"
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.mark.parametrize("name", ["report.html", "report-anonymised.html"])
def test_report_in_chromium(browser, demo_report: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((demo_report / name).as_uri(), wait_until="load")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=20_000)

    outside = [u for u in requests if not u.startswith(("file:", "data:", "blob:"))]
    assert outside == []
    assert errors == []
    headings = page.eval_on_selector_all("h2[id^=sec-]", "els => els.map(e => e.id)")
    assert len(headings) == 9
    images = page.eval_on_selector_all(
        "figure img", "els => els.filter(e => e.naturalWidth > 0).length"
    )
    assert images >= 5
    nodes = page.eval_on_selector_all(".js-plotly-plot .scatterlayer .point", "els => els.length")
    assert nodes >= 30  # every organisation drawn on the interactive map

    keep = config.reports_root() / "screenshots"
    keep.mkdir(parents=True, exist_ok=True)
    shot = keep / f"{Path(name).stem}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 50_000
    page.close()
