"""Every output written atomically: a failed or interrupted run keeps the previous one.

* :func:`write_text_atomic` and :func:`write_bytes_atomic` write a file beside
  its target under a temporary name and then rename it over the target, so a
  reader sees the old file or the new one, never half of one.
* :func:`atomic_folder` builds a whole folder (a report, the feedback pages,
  the workbooks, the processed tables) beside its target and then swaps it in
  with renames only; when the build fails the target is left as it was.

Temporary files and folders start with a dot and live in the target's own
folder, so the final rename never crosses a file system.

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

import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_folder", "write_bytes_atomic", "write_text_atomic"]


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
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
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
    build = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        yield build
        old = None
        if final.exists():
            old = final.with_name(f".{final.name}.old-{os.getpid()}-{secrets.token_hex(4)}")
            os.replace(final, old)
        os.replace(build, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(build, ignore_errors=True)
