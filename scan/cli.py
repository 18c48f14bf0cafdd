"""The ``netwerkscan`` command.

Exit codes: 0 the run went through (problems in the data are reported, not
fatal); 1 the run cannot go on (no region folder, nothing usable is left, see
:func:`scan.data.merge.usable_problem`, or the operating system refused a file);
2 the command was called wrongly (also: a region name that is no safe key,
:func:`scan.config.region_folder`).

Every command stops the same way (:func:`stops_cleanly`): one sentence on
standard error, never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from scan import config
from scan.errors import ScanError
from scan.text import Lang, counted, t


def _lang(lang: object) -> Lang:
    """The language of a command's messages: ``--lang`` (Dutch unless it says en)."""
    return "en" if lang == "en" else "nl"


def stops_cleanly(command: Callable[..., None]) -> Callable[..., None]:
    """A command that stops in one sentence: a :class:`ScanError`, or what the system refused.

    A :class:`~scan.errors.ScanError` is said in the command's ``--lang`` and exits
    with its :attr:`~scan.errors.ScanError.exit_code` (2 for a
    :class:`~scan.errors.UsageError`); an :class:`OSError` (no permission, read-only,
    disk full …) becomes :meth:`ScanError.from_os`, naming the path, and exits with 1.
    """

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except ScanError as error:
            stop = error
        except OSError as error:
            stop = ScanError.from_os(error)
        else:
            return
        lang = kwargs.get("lang")
        for pair in kwargs.get("settings") or ():  # run, run-all: --set lang=en
            name, _, value = str(pair).partition("=")
            lang = value.strip() if name.strip() == "lang" else lang
        click.echo(stop.text(_lang(lang)), err=True)
        sys.exit(stop.exit_code)

    return run


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
@click.option(
    "--feedback",
    is_flag=True,
    help="Also write one feedback page per supplier to confidential/<region>/feedback/.",
)
@stops_cleanly
def validate(
    region: str, output: str, lang: str, limit: int, write: bool, feedback: bool = False
) -> None:
    """Read, check and merge the data of REGION (a folder under data/raw, or a path)."""
    from scan.data.merge import load_region, usable_problem, write_processed
    from scan.data.quality import render_text, summary

    language = _lang(lang)
    folder = config.region_folder(region)
    data = load_region(folder)
    stop = usable_problem(data)
    if write and stop is None:
        write_processed(data)
    if feedback:
        from scan.partners.feedback import write_feedback

        pages = write_feedback(data, folder, lang=language)
        written = pages[0].parent if pages else "-"
        click.echo(
            counted("cli.feedback_written", len(pages), language, n=len(pages), folder=written),
            err=True,
        )
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


def _pairs(pairs: tuple[str, ...], hint: str) -> dict[str, str]:
    """``NAME=VALUE`` options as a mapping."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE", param_hint=hint)
        out[name.strip()] = value.strip()
    return out


def scan_options(
    *, single_region: bool, report: bool = True
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The scan's settings as options, made from :class:`scan.pipeline.ScanParams`.

    Every flat setting with an ``option`` in its metadata becomes that option
    (default None: a setting not given leaves ``region.toml``'s or the default);
    ``--set KEY=VALUE`` reaches any other, e.g. ``--set analysis.n_boot=500``.
    A setting marked ``single_region`` is left out of a command over many regions,
    one marked ``report`` (``--anonymise``) out of a command that writes no report.
    """
    from dataclasses import MISSING, fields

    from scan.pipeline import ScanParams

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        options = []
        for f in fields(ScanParams):
            meta = f.metadata
            if "option" not in meta or (meta.get("single_region") and not single_region):
                continue
            if meta.get("report") and not report:
                continue
            default = f.default if f.default is not MISSING else None
            shown = f" [default: {default}]" if default not in (None, "", False) else ""
            help_text = f"{meta.get('help', '')}{shown}".strip()
            if f.type in ("bool", bool):
                options.append(
                    click.option(meta["option"], f.name, is_flag=True, default=None, help=help_text)
                )
            elif f.name == "weights":
                options.append(
                    click.option(
                        meta["option"], f.name, multiple=True, metavar="NAME=NUMBER", help=help_text
                    )
                )
            elif "choices" in meta:
                options.append(
                    click.option(
                        meta["option"],
                        f.name,
                        type=click.Choice(meta["choices"]),
                        default=None,
                        help=help_text,
                    )
                )
            else:
                kind = int if f.type in ("int", int) else str
                options.append(
                    click.option(meta["option"], f.name, type=kind, default=None, help=help_text)
                )
        options.append(
            click.option(
                "--set",
                "settings",
                multiple=True,
                metavar="KEY=VALUE",
                help="Any other setting, e.g. --set analysis.n_boot=500 (repeatable; docs).",
            )
        )
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def scan_choices(options: dict[str, object]) -> dict[str, object]:
    """The settings the user gave (an option left out is not a choice)."""
    choices: dict[str, object] = {}
    for name, value in options.items():
        if name == "settings":
            choices.update(_pairs(value, "--set"))  # type: ignore[arg-type]
        elif name == "weights":
            if value:
                weights = _pairs(value, "--weight")  # type: ignore[arg-type]
                try:
                    choices["weights"] = {k: float(v) for k, v in weights.items()}
                except ValueError:
                    raise click.BadParameter(
                        "expected NAME=NUMBER", param_hint="--weight"
                    ) from None
        elif name == "baseline" and value:
            choices["baseline"] = str(Path(str(value)).resolve())
        elif value is not None:
            choices[name] = value
    return choices


@main.command()
@click.argument("region")
@scan_options(single_region=True)
@stops_cleanly
def run(region: str, **options: object) -> None:
    """Render the report of REGION to reports/<region>/ (adviser-only files: confidential/)."""
    from scan.report.render import render

    out = render(config.region_folder(region), scan_choices(options))
    click.echo(f"{out / 'report.html'}")


@main.command()
@click.argument("target", required=False)
@click.option("--seed", type=int, default=2026, show_default=True)
@click.option(
    "--round",
    "round_",
    type=int,
    default=1,
    show_default=True,
    help="1: the baseline; 2: the follow-up a year later.",
)
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@stops_cleanly
def demo(target: str | None, seed: int, round_: int, lang: str = "nl") -> None:
    """Generate the demo region in TARGET: a region name under data/raw, or a folder.

    Default: data/raw/demo.
    """
    from scan.data.demo import generate_demo

    folder = config.region_folder(target if target is not None else "demo")
    written = generate_demo(folder, seed=seed, round=round_)
    click.echo(t("cli.demo_written", _lang(lang), n=len(written), folder=folder))


@main.command("run-all")
@click.argument("regions", nargs=-1)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Regions rendered at once on this machine (default: the number of cores).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Run on this Dask distributed scheduler, e.g. tcp://scheduler:8786 (optional extra).",
)
@scan_options(single_region=False)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bars (default: when the output is a terminal).",
)
@stops_cleanly
def run_all(
    regions: tuple[str, ...],
    workers: int | None,
    scheduler: str | None,
    progress: bool | None,
    **options: object,
) -> None:
    """Render every region under data/raw (or the REGIONS named) and reports/index.html.

    Regions run in parallel; one region's failure never stops the others. The
    failures are listed at the end with their reason; the exit code is 0 only
    when every region succeeded.
    """
    from scan.batch.run import discover
    from scan.batch.run import run_all as run_batch

    params = scan_choices(options)
    language = _lang(params.get("lang"))
    folders = discover(regions)
    if not folders:
        click.echo(t("cli.no_regions", language, folder=config.raw_root()), err=True)
        sys.exit(1)
    result = run_batch(folders, params, workers=workers, scheduler=scheduler, progress=progress)
    done = len(result.results) - len(result.failures)
    click.echo(
        t(
            "cli.batch_done",
            language,
            done=done,
            total=len(result.results),
            seconds=f"{result.seconds:.1f}",
            workers=result.workers,
        )
    )
    if result.index is not None:
        click.echo(str(result.index))
    if result.failures:
        click.echo(t("cli.failed", language), err=True)
        for failure in result.failures:
            click.echo(f"  {failure.region}: {failure.reason}", err=True)
        sys.exit(1)


@main.command()
@click.argument("region")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder for the workbooks (default: confidential/<region>/templates).",
)
@stops_cleanly
def template(region: str, lang: str, out: Path | None) -> None:
    """Write one data-request workbook per organisation of REGION (to confidential/<region>)."""
    from scan.data.merge import load_region
    from scan.partners.templates_xlsx import TemplateSettings, write_templates

    folder = config.region_folder(region)
    language = _lang(lang)
    data = load_region(folder)
    if not len(data.organisations):
        click.echo(t("cli.no_organisations", language, folder=folder), err=True)
        sys.exit(1)
    paths = write_templates(
        folder, out, lang=language, organisations=data.organisations, region=data.region
    )
    if not TemplateSettings.for_region(folder).contact:
        click.echo(t("cli.no_contact", language), err=True)
    folder_out = paths[0].parent if paths else out
    click.echo(
        counted("cli.workbooks_written", len(paths), language, n=len(paths), folder=folder_out)
    )


@main.command()
@click.argument("region")
@click.option(
    "--per-layer",
    is_flag=True,
    help="One workbook per organisation and layer (bestuur, management, uitvoering).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder for the workbooks (default: reports/<region>/recognition).",
)
@scan_options(single_region=True, report=False)
@stops_cleanly
def recognition(region: str, per_layer: bool, out: Path | None, **options: object) -> None:
    """Write the recognition round's forms of REGION (reports/<region>/recognition).

    The findings are the scan's, computed with the same settings as the report
    (give the same options as to ``run``); the returned forms go into the raw
    folder as the table ``recognition``.
    """
    from scan.partners.recognition_xlsx import write_forms
    from scan.pipeline import run_scan

    folder = config.region_folder(region)
    result = run_scan(folder, scan_choices(options))
    language = result.params.lang
    paths = write_forms(folder, result, out, per_layer=per_layer)
    if not paths:
        click.echo(t("cli.recognition_none", language), err=True)
        sys.exit(1)
    click.echo(
        counted("cli.workbooks_written", len(paths), language, n=len(paths), folder=paths[0].parent)
    )


@main.command()
@click.argument("region")
@click.option(
    "--finding",
    "findings",
    multiple=True,
    metavar="ID",
    help="Only these findings (repeatable), e.g. --finding T-ZH01-VVT1; default all.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="The workbook (default: reports/<region>/veranderagenda.xlsx).",
)
@scan_options(single_region=True, report=False)
@stops_cleanly
def agenda(region: str, findings: tuple[str, ...], out: Path | None, **options: object) -> None:
    """Write the change agenda of REGION: one action per bottleneck and quick win, with a
    measure pre-filled from the evidence (reports/<region>/veranderagenda.xlsx)."""
    from scan.partners.agenda_xlsx import FILE_NAME, write_agenda
    from scan.pipeline import run_scan

    choices = scan_choices(options)
    language = _lang(choices.get("lang"))
    result = run_scan(config.region_folder(region), choices)
    target = out if out is not None else config.reports_dir(result.data.region.key) / FILE_NAME
    path, n = write_agenda(result, target, lang=language, select=findings or None)
    click.echo(counted("agenda.cli_written", n, language, n=n, path=path))


@main.command()
@click.argument("region")
@click.option(
    "--baseline",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="The earlier scan: its report or confidential folder, its findings.json, or its raw data.",
)
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="The comparison page (default: reports/<region>/changes.html).",
)
@stops_cleanly
def compare(region: str, baseline: Path, lang: str, out: Path | None) -> None:
    """Compare REGION with an earlier scan: what changed (reports/<region>/changes.html).

    Also writes this scan's monitor.json and positions.json to the adviser-only
    folder confidential/<region>, so the next follow-up can compare with this one.
    """
    from scan.data.merge import load_region, usable_problem
    from scan.followup import compare as cmp
    from scan.followup import rounds
    from scan.report import changes as changes_page

    folder = config.region_folder(region)
    language = _lang(lang)
    before = rounds.load_round(baseline)
    data = load_region(folder)
    stop = usable_problem(data, rows=True)
    if stop is not None:
        raise ScanError(f"quality.stop.{stop}")
    changes = cmp.build(data, before)
    target = out if out is not None else config.reports_dir(data.region.key) / "changes.html"
    changes_page.write_report(changes, target, language)
    cmp.write_current(changes, config.confidential_dir(data.region.key))
    for h in changes.headlines():
        click.echo(f"- {changes_page.headline_text(h, changes, language)}")
    for line in changes_page.action_lines(changes, language):
        click.echo(f"- {line}")
    click.echo(str(target))


if __name__ == "__main__":  # pragma: no cover
    main()
