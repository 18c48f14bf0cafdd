"""One scan, computed once: parameters → result → outputs.

:class:`ScanParams` holds every setting of a scan and its default, in one
place; ``region.toml`` (``[defaults]``) and the caller's choices are laid over
it by :meth:`ScanParams.resolve`. :func:`run_scan` computes a region's
:class:`ScanResult` once: the loaded data, the analysis, the findings and, in
a follow-up scan, what changed. :func:`write_outputs` writes the files the
next round and the adviser need; the report notebook only renders the result,
named or anonymised (:meth:`ScanResult.anonymised`, a renaming of the same
result, not a second scan).

Examples
--------
>>> p = ScanParams.resolve({"seed": 7, "analysis": {"n_boot": 500}})
>>> p.seed, p.analysis_params().seed, p.analysis_params().n_boot
(7, 7, 500)
>>> ScanParams.resolve({"sead": 1})
Traceback (most recent call last):
...
scan.errors.ScanError: Onbekende instelling 'sead'.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from scan import config
from scan.analysis.analyse import Analysis, AnalysisParams, analyse
from scan.analysis.flownet import undirected_flows
from scan.analysis.layout import layout
from scan.data.merge import load_region, usable_problem
from scan.data.model import RegionInfo, ScanData
from scan.data.privacy import anonymise
from scan.data.recode import recode, recoding
from scan.diagnosis.bottlenecks import BottleneckWeights
from scan.diagnosis.findings import (
    DiagnosisParams,
    Findings,
    diagnose,
    write_findings_json,
    write_findings_xlsx,
)
from scan.diagnosis.model import ID_PREFIXES
from scan.diagnosis.recognition import Recognition, check_findings, recognise
from scan.errors import ScanError
from scan.followup.compare import Changes, build
from scan.followup.rounds import write_monitor
from scan.text import Lang

#: The files :func:`write_outputs` writes into the adviser-only folder of a report.
OUTPUTS: tuple[str, ...] = ("findings.json", "findings.xlsx", "monitor.json", "positions.json")


@dataclass(frozen=True)
class ScanParams:
    """Every setting of a scan, with its default.

    The flat settings are the ones an adviser sets (``netwerkscan run``'s
    options, the notebook's ``params``, ``region.toml``'s ``[defaults]``);
    ``analysis`` and ``diagnosis`` hold every threshold of those stages
    (``--set analysis.n_boot=500``, ``[defaults.diagnosis]``). ``seed`` and
    ``suppression_threshold`` are set once here and passed to every stage.

    Attributes
    ----------
    lang : {"nl", "en"}
        Language of the report.
    period : str
        Only flows and capacity of periods starting with this (e.g. ``2026``);
        empty: every period delivered.
    anonymise : bool
        Also render the anonymised report (codes instead of names).
    suppression_threshold : int
        Counts below it are shown as ``<N``, everywhere.
    seed : int
        Seed of every random step (bootstrap, clustering, weight perturbation).
    weights : dict
        Bottleneck factor weights to change (``docs/findings.md``); empty: the defaults.
    baseline : str
        An earlier report folder, its adviser-only folder (``confidential/<region>``)
        or its ``findings.json``: adds "what changed".
    analysis : AnalysisParams
        The analysis' settings (``seed`` is taken from above).
    diagnosis : DiagnosisParams
        The diagnosis' settings (``seed``, ``suppression_threshold`` and
        ``weights`` are taken from above).
    """

    lang: Lang = field(default="nl", metadata={"option": "--lang", "choices": ("nl", "en")})
    period: str = field(
        default="", metadata={"option": "--period", "help": "Only this period, e.g. 2026."}
    )
    anonymise: bool = field(
        default=False,
        # "report": an option only of the commands that write the report
        metadata={
            "option": "--anonymise",
            "help": "Also write report-anonymised.html.",
            "report": True,
        },
    )
    suppression_threshold: int = field(
        default=DiagnosisParams().suppression_threshold,
        metadata={"option": "--threshold", "help": "Counts below it are shown as <N."},
    )
    seed: int = field(default=config.SEED, metadata={"option": "--seed"})
    weights: dict[str, float] = field(
        default_factory=dict,
        metadata={
            "option": "--weight",
            "help": "A bottleneck factor weight, e.g. --weight utilisation=0.3 (repeatable).",
        },
    )
    baseline: str = field(
        default="",
        metadata={
            "option": "--baseline",
            "help": (
                "An earlier report or confidential folder, or its findings.json: "
                "adds 'what has changed'."
            ),
            "single_region": True,
        },
    )
    analysis: AnalysisParams = field(default_factory=AnalysisParams)
    diagnosis: DiagnosisParams = field(default_factory=DiagnosisParams)

    @classmethod
    def resolve(
        cls, choices: Mapping[str, Any] | None = None, region: RegionInfo | None = None
    ) -> ScanParams:
        """The defaults, then ``region.toml``'s ``[defaults]``, then the caller's ``choices``.

        Nested settings are mappings (``{"analysis": {"n_boot": 500}}``) or
        dotted keys (``{"analysis.n_boot": 500}``). An unknown name stops the
        run with a clear message.
        """
        merged: dict[str, Any] = {}
        for layer in (dict(region.defaults) if region is not None else {}, dict(choices or {})):
            for key, value in layer.items():
                head, _, rest = str(key).partition(".")
                if rest:
                    merged.setdefault(head, {})[rest] = value
                elif isinstance(value, Mapping) and head in ("analysis", "diagnosis"):
                    merged.setdefault(head, {}).update(value)
                else:
                    merged[head] = value
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(merged) - set(known))
        if unknown:
            raise ScanError("error.unknown_setting", name=unknown[0])
        values: dict[str, Any] = {}
        for name, value in merged.items():
            try:
                values[name] = _coerce(name, value)
            except (TypeError, ValueError) as error:
                raise ScanError("error.invalid_setting", name=name, detail=str(error)) from None
        return cls(**values)

    def analysis_params(self) -> AnalysisParams:
        """The analysis' parameters, with this scan's seed."""
        return replace(self.analysis, seed=self.seed)

    def diagnosis_params(self) -> DiagnosisParams:
        """The diagnosis' parameters, with this scan's seed, threshold and weights."""
        weights = self.diagnosis.weights
        if self.weights:
            weights = BottleneckWeights.from_mapping({**asdict(weights), **self.weights})
        return replace(
            self.diagnosis,
            seed=self.seed,
            suppression_threshold=self.suppression_threshold,
            weights=weights,
        )

    def as_choices(self) -> dict[str, Any]:
        """The flat settings as plain data (what the notebook's ``params`` takes)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("analysis", "diagnosis")
        }


def _coerce(name: str, value: Any) -> Any:
    """A setting's value in its type (from TOML, a CLI string or a notebook)."""
    if name == "analysis":
        if isinstance(value, AnalysisParams):
            return value
        return AnalysisParams(**_typed(AnalysisParams(), _nested(_settings(value)), name))
    if name == "diagnosis":
        if isinstance(value, DiagnosisParams):
            return value
        return DiagnosisParams.from_mapping(
            _typed(DiagnosisParams(), _nested(_settings(value)), name)
        )
    if name == "weights":
        return {str(k): float(v) for k, v in dict(value).items()}
    if name == "lang":
        if value not in ("nl", "en"):
            raise ScanError("error.not_a_language", value=repr(value))
        return value
    if name in ("suppression_threshold", "seed"):
        number = int(value)
        if name == "suppression_threshold" and number < 1:
            raise ScanError("error.at_least_one", name=name)
        return number
    return _as_type(getattr(ScanParams(), name), value)


def _settings(value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{value!r} is geen groep instellingen")
    return value


def _nested(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Dotted keys as nested groups: ``{"caps.x": 1}`` becomes ``{"caps": {"x": 1}}``."""
    out: dict[str, Any] = {}
    for key, value in settings.items():
        head, _, rest = str(key).partition(".")
        if rest:
            out.setdefault(head, {})[rest] = value
        elif isinstance(value, Mapping):
            out.setdefault(head, {}).update(value)
        else:
            out[head] = value
    return {k: _nested(v) if isinstance(v, dict) else v for k, v in out.items()}


def _as_type(default: object, value: object) -> object:
    """``value`` in the type of the setting's ``default`` (CLI and TOML give strings)."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "ja")
    if isinstance(default, tuple) and isinstance(value, list | tuple):
        return tuple(value)
    if isinstance(default, int) and not isinstance(value, bool):
        return int(value)  # type: ignore[call-overload]
    if isinstance(default, float):
        return float(value)  # type: ignore[arg-type]
    if isinstance(default, str):
        return str(value)
    return value


def _typed(base: object, settings: Mapping[str, Any], name: str) -> dict[str, Any]:
    """Settings of a group (``analysis``, ``diagnosis`` and theirs) typed by ``base``'s defaults.

    Nested groups (``diagnosis.caps``) stay mappings, typed the same way, for
    the group's own ``from_mapping``. An unknown name stops the run with its name.
    """
    known = {f.name for f in fields(base)}  # type: ignore[arg-type]
    unknown = sorted(set(settings) - known)
    if unknown:
        raise ScanError("error.unknown_setting", name=f"{name}.{unknown[0]}")
    typed: dict[str, Any] = {}
    for key, value in settings.items():
        default = getattr(base, key)
        if is_dataclass(default) and isinstance(value, Mapping):
            typed[key] = _typed(default, value, f"{name}.{key}")
        else:
            typed[key] = _as_type(default, value)
    return typed


@dataclass(frozen=True)
class ScanResult:
    """Everything one scan computed, once; every output is rendered from it.

    Attributes
    ----------
    params : ScanParams
        The settings, resolved (defaults, ``region.toml``, the caller's).
    data : ScanData
        The merged data with its quality record (for the period, when one was chosen).
    analysis : Analysis
    findings : Findings
    positions : dict
        Each organisation's place on the network map (kept from the baseline's
        map in a follow-up scan).
    changes : Changes or None
        What changed since the baseline (a follow-up scan only).
    today : date
        The date the report carries.
    anonymised : bool
        Organisations, files, suppliers and initiatives carry codes, not names.
    recognition : Recognition or None
        What the recognition round's returned forms say of the findings
        (empty before the round; None for a result made by hand).
    """

    params: ScanParams
    data: ScanData
    analysis: Analysis
    findings: Findings
    positions: dict[Hashable, tuple[float, float]]
    changes: Changes | None = None
    today: dt.date = field(default_factory=dt.date.today)
    anonymised: bool = False
    recognition: Recognition | None = None

    def anonymised_copy(self) -> ScanResult:
        """The same result with codes instead of names: a renaming, not a second scan.

        Every organisation id and name, initiative, supplier and file becomes
        its neutral code (:func:`scan.data.privacy.anonymise`), in the data,
        the analysis (tables, graphs), the findings (re-worded with the codes)
        and the changes.
        """
        if self.anonymised:
            return self
        data, codes = anonymise(self.data)
        mapping = recoding(self.data, data, codes)
        findings = recode(self.findings, mapping, ids=ID_PREFIXES)
        findings = findings.with_names({c: c for c in codes.values()})
        return replace(
            self,
            data=data,
            analysis=recode(self.analysis, mapping),
            findings=findings,
            positions={codes.get(str(k), str(k)): v for k, v in self.positions.items()},
            changes=self.changes.anonymise(codes) if self.changes is not None else None,
            anonymised=True,
            recognition=recode(self.recognition, mapping, ids=ID_PREFIXES),
        )


def run_scan(
    region: str | Path,
    params: ScanParams | Mapping[str, Any] | None = None,
    *,
    today: dt.date | None = None,
) -> ScanResult:
    """Load, analyse and diagnose a region once (and compare it with its baseline).

    Parameters
    ----------
    region : str or Path
        A region under ``data/raw`` or the path of a region folder.
    params : ScanParams or mapping, optional
        A ``ScanParams`` is used as it is; a mapping holds the caller's
        choices, laid over ``region.toml``'s defaults (:meth:`ScanParams.resolve`).
    today : date, optional
        The report's date (default: today).

    Raises
    ------
    ScanError
        When nothing usable is left to scan (see :func:`scan.data.merge.usable_problem`).
    """
    data = load_region(region)
    if not isinstance(params, ScanParams):
        params = ScanParams.resolve(params, data.region)
    stop = usable_problem(data)
    if stop is not None:
        raise ScanError(f"quality.stop.{stop}")
    if params.period:
        data = only_period(data, params.period)
    analysis = analyse(data, params.analysis_params())
    findings = diagnose(data, analysis, params.diagnosis_params())
    data = check_findings(data, findings)
    recognition = recognise(data, findings, params.diagnosis_params())
    changes = None
    if params.baseline:
        changes = build(data, params.baseline, analysis=analysis, findings=findings)
    positions: dict[Hashable, tuple[float, float]] = {}
    if changes is not None:
        positions = {k: v for k, v in changes.positions_after.items()}
    elif analysis.network is not None:
        positions = dict(layout(analysis.network.graph, seed=params.seed))
    elif analysis.dependencies is not None:
        # no collaboration map: the flow map is the region's map
        flows = undirected_flows(analysis.dependencies.shares, list(analysis.dependencies.graph))
        positions = dict(layout(flows, seed=params.seed))
    return ScanResult(
        params=params,
        data=data,
        analysis=analysis,
        findings=findings,
        positions=positions,
        changes=changes,
        today=today or dt.date.today(),
        recognition=recognition,
    )


def only_period(data: ScanData, period: str) -> ScanData:
    """Flows and capacity restricted to periods within ``period`` (e.g. ``2026``)."""
    tables = {}
    for name in ("flows", "capacity"):
        frame = data.table(name)
        tables[name] = frame[frame["period"].astype(str).str.startswith(period)]
    return replace(data, **tables)


def write_outputs(result: ScanResult, folder: Path) -> list[Path]:
    """Write the findings (JSON, xlsx), ``monitor.json`` and ``positions.json`` into ``folder``.

    These are what the adviser works with and what a follow-up scan a year
    later compares with (:data:`OUTPUTS`). Written from the named result, into
    the adviser-only folder (:func:`scan.config.confidential_for`): the findings
    hold single partners' ratings of a tie and the monitor every rating.
    """
    if result.anonymised:
        raise ValueError("the outputs are written from the named result")
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        write_findings_json(result.findings, folder / "findings.json", result.recognition),
        write_findings_xlsx(result.findings, folder / "findings.xlsx"),
    ]
    written += write_monitor(
        result.data,
        result.analysis,
        folder,
        positions=result.positions,
        seed=result.params.seed,
        threshold=result.params.suppression_threshold,
    )
    return [Path(p) for p in written]


def save_result(result: ScanResult, path: Path) -> Path:
    """Hand a result to the report notebook (a pickle in the private build folder)."""
    with open(path, "wb") as handle:
        pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def load_result(path: str | Path) -> ScanResult:
    """The result :func:`save_result` wrote (only ever a file this package wrote itself)."""
    with open(path, "rb") as handle:
        result = pickle.load(handle)
    if not isinstance(result, ScanResult):
        raise ScanError("error.not_a_result", path=path)
    return result


__all__ = [
    "OUTPUTS",
    "ScanParams",
    "ScanResult",
    "load_result",
    "only_period",
    "run_scan",
    "save_result",
    "write_outputs",
]
