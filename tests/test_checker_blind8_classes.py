"""Classes of false alarm found on the blind8 corpus after its first score (session 10): blind8
is seen for them from then on. The sentences are written here."""

from __future__ import annotations

from press.check.document import Para
from press.check.script import _kazakh_in_russian


def _kazakh_in_russian_words(text: str) -> list[str]:
    return [f.excerpt for f in _kazakh_in_russian(Para("p1", "ru", text, "ru.txt:1"))]


def test_a_kazakh_name_quoted_alone_in_russian_is_a_name() -> None:
    """A company or an award named in Kazakh inside Russian text (ТОО «Ғалам», орден «Құрмет»)."""
    assert _kazakh_in_russian_words("Спутник собрала казахстанская компания ТОО «Ғалам».") == []
    assert _kazakh_in_russian_words("Он награждён орденом «Құрмет».") == []


def test_a_russian_word_typed_with_a_kazakh_letter_is_still_a_slip() -> None:
    assert _kazakh_in_russian_words("Газета «Қазахстанская» вышла утром.") == ["Қазахстанская"]
    assert _kazakh_in_russian_words("Министр провёл встречу в Астане с послом Ұндии.") == ["Ұндии"]
