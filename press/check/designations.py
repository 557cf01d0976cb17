"""Designations (MS-28, МС-28, Су-35, COVID-19): equal across scripts, never mixed in one.

They are read by press.lang.read_designations, which machine translation uses to keep them.
"""

from __future__ import annotations

from press.check.compare import Item, compare
from press.check.document import Bundle
from press.check.findings import Finding


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
