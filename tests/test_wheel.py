"""The wheel installs and runs anywhere: built, installed into a fresh venv, run outside the repo.

The wheel of this checkout is built offline (``pip wheel --no-deps
--no-build-isolation``, from a copy of the sources so that ``build/`` and
``*.egg-info`` never land in the repository) and installed, not editable, into a
new virtualenv. The dependencies are not downloaded: a ``.pth`` file in the new
venv appends the running interpreter's site-packages *after* the venv's own, and
``.pth`` files in an appended folder are not processed, so the editable hook of
the development install stays off and the installed wheel is what ``import scan``
finds. nbconvert's own templates, which a real install puts into the venv's
``share/jupyter``, are lent the same way through ``JUPYTER_PATH``. Then
``netwerkscan run`` and ``run-all`` render the demo region from a folder outside
the repository, under ``NETWERKSCAN_HOME``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "raw" / "demo"
TIMEOUT = 300
PIP = (sys.executable, "-m", "pip", "-q", "--disable-pip-version-check")


class Installed(NamedTuple):
    wheel: Path
    venv: Path
    python: Path
    env: dict[str, str]
    footprint: list[str]


def _footprint() -> list[str]:
    """What the scan may have written into the repository: top level, reports/, data/."""
    seen = sorted(p.name for p in REPO.iterdir())
    for folder in (REPO / "reports", REPO / "data"):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                stat = path.lstat()
                seen.append(f"{path.relative_to(REPO)} {stat.st_size} {stat.st_mtime_ns}")
    if (REPO / ".git").exists() and shutil.which("git"):
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        seen.extend(status.stdout.splitlines())
    return seen


def _nbconvert_data() -> Path:
    """nbconvert's templates of the running interpreter (``share/jupyter/nbconvert``)."""
    from jupyter_core.paths import jupyter_path

    for folder in map(Path, jupyter_path("nbconvert")):
        if (folder / "templates" / "lab").is_dir():
            return folder
    pytest.fail("nbconvert's templates (share/jupyter/nbconvert/templates/lab) not found")


def _run(cmd: list[str | Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    if int(version("setuptools").split(".")[0]) < 77:
        pytest.fail(
            f"setuptools {version('setuptools')}: the offline build needs setuptools>=77 "
            "(it is in the dev extra: pip install -e '.[dev]')"
        )
    footprint = _footprint()
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, src / name)
    shutil.copytree(REPO / "scan", src / "scan", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp / "dist"
    built = _run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, src],
        env=dict(os.environ),
        cwd=tmp,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("netwerkscan-*.whl")

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"} and not k.startswith("JUPYTER")
    }
    target = tmp / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(target)
    python = target / "bin" / "python"
    # the wheel first, into the still empty venv: pip sees no other netwerkscan there
    pip = _run(
        [*PIP, "--python", python, "install", "--no-deps", "--no-index", wheel],
        env=env,
        cwd=tmp,
    )
    assert pip.returncode == 0, pip.stderr
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(_run([python, "-c", purelib], env=env, cwd=tmp).stdout.strip())
    lent = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "_netwerkscan_test_deps.pth").write_text("\n".join(lent) + "\n", encoding="utf-8")

    shared = tmp / "jupyter-shared"
    shared.mkdir()
    (shared / "nbconvert").symlink_to(_nbconvert_data(), target_is_directory=True)
    env |= {
        "PATH": f"{target / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        "JUPYTER_PATH": str(shared),  # nbconvert's templates only, no kernelspecs
        "JUPYTER_DATA_DIR": str(tmp / "jupyter-user"),  # no user-wide kernel either
        "JUPYTER_CONFIG_DIR": str(tmp / "jupyter-config"),
        "IPYTHONDIR": str(tmp / "ipython"),
    }
    return Installed(wheel, target, python, env, footprint)


class Runs(NamedTuple):
    home: Path
    run: subprocess.CompletedProcess
    run_all: subprocess.CompletedProcess


@pytest.fixture(scope="module")
def runs(installed: Installed, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(DEMO, home / "data" / "raw" / "demo")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    env = {**installed.env, "NETWERKSCAN_HOME": str(home)}
    netwerkscan = installed.venv / "bin" / "netwerkscan"
    run = _run([netwerkscan, "run", "demo"], env=env, cwd=elsewhere)
    run_all = _run(
        [netwerkscan, "run-all", "demo", "--workers", "1", "--no-progress"], env=env, cwd=elsewhere
    )
    return Runs(home, run, run_all)


def test_wheel_holds_every_subpackage_and_the_package_data(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    packages = {f"{p.relative_to(REPO).as_posix()}" for p in (REPO / "scan").rglob("__init__.py")}
    assert packages and packages <= names, sorted(packages - names)
    data = {
        "scan/py.typed",
        "scan/report/notebooks/scan.ipynb",
        "scan/html/templates/netwerkscan/conf.json",
        "scan/html/templates/netwerkscan/index.html.j2",
        "scan/html/templates/netwerkscan/report.css",
    }
    assert data <= names, sorted(data - names)
    licence = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert len(licence) == 1
    metadata = zipfile.ZipFile(installed.wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))
    )
    assert b"License-Expression: EUPL-1.2" in metadata


def test_the_installed_copy_is_imported(installed: Installed, tmp_path: Path) -> None:
    code = "import scan, scan.report.render as r; print(scan.__file__); print(r.NOTEBOOK_PATH)"
    out = _run([installed.python, "-c", code], env=installed.env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    module, notebook = map(Path, out.stdout.split())
    assert module.is_relative_to(installed.venv), module
    assert notebook.is_relative_to(installed.venv) and notebook.is_file(), notebook


def test_run_renders_the_demo_outside_the_repository(runs: Runs) -> None:
    assert runs.run.returncode == 0, runs.run.stderr
    report = runs.home / "reports" / "demo" / "report.html"
    assert Path(runs.run.stdout.strip()) == report
    assert "Lindewaard" in report.read_text(encoding="utf-8")


def test_run_all_writes_the_index(runs: Runs) -> None:
    assert runs.run_all.returncode == 0, runs.run_all.stderr
    index = runs.home / "reports" / "index.html"
    assert 'href="demo/report.html"' in index.read_text(encoding="utf-8")


def test_the_kernel_is_the_venvs_own(installed: Installed, runs: Runs, tmp_path: Path) -> None:
    spec = installed.venv / "share" / "jupyter" / "kernels" / "netwerkscan" / "kernel.json"
    assert json.loads(spec.read_text(encoding="utf-8"))["argv"][0] == str(installed.python)
    # a kernelspec of the same name that comes first and starts another environment's
    # Python (here: the one running the tests) is refused, not silently used
    shadow = tmp_path / "shadow"
    (shadow / "kernels" / "netwerkscan").mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (shadow / "kernels" / "netwerkscan" / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "other", "language": "python"}),
        encoding="utf-8",
    )
    env = {**installed.env, "JUPYTER_PATH": f"{shadow}{os.pathsep}{installed.env['JUPYTER_PATH']}"}
    code = "from scan.report.render import ensure_kernel; ensure_kernel()"
    out = _run([installed.python, "-c", code], env=env, cwd=tmp_path)
    assert out.returncode != 0 and "jupyter kernelspec remove netwerkscan" in out.stderr, out


def test_without_home_the_working_directory_is_the_root(
    installed: Installed, runs: Runs, tmp_path: Path
) -> None:
    netwerkscan = installed.venv / "bin" / "netwerkscan"
    ok = _run([netwerkscan, "validate", "demo", "--no-write"], env=installed.env, cwd=runs.home)
    assert ok.returncode == 0, ok.stderr
    missing = _run([netwerkscan, "run", "demo"], env=installed.env, cwd=tmp_path)
    assert missing.returncode == 1
    assert str(tmp_path / "data" / "raw" / "demo") in missing.stderr
    assert "Traceback" not in missing.stderr, missing.stderr


def test_nothing_is_written_into_the_repository(installed: Installed, runs: Runs) -> None:
    assert _footprint() == installed.footprint
