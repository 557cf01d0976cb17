"""SIGKILL at random moments never leaves a torn file: each is absent, the old or the new version.

Three writers are killed: `press build` (outputs), a process saving a language file over and
over (press.source.save_version) and `press translate` against the fake LibreTranslate. After
every kill each file is read back with a real reader (lxml, pypdf, python-docx, the source
loader) and must be a complete old or new version. PRESS_KILL_ROUNDS sets how many kills each
test makes (default 3; the README's testing section says how the 50-round run is made);
PRESS_KILL_SEED fixes the random moments (printed on failure).

The release lock is tested here too: a second process waits, saying for whom, and goes on when
the lock is released.
"""

from __future__ import annotations

import contextlib
import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from conftest import press_process, uncached
from fake_libretranslate import FakeLibreTranslate
from test_translate import RELEASE_ID as TRANSLATE_ID
from test_translate import RELEASE_YAML as TRANSLATE_RELEASE_YAML
from test_translate import RU_YAML as TRANSLATE_RU_YAML

from press.lock import hold, lock_path
from press.render.cache import VARIABLE as RENDER_CACHE
from press.source import load_version

REPO = Path(__file__).resolve().parent.parent
DEMO_ID = "2025-12-10-baikonur"
ROUNDS = int(os.environ.get("PRESS_KILL_ROUNDS", "3"))
SEED = int(os.environ.get("PRESS_KILL_SEED", str(random.SystemRandom().randrange(10**6))))
MARKERS = ("Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett")
OUTPUTS = [f"{lang}.{fmt}" for lang in ("en", "kk", "ru") for fmt in ("html", "pdf", "docx")]


def press_command(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "press", "--project", str(root), *args]


def spawn(command: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    """A child in its own process group, so that the kill reaches its forked workers too."""
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, **kwargs)  # type: ignore[call-overload]


def kill(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have finished already
        os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def make_project(root: Path) -> Path:
    shutil.copytree(REPO / "releases", root / "releases")
    (root / "locales").mkdir(parents=True)
    shutil.copy(REPO / "locales" / "termbase.yaml", root / "locales" / "termbase.yaml")
    return root


# --- press build -------------------------------------------------------------------------


def set_marker(root: Path, marker: str) -> None:
    """Put *marker* at the end of the title in every language."""
    folder = root / "releases" / "2025" / DEMO_ID
    for lang in ("en", "kk", "ru"):
        path = folder / f"{lang}.yaml"
        text = path.read_text(encoding="utf-8")
        start = text.index("  title:\n    text: \"") + len("  title:\n    text: \"")
        end = text.index('"', start)
        title = text[start:end].rsplit(" ~", 1)[0]
        path.write_text(f"{text[:start]}{title} ~{marker}{text[end:]}", encoding="utf-8")


ORIGINAL = "the demo as built"
"""The state of an output that is byte for byte the shared build of the unchanged demo."""


def output_marker(path: Path, original: Path | None = None) -> str | None:
    """The marker in a complete output (ORIGINAL: the same bytes as *original*); a torn or
    unreadable file fails the test here."""
    if not path.exists():
        return None
    data = path.read_bytes()
    if original is not None and data == original.read_bytes():
        return ORIGINAL
    if path.suffix == ".html":
        from lxml import html

        assert data.rstrip().endswith(b"</html>"), f"{path.name} is cut short"
        text = html.fromstring(data).xpath("string(//h1)")
    elif path.suffix == ".pdf":
        from pypdf import PdfReader

        assert data.rstrip().endswith(b"%%EOF"), f"{path.name} is cut short"
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
    else:
        from docx import Document

        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None, f"{path.name} has a damaged member"
        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    found = [marker for marker in MARKERS if f"~{marker}" in text]
    assert len(found) == 1, f"{path.name}: no single marker in a complete file ({found})"
    return found[0]


def build_args(out: Path) -> list[str]:
    return ["build", DEMO_ID, "--out", str(out), "--force", "--jobs", "2"]


def test_killed_build_leaves_each_output_old_or_new(tmp_path: Path, demo_build: Path,
                                                    demo_dist: Path) -> None:
    """The outputs start as the shared build of the demo (conftest's demo_build, copied); each
    round marks the titles anew and kills a build of them at a random moment."""
    rng = random.Random(SEED)
    root, out = make_project(tmp_path / "project"), tmp_path / "out"
    shutil.copytree(demo_build / "dist", out)  # with the list of what press wrote there
    folder = out / DEMO_ID
    # a kill anywhere from the start to a little past the end of a whole build
    full = float((demo_build / "seconds.txt").read_text(encoding="utf-8"))
    state = {name: output_marker(folder / name, demo_dist / name) for name in OUTPUTS}
    assert set(state.values()) == {ORIGINAL}
    torn_builds = 0  # kills that left some outputs new and some old: the build died midway
    for round_ in range(ROUNDS):
        marker = MARKERS[1 + round_ % (len(MARKERS) - 1)]
        set_marker(root, marker)
        # every PDF laid out (no render cache): the build takes its real time
        child = spawn(press_command(root, *build_args(out)), env=uncached())
        time.sleep(rng.uniform(0.0, full * 1.1))
        kill(child)
        for name in OUTPUTS:
            now = output_marker(folder / name, demo_dist / name)
            assert now in (state[name], marker), \
                f"seed {SEED}, round {round_}: {name} is {now}, expected {state[name]} or {marker}"
            state[name] = now
        torn_builds += len({state[name] for name in OUTPUTS}) > 1
    print(f"build: {ROUNDS} kills, {torn_builds} in the middle of writing outputs (seed {SEED})")
    with pytest.MonkeyPatch.context() as patch:  # the build after the kills: in this process
        patch.setenv(RENDER_CACHE, "off")
        finished = press_process(root, *build_args(out))
    assert finished.returncode == 0, finished.stderr
    assert not list(folder.glob(".*.tmp")), "a build left a killed build's temporaries behind"
    final = {output_marker(folder / name, demo_dist / name) for name in OUTPUTS}
    assert final == {marker if ROUNDS else ORIGINAL}


# --- save_version ------------------------------------------------------------------------


SAVER = textwrap.dedent("""\
    import sys
    from pathlib import Path

    from press.project import Project
    from press.source import load_version, save_version

    project = Project.find()
    release = project.load(project.release_folders(["2025-12-10-baikonur"])[0])
    original = load_version(Path(sys.argv[1]), "kk", is_source=False)
    originals = {s.id: s.text for s in original.segments.values()}
    for count in range(10**9):
        variant = "AB"[count % 2]
        for seg in release.versions["kk"].segments.values():
            seg.text = (originals[seg.id] + " ") * REPEAT + variant
        save_version(release, "kk")
        print(count, flush=True)
""")


REPEAT = 12
"""Each saved file is ~12 times the demo's kk.yaml (about 250 kB): a write takes a while."""


def wait_for_line(child: subprocess.Popen[bytes]) -> None:
    """Block until the child has printed a line (its first save is done), at most ~60 s."""
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=60), "the saver never finished a first save"
    assert child.stdout.readline().strip().isdigit(), "the saver died before its first save"


def test_killed_save_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    root = make_project(tmp_path / "project")
    path = root / "releases" / "2025" / DEMO_ID / "kk.yaml"
    originals = {s.id: s.text for s in load_version(path, "kk", is_source=False).segments.values()}
    for round_ in range(ROUNDS):
        original = REPO / "releases" / "2025" / DEMO_ID / "kk.yaml"
        child = subprocess.Popen([sys.executable, "-c", SAVER.replace("REPEAT", str(REPEAT)), str(original)],
                                 cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        wait_for_line(child)
        time.sleep(rng.uniform(0.0, 0.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        segments = load_version(path, "kk", is_source=False).segments  # never torn: it loads
        assert set(segments) == set(originals)
        variants = {seg.text[-1] for seg in segments.values()}
        assert variants in ({"A"}, {"B"}), f"seed {SEED}, round {round_}: a mixed file {variants}"
        for seg in segments.values():
            assert seg.text == (originals[seg.id] + " ") * REPEAT + seg.text[-1]
        assert seg.status.value == "approved" and seg.source_hash


# --- press translate ---------------------------------------------------------------------


def translate_project(root: Path) -> Path:
    make_project(root)
    folder = root / "releases" / "2026" / TRANSLATE_ID
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(TRANSLATE_RELEASE_YAML, encoding="utf-8")
    (folder / "ru.yaml").write_text(TRANSLATE_RU_YAML, encoding="utf-8")
    for lang in ("kk", "en"):
        (folder / f"{lang}.yaml").write_text(f"lang: {lang}\nsegments: {{}}\n", encoding="utf-8")
    (root / "press.toml").write_text('[translate]\nengine = "libre"\ntimeout = 5.0\nretries = 2\n'
                                     'backoff = 0.01\n', encoding="utf-8")
    return folder


def drafts(folder: Path) -> dict[str, dict[str, str]]:
    """Every draft segment's text per language; a torn file fails to load here."""
    return {lang: {s.id: s.text for s in load_version(folder / f"{lang}.yaml", lang, False).segments.values()}
            for lang in ("kk", "en")}


def test_killed_translate_keeps_every_saved_segment_whole(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(SEED + 2)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.delenv("LIBRE_API_KEY", raising=False)
    with FakeLibreTranslate() as fake:
        reference_folder = translate_project(tmp_path / "reference")
        # the reference and the run after the kills are not killed: they run in this process
        done = press_process(tmp_path / "reference", "translate", TRANSLATE_ID, "--url", fake.url)
        assert done.returncode == 0, done.stderr
        reference = drafts(reference_folder)
        assert all(len(texts) == 5 for texts in reference.values())  # title, p1-p4
        root = tmp_path / "project"
        folder = translate_project(root)
        fake.delay = 0.15
        partial = 0  # kills after some segments were saved and before the last
        for round_ in range(ROUNDS):
            for lang in ("kk", "en"):  # each round kills a run that starts from nothing
                (folder / f"{lang}.yaml").write_text(f"lang: {lang}\nsegments: {{}}\n", encoding="utf-8")
            child = spawn(press_command(root, "translate", TRANSLATE_ID, "--url", fake.url))
            time.sleep(rng.uniform(0.3, 3.0))
            kill(child)
            found = drafts(folder)
            partial += 0 < sum(map(len, found.values())) < 10
            for lang, texts in found.items():
                for segment_id, text in texts.items():
                    assert text == reference[lang][segment_id], f"seed {SEED}, {round_}: {lang}/{segment_id}"
        print(f"translate: {ROUNDS} kills, {partial} with some segments saved (seed {SEED})")
        fake.delay = 0.0
        done = press_process(root, "translate", TRANSLATE_ID, "--url", fake.url)
        assert done.returncode == 0, done.stderr
        assert drafts(folder) == reference


# --- the release lock ----------------------------------------------------------------------


def test_a_second_build_waits_for_the_lock_and_says_for_whom(tmp_path: Path) -> None:
    root, out = make_project(tmp_path / "project"), tmp_path / "out"
    with hold(lock_path(root, DEMO_ID), "press translate (test)"):
        child = subprocess.Popen(press_command(root, "build", DEMO_ID, "--out", str(out), "--format", "html"),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert child.stderr is not None
        with selectors.DefaultSelector() as selector:
            selector.register(child.stderr, selectors.EVENT_READ)
            assert selector.select(timeout=60), "the build neither waited nor said so"
        line = child.stderr.readline().decode()
        assert f"press: waiting for pid {os.getpid()} (press translate (test)) holding" in line
        assert child.poll() is None and not (out / DEMO_ID).exists()  # it waits, writing nothing
    assert child.wait(timeout=120) == 0
    assert {p.name for p in (out / DEMO_ID).iterdir()} == {"en.html", "kk.html", "ru.html"}


def test_a_build_removes_only_the_temporaries_of_the_outputs_it_writes(tmp_path: Path) -> None:
    """What a killed build left (`.en.html.<random>.tmp`) goes; anything else in the folder stays."""
    root, out = make_project(tmp_path / "project"), tmp_path / "out"
    folder = out / DEMO_ID
    folder.mkdir(parents=True)
    stale, other = folder / ".en.html.k1ll3d.tmp", folder / ".notes.txt.tmp"
    stale.write_bytes(b"<html><body>half a pa")
    other.write_bytes(b"not press's")
    done = press_process(root, "build", DEMO_ID, "--out", str(out), "--format", "html", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert not stale.exists() and other.exists()
    assert (folder / "en.html").read_bytes().rstrip().endswith(b"</html>")
