"""The ``netwerkscan`` command.

Exit codes: 0 the run went through (problems in the data are reported, not
fatal); 1 the run cannot go on (no region folder, or nothing usable is left,
see :func:`scan.merge.usable_problem`); 2 the command was called wrongly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from scan import config
from scan.errors import ScanError
from scan.messages import Lang


def _region_folder(region: str) -> Path:
    path = Path(region)
    if path.is_dir() and (len(path.parts) > 1 or not config.raw_dir(region).is_dir()):
        return path.resolve()
    return config.raw_dir(region)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="netwerkscan")
def main() -> None:
    """netwerkscan: an independent scan of a regional care collaboration."""


@main.command()
@click.argument("region")
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain text for people, JSON for automation.",
)
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option(
    "--limit",
    type=int,
    default=40,
    show_default=True,
    help="At most this many problem rows in the text output.",
)
@click.option(
    "--write/--no-write",
    default=True,
    show_default=True,
    help="Write the merged tables to data/processed/<region>.",
)
def validate(region: str, output: str, lang: str, limit: int, write: bool) -> None:
    """Read, check and merge the data of REGION (a folder under data/raw, or a path)."""
    from scan.merge import load_region, usable_problem, write_processed
    from scan.quality import render_text, summary

    language: Lang = "en" if lang == "en" else "nl"
    try:
        data = load_region(_region_folder(region))
    except ScanError as error:
        click.echo(str(error), err=True)
        sys.exit(1)
    stop = usable_problem(data)
    if write and stop is None:
        write_processed(data)
    if output == "json":
        click.echo(
            json.dumps(
                summary(data, language, stop),
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
    else:
        click.echo(render_text(data, language, limit, stop), nl=False)
    sys.exit(0 if stop is None else 1)


def _weights(pairs: tuple[str, ...]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            raise click.BadParameter(
                f"{pair!r}: expected NAME=NUMBER", param_hint="--weight"
            ) from None
    return weights


@main.command()
@click.argument("region")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option("--period", default="", help="Only this period, e.g. 2026 (default: all).")
@click.option("--anonymise", is_flag=True, help="Also write report-anonymised.html (codes).")
@click.option(
    "--threshold", type=int, default=5, show_default=True, help="Counts below it are shown as <N."
)
@click.option("--seed", type=int, default=2026, show_default=True)
@click.option(
    "--weight",
    "weights",
    multiple=True,
    metavar="NAME=NUMBER",
    help="A bottleneck factor weight, e.g. --weight utilisation=0.3 (repeatable).",
)
def run(
    region: str,
    lang: str,
    period: str,
    anonymise: bool,
    threshold: int,
    seed: int,
    weights: tuple[str, ...],
) -> None:
    """Render the report of REGION to reports/<region>/ (report.html, findings, notebook)."""
    from scan.report import ReportParams, render

    params = ReportParams(
        lang="en" if lang == "en" else "nl",
        period=period,
        anonymise=anonymise,
        suppression_threshold=threshold,
        seed=seed,
        weights=_weights(weights),
    )
    try:
        out = render(_region_folder(region), params)
    except ScanError as error:
        click.echo(str(error), err=True)
        sys.exit(1)
    click.echo(f"{out / 'report.html'}")


@main.command()
@click.argument("target", required=False, type=click.Path(path_type=Path))
@click.option("--seed", type=int, default=2026, show_default=True)
@click.option(
    "--round",
    "round_",
    type=int,
    default=1,
    show_default=True,
    help="1: the baseline; 2: the follow-up a year later.",
)
def demo(target: Path | None, seed: int, round_: int) -> None:
    """Generate the demo region (default: data/raw/demo)."""
    from scan.demo import generate_demo

    folder = target if target is not None else config.raw_dir("demo")
    written = generate_demo(folder, seed=seed, round=round_)
    click.echo(f"{len(written)} files written to {folder}")


if __name__ == "__main__":  # pragma: no cover
    main()
