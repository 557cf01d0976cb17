"""The parts of press translate: placeholders and fill-in, memory, settings, engine gaps."""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest
from fake_libretranslate import FakeLibreTranslate

from press.errors import PressError
from press.lang.kazakh import Case
from press.model import Entity, Status
from press.translate.config import Settings, load_settings
from press.translate.engines import EngineError, call_with_deadline, make_engine
from press.translate.memory import build_memory
from press.translate.protect import Protector, check_tokens, fill


@pytest.mark.parametrize(("lang", "text", "kind", "role", "kk"), [
    ("ru", "27 ноября со стартовой площадки", "date", Case.LOCATIVE, "27 қарашада"),
    ("ru", "намеченному на 14 апреля 2026 года", "date", Case.DATIVE, "2026 жылғы 14 сәуірге"),
    ("en", "On 27 November, a", "date", Case.LOCATIVE, "27 қарашада"),
    ("kk", "9 желтоқсанда, тағы", "date", Case.LOCATIVE, "9 желтоқсанда"),
    ("ru", "с космодрома «Байконур»", "entity", Case.ABLATIVE, "Байқоңыр ғарыш айлағынан"),
    ("ru", "юго-восточнее Жезказгана", "entity", Case.GENITIVE, "Жезқазғанның"),
    ("kk", "Жезқазғаннан оңтүстік-шығысқа", "entity", Case.ABLATIVE, "Жезқазғаннан"),
    ("en", "from Baikonur’s Site 31", "entity", Case.ABLATIVE, "Байқоңырдан"),
    ("kk", "Жерді 4 000-ға жуық", "number", Case.DATIVE, "4\u00a0000-ға"),
])
def test_the_role_is_read_in_the_source_and_kazakh_gets_the_case(demo, lang, text, kind, role, kk):
    protected = Protector(demo, lang).protect(text)
    mention = next(m for m in protected.mentions if m.kind == kind)
    assert mention.role is role
    assert kk in fill(protected.text, protected, demo, "kk").text


def test_every_source_language_fills_every_target(demo):
    texts = {lang: demo.versions[lang].segments["p3"].text for lang in ("en", "kk", "ru")}
    wanted = {"en": ["on 9 December", "Jonny Kim", "Zhezkazgan", "245", "4,000"],
              "kk": ["9 желтоқсанда", "Джонни Ким", "Жезқазған", "245", "4\u00a0000"],
              "ru": ["9 декабря", "Джонни Ким", "Жезказган", "245", "4000"]}
    for source, text in texts.items():
        protected = Protector(demo, source).protect(text)
        assert "Kim" not in protected.text and "Ким" not in protected.text
        for target, words in wanted.items():
            filled = fill(protected.text, protected, demo, target)
            assert filled.problems == []
            assert all(word in filled.text for word in words), (source, target, filled.text)


@pytest.mark.parametrize(("lang", "text", "target", "expected"), [
    ("ru", "прибытие Сергея Рыжикова", "ru", "Сергея Рыжикова"),
    ("ru", "прибытие Сергея Кудь-Сверчкова", "kk", "Сергей Кудь-Сверчковтың"),
    ("kk", "Сергей Рыжиковтың", "ru", "Сергея Рыжикова"),
    ("kk", "Алексей Зубрицкийдің", "ru", "Алексея Зубрицкого"),
    ("ru", "астронавт НАСА Джонни Ким", "ru", "НАСА"),
    ("en", "NASA’s Artemis programme", "kk", "NASA-ның"),
    ("ru", "на борт МКС", "kk", "ХҒС"),
])
def test_names_are_filled_in_the_forms_press_lang_makes(demo, lang, text, target, expected):
    """Machine-draft fill-in writes the forms the oracles check (test_form_oracles.py)."""
    protected = Protector(demo, lang).protect(text)
    assert protected.mentions, text
    assert expected in fill(protected.text, protected, demo, target).text


def test_an_engine_ending_on_a_token_wins(demo):
    protected = Protector(demo, "en").protect("to Baikonur")
    assert fill("⟦1⟧-дан", protected, demo, "kk").text == "Байқоңырдан"
    assert fill("⟦1⟧ қарай", protected, demo, "kk").text == "Байқоңырға қарай"


@pytest.mark.parametrize(("answer", "problem"), [
    ("⟦1⟧ and ⟦1⟧ ⟦2⟧", "placeholder ⟦1⟧ (Jonny Kim) appears 2 times"),
    ("⟦2⟧ only", "placeholder ⟦1⟧ (Jonny Kim) was dropped by the engine"),
    ("⟦1⟧ ⟦2⟧ ⟦3⟧", "the engine invented placeholders ⟦3⟧"),
    ("⟦1⟧ ⟦2⟧ ⟦", "a placeholder was mangled by the engine (a stray ⟦ or ⟧ is left)"),
    ("⟦1 ⟦2⟧", "a placeholder was mangled by the engine (a stray ⟦ or ⟧ is left)"),
])
def test_broken_tokens_are_reported_not_repaired(demo, answer, problem):
    protected = Protector(demo, "en").protect("Jonny Kim and Sergey Ryzhikov")
    assert problem in check_tokens(answer, protected)
    assert problem in fill(answer, protected, demo, "ru").problems


def test_years_designations_and_links_are_kept_verbatim(demo):
    text = "In 2025, COP29 and [the site](https://example.org/a) on 9 December 2025."
    protected = Protector(demo, "en").protect(text)
    assert "2025" not in protected.text and "COP29" not in protected.text and "example" not in protected.text
    assert fill(protected.text, protected, demo, "ru").text == \
        "In 2025, COP29 and [the site](https://example.org/a) 9 декабря 2025 года."


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Истребители Су-35 и корабль «Союз МС-28» после пандемии COVID-19, ТУ-154М."),
    ("kk", "Су-35 ұшағы, «Союз МС-28»-мен және COP29-ға дейін."),
    ("en", "Su-35 fighters, the Soyuz MS-28 craft and COVID-19, not USD 1.2 billion or С 17."),
])
def test_translation_keeps_exactly_the_designations_the_checker_reads(demo, lang, text):
    """One reader (press.lang.read_designations) for both: what the checker compares across the
    versions is what the engine never sees (Су-35 used to reach the engine)."""
    from press.lang.read_designations import find_designations

    read = {text[start:end] for start, end, _ in find_designations(text)}
    protected = Protector(demo, lang).protect(text)
    assert len(read) >= 3 and not any(word in protected.text for word in read), protected.text
    assert all(any(word in m.text for m in protected.mentions) for word in read)
    assert fill(protected.text, protected, demo, lang).text == text


def test_an_engine_ending_on_a_kept_designation_stays(demo):
    protected = Protector(demo, "en").protect("the Su-35")
    assert fill("⟦1⟧-ге", protected, demo, "kk").text == "Su-35-ге"


def test_memory_exact_and_fuzzy_with_similarity(demo):
    memory = build_memory([demo])
    ru = demo.versions["ru"].segments["p8"].text
    exact = memory.lookup(ru, "ru", "kk", 0.85)
    assert exact and exact.exact and exact.text == demo.versions["kk"].segments["p8"].text
    assert exact.origin == "2025-12-10-baikonur/p8"
    fuzzy = memory.lookup(ru.replace("восьмое", "девятое"), "ru", "kk", 0.85)
    assert fuzzy and not fuzzy.exact and 0.85 <= fuzzy.similarity < 1
    assert f"fuzzy match {fuzzy.similarity:.0%}" in fuzzy.note()
    assert memory.lookup("Совсем другой текст.", "ru", "kk", 0.85) is None


def test_memory_holds_only_approved_current_translations(demo):
    release = copy.deepcopy(demo)
    release.versions["kk"].segments["p8"].status = Status.REVIEWED
    release.versions["kk"].segments["p7"].source_hash = "stale"
    memory = build_memory([release])
    for segment_id in ("p7", "p8"):
        assert memory.lookup(release.source.segments[segment_id].text, "en", "kk", 1.0) is None
    assert memory.lookup(release.source.segments["p6"].text, "en", "kk", 1.0) is not None


def test_settings_user_file_overrides_project_and_options_override_both(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    (tmp_path / "press.toml").write_text('[translate]\nurl = "http://a/"\ntimeout = 10\n', encoding="utf-8")
    (tmp_path / "cfg" / "press").mkdir(parents=True)
    (tmp_path / "cfg" / "press" / "press.toml").write_text('[translate]\nurl = "http://b/"\n',
                                                           encoding="utf-8")
    settings = load_settings(tmp_path, retries=7, url=None)
    assert (settings.url, settings.timeout, settings.retries) == ("http://b/", 10, 7)
    (tmp_path / "press.toml").write_text('[translate]\ntimout = 3\n', encoding="utf-8")
    with pytest.raises(PressError, match="translate.timout: unknown setting"):
        load_settings(tmp_path)


def test_deepl_key_variable_and_unknown_engine(monkeypatch):
    monkeypatch.setenv("DEEPL_API_KEY", "k")
    assert Settings(engine="deepl").api_key() == "k"
    with pytest.raises(EngineError, match='unknown engine .libr. \\(did you mean "libre"\\?\\)'):
        make_engine(Settings(engine="libr"), "ru", "kk")


def test_deadline_bounds_a_hung_call():
    with pytest.raises(TimeoutError):
        call_with_deadline(lambda: time.sleep(5), 0.05)
    assert call_with_deadline(lambda: 42, 1) == 42
    with pytest.raises(ZeroDivisionError):
        call_with_deadline(lambda: 1 / 0, 1)


def test_deep_translators_own_libre_table_lacks_kazakh_and_ours_has_it():
    from deep_translator import LibreTranslator
    from deep_translator.exceptions import LanguageNotSupportedException

    with pytest.raises(LanguageNotSupportedException):
        LibreTranslator(source="ru", target="kk", api_key="x", custom_url="http://127.0.0.1:9/")
    with FakeLibreTranslate() as server:
        engine = make_engine(Settings(url=server.url, timeout=5), "ru", "kk")
        assert engine.translate("⟦1⟧ провёл переговоры с делегацией ⟦2⟧") == \
            "⟦1⟧ ⟦2⟧ делегациясымен келіссөздер жүргізді"
        assert server.requests[-1]["target"] == "kk" and "api_key" not in server.requests[-1]
    assert "kk" not in LibreTranslator(source="ru", target="en", api_key="x").get_supported_languages(
        as_dict=True).values()


def test_kazakh_source_release_is_drafted_in_russian_and_english(scratch_project):
    from press.translate.memory import Memory
    from press.translate.runner import Runner

    folder = scratch_project.releases_dir / "2026" / "2026-01-05-kk"
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        "id: 2026-01-05-kk\ndate: 2026-01-05\ndateline: astana\nbrand: mfa-kz\nsource_lang: kk\n"
        "target_langs: [ru, en]\n", encoding="utf-8")
    (folder / "kk.yaml").write_text(
        'lang: kk\nsegments:\n  p1:\n    text: "27 қарашада Байқоңырдан «Союз МС-28» ғарыш кемесі '
        'ұшырылды."\n', encoding="utf-8")
    for lang in ("ru", "en"):
        (folder / f"{lang}.yaml").write_text(f"lang: {lang}\nsegments: {{}}\n", encoding="utf-8")
    (scratch_project.root / "releases" / "2025" / "2025-12-10-baikonur" / "release.yaml").unlink()
    termbase = scratch_project.termbase
    termbase["soyuz-ms-28"] = Entity("soyuz-ms-28", "craft", {"en": ["Soyuz MS-28"], "kk": ["«Союз МС-28»"],
                                                               "ru": ["«Союз МС-28»"]})
    release = scratch_project.load(folder)
    with FakeLibreTranslate() as server:
        runner = Runner(release, Settings(url=server.url, timeout=5), Memory(), ["ru", "en"], make_engine)
        summary = runner.run(runner.jobs())
    assert summary.sent == 2 and summary.stopped is None
    assert release.versions["ru"].segments["p1"].text == \
        "27 ноября с Байконура был запущен космический корабль «Союз МС-28»."
    assert release.versions["en"].segments["p1"].text == \
        "On 27 November the Soyuz MS-28 spacecraft lifted off from Baikonur."
    assert Path(folder / "ru.yaml").read_text(encoding="utf-8").count("status: machine") == 1
