"""netwerkscan: an independent scan of a regional care collaboration.

The stages, each a plain function over plain data (see ``docs/architecture.md``)::

    load_region(region)            -> ScanData   ingest, validate, resolve, merge
    analyse(data, AnalysisParams)  -> Analysis   network, flows, pressure, readiness, ...
    diagnose(data, analysis)       -> Findings   bottlenecks and quick wins, with evidence
    run_scan(region, ScanParams)   -> ScanResult  computed once: data, analysis, findings, changes
    render(region, ScanParams)     -> reports/<region>/report.html (papermill + nbconvert)

Heavy modules are imported only when these are first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scan.data.model import DataQuality, RegionInfo, ScanData
from scan.errors import ScanError

if TYPE_CHECKING:
    from scan.analysis.analyse import Analysis, AnalysisParams, analyse
    from scan.data.merge import load_region
    from scan.diagnosis.findings import DiagnosisParams, Finding, Findings, diagnose
    from scan.followup.compare import Changes
    from scan.pipeline import ScanParams, ScanResult, run_scan
    from scan.report.render import render

__version__ = "0.1.0"

_LAZY = {
    "load_region": "scan.data.merge",
    "analyse": "scan.analysis.analyse",
    "Analysis": "scan.analysis.analyse",
    "AnalysisParams": "scan.analysis.analyse",
    "diagnose": "scan.diagnosis.findings",
    "Finding": "scan.diagnosis.findings",
    "Findings": "scan.diagnosis.findings",
    "DiagnosisParams": "scan.diagnosis.findings",
    "Changes": "scan.followup.compare",
    "render": "scan.report.render",
    "ScanParams": "scan.pipeline",
    "ScanResult": "scan.pipeline",
    "run_scan": "scan.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'scan' has no attribute {name!r}")


__all__ = [
    "Analysis",
    "AnalysisParams",
    "Changes",
    "DataQuality",
    "DiagnosisParams",
    "Finding",
    "Findings",
    "RegionInfo",
    "ScanData",
    "ScanError",
    "ScanParams",
    "ScanResult",
    "__version__",
    "analyse",
    "diagnose",
    "load_region",
    "render",
    "run_scan",
]
