"""What a checker message says about the versions it compares (in-process, milliseconds)."""

from __future__ import annotations

import datetime as dt

from press.check import check_texts


def test_an_ambiguous_figure_read_as_its_other_reading_is_named_by_that_reading() -> None:
    """Kazakh «4,000 есе» read as 4 (as «в 4 раза» says) is 4 in the message, not 4,000:
    the officer is told what the versions agree on."""
    texts = {"en": "Exports grew 5 times.", "kk": "Экспорт 4,000 есе өсті.", "ru": "Экспорт вырос в 4 раза."}
    found = check_texts(texts, {}, dt.date(2025, 12, 20)).findings
    assert [(f.rule, f.severity, f.langs) for f in found] == [("numbers.mismatch", "error", ["en"])]
    assert "where kk, ru say 4;" in found[0].message and "expected in en: «4»" in found[0].message
