"""A paragraph of the Kazakh version that is Russian (pasted in, or never translated) is one
error on the Kazakh version, whether or not it carries a figure the other rules compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from press.check import check_texts
from press.project import Project
from tests.conftest import REPO

LOOKALIKE = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


@pytest.fixture(scope="module")
def demo() -> tuple[dict[str, list[str]], object]:
    project = Project(Path(REPO))
    release = project.load(project.release_folders(["2025-12-10-baikonur"])[0])
    paras = {lang: [s.text for s in release.versions[lang].body] for lang in ("en", "ru", "kk")}
    return paras, release.meta.date


def _findings(paras: dict[str, list[str]], date: object) -> list:
    texts = {lang: "\n\n".join(items) for lang, items in paras.items()}
    return check_texts(texts, {}, date).findings  # type: ignore[arg-type]


def _rules(findings: list) -> list[str]:
    return [f.rule for f in findings]


def test_a_russian_paragraph_in_the_kazakh_version_is_an_error_on_kazakh(demo) -> None:
    paras, date = demo
    assert "script.russian-in-kazakh" not in _rules(_findings(paras, date))
    for index in (0, len(paras["kk"]) - 2):  # the lead, and a paragraph with no figure to compare
        russian = paras["ru"][index] + " Об этом сообщил Қасым-Жомарт Тоқаев."  # a name spelt the Kazakh way
        pasted = {**paras, "kk": [russian if i == index else p for i, p in enumerate(paras["kk"])]}
        found = [f for f in _findings(pasted, date) if f.rule == "script.russian-in-kazakh"]
        assert len(found) == 1 and found[0].severity == "error" and list(found[0].langs) == ["kk"]
        assert paras["ru"][index].startswith(found[0].excerpt)


def test_kazakh_typed_with_russian_lookalikes_is_not_called_russian(demo) -> None:
    """Kazakh words with ә қ ө … typed as а к о … are look-alike slips, not Russian text."""
    paras, date = demo
    typed = {**paras, "kk": [paras["kk"][0].translate(LOOKALIKE), *paras["kk"][1:]]}
    rules = _rules(_findings(typed, date))
    assert "script.russian-in-kazakh" not in rules
    assert "script.lookalike" in rules


@pytest.mark.parametrize("word", ["туристер", "туристерге", "туристердің"])
def test_a_loanword_in_st_sharing_its_t_with_the_ending_is_kazakh(word: str) -> None:
    """турист + тер is written туристер: no Russian look-alike letters to respell (a synthetic
    archive release was held on «туристер» → «түрістер»)."""
    from press.check.lexicon import kazakh_respelling, kazakh_stem

    assert kazakh_stem(word) is not None
    assert kazakh_respelling(word) is None
