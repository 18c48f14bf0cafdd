"""End to end: ``netwerkscan validate`` on the demo region reports every planted mess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from scan import config
from scan.cli import main
from scan.data.demo import PLANTED_MESS
from scan.errors import UsageError

DEMO = Path(__file__).resolve().parents[1] / "data" / "raw" / "demo"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    result = CliRunner().invoke(
        main, ["validate", "demo", "--format", "json"], env={"NETWERKSCAN_HOME": str(home)}
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    out["_home"] = home
    return out


def _mess(kind: str) -> list:
    return [m for m in PLANTED_MESS if m.kind == kind]


def test_processed_tables_written(report: dict) -> None:
    processed = report["_home"] / "data" / "processed" / "demo"
    assert (processed / "ties.parquet").exists() and (processed / "manifest.json").exists()


def test_rows_add_up(report: dict) -> None:
    t = report["totals"]
    assert t["read"] == t["used"] + t["quarantined"] + t["duplicates"] + t["overruled"]
    assert report["organisations"] == 40


@pytest.mark.parametrize("kind", ["missing_value", "out_of_range", "unknown_org"])
def test_problem_cells_reported_with_file_row_column(report: dict, kind: str) -> None:
    found = {(i["file"], i["row"], i["column"]) for i in report["issues"]}
    for mess in _mess(kind):
        assert (mess.file, mess.row, mess.column) in found, mess


def test_references_by_name_and_fuzzy_are_listed(report: dict) -> None:
    matches = {(m["file"], m["row"], m["value"]): m for m in report["matches"]}
    for mess in _mess("name_reference") + _mess("fuzzy_reference"):
        match = matches[(mess.file, mess.row, mess.value)]
        assert match["org_id"] == mess.expected
    fuzzy = [m for m in report["matches"] if m["method"] == "fuzzy"]
    assert fuzzy and all(0 < m["score"] < 100 for m in fuzzy)


def test_conflict_listed_with_both_values(report: dict) -> None:
    own, adviser = _mess("conflict")
    rows = [c for c in report["conflicts"] if c["column"] == own.column]
    assert len(rows) == 1
    assert (rows[0]["kept_value"], rows[0]["other_value"]) == (str(own.value), str(adviser.value))
    assert rows[0]["key"] == own.expected.replace("|", ", ")


def test_duplicates_counted(report: dict) -> None:
    file = _mess("duplicate")[0].file
    supplier = file.split("/")[0]
    row = next(
        s for s in report["suppliers"] if s["supplier"] == supplier and s["table"] == "flows"
    )
    assert row["duplicates"] == len(_mess("duplicate"))


def test_file_dialects_reported(report: dict) -> None:
    files = {(f["file"], f["sheet"] or None): f for f in report["files"]}
    cp1252 = files[(_mess("encoding")[0].file, None)]
    assert (cp1252["encoding"], cp1252["delimiter"], cp1252["decimal"]) == ("cp1252", ";", ",")
    assert "peildatum" in cp1252["columns_extra"]
    assert files[(_mess("bom")[0].file, None)]["encoding"] == "utf-8-sig"
    assert files[(_mess("delimiter")[0].file, None)]["delimiter"] == "|"
    title = _mess("stray_spaces")[0]
    assert files[(title.file, title.sheet)]["header_row"] == title.row


def test_unrecognised_file_reported(report: dict) -> None:
    assert [f["file"] for f in report["files_not_read"]] == [_mess("not_a_table")[0].file]


def test_text_output_in_both_languages(tmp_path: Path) -> None:
    runner = CliRunner()
    nl = runner.invoke(main, ["validate", str(DEMO), "--no-write"])
    en = runner.invoke(main, ["validate", str(DEMO), "--no-write", "--lang", "en"])
    assert nl.exit_code == en.exit_code == 0
    assert "ligt buiten het toegestane bereik" in nl.output
    assert "is outside the allowed range" in en.output
    assert "1.742" in nl.output and "1,742" in en.output  # numbers per language


def test_missing_region_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "NETWERKSCAN_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "scan.cli", "validate", "nergens"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 1
    assert "bestaat niet" in proc.stderr and "Traceback" not in proc.stderr


def test_nothing_usable_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    (folder / "ties.csv").write_text("respondent_org,partner_org\nA,B\n")
    result = CliRunner().invoke(main, ["validate", str(folder), "--no-write"])
    assert result.exit_code == 1
    assert "niets bruikbaars" in result.output


# -- hostile paths and a refusing system (issue 14): one sentence, never a traceback -----------


def _home(tmp_path: Path) -> Path:
    """A scratch root holding a copy of the demo region (data/raw/demo)."""
    home = tmp_path / "home"
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    return home


def _invoke(home: Path, args: list[str]) -> Result:
    """The command in-process; only a clean exit, never an exception that escaped."""
    result = CliRunner().invoke(main, args, env={"NETWERKSCAN_HOME": str(home)})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _one_sentence(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize(
    "args",
    [
        ["template", ".."],
        ["validate", "..", "--feedback"],
        ["validate", ".."],
        ["validate", "."],
        ["run", ".."],
        ["run-all", ".."],
        ["compare", "..", "--baseline", str(DEMO)],
        ["demo", ".."],
        ["validate", "data/raw"],
        ["validate", "data/raw/demo/.."],
        ["validate", "data/raw/demo/../.."],
        ["template", "."],
    ],
)
def test_dot_dot_and_the_data_folder_itself_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    home = _home(tmp_path)
    monkeypatch.chdir(home)
    before = _tree(tmp_path)
    result = _invoke(home, args)
    assert result.exit_code == 2, result.output
    line = _one_sentence(result)
    assert "regionaam" in line or "geen regiomap" in line, line
    assert _tree(tmp_path) == before  # nothing written, nothing renamed, inside or outside


@pytest.mark.parametrize("name", ["a/b", "a\\b", "", ".", "..", ".verborgen", "noord\n"])
def test_a_region_key_is_one_plain_folder_name(name: str) -> None:
    with pytest.raises(UsageError) as refused:
        config.region_key(name)
    assert refused.value.exit_code == 2 and "\n" not in refused.value.text("en")
    for folder in (config.raw_dir, config.processed_dir, config.reports_dir):
        with pytest.raises(UsageError):
            folder(name)


@pytest.mark.parametrize("name", ["noord", "noord #2?", "Zuid-Oost 2026", "_archief", "a..b"])
def test_safe_keys_are_kept_as_they_are(name: str) -> None:
    assert config.region_key(name) == name
    assert config.reports_dir(name).name == name


def test_a_key_whose_folder_lies_outside_data_raw_is_refused(tmp_path: Path) -> None:
    home = _home(tmp_path)
    elsewhere = tmp_path / "elders" / "noord"
    shutil.copytree(DEMO, elsewhere)
    (home / "data" / "raw" / "noord").symlink_to(elsewhere, target_is_directory=True)
    result = _invoke(home, ["validate", "noord", "--no-write"])
    assert result.exit_code == 2
    assert "buiten" in _one_sentence(result)
    # given on purpose, as a path, the same folder is read
    assert _invoke(home, ["validate", str(elsewhere), "--no-write"]).exit_code == 0


def test_a_region_folder_given_as_a_path_writes_under_its_key(tmp_path: Path) -> None:
    home = _home(tmp_path)
    folder = tmp_path / "ergens" / "noord"
    shutil.copytree(DEMO, folder)
    result = _invoke(home, ["validate", str(folder), "--feedback", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (home / "data" / "processed" / "noord" / "manifest.json").is_file()
    assert (home / "confidential" / "noord" / "feedback").is_dir()
    result = _invoke(home, ["template", str(folder)])
    assert result.exit_code == 0, result.output
    assert len(list((home / "confidential" / "noord" / "templates").glob("*.xlsx"))) == 40
    assert not (home / "reports").exists()  # nothing for the board was written
    assert _tree(folder.parent) == _tree(tmp_path / "ergens")  # the folder itself is only read
    assert sorted(p.name for p in (tmp_path / "ergens").iterdir()) == ["noord"]


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Path]:
    """Make a folder read-only, as a read-only mount: nothing below it can be created,
    opened for writing or renamed (``EROFS``). Emulated, since root ignores file modes."""
    import builtins
    import errno
    import io

    denied: list[Path] = []

    def below(path: object) -> bool:
        p = Path(os.fsdecode(path)).absolute()  # type: ignore[arg-type]
        return any(p == d or d in p.parents for d in denied)

    def refuse(path: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", os.fsdecode(path))  # type: ignore[arg-type]

    def guard(real: Callable[..., Any], writes: Callable[..., bool]) -> Callable[..., Any]:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if (
                isinstance(path, (str, bytes, os.PathLike))
                and writes(*args, **kwargs)
                and below(path)
            ):
                refuse(path)
            return real(path, *args, **kwargs)

        return call

    def write_mode(mode: str = "r", *args: Any, **kwargs: Any) -> bool:
        return any(c in str(kwargs.get("mode", mode)) for c in "wxa+")

    def write_flags(flags: int = 0, *args: Any, **kwargs: Any) -> bool:
        return bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))

    always = lambda *args, **kwargs: True  # noqa: E731
    monkeypatch.setattr(builtins, "open", guard(builtins.open, write_mode))
    monkeypatch.setattr(io, "open", guard(io.open, write_mode))
    monkeypatch.setattr(os, "open", guard(os.open, write_flags))
    monkeypatch.setattr(os, "mkdir", guard(os.mkdir, always))
    monkeypatch.setattr(os, "replace", guard(os.replace, always))
    monkeypatch.setattr(os, "rename", guard(os.rename, always))

    def make(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        denied.append(folder.absolute())
        return folder

    return make


@pytest.mark.parametrize(
    ("args", "folder"),
    [
        (["validate", "demo", "--feedback", "--no-write"], "confidential"),
        (["template", "demo"], "confidential"),
        (["run", "demo"], "reports"),
        (["run", "demo"], "confidential"),
    ],
)
def test_a_read_only_reports_folder_is_one_sentence(
    tmp_path: Path, read_only: Callable[[Path], Path], args: list[str], folder: str
) -> None:
    home = _home(tmp_path)
    reports = read_only(home / folder)
    result = _invoke(home, args)
    assert result.exit_code == 1
    line = _one_sentence(result)
    assert "alleen-lezen" in line and str(reports) in line, line
    assert list(reports.iterdir()) == []


def test_a_full_disk_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from scan.data import merge

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(merge, "write_processed", full)
    result = _invoke(_home(tmp_path), ["validate", "demo", "--lang", "en"])
    assert result.exit_code == 1
    assert _one_sentence(result) == "The disk is full; the run stopped."


def test_run_all_with_a_read_only_reports_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: Callable[[Path], Path]
) -> None:
    """A region's OS error is its reason; the index that cannot be written, one sentence."""
    import errno

    from scan.batch import run as batch
    from scan.batch.results import RegionResult
    from scan.report import render

    home = _home(tmp_path)
    reports = read_only(home / "reports")

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(reports / "demo"))

    monkeypatch.setattr(render, "render", refused)
    task = batch.RegionTask(str(home / "data" / "raw" / "demo"), str(reports / "demo"), "")
    failed = batch.render_region(task)
    assert not failed.ok and failed.region == "demo"
    assert (
        failed.reason == f"{reports / 'demo'} staat op een alleen-lezen schijf; de run is gestopt."
    )

    def run_local(tasks: list[batch.RegionTask], *args: object, **kwargs: object) -> list:
        return [RegionResult(Path(t.folder).name, False, 0.0, failed.reason) for t in tasks]

    monkeypatch.setattr(batch, "run_local", run_local)
    monkeypatch.setattr(render, "ensure_kernel", lambda: "netwerkscan")
    result = _invoke(home, ["run-all", "--no-progress"])
    assert result.exit_code == 1
    assert _one_sentence(result) == (
        f"{reports / 'index.html'} staat op een alleen-lezen schijf; de run is gestopt."
    )


@pytest.mark.parametrize("command", ["recognition", "agenda"])
def test_commands_without_a_report_refuse_anonymise(command: str, tmp_path: Path) -> None:
    # refused by the option parser, before any region is read
    result = CliRunner().invoke(main, [command, str(tmp_path), "--anonymise"])
    assert result.exit_code == 2 and "No such option '--anonymise'" in result.output
    assert "--anonymise" not in CliRunner().invoke(main, [command, "--help"]).output
    assert "--threshold" in CliRunner().invoke(main, [command, "--help"]).output


def test_run_still_offers_anonymise() -> None:
    assert "--anonymise" in CliRunner().invoke(main, ["run", "--help"]).output
