"""The one exception a run may stop with: a clear message, never a traceback."""

from __future__ import annotations

import errno
from typing import Any

from scan.text import CATALOGUE, Lang, t

#: What the operating system said, by ``errno``: the last part of an ``error.os.*`` key.
OS_REASONS: dict[int, str] = {
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
}


class ScanError(Exception):
    """A run cannot go on: a catalogue key and its fields, written out in a language.

    ``str(error)`` says why in Dutch; :meth:`text` in the run's language.

    Examples
    --------
    >>> error = ScanError("error.no_region", folder="data/raw/nergens")
    >>> str(error)
    'De regiomap data/raw/nergens bestaat niet.'
    >>> error.text("en")
    'The region folder data/raw/nergens does not exist.'
    >>> error.exit_code
    1
    """

    #: The command's exit status when it stops with this error.
    exit_code = 1

    def __init__(self, key: str, /, **fields: object) -> None:
        if key not in CATALOGUE:
            raise KeyError(f"no text {key!r} in the catalogue")
        super().__init__(key)
        self.key = key
        self.fields = fields

    @classmethod
    def from_os(cls, error: OSError) -> ScanError:
        """What the operating system refused (permission, read-only, disk full …), in words.

        Examples
        --------
        >>> ScanError.from_os(PermissionError(13, "Permission denied", "reports/x")).text("en")
        'No permission to write or read reports/x; the run stopped.'
        >>> ScanError.from_os(OSError(28, "No space left on device")).text("en")
        'The disk is full; the run stopped.'
        """
        path = error.filename if error.filename is not None else error.filename2
        reason = OS_REASONS.get(error.errno or 0, "other")
        detail = error.strerror or str(error) or type(error).__name__
        if path is None:
            return cls(f"error.os.{reason}_somewhere", detail=detail)
        return cls(f"error.os.{reason}", path=path, detail=detail)

    def text(self, lang: Lang = "nl") -> str:
        """Why the run stops, in ``lang``."""
        return t(self.key, lang, **self.fields)

    def __str__(self) -> str:
        return self.text("nl")

    def __reduce__(self) -> tuple[Any, ...]:
        # keeps the class and the fields when the error crosses to another process (the batch)
        return (_rebuild, (type(self), self.key, self.fields))


class UsageError(ScanError):
    """The command was called wrongly (exit 2), e.g. a region name that is no safe key.

    Examples
    --------
    >>> UsageError("error.region_key", region="..").exit_code
    2
    """

    exit_code = 2


def _rebuild(cls: type[ScanError], key: str, fields: dict[str, object]) -> ScanError:
    return cls(key, **fields)
