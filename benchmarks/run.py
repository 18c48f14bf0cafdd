"""The benchmark harness: ``python -m benchmarks.run [--quick]`` writes benchmarks/RESULTS.md.

Every measurement runs in a fresh process (:mod:`benchmarks.tasks`), timed
with :func:`time.perf_counter` inside it, peak memory from
:func:`resource.getrusage` (the process, and its children: the Jupyter
kernel). Each comparison is measured **in the same run**, the two sides
interleaved (A B A B …) so that a change in the machine's state hits both;
the CPU time other processes used during each run is recorded, so a
disturbed row shows ("other load"):

=====================================  =========================================  ========
what                                   against                                    target
=====================================  =========================================  ========
demo region end to end (``render``)    the floor: the same papermill + nbconvert  ≤ 1.3×
                                       of a notebook that only imports the
                                       modules the report loads (measured first)
large region, network metrics          the same metrics in igraph (exact)         ≤ 3×
large region, analysis stage           15 s and 2 GB                              met/not
``run --anonymise`` (both reports)     a plain ``run`` of the same region          ≤ 1.2×
xlsx ingest (``scan.data.ingest``)     ``pandas.read_excel(engine="calamine")``   ≤ 1.2×
30 regions on 2 cores (``run-all``)    the same regions one at a time             ≥ 1.7×
=====================================  =========================================  ========

Options: ``--quick`` (3 runs, 6 regions, a 2,000-organisation region: about
4 minutes); ``--tree DIR`` also measures the analysis stage in a copy of the
project with proposed changes, in the same runs; ``--profile-large`` times
every step of one render of the large region (about 3 minutes more);
``--only e2e,large,ingest,batch,profile``. The full run takes about 15
minutes on 2 cores, most of it the batch comparison, which is one run per
side (30 regions serially take about 6 minutes); its spread is that of the
regions' own times, and a scaling probe before and after it shows how much of
the machine was free. Everything below the notes marker in RESULTS.md is
written by hand and kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: Everything below this line of RESULTS.md is written by hand and kept by a new run.
NOTES = "<!-- notes: kept by benchmarks.run -->"
PYTHON = sys.executable

#: The floor notebook's one cell: import every module of ``MODULES`` (the report's own list).
FLOOR_CELL = (
    "import importlib\n"
    "for _m in MODULES:\n"
    "    try:\n"
    "        importlib.import_module(_m)\n"
    "    except Exception:\n"
    "        pass\n"
)


@dataclass
class Series:
    """Repeated measurements of one thing."""

    label: str
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    foreign: list[float] = field(default_factory=list)
    extra: list[dict[str, Any]] = field(default_factory=list)

    def add(self, m: dict[str, Any]) -> None:
        self.seconds.append(float(m["seconds"]))
        self.rss_mb.append(max(float(m.get("rss_mb", 0)), float(m.get("rss_children_mb", 0))))
        self.foreign.append(float(m.get("foreign_cpu", 0.0)))
        self.extra.append(m)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def span(self) -> str:
        return f"{min(self.seconds):.2f}–{max(self.seconds):.2f}"

    def peak(self) -> float:
        return max(self.rss_mb) if self.rss_mb else 0.0


def _processes() -> dict[int, tuple[int, float]]:
    """Every process: pid → (parent pid, CPU seconds so far), from ``/proc``."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            rest = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        out[int(entry.name)] = (int(rest[1]), (int(rest[11]) + int(rest[12])) / tick)
    return out


def _ours(procs: dict[int, tuple[int, float]]) -> set[int]:
    """This harness and its descendants."""
    me = os.getpid()
    ours, changed = {me}, True
    while changed:
        changed = False
        for pid, (ppid, _) in procs.items():
            if ppid in ours and pid not in ours:
                ours.add(pid)
                changed = True
    return ours


def foreign_cpu(before: dict[int, tuple[int, float]]) -> float:
    """CPU seconds other processes (not this harness's tree) used since ``before``.

    Counts the processes alive at the end (a lower bound: another process
    that came and went in between is not seen).
    """
    after = _processes()
    ours = _ours(before) | _ours(after)
    total = 0.0
    for pid, (_, cpu) in after.items():
        if pid in ours:
            continue
        start = before.get(pid, (0, 0.0))[1]
        total += max(0.0, cpu - start)
    return total


def scaling_probe(n: int = 6_000_000) -> float:
    """How much faster two CPU-bound processes run side by side than one after the other.

    About 2 on an idle 2-core machine; less when other work shares the cores.
    """
    code = f"s=0\nfor i in range({n}): s+=i*i%7"
    t0 = time.perf_counter()
    for _ in range(2):
        subprocess.run([PYTHON, "-c", code], check=True)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    procs = [subprocess.Popen([PYTHON, "-c", code]) for _ in range(2)]
    for p in procs:
        p.wait()
    return serial / (time.perf_counter() - t0)


def children_cpu() -> float:
    """CPU seconds of this process's finished children (the tasks and what they waited for)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def task(*args: str, tree: Path = ROOT) -> dict[str, Any]:
    """Run one measured task in a fresh process; its JSON line.

    ``foreign_cpu`` is the CPU time other processes used while the task ran
    (:func:`foreign_cpu`): a disturbed measurement shows there.
    """
    env = {**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{ROOT}"}
    before = _processes()
    done = subprocess.run(
        [PYTHON, "-m", "benchmarks.tasks", *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    foreign = foreign_cpu(before)
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"task {args} failed:\n{done.stderr[-2000:]}")
    return {**json.loads(lines[-1]), "foreign_cpu": foreign}


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


# -- the measurements ------------------------------------------------------------------------


def floor_notebook(target: Path, modules: list[str]) -> Path:
    """The report notebook's parameters cell followed by one cell of imports only.

    ``modules`` are the modules the report itself loads (task ``modules``),
    measured in the same run.
    """
    nb = json.loads((ROOT / "notebooks" / "scan.ipynb").read_text(encoding="utf-8"))
    params = next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))
    nb["cells"] = [
        params,
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {"tags": ["section:floor"]},
            "outputs": [],
            "source": f"MODULES = {modules!r}\n" + FLOOR_CELL,
        },
    ]
    target.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return target


def bench_e2e(work: Path, runs: int) -> tuple[Series, Series, Series]:
    """The demo region rendered end to end, with ``--anonymise``, and the floor, interleaved."""
    demo, floor = Series("demo end to end"), Series("floor")
    anon = Series("demo end to end, --anonymise")
    region = str(ROOT / "data" / "raw" / "demo")
    modules = task("modules", region)["modules"]
    nb = floor_notebook(work / "floor.ipynb", modules)
    say(f"  the floor imports the {len(modules)} modules the report loads")
    for i in range(runs):
        demo.add(task("render", region, str(work / "out-demo")))
        anon.add(task("render", region, str(work / "out-anon"), "", "1"))
        floor.add(task("render", region, str(work / "out-floor"), str(nb)))
        say(
            f"  e2e {i + 1}/{runs}: demo {demo.seconds[-1]:.1f} s, --anonymise "
            f"{anon.seconds[-1]:.1f} s, floor {floor.seconds[-1]:.1f} s"
        )
    return demo, floor, anon


def bench_large(
    orgs: int, ties: int, episodes: int, runs: int, tree: Path | None = None
) -> dict[str, Any]:
    """The analysis stage (with its network family) and igraph on the same metrics, interleaved.

    The network family's time is taken from inside each analysis run
    (:func:`scan.analysis.analyse_network`: graph, scores and every
    per-organisation metric). With ``tree`` (a copy of the project with
    proposed changes) the analysis stage is measured there too, in the same runs.
    """
    stage, igraph = Series("analysis stage"), Series("igraph")
    other = Series("analysis stage (tree)")
    o, t, e = str(orgs), str(ties), str(episodes)
    for i in range(runs):
        stage.add(task("analyse", o, t, e))
        igraph.add(task("igraph", o, t))
        line = f"  large {i + 1}/{runs}: analyse {stage.seconds[-1]:.1f} s"
        if tree is not None:
            other.add(task("analyse", o, t, e, tree=tree))
            line += f" (tree {other.seconds[-1]:.1f} s)"
        say(f"{line}, igraph {igraph.seconds[-1]:.1f} s")
    out: dict[str, Any] = {
        "stage": stage,
        "ours": _family(stage, "network"),
        "igraph": igraph,
        "families": _families(stage),
    }
    if tree is not None:
        out["tree"] = {
            "stage": other,
            "network": _family(other, "network"),
            "families": _families(other),
            "path": str(tree),
        }
    return out


def _families(series: Series) -> dict[str, float]:
    names = series.extra[0]["families"].keys()
    return {k: statistics.median(m["families"][k] for m in series.extra) for k in names}


def _family(series: Series, name: str) -> Series:
    """One family's seconds of every run, as a series (same runs, same other load)."""
    out = Series(f"{name} (ours, inside the analysis)")
    out.seconds = [m["families"][name] for m in series.extra]
    out.rss_mb = list(series.rss_mb)
    out.foreign = [
        f * m["families"][name] / m["seconds"]
        for f, m in zip(series.foreign, series.extra, strict=True)
    ]
    out.extra = list(series.extra)
    return out


def write_workbook(path: Path, rows: int) -> Path:
    """An episodes workbook of ``rows`` rows, as a partner would deliver it."""
    import numpy as np
    import xlsxwriter

    rng = np.random.default_rng(0)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("episodes")
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    for c, h in enumerate(("client_key", "org_id", "start_date", "end_date", "service")):
        sheet.write(0, c, h)
    start = dt.datetime(2026, 1, 1)
    days = rng.integers(0, 365, rows)
    length = rng.integers(1, 90, rows)
    for r in range(rows):
        sheet.write_string(r + 1, 0, f"k{r // 3}")
        sheet.write_string(r + 1, 1, f"O{int(days[r]) % 40:05d}")
        sheet.write_datetime(r + 1, 2, start + dt.timedelta(days=int(days[r])), date)
        sheet.write_datetime(r + 1, 3, start + dt.timedelta(days=int(days[r] + length[r])), date)
        sheet.write_string(r + 1, 4, "wijkverpleging")
    book.close()
    return path


def bench_ingest(work: Path, rows: int, runs: int) -> tuple[Series, Series]:
    """scan.data.ingest of one workbook against pandas + calamine of the same file."""
    folder = work / "xlsx-region"
    folder.mkdir(exist_ok=True)
    book = write_workbook(folder / "episodes.xlsx", rows)
    ours, theirs = Series("scan.data.ingest"), Series("pandas+calamine")
    for i in range(runs):
        ours.add(task("ingest", str(folder)))
        theirs.add(task("calamine", str(book)))
        say(f"  ingest {i + 1}/{runs}: {ours.seconds[-1]:.2f} s vs {theirs.seconds[-1]:.2f} s")
    return ours, theirs


def bench_batch(work: Path, regions: int) -> dict[str, Any]:
    """run-all of the demo-sized regions with 2 workers and with 1, from the command line."""
    home = work / "home"
    env = {**os.environ, "NETWERKSCAN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [PYTHON, "-m", "benchmarks.regions", str(home), "--demo", str(regions)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    cli = str(Path(PYTHON).with_name("netwerkscan"))
    out: dict[str, Any] = {"regions": regions}
    for workers in (2, 1):
        shutil.rmtree(home / "reports", ignore_errors=True)
        before, ours = _processes(), children_cpu()
        t0 = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-v", cli, "run-all", "--workers", str(workers), "--no-progress"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - t0
        cpu = children_cpu() - ours
        foreign = foreign_cpu(before)
        per = [
            float(x.split("(")[-1].split(" s)")[0])
            for x in done.stderr.splitlines()
            if x.startswith("ok ")
        ]
        rss = next(
            (
                int(x.split(":")[-1]) / 1024
                for x in done.stderr.splitlines()
                if "Maximum resident set size" in x
            ),
            0.0,
        )
        out[workers] = {
            "seconds": seconds,
            "ok": len(per),
            "code": done.returncode,
            "per_region": per,
            "rss_mb": rss,
            "cpu_seconds": cpu,
            "foreign_cpu": foreign,
        }
        say(f"  batch {regions} regions, {workers} worker(s): {seconds:.1f} s, {len(per)} ok")
    return out


def profile_render(region: Path) -> list[tuple[str, float]]:
    """Where a render's time goes (task ``profile``: every step timed, one run)."""
    return [(str(k), float(v)) for k, v in task("profile", str(region))["steps"]]


def profile_large(work: Path, orgs: int, ties: int, episodes: int) -> list[tuple[str, float]]:
    """The steps of a render of the large region, from its files (one run, a few minutes)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.regions import write_large_region

    folder = work / "large-region"
    write_large_region(folder, orgs, ties, episodes)
    return profile_render(folder)


# -- the report ------------------------------------------------------------------------------


def load(*series: Series) -> str:
    """The largest share of the machine's CPU used by other processes during these runs."""
    cores = os.cpu_count() or 1
    shares = [f / (t * cores) for s in series for f, t in zip(s.foreign, s.seconds, strict=True)]
    return f"≤ {max(shares):.0%}" if shares else "–"


def batch_load(b: dict[str, Any]) -> str:
    cores = os.cpu_count() or 1
    shares = [b[w]["foreign_cpu"] / (b[w]["seconds"] * cores) for w in (1, 2)]
    return f"≤ {max(shares):.0%}"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def machine() -> str:
    import multiprocessing

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB memory"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {multiprocessing.cpu_count()} cores{mem}; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}"
    )


def versions() -> str:
    from importlib import metadata

    names = ("networkx", "scipy", "numpy", "pandas", "papermill", "nbconvert", "igraph")
    out = []
    for n in names:
        try:
            out.append(f"{n} {metadata.version(n)}")
        except metadata.PackageNotFoundError:
            out.append(f"{n} (not installed)")
    return ", ".join(out)


def report(results: dict[str, Any], args: argparse.Namespace, seconds: float) -> str:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `python -m benchmarks.run{' --quick' if args.quick else ''}` on "
        f"{dt.date.today().isoformat()} in {seconds / 60:.1f} min.",
        "",
        f"- **Machine**: {machine()}.",
        f"- **Libraries**: {versions()}.",
        f"- **Method**: medians over {args.runs} runs (min–max), each run a fresh process; "
        "the two sides of a ratio interleaved in the same run. Peak memory: `ru_maxrss` of "
        "the process or of its children (the Jupyter kernel), whichever is larger. "
        "*Other load*: the largest share of the machine's CPU that processes outside the "
        "harness used during a run of that row (from `/proc/<pid>/stat`, a lower bound); "
        "above a few per cent the row was disturbed and should be measured again.",
        "",
        "## Targets",
        "",
        "| what | ours (s) | against (s) | ratio | target | | other load |",
        "|---|---|---|---|---|---|---|",
    ]
    rows: list[str] = []
    if "e2e" in results:
        demo, floor, anon = results["e2e"]
        r = demo.median / floor.median
        rows.append(
            f"| demo region end to end | {demo.median:.2f} ({demo.span()}) | floor "
            f"{floor.median:.2f} ({floor.span()}) | {r:.2f}× | ≤ 1.3× | {verdict(r <= 1.3)} "
            f"| {load(demo, floor)} |"
        )
        ra = anon.median / demo.median
        rows.append(
            f"| `run --anonymise` (both reports) | {anon.median:.2f} ({anon.span()}) | plain run "
            f"{demo.median:.2f} ({demo.span()}) | {ra:.2f}× | ≤ 1.2× | {verdict(ra <= 1.2)} "
            f"| {load(anon, demo)} |"
        )
    if "large" in results:
        lg = results["large"]
        r = lg["ours"].median / lg["igraph"].median
        rows.append(
            f"| large region: network metrics | {lg['ours'].median:.2f} ({lg['ours'].span()}) "
            f"| igraph {lg['igraph'].median:.2f} ({lg['igraph'].span()}) | {r:.2f}× | ≤ 3× "
            f"| {verdict(r <= 3)} | {load(lg['ours'], lg['igraph'])} |"
        )
        st = lg["stage"]
        rows.append(
            f"| large region: analysis stage | {st.median:.2f} ({st.span()}) | – | – | ≤ 15 s "
            f"| {verdict(st.median <= 15)} | {load(st)} |"
        )
        if "tree" in lg:
            tr = lg["tree"]
            ts, tn = tr["stage"], tr["network"]
            rows.append(
                f"| large region: analysis stage, with the proposed patches | {ts.median:.2f} "
                f"({ts.span()}) | – | – | ≤ 15 s | {verdict(ts.median <= 15)} | {load(ts)} |"
            )
            r2 = tn.median / lg["igraph"].median
            rows.append(
                f"| large region: network metrics, with the proposed patches | {tn.median:.2f} "
                f"({tn.span()}) | igraph {lg['igraph'].median:.2f} | {r2:.2f}× | ≤ 3× "
                f"| {verdict(r2 <= 3)} | {load(tn)} |"
            )
        rows.append(
            f"| large region: analysis peak memory | {st.peak():.0f} MB | – | – | ≤ 2 GB "
            f"| {verdict(st.peak() <= 2048)} | |"
        )
    if "ingest" in results:
        ours, theirs = results["ingest"]
        r = ours.median / theirs.median
        rows.append(
            f"| xlsx ingest ({args.xlsx_rows:,} rows) | {ours.median:.2f} ({ours.span()}) "
            f"| pandas+calamine {theirs.median:.2f} ({theirs.span()}) | {r:.2f}× | ≤ 1.2× "
            f"| {verdict(r <= 1.2)} | {load(ours, theirs)} |"
        )
    if "batch" in results:
        b = results["batch"]
        one, two = b[1]["seconds"], b[2]["seconds"]
        r = one / two
        rows.append(
            f"| {b['regions']} regions on 2 cores (n = 1) | {two:.1f} | serially {one:.1f} "
            f"| {r:.2f}× faster | ≥ 1.7× | {verdict(r >= 1.7)} "
            f"| {batch_load(b)} |"
        )
    lines += rows
    lines += ["", "## Peak memory per run", "", "| run | peak (MB) |", "|---|---|"]
    if "e2e" in results:
        for s in results["e2e"]:
            lines.append(f"| {s.label} | {s.peak():.0f} |")
    if "large" in results:
        for k in ("stage", "igraph"):
            s = results["large"][k]
            lines.append(f"| large: {s.label} | {s.peak():.0f} |")
    if "ingest" in results:
        for s in results["ingest"]:
            lines.append(f"| {s.label} | {s.peak():.0f} |")
    if "batch" in results:
        b = results["batch"]
        for w in (2, 1):
            lines.append(
                f"| run-all, {w} worker(s) (parent; /usr/bin/time -v) | {b[w]['rss_mb']:.0f} |"
            )
    if "large" in results:
        lines += [
            "",
            "## Where the time goes: the analysis stage",
            "",
            "| family | s |",
            "|---|---|",
        ]
        tree_fam = results["large"].get("tree", {}).get("families", {})
        if tree_fam:
            lines[-2:] = ["| family | s | with the proposed patches (s) |", "|---|---|---|"]
        for k, v in results["large"]["families"].items():
            extra = f" {tree_fam[k]:.2f} |" if tree_fam else ""
            lines.append(f"| {k} | {v:.2f} |{extra}")
    for key, title in (
        ("profile", "one demo render, step by step (in-process, one run)"),
        ("profile_large", "one render of the large region, step by step (in-process, one run)"),
    ):
        if key in results:
            lines += ["", f"## Where the time goes: {title}", "", "| step | s |", "|---|---|"]
            lines += [f"| {k} | {v:.2f} |" for k, v in results[key]]
    if "batch" in results:
        b = results["batch"]
        lines.append(
            "\nScaling probe (two CPU-bound processes side by side vs one after the other, "
            f"the ceiling for the batch on this machine at that moment): "
            f"{b['probe'][0]:.2f}× before the batch, {b['probe'][1]:.2f}× after."
        )
        for w in (1, 2):
            per = b[w]["per_region"]
            if per:
                lines.append(
                    f"\nrun-all with {w} worker(s): {b[w]['ok']} of {b['regions']} regions, "
                    f"per region median {statistics.median(per):.1f} s "
                    f"({min(per):.1f}–{max(per):.1f})."
                )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="3 runs, 6 regions, a smaller region")
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--only", default="e2e,large,ingest,batch,profile")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    ap.add_argument("--json", type=Path, default=None, help="also write the raw numbers here")
    ap.add_argument(
        "--profile-large",
        action="store_true",
        help="also time every step of one render of the large region (a few minutes more)",
    )
    ap.add_argument(
        "--tree",
        type=Path,
        default=None,
        help="a copy of the project with proposed changes: its analysis is measured too",
    )
    args = ap.parse_args(argv)
    args.runs = args.runs or (3 if args.quick else 5)
    orgs, ties, episodes = (2000, 10_000, 400_000) if args.quick else (5000, 25_000, 1_000_000)
    args.xlsx_rows = 50_000 if args.quick else 200_000
    regions = 6 if args.quick else 30
    only = set(args.only.split(","))
    t0 = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="netwerkscan-bench-"))
    results: dict[str, Any] = {}
    try:
        if "e2e" in only:
            say("demo end to end vs floor")
            results["e2e"] = bench_e2e(work, args.runs)
        if "large" in only:
            say(f"large region: {orgs} organisations, {ties} ties, {episodes} episodes")
            results["large"] = bench_large(orgs, ties, episodes, args.runs, args.tree)
        if "ingest" in only:
            say("xlsx ingest")
            results["ingest"] = bench_ingest(work, args.xlsx_rows, args.runs)
        if "batch" in only:
            say(f"{regions} regions, 2 workers vs 1")
            probe = scaling_probe()
            results["batch"] = bench_batch(work, regions)
            results["batch"]["probe"] = (probe, scaling_probe())
            say(f"  scaling probe before/after: {probe:.2f}×, {results['batch']['probe'][1]:.2f}×")
        if "profile" in only:
            results["profile"] = profile_render(ROOT / "data" / "raw" / "demo")
        if args.profile_large:
            say("one render of the large region, step by step")
            results["profile_large"] = profile_large(work, orgs, ties, episodes)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = report(results, args, time.perf_counter() - t0)
    old = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
    if NOTES in old:  # the hand-written analysis below the marker is kept
        text += "\n" + NOTES + old.split(NOTES, 1)[1]
    args.out.write_text(text, encoding="utf-8")
    if args.json:
        raw = {
            k: (
                [vars(s) for s in v]
                if isinstance(v, tuple)
                else {kk: vars(vv) if isinstance(vv, Series) else vv for kk, vv in v.items()}
                if isinstance(v, dict)
                else v
            )
            for k, v in results.items()
        }
        args.json.write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
