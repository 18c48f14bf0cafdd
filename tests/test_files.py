"""Atomic writes: a write that fails half-way leaves the previous file or folder as it was."""

from __future__ import annotations

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
