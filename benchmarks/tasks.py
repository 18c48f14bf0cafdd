"""One measured task per process: ``python -m benchmarks.tasks TASK ARGS…`` prints one JSON line.

Every run of :mod:`benchmarks.run` starts a fresh process per measurement, so
each gets its own peak memory (``resource.getrusage``: ``ru_maxrss`` of the
process itself and of its children, i.e. the Jupyter kernel) and no run warms
the caches of the next.

Tasks
-----
``render REGION OUT [NOTEBOOK]``
    :func:`scan.report.render.render` of a region (the demo end to end), or of the
    floor notebook that only imports the report's libraries.
``analyse ORGS TIES EPISODES``
    :func:`scan.analysis.analyse.analyse` on the synthetic region (the analysis stage),
    with the seconds of every family.
``modules REGION``
    The modules the report's kernel loads (for the floor notebook).
``profile REGION``
    The seconds of every step of a render (load, analyse, diagnose, layout,
    each section), in-process.
``network ORGS TIES``
    The network family alone (:func:`scan.analysis.analyse.analyse_network`).
``igraph ORGS TIES``
    The same network metrics with python-igraph.
``ingest FOLDER`` / ``calamine XLSX``
    :func:`scan.data.ingest.ingest` of a folder, or ``pandas.read_excel(engine="calamine")``.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0


def _cpu() -> float:
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _measure(fn: Callable[[], Any], **extra: Any) -> dict[str, Any]:
    before = _rss_mb(resource.RUSAGE_SELF)
    cpu = _cpu()
    t0 = time.perf_counter()
    fn()
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "cpu_seconds": _cpu() - cpu,
        "rss_before_mb": before,
        "rss_mb": _rss_mb(resource.RUSAGE_SELF),
        "rss_children_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        **extra,
    }


def render(region: str, out: str, notebook: str = "", anonymise: str = "") -> dict[str, Any]:
    """A region (or the floor notebook) rendered once; ``anonymise=1``: both variants."""
    from scan.report.render import ensure_kernel
    from scan.report.render import render as render_report

    ensure_kernel()
    nb = Path(notebook) if notebook else None
    choices = {"anonymise": True} if anonymise == "1" else {}
    return _measure(lambda: render_report(Path(region), choices, out_dir=Path(out), notebook=nb))


def analyse(orgs: str, ties: str, episodes: str) -> dict[str, Any]:
    """The analysis stage on the synthetic region, with the time of every family."""
    from benchmarks.analysis_scale import synthetic_region
    from scan.analysis import analyse as an

    data = synthetic_region(int(orgs), int(ties), 0, int(episodes))
    import igraph  # noqa: F401  (imports are not the analysis stage)
    import sklearn.cluster  # noqa: F401

    families: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                families[name] = families.get(name, 0.0) + time.perf_counter() - t0

        return wrapper

    for name in ("network", "dependencies", "capacity", "readiness", "governance"):
        setattr(an, f"analyse_{name}", timed(name, getattr(an, f"analyse_{name}")))
    an.organisation_profile = timed("profile", an.organisation_profile)  # type: ignore[assignment]
    an.segment = timed("segments", an.segment)  # type: ignore[assignment]
    result: dict[str, Any] = {}
    out = _measure(lambda: result.setdefault("a", an.analyse(data, an.AnalysisParams())))
    out["organisations"] = len(result["a"].organisations)
    out["families"] = families
    return out


def network(orgs: str, ties: str) -> dict[str, Any]:
    """The network family alone: graph, scores, every per-organisation metric."""
    from benchmarks.analysis_scale import synthetic_region
    from scan.analysis import analyse as an

    data = synthetic_region(int(orgs), int(ties), 0, 1000)
    p = an.AnalysisParams()
    return _measure(lambda: an.analyse_network(data.ties, data.organisations, p))


def igraph_network(orgs: str, ties: str) -> dict[str, Any]:
    """The same network metrics with igraph (C): exact weighted betweenness, no sampling.

    Graph from the ties table, symmetrised with the mean strength of both
    reports, distance = 1 / strength; degree, in/out degree, weighted
    betweenness and closeness, eigenvector centrality (strength), Louvain
    communities (strength, ``community_multilevel``), coreness,
    articulation points, bridges, and the trust and value received.
    """
    import igraph as ig
    import numpy as np
    import pandas as pd

    from benchmarks.analysis_scale import synthetic_region
    from scan.analysis.network import score_ties

    data = synthetic_region(int(orgs), int(ties), 0, 1000)

    def run() -> None:
        ids = data.organisations["org_id"].astype(str).to_numpy()
        index = {v: i for i, v in enumerate(ids)}
        t = score_ties(data.ties)
        a = t["respondent_org"].astype(str).map(index).to_numpy()
        b = t["partner_org"].astype(str).map(index).to_numpy()
        D = ig.Graph(n=len(ids), edges=list(zip(a, b, strict=True)), directed=True)
        D.vs["name"] = list(ids)
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        pairs = pd.DataFrame({"lo": lo, "hi": hi, "s": t["strength"].to_numpy()})
        und = pairs.groupby(["lo", "hi"], sort=False)["s"].agg(["mean", "size"]).reset_index()
        U = ig.Graph(n=len(ids), edges=list(zip(und["lo"], und["hi"], strict=True)))
        strength = und["mean"].to_numpy()
        distance = 1.0 / strength
        out = pd.DataFrame(index=pd.Index(ids, name="org_id"))
        out["in_degree"] = D.indegree()
        out["out_degree"] = D.outdegree()
        out["degree"] = U.degree()
        out["betweenness"] = U.betweenness(weights=distance)
        out["closeness"] = U.closeness(weights=distance)
        out["eigenvector"] = U.eigenvector_centrality(weights=strength, scale=True)
        out["community"] = U.community_multilevel(weights=strength).membership
        out["core"] = U.coreness()
        cut = set(U.articulation_points())
        out["articulation_point"] = [i in cut for i in range(len(ids))]
        out["bridges"] = len(U.bridges())
        received = t.groupby(t["partner_org"].astype(str))[["trust", "value"]].agg(
            ["mean", "count"]
        )
        out.join(received.set_axis(["t", "tn", "v", "vn"], axis=1), how="left")

    return _measure(run)


def modules(region: str) -> dict[str, Any]:
    """The modules a report loads: the notebook's calls run in this process, then sys.modules.

    The floor notebook imports exactly these, so that the floor pays for the
    same libraries as the report and the difference is the report's own work.
    """
    import matplotlib

    matplotlib.use("Agg")
    baseline = set(sys.modules)
    from scan.report import sections as s

    ctx = s.context(region)
    s.title(ctx)
    for name in s.SECTIONS:
        getattr(s, name)(ctx)
    loaded = sorted(m for m in set(sys.modules) - baseline if not m.startswith("__"))
    return {"seconds": 0.0, "modules": loaded}


def profile(region: str) -> dict[str, Any]:
    """Where a render's time goes: its steps timed in this process (one run).

    The steps of :func:`scan.pipeline.run_scan` one by one (load, analyse,
    diagnose, layout), then the run itself, the outputs, the hand-over to the
    notebook and every section; the kernel start and nbconvert are the
    floor's share and not in here.
    """
    import matplotlib

    matplotlib.use("Agg")
    steps: list[tuple[str, float]] = []

    def timed(label: str, fn: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        value = fn()
        steps.append((label, time.perf_counter() - t0))
        return value

    timed(
        "imports (the report's sections and what they import)",
        lambda: __import__("scan.report.sections"),
    )
    from scan import pipeline
    from scan.analysis.analyse import analyse
    from scan.analysis.layout import layout
    from scan.data.merge import load_region
    from scan.diagnosis.findings import diagnose
    from scan.report import sections as s

    params = pipeline.ScanParams()
    data = timed(
        "load_region (ingest, validate, resolve, merge)", lambda: load_region(Path(region))
    )
    analysis = timed("analyse", lambda: analyse(data, params.analysis_params()))
    timed(
        "diagnose (bottlenecks, stability, quick wins)",
        lambda: diagnose(data, analysis, params.diagnosis_params()),
    )
    if analysis.network is not None:
        graph = analysis.network.graph
        timed("layout (network map positions)", lambda: layout(graph, seed=params.seed))
    result = timed(
        "run_scan (all of the above together, as a render does it)",
        lambda: pipeline.run_scan(region),
    )
    out = Path(tempfile.mkdtemp())
    timed(
        "write_outputs (findings.json/xlsx, monitor, positions)",
        lambda: pipeline.write_outputs(result, out),
    )
    handed = timed(
        "hand-over: save the result", lambda: pipeline.save_result(result, out / "r.pickle")
    )
    timed("hand-over: load it in the kernel", lambda: pipeline.load_result(handed))
    timed("anonymised copy (renaming)", result.anonymised_copy)
    ctx = s.Context.of(result)
    timed("section title", lambda: s.title(ctx))
    for name in s.SECTIONS:
        timed(f"section {name}", lambda n=name: getattr(s, n)(ctx))
    return {"seconds": sum(t for _, t in steps), "steps": steps}


def ingest(folder: str) -> dict[str, Any]:
    """:func:`scan.data.ingest.ingest` of a folder (reading only: no validation or merge)."""
    from scan.data.ingest import ingest as read

    result: dict[str, Any] = {}
    out = _measure(lambda: result.setdefault("i", read(Path(folder))))
    out["rows"] = sum(len(s.frame) for s in result["i"].sources)
    return out


def calamine(path: str) -> dict[str, Any]:
    """``pandas.read_excel(engine="calamine")`` of every sheet of a workbook."""
    import pandas as pd

    result: dict[str, Any] = {}
    out = _measure(
        lambda: result.setdefault("f", pd.read_excel(path, sheet_name=None, engine="calamine"))
    )
    out["rows"] = sum(len(f) for f in result["f"].values())
    return out


TASKS: dict[str, Callable[..., dict[str, Any]]] = {
    "render": render,
    "analyse": analyse,
    "network": network,
    "igraph": igraph_network,
    "modules": modules,
    "profile": profile,
    "ingest": ingest,
    "calamine": calamine,
}


def main(argv: list[str]) -> int:
    """Run one task and print its measurement as one JSON line."""
    name, *args = argv
    print(json.dumps(TASKS[name](*args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
