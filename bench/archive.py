#!/usr/bin/env python3
"""Benchmark of `press archive`: `bench/archive.py [N]` (N synthetic releases, default 200).

Prints, all measured in this run on this machine:
  * the wall time of a full export with --jobs 2 against the sum of the raw WeasyPrint and
    python-docx render times of the same documents (target: at most 0.6 of that sum);
  * the time of a re-export after one release changed (target: under 3 s);
  * peak memory: the largest single process (getrusage of the children) and the largest
    total of the export and its workers sampled from /proc (target: under 500 MB).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*") if Path(f"/proc/{pid}/task").exists() else []:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            pids += _tree(int(child))
    return pids


def run_export(root: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Wall time of `press archive` in a subprocess and the peak total RSS (kB) of its tree."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "press", "--project", str(root), "archive",
                                "--out", str(out), "--jobs", str(jobs)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, sum(_rss_kb(pid) for pid in _tree(process.pid)))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"press archive failed ({process.returncode}):\n{err.decode()}")
    return wall, peak


def raw_render_seconds(root: Path) -> tuple[float, int]:
    """Sum of the plain WeasyPrint PDF and python-docx render times of every document."""
    from press.localise import localise
    from press.project import Project
    from press.render.docx import render_docx
    from press.render.pdf import render_pdf

    project = Project(root)
    total, documents = 0.0, 0
    for release in project.load_all():
        brand = project.brand(release.meta.brand)
        for lang in release.meta.langs:
            view = localise(release, lang, brand, project.locales_dir)
            start = time.perf_counter()
            render_pdf(view, project.templates_dir)
            render_docx(view)
            total += time.perf_counter() - start
            documents += 1
    return total, documents


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 200
    with tempfile.TemporaryDirectory(prefix="press-bench-") as tmp:
        root, out = Path(tmp) / "project", Path(tmp) / "out"
        subprocess.run([sys.executable, str(REPO / "bench" / "synth.py"), str(count), str(root)],
                       check=True, stdout=subprocess.DEVNULL)
        full, full_peak = run_export(root, out, jobs=2)
        changed = sorted((root / "releases").rglob("kk.yaml"))[count // 2]
        changed.write_text(changed.read_text(encoding="utf-8").replace("Тараптар", "Тараптар да", 1),
                           encoding="utf-8")
        again, again_peak = run_export(root, out, jobs=2)
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        baseline, documents = raw_render_seconds(root)
    ratio = full / baseline
    print(f"press archive benchmark, {count} synthetic releases ({documents} documents), "
          f"{os.cpu_count()} CPUs, {dt.date.today()}")
    print(f"  full export --jobs 2:        {full:8.1f} s")
    print(f"  raw WeasyPrint + python-docx: {baseline:7.1f} s (sum over documents, one process)")
    print(f"  ratio:                        {ratio:7.3f}  (target <= 0.6)  "
          f"{'OK' if ratio <= 0.6 else 'MISSED'}")
    print(f"  re-export, one release changed: {again:5.2f} s (target < 3 s)  "
          f"{'OK' if again < 3 else 'MISSED'}")
    peak_mb = max(full_peak, again_peak) / 1024
    print(f"  peak memory: largest process {largest / 1024:.0f} MB, export and workers together "
          f"{peak_mb:.0f} MB (target < 500 MB)  {'OK' if peak_mb < 500 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
