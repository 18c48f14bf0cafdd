"""Every output written atomically: a failed or interrupted run keeps the previous one.

* :func:`write_text_atomic` and :func:`write_bytes_atomic` write a file beside
  its target under a temporary name and then rename it over the target, so a
  reader sees the old file or the new one, never half of one.
* :func:`atomic_folder` builds a whole folder (a report, the feedback pages,
  the workbooks, the processed tables) beside its target and then swaps it in
  with renames only; when the build fails the target is left as it was.

Temporary files and folders start with a dot and live in the target's own
folder, so the final rename never crosses a file system. Their names say who
made them (:func:`temp_name`: ``.<target>.<kind>-<machine>-<pid>-<random>``), so
that what a killed run left (a report's build folder is some 20 MB) is removed
by the next one (:func:`sweep`), while the build folders of runs still going,
of other regions or on other machines sharing the folder, are left alone.

Examples
--------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = write_text_atomic(Path(tmp) / "a" / "note.txt", "hallo\\n")
...     with atomic_folder(Path(tmp) / "pages") as build:
...         _ = (build / "p.html").write_text("<p>", encoding="utf-8")
...     path.read_text(encoding="utf-8"), sorted(p.name for p in Path(tmp).iterdir())
('hallo\\n', ['a', 'pages'])
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = [
    "atomic_folder",
    "known_path",
    "sweep",
    "temp_name",
    "write_bytes_atomic",
    "write_text_atomic",
]

#: This machine in temporary names: a run removes only its own machine's leftovers.
MACHINE = hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:8]
#: When this process started (about): what a run removes is older than the run.
STARTED = time.time()
#: A temporary name of this module (:func:`temp_name`); nothing else is ever removed.
TEMP_NAME = re.compile(
    r"\.(?P<target>.+)\.(?P<kind>build|old|tmp)-(?P<machine>[0-9a-f]{8})-(?P<pid>[0-9]{1,10})-[0-9a-f]{8}"
)


def temp_name(target: Path, kind: str) -> Path:
    """A fresh temporary name beside ``target``: ``.<name>.<kind>-<machine>-<pid>-<random>``.

    ``kind`` is ``build`` (a folder being built), ``old`` (the folder it replaces,
    on its way out) or ``tmp`` (a file being written).

    Examples
    --------
    >>> name = temp_name(Path("reports/noord"), "build")
    >>> name.parent.as_posix(), TEMP_NAME.fullmatch(name.name)["target"]
    ('reports', 'noord')
    """
    token = secrets.token_hex(4)
    return target.with_name(f".{target.name}.{kind}-{MACHINE}-{os.getpid()}-{token}")


def known_path(path: str | os.PathLike[str]) -> str:
    """``path`` as the user knows it: a temporary name of this module replaced by its target.

    Examples
    --------
    >>> known_path("reports/.noord.build-0a1b2c3d-42-89abcdef/report.html")
    'reports/noord/report.html'
    """
    parts = Path(path).parts
    return str(Path(*(m["target"] if (m := TEMP_NAME.fullmatch(p)) else p for p in parts)))


@contextmanager
def _said_of_targets() -> Iterator[None]:
    """An :class:`OSError` inside names the target, not the temporary file or folder."""
    try:
        yield
    except OSError as error:
        if isinstance(error.filename, str):
            error.filename = known_path(error.filename)
        if isinstance(error.filename2, str):
            error.filename2 = known_path(error.filename2)
        raise


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (when unsure: yes)."""
    if pid == os.getpid() or os.name != "posix":  # os.kill(pid, 0) would end it on Windows
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # gone, or never a pid
        return False
    except OSError:  # another user's process
        return True
    return True


def sweep(folder: str | Path) -> list[Path]:
    """Remove what killed runs left in ``folder``: their temporary files and folders.

    Only names of :func:`temp_name`, made on this machine by a process that no
    longer runs, and last changed before this process started; anything else
    (another run's build folder, another machine's, a user's file) stays. A
    leftover that cannot be removed stays too: cleaning up never stops a run.

    Returns
    -------
    list of Path
        What was removed.
    """
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for path in entries:
        match = TEMP_NAME.fullmatch(path.name)
        if match is None or match["machine"] != MACHINE or _running(int(match["pid"])):
            continue
        try:
            if path.lstat().st_mtime >= STARTED:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` in one rename; the parent folder is created.

    The file gets the permissions a plain write would give it (umask applies).

    Returns
    -------
    Path
        ``path``.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(target, "tmp")
    try:
        with _said_of_targets(), open(tmp, "xb") as handle:
            handle.write(data)
        with _said_of_targets():
            os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` in one rename, line ends kept as ``\\n``.

    Returns
    -------
    Path
        ``path``.
    """
    return write_bytes_atomic(path, text.encode(encoding))


@contextmanager
def atomic_folder(target: str | Path) -> Iterator[Path]:
    """Build a folder, then put it in place of ``target`` as a whole.

    The body of the ``with`` block fills the yielded (empty, temporary) folder.
    Leftovers of killed runs beside ``target`` are removed first (:func:`sweep`).
    When the block ends normally the old ``target``, if any, is renamed aside,
    the new folder renamed in and the old one removed; when it raises, the
    temporary folder is removed and ``target`` is untouched. Whatever was in
    ``target`` and not rebuilt is gone afterwards (copy it over inside the
    block to keep it).

    Yields
    ------
    Path
        The folder to build in.
    """
    final = Path(target)
    final.parent.mkdir(parents=True, exist_ok=True)
    sweep(final.parent)
    build = temp_name(final, "build")
    with _said_of_targets():
        build.mkdir(mode=0o700)
    try:
        with _said_of_targets():
            yield build
            old = None
            if final.exists():
                old = temp_name(final, "old")
                os.replace(final, old)
            os.replace(build, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(build, ignore_errors=True)
