"""The trilingual consistency checker: names, dates, numbers, designations, facts and script
agree across the English, Kazakh and Russian versions and within each.

    from press.check import check_release, check_texts
    report = check_release(release)          # segments compared by id
    report = check_texts({"en": ..., "ru": ...}, entities, release_date)

No rule is imported with the package, only when a check runs: a process that only reads
reports (the building process, which gets them from its checking fork) imports
press.check.findings alone, not the readers' tables and patterns (0.1 s). pymorphy3 loads on
first use of a Russian text; the PDF stack is never imported.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections import Counter
from types import ModuleType
from typing import TYPE_CHECKING

from press.check.findings import Finding, Report
from press.lang import LANGS
from press.model import Entity, Fact, Release

if TYPE_CHECKING:
    from press.check.document import Bundle, Para


def rule_families() -> tuple[ModuleType, ...]:
    """Each module has check(bundle) -> list[Finding]; the order is the report's order."""
    from press.check import dates, designations, facts, names, numbers, script

    return (names, dates, numbers, designations, facts, script)

__all__ = ["Finding", "Report", "check_bundle", "check_release", "check_texts", "release_bundle",
           "texts_bundle", "warm_up"]


def check_bundle(bundle: Bundle) -> Report:
    """Run every rule family, fold what versions by different hands only leave out into one
    warning per version (`omissions`); errors first, then by location."""
    from press.check import omissions

    found: list[Finding] = []
    for family in rule_families():
        found += family.check(bundle)
    unique = omissions.fold(bundle, _one_per_word(list({(f.rule, tuple(f.langs), f.location, f.excerpt): f
                                                        for f in found}.values())))
    unique.sort(key=lambda f: (f.severity != "error", _order(f.location), f.rule))
    return Report(unique)


def _one_per_word(found: list[Finding]) -> list[Finding]:
    """A name typed with a letter of the other script (Yermeк) is one defect: the script finding
    names the letter, so the names finding on the same word, place and version is dropped."""
    mixed = {(tuple(f.langs), f.location, f.excerpt) for f in found if f.rule == "script.mixed"}
    return [f for f in found if not (f.rule.startswith("names.")
                                     and (tuple(f.langs), f.location, f.excerpt) in mixed)]


_NOT_DIGIT = re.compile(r"\D")


def _order(location: str) -> tuple:
    head, _, tail = location.rpartition("#") if "#" in location else location.rpartition(":")
    number = _NOT_DIGIT.sub("", tail)
    return (head, int(number) if number else -1, tail)


def release_bundle(release: Release) -> Bundle:
    """A release's versions as paragraphs located "RELEASE#SEGMENT", aligned by segment id."""
    from press.check.document import Bundle, Para
    from press.markup import to_plain

    paras = {
        lang: [Para(seg.id, lang, to_plain(seg.text), f"{release.id}#{seg.id}")
               for seg in version.segments.values() if seg.text.strip()]
        for lang, version in release.versions.items()
    }
    return Bundle(release.id, paras, release.entities, release.facts, release.meta.date,
                  aligned=True, source_lang=release.meta.source_lang)


def check_release(release: Release) -> Report:
    """Check a release's versions segment by segment (title, subtitle and body), and report
    approved text edited outside press (its approval no longer covers it)."""
    report = check_bundle(release_bundle(release))
    report.findings[:0] = hand_edits(release)
    return report


def hand_edits(release: Release) -> list[Finding]:
    """An error for each approved segment whose text is not the text that was approved."""
    found = []
    for lang in release.meta.target_langs:
        for seg in release.versions[lang].segments.values():
            if seg.hand_edited:
                found.append(Finding(
                    "review.hand-edit", "error", [lang], f"{release.id}#{seg.id}", seg.text[:60],
                    f"approved text changed outside press (last approved by {seg.changed_by or '?'}); "
                    "it needs review again and drops to translated at the next save"))
    return found


_LINE_BREAK = re.compile(r"(\n)")
_BLANK_LINE = re.compile(r"(\n[ \t]*\n)")
"""What ends a paragraph of a text: a line break, or a blank line (kept by split, a group)."""


def split_paragraphs(text: str, name: str, lang: str) -> list[Para]:
    """Paragraphs separated by blank lines, each located as name:line.

    Web copy often comes one paragraph per line with no blank line between: a text without a
    blank line whose lines mostly end a sentence is read a line to a paragraph (a text wrapped
    by hand ends its lines in mid-sentence and stays one paragraph)."""
    from press.check.document import Para

    separator = _LINE_BREAK if _one_paragraph_per_line(text) else _BLANK_LINE
    paras, line = [], 1
    for block in separator.split(text):
        if block.strip() and not separator.fullmatch(block) and not _embedded_post(block):
            lead = len(block) - len(block.lstrip("\n"))
            paras.append(Para(f"p{len(paras) + 1}", lang, " ".join(block.split()),
                              f"{name}:{line + lead}"))
        line += block.count("\n")
    return paras


_POST_SIGNATURE = re.compile(r"\(@\w+\)|https?://t\.co/|pic\.twitter\.com/")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")


def _embedded_post(block: str) -> bool:
    """*block* is a social media post a news page embeds as its author wrote it (the post's
    words, its link, "— Barak Ravid (@BarakRavid) November 6, 2025"): a quotation in its own
    language that no version translates, and no paragraph of the text."""
    letters = len(_LETTER.findall(block))
    return bool(_POST_SIGNATURE.search(block)) and letters > 0 \
        and len(_LATIN_LETTER.findall(block)) >= 0.6 * letters


_SENTENCE_END = re.compile(r"[.!?:;…»\"”)]\s*\Z")


def _one_paragraph_per_line(text: str) -> bool:
    lines = [line for line in text.strip().splitlines()]
    if len(lines) < 2 or any(not line.strip() for line in lines):
        return False
    ends = sum(1 for line in lines[:-1] if _SENTENCE_END.search(line))
    return 2 * ends >= len(lines) - 1


def check_texts(texts: dict[str, str], entities: dict[str, Entity],
                release_date: dt.date | None, facts: dict[str, Fact] | None = None,
                names_: dict[str, str] | None = None) -> Report:
    """Check plain texts (two or three languages) as whole documents.

    Paragraphs need not be aligned; when every version has the same number of them they are
    compared paragraph by paragraph as well. Without *release_date* the year of a date that
    gives none is the year the texts name most often.
    """
    return check_bundle(texts_bundle(texts, entities, release_date, facts, names_))


def texts_bundle(texts: dict[str, str], entities: dict[str, Entity],
                 release_date: dt.date | None = None, facts: dict[str, Fact] | None = None,
                 names_: dict[str, str] | None = None) -> Bundle:
    """Plain texts as whole documents, paragraphs located "FILE:LINE"."""
    from press.check.document import Bundle

    paras = {lang: split_paragraphs(text, (names_ or {}).get(lang, f"{lang}.txt"), lang)
             for lang, text in texts.items()}
    source = next((lang for lang in LANGS if lang in texts), sorted(texts)[0])
    bundle = Bundle("texts", paras, entities, facts or {}, release_date, aligned=False,
                    source_lang=source)
    if release_date is None:
        bundle.year = _texts_year(paras)
    return bundle


def _texts_year(paras: dict[str, list[Para]]) -> int | None:
    """The year the texts name most often in dates, else in plain numbers."""
    years = Counter(m.year for ps in paras.values() for p in ps for m in p.dates if m.year)
    if not years:
        years = Counter(int(n.value) for ps in paras.values() for p in ps for n in p.numbers
                        if 1900 <= n.value <= 2100 and n.value == int(n.value))
    return years.most_common(1)[0][0] if years else None


_WARM_UP_TEXTS = {
    "en": "On Tuesday, 9 December 2025, Minister Yerlan Bakayev met more than 40 guests in Astana "
          "(resolution 64/35, No. 715). Today the two sides signed 3 agreements worth $1.2 billion.",
    "kk": "2025 жылғы 9 желтоқсанда, сейсенбіде, министр Ерлан Бақаев Астанада 40-тан астам қонақты "
          "қабылдады (64/35 қарары, № 715). Бүгін екі тарап 1,2 млрд долларға 3 келісімге қол қойды.",
    "ru": "Во вторник, 9 декабря 2025 года, министр Ерлан Бакаев принял в Астане более 40 гостей "
          "(резолюция 64/35, № 715). Сегодня обе стороны подписали 3 соглашения на $1,2 млрд.",
}
"""A short release that passes through every rule family, for `warm_up`."""


def warm_up(entities: dict[str, Entity] | None = None) -> None:
    """Load the readers' tables and pymorphy3's dictionary and compile every rule's patterns
    (start-up, not per check): an editor hook or a server checks many texts in one process.
    With *entities* (the termbase), what the rules build from the registers is built too.

    What start-up loaded (the dictionaries, the gazetteer, the compiled patterns: most of the
    process's objects) lives as long as the process: it is collected once here and frozen
    (`gc.freeze`, as `press.publish` does before forking), so that no full collection walks
    it again in a check (the first check of the demo release after start-up paid for one: a
    full collection of the whole heap, most of the time it took over the next checks).

    The Kazakh hunspell dictionary is read here too: the look-alike rule reads it at the first
    Kazakh word the press lexicon cannot vouch for, which most new texts have and the warm-up
    text does not (~0.1 s of a first check of new text; a command that checks once still reads
    it only when it is asked)."""
    from press.check.hunspell import available as hunspell_read
    from press.check.lexicon import english_names_only, kazakh_folded
    from press.check.names import warm_up as territories_warm_up
    from press.check.recognise import warm_up as names_warm_up
    from press.lang.read_numbers import warm_up as numbers_warm_up
    from press.lang.read_organisations import warm_up as organisations_warm_up
    from press.lang.russian import lemmas
    from press.markup import to_plain

    lemmas("земля")
    kazakh_folded()
    english_names_only()  # hunspell-en-us's words, read at the first rare English word otherwise
    names_warm_up()
    territories_warm_up()
    organisations_warm_up()
    numbers_warm_up()
    hunspell_read()
    to_plain("*warm*")
    check_texts(_WARM_UP_TEXTS, entities or {}, dt.date(2025, 12, 9))
    gc.collect()
    gc.freeze()
