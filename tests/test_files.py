"""Atomic writes: a write that fails half-way leaves the previous file or folder as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scan import files
from scan.files import atomic_folder, write_bytes_atomic, write_text_atomic


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_text_and_bytes(tmp_path: Path) -> None:
    path = write_text_atomic(tmp_path / "new" / "a.txt", "één\nregel\n")
    assert path.read_bytes() == "één\nregel\n".encode()
    write_bytes_atomic(path, b"twee")
    assert path.read_bytes() == b"twee" and _names(path.parent) == ["a.txt"]


def test_a_write_failing_half_way_keeps_the_old_file(tmp_path: Path) -> None:
    path = write_text_atomic(tmp_path / "index.html", "oud")
    with pytest.raises(TypeError):  # the temporary file is open when the write fails
        write_bytes_atomic(path, "geen bytes")  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "oud"
    assert _names(tmp_path) == ["index.html"]  # no temporary file left


def test_a_failed_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_text_atomic(tmp_path / "index.html", "oud")

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    # the new text is written in full, then the rename fails
    monkeypatch.setattr(files.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(path, "nieuw")
    assert path.read_text(encoding="utf-8") == "oud"
    assert _names(tmp_path) == ["index.html"]


def test_a_folder_is_replaced_as_a_whole(tmp_path: Path) -> None:
    target = tmp_path / "feedback"
    target.mkdir()
    (target / "weg.html").write_text("partner die vertrok", encoding="utf-8")
    with atomic_folder(target) as build:
        assert build.parent == tmp_path and build.name.startswith(".feedback.")
        (build / "a.html").write_text("nieuw", encoding="utf-8")
    assert _names(target) == ["a.html"] and _names(tmp_path) == ["feedback"]


def test_a_failed_folder_build_keeps_the_old_folder(tmp_path: Path) -> None:
    target = tmp_path / "feedback"
    target.mkdir()
    (target / "a.html").write_text("oud", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_folder(target) as build:
        (build / "a.html").write_text("half", encoding="utf-8")
        raise RuntimeError("the second page failed")
    assert (target / "a.html").read_text(encoding="utf-8") == "oud"
    assert _names(target) == ["a.html"] and _names(tmp_path) == ["feedback"]


# -- what killed runs leave behind (issue 14) --------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]

#: A run that builds ``reports/<region>`` and waits inside the build for a line on stdin.
BUILDING = """
import sys
from pathlib import Path
from scan.files import atomic_folder
with atomic_folder(Path(sys.argv[1])) as build:
    (build / "report.html").write_bytes(b"0" * 100_000)
    print(build, flush=True)
    sys.stdin.readline()
"""


def _run(code: str, *args: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _build_folder(run: subprocess.Popen[str]) -> Path:
    assert run.stdout is not None
    return Path(run.stdout.readline().strip())


def test_a_run_killed_mid_build_is_cleaned_up_by_the_next(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    killed = _run(BUILDING, reports / "noord")
    left = _build_folder(killed)
    killed.kill()  # SIGKILL: no finally, no cleanup
    killed.wait()
    assert left.is_dir() and left.parent == reports and left.name.startswith(".noord.build-")
    nxt = _run(BUILDING, reports / "zuid")
    _build_folder(nxt)
    nxt.communicate("\n")
    assert nxt.returncode == 0
    assert _names(reports) == ["zuid"]


def test_concurrent_runs_keep_each_others_build_folders(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    first = _run(BUILDING, reports / "noord")
    building = _build_folder(first)
    try:
        second = _run(BUILDING, reports / "zuid")
        _build_folder(second)
        second.communicate("\n")
        assert building.is_dir()  # the second run swept, and left the running one alone
    finally:
        first.communicate("\n")
    assert first.returncode == 0
    assert _names(reports) == ["noord", "zuid"]
    assert (reports / "noord" / "report.html").stat().st_size == 100_000


def test_sweep_removes_only_its_own_leftovers_of_dead_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = _run("pass")  # a run that ended: its pid is no process now
    dead.communicate()
    target = tmp_path / "noord"

    def named(kind: str, pid: int, machine: str = files.MACHINE) -> Path:
        return tmp_path / f".noord.{kind}-{machine}-{pid}-0123abcd"

    gone = [named("build", dead.pid), named("old", dead.pid), named("tmp", dead.pid)]
    kept = [
        named("build", os.getpid()),  # this run
        named("build", dead.pid, "ffffffff"),  # another machine's
        tmp_path / ".noord.ab12cd34",  # not our pattern
        tmp_path / "noord.build-x",
        tmp_path / "notities.txt",
    ]
    for path in gone[:2] + kept[:4]:
        path.mkdir()
        (path / "report.html").write_text("x", encoding="utf-8")
    gone[2].write_text("half", encoding="utf-8")
    kept[4].write_text("van de adviseur", encoding="utf-8")
    assert files.sweep(tmp_path) == []  # all made after this run started: left alone
    monkeypatch.setattr(files, "STARTED", files.STARTED + 3600)
    assert sorted(files.sweep(tmp_path)) == sorted(gone)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in gone)
    assert not target.exists()


def test_an_error_names_the_target_not_the_temporary_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files.os, "mkdir", refuse)
    with pytest.raises(PermissionError) as error, atomic_folder(tmp_path / "noord"):
        pass
    assert error.value.filename == str(tmp_path / "noord")
