"""press translate end to end: deep-translator's LibreTranslator against a local fake server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ESA_REGISTER, run_press_output
from fake_libretranslate import FakeLibreTranslate

from press.model import Status, source_hash
from press.project import Project
from press.source import load_version

RELEASE_ID = "2026-03-04-esa-talks"
KEY = "sk-test-7f3a9c1e-never-shown"

RELEASE_YAML = """\
# A release drafted in Russian: the press office needs Kazakh and English drafts.
id: 2026-03-04-esa-talks
date: 2026-03-04
dateline: astana
brand: mfa-kz
source_lang: ru
target_langs: [kk, en]
synthetic: true
""" + ESA_REGISTER + """\
facts:
  talks:
    kind: event
    date: 2026-03-03
    entities: [aidar-seitkali, esa, astana]
  launch:
    kind: event
    date: 2026-04-14
    entities: [baikonur]
  programme:
    kind: figure
    value: 1250000
    unit: euro
"""
RU_YAML = """\
lang: ru
segments:
  title:
    text: "Айдар Сейткали провёл переговоры с делегацией ЕКА"
  p1:
    text: "3 марта в Астане заместитель министра иностранных дел Казахстана Айдар Сейткали встретился
      с делегацией Европейского космического агентства."
  p2:
    text: "Стороны обсудили подготовку к запуску научного спутника с космодрома «Байконур»,
      намеченному на 14 апреля 2026 года, и совместную программу стоимостью 1 250 000 евро."
  p3:
    text: "Сейткали подчеркнул, что Казахстан открыт для сотрудничества с ЕКА."
  p4:
    text: "С учетом уже запланированных новых миссий Байконур вступает в восьмое десятилетие своей
      истории как по-прежнему действующая площадка, связывающая поколения космических полетов.
      События этого месяца подчеркивают его неизменное место в международном космическом
      сотрудничестве и ключевую роль, которую Казахстан играет в его обеспечении."
"""
SENT = ("title", "p1", "p2", "p3")
"""Segments the engine must see; p4 is the demo release's approved p8, so memory has it."""


@pytest.fixture
def project(scratch_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    folder = scratch_project.releases_dir / "2026" / RELEASE_ID
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(RELEASE_YAML, encoding="utf-8")
    (folder / "ru.yaml").write_text(RU_YAML, encoding="utf-8")
    for lang in ("kk", "en"):
        (folder / f"{lang}.yaml").write_text(f"lang: {lang}\nsegments: {{}}\n", encoding="utf-8")
    (scratch_project.root / "press.toml").write_text(
        '[translate]\nengine = "libre"\ntimeout = 5.0\nretries = 2\nbackoff = 0.01\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.delenv("LIBRE_API_KEY", raising=False)
    return scratch_project


@pytest.fixture
def fake():
    with FakeLibreTranslate() as server:
        yield server


def run(project: Project, url: str, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`press translate` in this process; (exit status, stdout+stderr)."""
    return run_press_output(project, "translate", RELEASE_ID, "--url", url, *args, capsys=capsys)


def version(project: Project, lang: str):
    return load_version(project.releases_dir / "2026" / RELEASE_ID / f"{lang}.yaml", lang, is_source=False)


def test_ru_release_gets_kk_and_en_drafts_with_names_dates_numbers(project, fake, capsys):
    code, out = run(project, fake.url, capsys=capsys)
    assert code == 0, out
    kk, en = version(project, "kk"), version(project, "en")
    assert kk.segments["p1"].text == ("3 наурызда Астанада Қазақстанның Сыртқы істер министрінің орынбасары "
                                      "Айдар Сейітқали Еуропа ғарыш агенттігінің делегациясымен кездесті.")
    assert kk.segments["p2"].text.startswith("Тараптар 2026 жылғы 14 сәуірге жоспарланған ғылыми серікті "
                                             "Байқоңыр ғарыш айлағынан ұшыруға")
    assert "1\u00a0250\u00a0000 еуро" in kk.segments["p2"].text
    assert kk.segments["p3"].text == "Сейітқали Қазақстанның ЕҒА-мен ынтымақтастыққа ашық екенін атап өтті."
    assert en.segments["p1"].text == ("On 3 March, Deputy Minister of Foreign Affairs of Kazakhstan Aidar "
                                      "Seitkali met a delegation of the European Space Agency in Astana.")
    assert "from Baikonur Cosmodrome, scheduled for 14 April 2026" in en.segments["p2"].text
    assert "1,250,000 euros" in en.segments["p2"].text
    release = project.load(project.release_folders([RELEASE_ID])[0])
    for lang in ("kk", "en"):
        for segment_id in SENT:
            segment = release.versions[lang].segments[segment_id]
            assert segment.status is Status.MACHINE
            assert segment.engine == "libre" and segment.changed_at and segment.note is None
            assert segment.source_hash == source_hash(release.source.segments[segment_id].text)
        memory = release.versions[lang].segments["p4"]
        assert memory.engine == "memory" and "exact match from 2025-12-10-baikonur/p8" in memory.note
    assert len(fake.requests) == 2 * len(SENT)
    assert not any("Сейткали" in r["q"] or "Байконур" in r["q"] for r in fake.requests)
    assert "sent to libre" in out and "reused from memory (exact)" in out


def test_checker_finds_no_error_in_the_drafts(project, fake, capsys):
    from press.check import check_release

    code, out = run(project, fake.url, capsys=capsys)
    assert code == 0, out
    report = check_release(project.load(project.release_folders([RELEASE_ID])[0]))
    errors = [f for f in report.findings if f.severity == "error" and set(f.langs) & {"kk", "en"}]
    assert errors == [], report.to_text()
    assert "Consistency check of the result:" in out


def test_second_run_sends_nothing(project, fake, capsys):
    assert run(project, fake.url, capsys=capsys)[0] == 0
    before = len(fake.requests)
    code, out = run(project, fake.url, capsys=capsys)
    assert code == 0 and len(fake.requests) == before
    assert "Nothing to translate" in out


def test_only_the_stale_segment_is_sent_again(project, fake, capsys):
    assert run(project, fake.url, capsys=capsys)[0] == 0
    ru = project.releases_dir / "2026" / RELEASE_ID / "ru.yaml"
    ru.write_text(ru.read_text(encoding="utf-8").replace("открыт для", "открыт для\n      "),
                  encoding="utf-8")  # re-wrapping is not a change
    assert run(project, fake.url, capsys=capsys)[0] == 0 and len(fake.requests) == 8
    ru.write_text(ru.read_text(encoding="utf-8").replace("Казахстан открыт", "Казахстан всегда открыт"),
                  encoding="utf-8")
    assert run(project, fake.url, capsys=capsys)[0] == 0
    assert [r["q"][:4] for r in fake.requests[8:]] == ["⟦1⟧ ", "⟦1⟧ "] and len(fake.requests) == 10


def test_reviewed_segment_survives_every_run(project, fake, capsys):
    path = project.releases_dir / "2026" / RELEASE_ID / "kk.yaml"
    path.write_text(
        "lang: kk\nsegments:\n  p1:\n    text: \"Адам қарап шыққан аударма.\"\n    status: reviewed\n"
        "    source_hash: \"0000000000000000\"\n    changed_by: translator\n", encoding="utf-8")
    before = version(project, "kk").segments["p1"]
    for mode in ("ok", "drop"):
        fake.mode = mode
        run(project, fake.url, capsys=capsys)
        after = version(project, "kk").segments["p1"]
        assert (after.text, after.status, after.source_hash, after.changed_by) == \
            (before.text, before.status, before.source_hash, before.changed_by)
    assert not any(r["q"].startswith("⟦1⟧ в ⟦2⟧") and r["target"] == "kk" for r in fake.requests)


def test_a_killed_run_loses_no_finished_segment(project, fake, capsys):
    fake.delay = 0.3
    env = {**os.environ, "XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"]}
    command = [sys.executable, "-m", "press", "--project", str(project.root), "translate", RELEASE_ID,
               "--url", fake.url]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = project.releases_dir / "2026" / RELEASE_ID / "kk.yaml"
    saved: dict[str, str] = {}
    for _ in range(600):  # bounded wait for the first two finished segments (at most ~60 s)
        saved = {s.id: s.text for s in load_version(path, "kk", False).segments.values()}
        if len(saved) >= 2 or child.poll() is not None:
            break
        time.sleep(0.1)
    assert child.poll() is None, "the run ended before it could be killed in the middle"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert len(saved) >= 2, "the run finished no segment before it was killed"
    after_kill = {s.id: s.text for s in load_version(path, "kk", False).segments.values()}
    assert all(after_kill[sid] == text for sid, text in saved.items())
    sent_before = len(fake.requests)
    fake.delay = 0.0
    code, out = run(project, fake.url, capsys=capsys)
    assert code == 0, out
    finished = {s.id for s in load_version(path, "kk", False).segments.values()}
    assert finished == {*SENT, "p4"}
    resent = [r for r in fake.requests[sent_before:] if r["target"] == "kk"]
    machine_done = sum(1 for sid in after_kill if sid in SENT)
    assert len(resent) <= len(SENT) - machine_done + 1  # at most the one in flight is asked again


def _closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.mark.parametrize(("mode", "message"), [
    ("429", "refuses more requests (429: quota or rate limit reached)"),
    ("403", "refused the API key (403); check $LIBRE_API_KEY"),
    ("timeout", "did not answer within 0.3 s (2 tries)"),
])
def test_engine_refusals_stop_with_a_clear_message(project, fake, capsys, monkeypatch, mode, message):
    monkeypatch.setenv("LIBRE_API_KEY", KEY)
    fake.mode, fake.hang = mode, 1.0
    code, out = run(project, fake.url, "--timeout", "0.3", "--retries", "1", capsys=capsys)
    assert code == 2 and message in out and "finished segments are saved" in out
    assert "Traceback" not in out and KEY not in out


def test_unreachable_engine(project, capsys):
    url = _closed_port()
    code, out = run(project, url, capsys=capsys)
    assert code == 2 and f"engine libre at {url} is unreachable" in out and "Traceback" not in out


def test_unsupported_language_pair(project, capsys):
    with FakeLibreTranslate(languages=("en", "ru")) as server:
        code, out = run(project, server.url, capsys=capsys)
    assert code == 2 and "does not translate ru → kk" in out and "Traceback" not in out


def test_bad_key_is_never_shown(project, capsys, monkeypatch):
    monkeypatch.setenv("LIBRE_API_KEY", KEY)
    with FakeLibreTranslate(key="the-right-key") as server:
        code, out = run(project, server.url, capsys=capsys)
    assert code == 2 and "refused the API key (403)" in out and KEY not in out


def test_the_key_comes_from_the_environment_only(project, capsys, monkeypatch):
    monkeypatch.setenv("PRESS_MT_KEY", KEY)
    (project.root / "press.toml").write_text('[translate]\napi_key_env = "PRESS_MT_KEY"\nbackoff = 0.01\n',
                                             encoding="utf-8")
    with FakeLibreTranslate(key=KEY) as server:
        code, out = run(project, server.url, capsys=capsys)
    assert code == 0, out
    assert server.requests and all(r["api_key"] == KEY for r in server.requests)
    folder = project.releases_dir / "2026" / RELEASE_ID
    assert all(KEY not in p.read_text(encoding="utf-8") for p in folder.iterdir())
    (project.root / "press.toml").write_text(f'[translate]\napi_key = "{KEY}"\n', encoding="utf-8")
    code, out = run(project, "http://127.0.0.1:9/", capsys=capsys)
    assert code == 2 and "API keys are read only from an environment variable" in out and KEY not in out


@pytest.mark.parametrize("mode", ["500", "malformed"])
def test_server_errors_fail_segments_but_keep_going(project, fake, capsys, mode):
    fake.mode = mode
    code, out = run(project, fake.url, capsys=capsys)
    assert code == 2 and "8 segment(s) could not be translated" in out and "Traceback" not in out
    assert len(fake.requests) == 8 * 3  # every segment tried 1 + 2 retries
    assert "failed with HTTP 500" in out if mode == "500" else "malformed JSON" in out
    assert set(version(project, "kk").segments) == {"p4"}  # only the memory match was written


def test_transient_failures_are_retried(project, fake, capsys):
    fake.script.extend(["500", "429", "malformed"])
    code, out = run(project, fake.url, "--retries", "3", capsys=capsys)
    assert code == 0, out
    assert len(fake.requests) == 8 + 3
    assert version(project, "kk").segments["title"].note is None


@pytest.mark.parametrize(("mode", "kept"), [("drop", "⟦1⟧"), ("surname", "Шегірткеев")])
def test_broken_placeholders_go_to_the_translator(project, fake, capsys, mode, kept):
    fake.script.append(mode)  # only the first request (kk title) is broken
    code, out = run(project, fake.url, capsys=capsys)
    assert code == 0, out
    title = version(project, "kk").segments["title"]
    assert title.status is Status.MACHINE
    assert title.note == "needs the translator: placeholder ⟦1⟧ (Айдар Сейткали) was dropped by the engine"
    assert "Айдар Сейітқали" not in title.text  # not silently put back
    if mode == "surname":
        assert title.text.startswith("Шегірткеев")
    assert "needs the translator: kk/title" in out and "placeholders to repair by hand" in out
