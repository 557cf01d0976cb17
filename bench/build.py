"""Wall time of `press build` for the demo release against Pandoc making the same nine documents.

What a press office would otherwise do: keep each language as Markdown and run Pandoc
three times per language (HTML, DOCX, and PDF through --pdf-engine=weasyprint). Both are
run in this process's session, alternating, so machine noise hits both alike; the ratio of
the medians is the figure (target: press <= 0.65 of Pandoc, although press also checks and
brands).

    python bench/build.py [ROUNDS]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from press.project import Project  # noqa: E402
from press.render.cache import VARIABLE as RENDER_CACHE  # noqa: E402

os.environ[RENDER_CACHE] = "off"  # a bench measures laying out: no PDF is reused from a cache


def compile_press() -> None:
    """press's bytecode, as an installed press has it: pip compiles a package when it installs
    it, and Python keeps the bytecode of what it runs, as WeasyPrint's is kept for Pandoc's
    runs. A machine that sets PYTHONDONTWRITEBYTECODE (this one does) would otherwise compile
    all of press again in every build, a cost no user pays."""
    import compileall

    compileall.compile_dir(REPO / "press", quiet=1)

DEMO = "2025-12-10-baikonur"


def markdown_sources(folder: Path) -> list[Path]:
    """The demo release as three Markdown files, the way Pandoc users keep them."""
    from press.lang import format_dateline

    project = Project(REPO)
    release = project.load(project.release_folders([DEMO])[0])
    brand = project.brand(release.meta.brand)
    paths = []
    for lang in release.meta.langs:
        version = release.versions[lang]
        place = release.entities[release.meta.dateline].form(lang)
        lines = [f"---\ntitle: \"{version.text('title')}\"\nlang: {lang}\n---\n",
                 f"**{format_dateline(place, release.meta.date, lang)}**\n"]
        lines += [f"{segment.text}\n" for segment in version.body]
        lines += [f"{brand.signature[lang]}  \n{brand.web[lang]}  \n{brand.place[lang]}\n"]
        path = folder / f"{lang}.md"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def run_pandoc(sources: list[Path], out: Path) -> float:
    start = time.perf_counter()
    for source in sources:
        stem = out / source.stem
        subprocess.run(["pandoc", str(source), "-s", "-o", f"{stem}.html"], check=True)
        subprocess.run(["pandoc", str(source), "-o", f"{stem}.docx"], check=True)
        subprocess.run(["pandoc", str(source), "--pdf-engine=weasyprint", "-o", f"{stem}.pdf"],
                       check=True, capture_output=True)
    return time.perf_counter() - start


def run_press(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "press", "build", DEMO, "--out", str(out)], check=True,
                   cwd=REPO, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is not installed (apt-get install pandoc)")
    compile_press()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = markdown_sources(work)
        press_times, pandoc_times = [], []
        for _ in range(rounds):
            press_times.append(run_press(work / "press"))
            pandoc_times.append(run_pandoc(sources, work))
        produced = sorted(p.name for p in (work / "press" / DEMO).iterdir())
    press_median = statistics.median(press_times)
    pandoc_median = statistics.median(pandoc_times)
    print(f"documents: {len(produced)} ({', '.join(produced)})")
    print(f"press build : median {press_median:.2f} s, runs {[round(t, 2) for t in press_times]}")
    print(f"pandoc x9   : median {pandoc_median:.2f} s, runs {[round(t, 2) for t in pandoc_times]}")
    ratio = press_median / pandoc_median
    print(f"ratio press/pandoc: {ratio:.2f} (target <= 0.65) {'OK' if ratio <= 0.65 else 'MISSED'}")


if __name__ == "__main__":
    main()
