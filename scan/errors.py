"""The one exception a run may stop with: a clear message, never a traceback."""

from __future__ import annotations

from typing import Any

from scan.text import CATALOGUE, Lang, t


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
    """

    def __init__(self, key: str, /, **fields: object) -> None:
        if key not in CATALOGUE:
            raise KeyError(f"no text {key!r} in the catalogue")
        super().__init__(key)
        self.key = key
        self.fields = fields

    def text(self, lang: Lang = "nl") -> str:
        """Why the run stops, in ``lang``."""
        return t(self.key, lang, **self.fields)

    def __str__(self) -> str:
        return self.text("nl")

    def __reduce__(self) -> tuple[Any, ...]:
        # keeps the fields when the error crosses to another process (the batch's workers)
        return (_rebuild, (self.key, self.fields))


def _rebuild(key: str, fields: dict[str, object]) -> ScanError:
    return ScanError(key, **fields)
