"""The outcome of one region in a batch: what the batch run and the index share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RegionResult:
    """How one region's run went.

    Attributes
    ----------
    region : str
        The region's key (its folder name).
    ok : bool
        True when the report was rendered.
    seconds : float
        Wall-clock time of the task.
    reason : str
        One line: why it failed (empty when ``ok``).
    out_dir : str
        The report folder (written only when ``ok``).
    """

    region: str
    ok: bool
    seconds: float
    reason: str = ""
    out_dir: str = ""


__all__ = ["RegionResult"]
