"""Designations (MS-28, МС-28, Су-35, COVID-19): equal across scripts, never mixed in one."""

from __future__ import annotations

import re

from press.check.compare import Item, compare
from press.check.document import Bundle
from press.check.findings import Finding

DESIGNATION_RE = re.compile(
    r"(?<![\w\-‐])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІa-zа-яё]{0,5})[-‐ ]?"
    r"(\d{1,4}[A-ZА-Яa-zа-я]?)(?![\w]|[.,]\d)"
)
_TRANSLIT = str.maketrans({
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Ы": "Y", "Э": "E", "Ю": "YU", "Я": "YA", "Ә": "A", "Ғ": "G", "Қ": "Q", "Ң": "N", "Ө": "O",
    "Ұ": "U", "Ү": "U", "Һ": "H", "І": "I",
})
"""Cyrillic → Latin as designations are transliterated: МС-28 is MS-28, Су-35 is Su-35."""


CURRENCY_CODES = frozenset({"USD", "EUR", "KZT", "RUB", "GBP", "CNY", "JPY", "CHF", "TRY", "KRW"})
"""ISO codes written before an amount (USD 1.2 billion): an amount, not a designation."""


def _is_designation(letters: str, text: str, start: int) -> bool:
    """Upper-case letters (МС, COVID), or Су-35 style; not an ordinary word before a number,
    a currency code before an amount, or one capital letter spaced from a number (С 17 по 23)."""
    if letters in CURRENCY_CODES:
        return False
    if len(letters) == 1 and text[start + 1:start + 2] == " ":
        return False
    if letters.isupper() and len(letters) <= 6:
        return True
    return len(letters) <= 3 and letters[0].isupper() and "-" in text[start:start + 6]


def find_designations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each designation; the key is the same in every script."""
    found = []
    for match in DESIGNATION_RE.finditer(text):
        letters, number = match.group(1), match.group(2)
        if not _is_designation(letters, text, match.start()) or number.isdigit() and len(number) == 4 \
                and " " in match.group():
            continue
        if " " in match.group() and not letters.isupper():
            continue
        key = f"{letters.upper().translate(_TRANSLIT)}-{number.upper().translate(_TRANSLIT)}"
        found.append((match.start(), match.end(), key))
    return found


def _scripts(word: str) -> set[str]:
    return {"latin" if ch.isascii() else "cyrillic" for ch in word if ch.isalpha()}


def check(bundle: Bundle) -> list[Finding]:
    findings = []
    for _, group in bundle.groups():
        items = {lang: [Item(key, key, para, para.text[s:e]) for para in paras
                        for s, e, key in para.designations]
                 for lang, paras in group.items() if paras}
        findings += compare(bundle, items, "designations.mismatch", "designation")
    for lang, paras in bundle.paras.items():
        for para in paras:
            for start, end, _ in para.designations:
                token = para.text[start:end]
                if len(_scripts(token)) > 1:
                    findings.append(Finding(
                        "designations.mixed-script", "error", [lang], para.location, token,
                        f"«{token}» mixes Latin and Cyrillic letters; write it in one script"))
    return findings
