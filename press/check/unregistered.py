"""Names no register knows: the same in every version, spelt one way, present in all.

`press.lang.names` finds the names of each version and says how two written forms relate;
this module turns the comparison of one unit (a segment, or whole documents) into findings,
one per full name:

- names.spelling — a name spelt differently in one version (the others agree with each
  other, or the version is not the source), or an English form of a Kazakh name that does
  not follow the state's romanisation (Bakaev for Бақаев);
- names.missing — a name two versions state and the third does not; when that version names
  someone or somewhere else instead, the finding says so (a different person in the role);
- names.inconsistent — one name spelt two ways within one version.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial

from press.check import recognise
from press.check.document import Bundle, Para
from press.check.findings import Finding, Lack
from press.lang import acronyms, endonyms, kazakh, kind_places, names, practical, transcription_model
from press.lang.names import NEAR, NONE, SAME, NameMention, NameWord, Verdict
from press.lang.read_names import any_dateline, in_dateline
from press.lang.russian import RELATIONAL_ENDING
from press.lang.tokens import Token, sentence_initial, tokens

Found = dict[str, list[tuple[Para, NameMention]]]
_CLEARLY_CLOSER = 0.3
"""How much nearer every other version's form must be to one of two spellings of a name in one
version to call the other the slip: more than a cheap variant between scripts (y for и at a
word's end, 0.15–0.2), as much as a vowel no transcription gives (e for а, 0.5)."""
_LANG_NAMES = {"en": "English", "kk": "Kazakh", "ru": "Russian"}


class FreeNames:
    """The names of one unit of comparison in every version, aligned word by word."""

    def __init__(self, bundle: Bundle, group: dict[str, list[Para]], found: Found,
                 anchors: Found | None = None) -> None:
        """*found*: the names no register knows, judged here; *anchors*: registered names,
        partners of the alignment only (Есетовты misspells the registered Исетов)."""
        self.bundle = bundle
        self.group = group
        found = {lang: entries + _surname_echoes(group.get(lang, []), entries)
                 for lang, entries in found.items()}
        self.found = found
        self.langs = [lang for lang in bundle.langs if lang in found or lang in (anchors or {})]
        self.anchors = {id(w) for entries in (anchors or {}).values() for _, m in entries for w in m.words}
        self.words = {lang: [(para, m, w) for para, m in found.get(lang, []) + (anchors or {}).get(lang, [])
                             for w in m.words] for lang in self.langs}
        self.found = {lang: found.get(lang, []) for lang in self.langs}
        self.para_of = {id(m): para for entries in self.words.values() for para, m, _ in entries}
        self._best: dict[tuple[NameWord, str], tuple[Verdict, NameWord | None]] = {}
        self.reported: set[tuple[str, str]] = set()
        self.taken_instead: set[int] = set()  # each name of a version replaces one missing name at most
        self._by_shape: dict[int, tuple[NameMention, ...]] = {}  # `_one_person_by_shape`, per size
        self._slip_fixed: dict[int, str] = {}  # `_vowel_off`: the spelling one letter changed gives
        self._introduced: dict[str, list[tuple[Para, NameMention]]] = {}  # `_introductions`, per version

    def findings(self, inconsistent: bool = True) -> list[Finding]:
        """Every finding of the unit (names spelt two ways only with *inconsistent*)."""
        out = self._spelling()
        if inconsistent:
            out += self.inconsistent()
        if len(self.langs) >= 3:
            out += self.swapped_places()
            out += self.missing()
            out += self.swapped_people()
            out += self.unintroduced()
        return out

    # --- alignment ---------------------------------------------------------------------

    def best(self, word: NameWord, lang: str) -> tuple[Verdict, NameWord | None]:
        """The closest name word of version *lang* to *word*: a SAME match if there is one."""
        key = (word, lang)
        if key not in self._best:
            best: tuple[Verdict, NameWord | None] = (Verdict(NONE, 9.0), None)
            for _, _, other in self.words.get(lang, ()):
                verdict = names.compare_words(word, other)
                if verdict.status != SAME and _hyphen_part_same(word, other):
                    verdict = Verdict(SAME, 0.5)
                if _better(verdict, best[0]):
                    best = (verdict, other)
                    if verdict.status == SAME and not verdict.strict:
                        break
            self._best[key] = best
        return self._best[key]

    def links(self, word: NameWord) -> dict[str, tuple[Verdict, NameWord | None]]:
        return {lang: self.best(word, lang) for lang in self.langs if lang != word.lang}

    # --- names.spelling -----------------------------------------------------------------

    def _spelling(self) -> list[Finding]:
        out = []
        for lang in self.langs:
            for para, mention in self.found[lang]:
                own = self._own_spelling(mention)
                for word in mention.words:
                    if _patronymic_inside(mention, word):
                        continue  # the father's name: another person's given name may share its root
                    fellows = tuple(w.text for w in mention.words)
                    partners = (self._vowel_off(word) if own and not self._claimed(word, fellows)
                                else self._misspelt(word) or self._kazakh_name_off(mention, word)) \
                        or self._surname_differs(mention, word) \
                        or self._surname_first_differs(mention, word) \
                        or self._given_differs(mention, word) or self._doubled_otherwise(word) \
                        or self._doubled_unlike_english(word) \
                        or self._final_vowel_off(word) or self._tradition_left(word)
                    if partners and (_read_by_its_table(word, partners, fellows)
                                     or self._attests_tradition(word)
                                     or self._written_in_lower_case(word, partners)):
                        partners = {}  # its table reads it; English keeps the Russian tradition (the
                        # Russian form is the slip then: `_tradition_left`); a lower-case word says it
                    if partners and _demonym_used(para, mention, partners):
                        break
                    if partners and self._first_report(lang, mention.text):
                        out.append(self._spelling_finding(para, mention, word, partners))
                        break
                    if _russian_letters(mention, word) and not _neighbours_citizen(para, mention) \
                            and self._first_report(lang, mention.text):
                        out.append(_russian_letters_finding(para, mention, word))
                        break
                    tie = self._cyrillic_tie(word)
                    holder = self._place_of(tie.lang, tie)[1].text if tie else ""
                    if tie and not {(lang, mention.text), (tie.lang, holder)} & self.reported:
                        self.reported |= {(lang, mention.text), (tie.lang, holder)}
                        out.append(self._tie_finding(para, mention, word, tie))
                        break
        return out

    def _written_in_lower_case(self, word: NameWord, partners: dict[str, NameWord]) -> bool:
        """An English *word* that every partner's version writes as a lower-case word, inside a
        name it keeps in Kazakh («Қазақстан темір жолы» for Kazakhstan Temir Zholy, in Russian
        text too): its counterpart is that word, not the name it was paired with (Тимур)."""
        if word.lang != "en":
            return False
        def written(lang: str) -> bool:
            lower = [t for para in self.group.get(lang, []) for t in tokens(para.text)
                     if t.text[:1].islower()]
            return any(names.compare_words(word, NameWord(t.text, lang, t.start, t.end, None)).status == SAME
                       for t in lower)
        return all(written(lang) for lang in {p.lang for p in partners.values()} - {"en"})

    def _claimed(self, word: NameWord, fellows: tuple[str, ...] = ()) -> bool:
        """*word*, or the English word it is aligned with, is spelt in a language whose practical
        transcription says how Russian and Kazakh write it (`_claimed`): a name in its own spelling
        whose slip is found all the same — in its Kazakh or Russian transcription too (Пак Чжи
        Хен for Park Ji-hoon, Чжи Хун by the Kontsevich system)."""
        if names.is_latin(word.text) or "en" not in self.langs:
            return _claimed(word, fellows)
        verdict, english = self.best(word, "en")
        return english is not None and verdict.status != NONE and _claimed(english)

    def _own_spelling(self, mention: NameMention) -> bool:
        """Armin Laschet, Svenja Schulze, Choi Seong-ho: an English form in the name's own spelling
        or its language's romanisation is no slip for the Kazakh and Russian transcription's
        romanisation (Лашет, Чхве Сон Хо); an East Asian name is so in every script — when the
        other versions read its first word as an East Asian surname too, or with none to read it
        by, when short syllables follow (Ян Дворжак is Jan Dvořák, a Czech first name, not the
        Chinese surname Yang)."""
        if names.own_orthography(mention.text):
            return True
        first = mention.words[0]
        if not names.east_asian_surname(first.text):
            return False
        partners = [other for verdict, other in self.links(first).values()
                    if other is not None and verdict.status != NONE]
        if not partners:  # then by its shape: short given-name syllables (Пак Чжи Хун, Ли Цян)
            return all(len(w.text) <= 4 or "-" in w.text for w in mention.words[1:])
        return any(names.east_asian_surname(other.text) for other in partners)

    def _vowel_off(self, word: NameWord) -> dict[str, NameWord]:
        """The Kazakh and Russian forms of a name in its own spelling when they agree and the
        English one has a vowel that neither transcribes, one changed vowel making it their
        name (`names.vowel_slip`: Sounthavang where both write Сунтхавонг, Sounthavong), or a
        consonant (Mehra, Мехта: Mehta): the two versions' evidence against one. The spelling
        that letter gives is kept for the message. {lang: form}, else {}."""
        if word.lang != "en" or len(self.langs) < 3:
            return {}
        theirs = {lang: other for lang, (verdict, other) in self.links(word).items()
                  if other is not None and verdict.status == NEAR}
        if set(theirs) != {"kk", "ru"} or names.compare_words(theirs["kk"], theirs["ru"]).status != SAME:
            return {}
        fixed = {names.vowel_slip(word, other) for other in theirs.values()}
        if len(fixed) != 1 or None in fixed:
            return {}
        self._slip_fixed[id(word)] = fixed.pop().capitalize()
        return theirs

    def _kazakh_name_off(self, mention: NameMention, word: NameWord) -> dict[str, NameWord]:
        """The Kazakh and Russian forms of a Kazakh person's name word when they agree (two
        against one) and the English form follows neither the state's romanisation of the
        Kazakh form nor a usual one of the Russian form (Seitkaly where both write Сейтқали,
        Сейткали: Seitkali): the tolerance that lets a foreign name be transcribed by its sounds
        lets a slip in a Kazakh name pass. When the Russian form writes the Kazakh one letter for
        letter, the letters the state's table admits for a Russian spelling of it (i, u for ы)
        are not meant: English follows that form (`names.english_off_agreed_form`). Only the
        last word of a full name: a given name before it may be an Arabic one in its own English
        spelling (Mohamed, kk Мұхаммед); not places or organisations. {lang: form}, else {}."""
        if word.lang != "en" or word.place or not names.is_latin(word.text) or len(self.langs) < 3 \
                or len(mention.words) < 2 or word is not mention.words[-1] \
                or any(w.place for w in mention.words) or not _someone(mention):
            return {}
        links = self.links(word)
        (to_kk, kk), (to_ru, ru) = links.get("kk", (None, None)), links.get("ru", (None, None))
        if kk is None or ru is None or to_kk.status != SAME or to_ru.status != SAME \
                or not names.is_kazakh_name(names.nominative(kk.text, "kk")) \
                or names.compare_words(kk, ru).status != SAME:
            return {}
        if names.english_off_agreed_form(word, kk, ru):
            return {"kk": kk, "ru": ru}  # Zhaksylikova for Жақсылықова, Жаксылыкова: ы is y
        if names.romanised_from(word, kk, state=True) or names.romanised_from(word, ru):
            return {}
        return {"kk": kk, "ru": ru}

    def _surname_differs(self, mention: NameMention, word: NameWord) -> dict[str, NameWord]:
        """The last word of a full name whose other words the other versions share, when they
        agree on another last word (Марат Қарабеков where ru and en have Марат Карабаев):
        {lang: their last word}, else {}."""
        if len(mention.words) < 2 or word is not mention.words[-1] or len(self.langs) < 3 \
                or names.east_asian_surname(mention.words[0].text):
            return {}  # Ли Чжэ Мён, Lee Jae-myung: the surname first; given names transcribe apart
        if any(v.status == SAME for v, _ in self.links(word).values()):
            return {}
        theirs = {lang: self._surname_in(mention, lang) for lang in self.langs if lang != mention.lang}
        if list(theirs.values()).count(None) == 1:  # "Mr Zhumabekov": one version without the first name
            (lang, _), (_, surname) = sorted(theirs.items(), key=lambda item: item[1] is not None)
            verdict, counterpart = self.best(surname, lang)
            theirs[lang] = counterpart if verdict.status == SAME and not verdict.strict else None
        if None in theirs.values():
            return {}
        first, second = list(theirs.values())
        if any(names.spelt_as_russian_writes(word, w) for w in theirs.values()):
            return {}  # Тоқтарова and Тохтарова: the Kazakh and the Russian spelling
        if self._own_spelling(mention) \
                and any(names.compare_words(word, w).status != NONE for w in theirs.values()):
            return {}  # Armin Laschet and Армин Лашет: the same surname in its own spelling
        return theirs if names.compare_words(first, second).status == SAME else {}

    def _surname_first_differs(self, mention: NameMention, word: NameWord) -> dict[str, NameWord]:
        """The surname opening a Korean, Chinese or Vietnamese name (Park Ji-hoon, Пак Чжи Хун)
        when the other versions agree on another surname before the same given name (Ким Чжи
        Хун, Kim Ji-hoon): another person, as a different last word is in a Kazakh name
        (`_surname_differs`). No finding while a version names someone with this surname and
        given name too (two people of one given name). {lang: their surname}, else {}."""
        if len(mention.words) < 2 or word is not mention.words[0] or len(self.langs) < 3 \
                or (recognise.is_common(word.text, word.lang) and not names.east_asian_surname(word.text)):
            return {}  # Park is a word too
        theirs = {}
        for lang in self.langs:
            if lang == mention.lang:
                continue
            held = [m for _, m in self.found.get(lang, []) if len(m.words) >= 2
                    and names.east_asian_surname(m.words[0].text) and _same_given(mention, m)]
            if not held or any(names.compare_words(word, m.words[0]).status != NONE
                               or _same_surname(word, m.words[0]) for m in held):
                return {}
            theirs[lang] = held[0].words[0]
        first, second = list(theirs.values())
        return theirs if _same_surname(first, second) else {}

    def _doubled_otherwise(self, word: NameWord) -> dict[str, NameWord]:
        """The Kazakh and Russian forms when they agree on a foreign name and the English one
        doubles a consonant they write once, or writes once one they double (Hoffer, Mamedli
        where both write Хофер, Маммадли): a transcription keeps a name's double letters, so
        English is the odd one. The ss English writes for a Kazakh or Russian с (Issetov) is
        no such difference; a place keeps its traditional English name (Addis Ababa for
        Аддис-Абеба), nor a first name or a father's name before the surname (Mohamed for
        Мухаммед in Jasem Mohamed Albudaiwi: a given name's usual English spelling often writes
        once what the transcription doubles), nor a name its language's practical transcription
        writes so (`press.lang.practical`). {lang: form}, else {}."""
        if word.lang != "en" or word.place or not names.is_latin(word.text) or len(self.langs) < 3:
            return {}
        held = self._place_of("en", word)[1]
        if _SILENT_E_AFTER_DOUBLE.search(word.text.lower()) or names.east_asian_surname(held.words[0].text) \
                or (len(held.words) >= 2 and word is not held.words[-1]):
            return {}
        theirs = {lang: other for lang, (verdict, other) in self.links(word).items()
                  if other is not None and verdict.status != NONE and not names.is_latin(other.text)}
        if set(theirs) != {"kk", "ru"} or names.compare_words(theirs["kk"], theirs["ru"]).cost > 0.0 \
                or ("-" in theirs["ru"].text) != ("-" in word.text):
            return {}  # Серро-Калан for Cerro Calán: the rr is Cerro's, a word of its own in English
        shared = names.cyrillic_consensus(theirs["ru"].text, theirs["kk"].text)
        russian = {shared} if shared else {names.nominative(theirs["ru"].text, "ru"), *theirs["ru"].stems}
        # Уиткоффом, Уиткоффпен: Уиткофф; a Spanish ll is one sound (Молья, Мольямен for Mollá)
        said = [names.doubled_as_said(word.text, r) != names.doubled_letters(r) for r in russian]
        # unless the language's own transcription writes it once (Kärkkäinen, Кяркяйнен: a
        # Finnish geminate after a consonant is one letter in Russian)
        return theirs if all(said) and not any(practical.reads(word.text, r) for r in russian) else {}

    def _doubled_unlike_english(self, word: NameWord) -> dict[str, NameWord]:
        """The Russian or Kazakh form of a foreign name that doubles a consonant the other
        Cyrillic form and the English one write once, or writes once one both double (Тод where
        ru has Тодд for Todd): the transcriptions keep a name's double letters, so the version
        unlike both is the odd one. Not a Kazakh name, whose English ss stands for one с
        (Issetov). {lang: form}, else {}."""
        if word.lang not in ("kk", "ru") or word.place or len(self.langs) < 3:
            return {}
        other_lang = "kk" if word.lang == "ru" else "ru"
        to_english, english = self.best(word, "en")
        if english is None or to_english.status != SAME or names.is_kazakh_name(word.text):
            return {}
        back, other = self.best(english, other_lang)
        if other is None or back.status != SAME:
            return {}
        english_doubles = len(_DOUBLE.findall(english.text.lower().replace("ss", "s")))
        if any(len(_DOUBLE.findall(mine)) != len(_DOUBLE.findall(theirs)) == english_doubles
               for mine, theirs in _doubling_pairs(word, other)):
            return {other_lang: other, "en": english}
        return {}

    def _final_vowel_off(self, word: NameWord) -> dict[str, NameWord]:
        """The Kazakh and Russian forms of a name when they agree and the English one ends in a
        vowel neither would write for theirs (`names.final_vowel_changed`: Almonta where both
        write Альмонте) or leaves out the vowel they end in (`names.final_vowel_dropped`: Ciocan
        where both write Чокану): the two versions' evidence against one. {lang: form}, else {}."""
        if word.lang != "en" or len(self.langs) < 3:
            return {}
        theirs = {lang: other for lang, (verdict, other) in self.links(word).items()
                  if other is not None and verdict.status != NONE and not names.is_latin(other.text)}
        if set(theirs) != {"kk", "ru"} \
                or not (names.final_vowel_changed(word, theirs["ru"], theirs["kk"])
                        or names.final_vowel_dropped(word, theirs["ru"], theirs["kk"])):
            return {}
        return theirs

    def _given_differs(self, mention: NameMention, word: NameWord) -> dict[str, NameWord]:
        """The first name before a surname the other versions share, when they agree on a
        clearly other first name with it (Nawaz Sharif where both others have Шахбаз Шариф): another
        person of that family. No finding while some mention of the surname in a version has
        this first name (two Akhmetovs in one text). {lang: their first name}, else {}."""
        if len(mention.words) < 2 or len(self.langs) < 3 or word is not _given_of(mention) \
                or names.east_asian_surname(mention.words[0].text) or word.place \
                or _title_like(word, own=True):
            return {}
        surname = mention.words[-1]
        held_by: dict[str, list[NameMention]] = {}
        bare = []  # versions that name the surname alone: their word before it is judged below
        for lang in self.langs:
            if lang == mention.lang:
                continue
            held = [m for _, m in self.found.get(lang, [])
                    if len(m.words) >= 2 and names.compare_words(m.words[-1], surname).status == SAME
                    and _given_of(m) is not None]
            if not held:
                bare.append(lang)
                continue
            if any((g := _given_of(m)) is not None and _title_like(g) for m in held):
                return {}  # Emperor Naruhito, Императору Нарухито: a title, no first name
            held_by[lang] = held
        others = [g for held in held_by.values() for m in held for g in _givens(m)]
        if any(_one_given_name(word, g, others) for g in others):
            return {}
        theirs = {lang: _given_of(held[0]) for lang, held in held_by.items()}
        if len(theirs) == 1 and len(bare) == 1:
            (known,) = theirs.values()
            before = self._word_before_surname(bare[0], surname, known)
            if before is None or _one_given_name(word, before, others):
                return {}
            theirs[bare[0]] = before
        if len(theirs) < 2:
            return {}
        first, second = list(theirs.values())
        return theirs if names.compare_words(first, second).status == SAME else {}

    def _word_before_surname(self, lang: str, surname: NameWord, given: NameWord) -> NameWord | None:
        """The capitalised word right before a bare mention of *surname* in version *lang*
        that is the first name *given* (Thomas before Caldwell, a word the recogniser leaves
        out of the name as English writes it in lower case too): the version agrees with the
        one naming *given*. None when no such word stands there."""
        for para, mention, word in self.words.get(lang, ()):
            if word is not mention.words[0] or names.compare_words(word, surname).status != SAME:
                continue
            head = _WORD_BEFORE.search(para.text, 0, word.start)
            if head is None:
                continue
            before = NameWord(head.group(1), lang, head.start(1), head.end(1), None)
            if names.compare_words(before, given).status == SAME:
                return before
        return None

    def _surname_in(self, mention: NameMention, lang: str) -> NameWord | None:
        """The surname of version *lang*'s full name that shares a first name with *mention*:
        the word after that first name, past a patronymic (Askar Zhumabekov and Асқар
        Нұрланұлы Жұмабеков for Аскар Нурланович Жумабаев), of two first names after the second
        (Alaoui of Fatima Zahra Alaoui for Фатима Захра Беннани); None when *mention* has that
        surname itself (Мұрат Нұртілеу Еуразиялық: a word more, not another surname). A name
        that ends at that first name is followed by its surname when the recogniser left the
        surname out as a common word of the language (Абдул Рахман, рахман "merciful" in
        Kazakh: `_word_after`)."""
        for given in reversed(mention.words[:-1]):  # the given name next to it: Захра of Фатима Захра
            for para, theirs, word in self.words.get(lang, ()):
                if names.compare_words(given, word).status != SAME:
                    continue
                after = list(theirs.words[theirs.words.index(word) + 1:]) or _word_after(para, word)
                if len(after) >= 2 and _PATRONYMIC.search(after[0].text.lower()):
                    after = after[1:]  # a patronymic, never last: Ковачевич is a surname
                if not after:
                    continue
                if any(names.compare_words(w, after[0]).status == SAME for w in mention.words):
                    return None
                return after[0]
        return None

    def _cyrillic_tie(self, word: NameWord) -> NameWord | None:
        """The other Cyrillic version's form when Kazakh and Russian spell a name differently
        (Сийярто/Сиярто) and English does not say which is right; else None."""
        if word.lang == "en" or names.is_latin(word.text):
            return None
        links = self.links(word)
        other_lang = "kk" if word.lang == "ru" else "ru"
        verdict, other = links.get(other_lang, (Verdict(NONE, 9.0), None))
        english = links.get("en", (Verdict(NONE, 9.0), None))[1]
        if verdict.status != NEAR or other is None or english is None or names.is_latin(other.text) \
                or self._glossed(word, links) or names.spelt_as_russian_writes(word, other) \
                or _adjective_form(word, other) or _adjective_form(other, word):
            return None  # Ягеллонском, Ягеллон: the Russian adjective of the name Kazakh writes
        mine = names.compare_words(word, english)
        theirs = names.compare_words(other, english)
        if mine.status == NONE or theirs.status == NONE or abs(mine.cost - theirs.cost) >= 0.3:
            return None
        return other

    def _tie_finding(self, para: Para, mention: NameMention, word: NameWord, other: NameWord) -> Finding:
        english = self.best(word, "en")[1]
        message = (f"{word.lang} «{word.text}» and {other.lang} «{other.text}» spell one name differently"
                   + (f" (en «{english.text}»)" if english else "") + "; one of them is misspelt")
        return Finding("names.spelling", "error", sorted([word.lang, other.lang]), para.location,
                       mention.text, message)

    def _misspelt(self, word: NameWord) -> dict[str, NameWord]:
        """The other versions' forms when *word* is the odd one out, else {}."""
        links = self.links(word)
        foreign = self._kazakh_letters_slip(word, links)
        if foreign:
            return foreign
        if any(other and names.spelt_as_russian_writes(word, other) for _, other in links.values()):
            # Улгия for Өлгий: the Russian spelling, unless English writes the Kazakh form's
            # letter where Russian has its own (Kudaibergenov, Худайбергенов for Құдайбергенов)
            strict = word.lang == "ru" and "en" in links \
                and (links["en"][0].strict or self._pinned(word, links))
            return (self._russian_odd(word, links, pinned=True) if strict else {}) \
                or self._russian_letter_off(word, links)
        strict = {lang: other for lang, (v, other) in links.items() if v.strict and other}
        if strict and names.is_latin(word.text) and not any(
                other and v.status == SAME and names.romanised_from(word, other, state=True)
                for v, other in links.values()) \
                and not any(v.status == NEAR and not v.strict for v, _ in links.values()):
            # off the state romanisation of the Kazakh and of the Russian form; not when a
            # Cyrillic form differs by a letter (Тлепбергелов): that form is the odd one
            return strict
        if self._glossed(word, links):
            return {}
        odd = self._transcribed_otherwise(word, links)
        if odd:
            return odd
        if any(v.status == SAME for v, _ in links.values()):
            return self._english_odd(word, links) or self._russian_pinned(word, links) \
                or self._cyrillic_odd_one(word, links)
        near = {lang: other for lang, (v, other) in links.items() if v.status == NEAR and other}
        if len(near) >= 2 and not _usual_russian_form(word, near.get("ru")):
            a, b = list(near.values())[:2]
            agree = names.compare_words(a, b)
            return near if agree.status == SAME or agree.strict else {}  # Tlepbergenov/Тілепбергенов
        if len(near) == 1 and len(self.langs) == 2:
            (lang, other), = near.items()
            latin, other_latin = names.is_latin(word.text), names.is_latin(other.text)
            # English romanises the Kazakh or Russian form: of a Latin and a Cyrillic form the
            # Latin one is the slip, whichever version is the source; else the translation's
            judged = latin if latin != other_latin else word.lang != self.bundle.source_lang
            if judged and links[lang][0].cost <= 1.5 and min(len(s) for s in word.stems) >= 4:
                return near
        return {}

    @staticmethod
    def _tradition_replaced(russian: NameWord | None, kazakh_form: NameWord | None,
                            english: NameWord | None) -> bool:
        """The Russian form of a Kazakh name is the Kazakh one re-lettered (Садуакасов for
        Садуақасов) where English romanises the Russian tradition of it, в for у
        (`names.romanises_v_for_u`: Sadvakassov): English attests the form the Russian text
        had, so the Russian form is the slip, not the English one."""
        if russian is None or kazakh_form is None or english is None \
                or not names.is_kazakh_name(names.nominative(kazakh_form.text, "kk")):
            return False
        relettered = kazakh.russian_letters(names.nominative(kazakh_form.text, "kk")).lower()
        written = russian.text.lower()
        return relettered in (written, *names.russian_nominatives(written)) \
            and names.romanises_v_for_u(english.text, relettered)

    def _attests_tradition(self, word: NameWord) -> bool:
        """The English *word* attests the Russian tradition of a Kazakh name the Russian form
        replaced with the Kazakh one re-lettered (`_tradition_replaced`)."""
        if word.lang != "en" or len(self.langs) < 3:
            return False
        russian, kazakh_form = (self.best(word, lang)[1] for lang in ("ru", "kk"))
        return self._tradition_replaced(russian, kazakh_form, word)

    def _tradition_left(self, word: NameWord) -> dict[str, NameWord]:
        """{kk: …, en: …} when the Russian *word* replaced the Russian tradition of a Kazakh name
        that English attests with the Kazakh form re-lettered (`_tradition_replaced`), else {}."""
        if word.lang != "ru" or len(self.langs) < 3:
            return {}
        kazakh_form, english = (self.best(word, lang)[1] for lang in ("kk", "en"))
        if not self._tradition_replaced(word, kazakh_form, english):
            return {}
        return {"kk": kazakh_form, "en": english}

    def _glossed(self, word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]) -> bool:
        """The version itself gives the other versions' form in another script («Артемида»
        (Artemis)): a translated name, not a misspelt one."""
        latin = names.is_latin(word.text)
        partners = [other for _, other in links.values() if other is not None]
        return any(names.is_latin(w.text) != latin and any(
            names.compare_words(w, p).status == SAME for p in partners) for _, _, w in self.words[word.lang])

    @staticmethod
    def _english_odd(word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]
                     ) -> dict[str, NameWord]:
        """The English form of a Kazakh name where the Russian form writes the Kazakh one letter
        for letter and English romanises neither as written (`names.english_off_agreed_form`:
        Tursunbekov for Тұрсынбеков/Турсынбеков): {kk: …, ru: …}, else {}."""
        if word.lang != "en" or "kk" not in links or "ru" not in links:
            return {}
        (to_kazakh, native), (to_russian, russian) = links["kk"], links["ru"]
        if native is None or russian is None or to_kazakh.status == NONE or to_russian.status != NEAR \
                or not names.is_kazakh_name(native.text) \
                or not names.english_off_agreed_form(word, native, russian):
            return {}
        return {"kk": native, "ru": russian}

    @staticmethod
    def _russian_pinned(word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]
                        ) -> dict[str, NameWord]:
        """A Russian vowel the Kazakh form does not have and English does not romanise, where
        English romanises the Kazakh form (`names.english_pins_kazakh_letter`: Кайсарув where
        kk and en have Кайсаров/Kaisarov, which the matcher reads as one name, о and у being
        cheap for Болат/Булат): {kk: …, en: …}, else {}."""
        if word.lang != "ru" or word.place or "kk" not in links or "en" not in links:
            return {}
        (to_kazakh, native), (to_english, english) = links["kk"], links["en"]
        if native is None or english is None or native.place or english.place \
                or to_kazakh.status != SAME or to_english.status == NONE \
                or not names.english_pins_kazakh_letter(english, native, word):
            return {}
        return {"kk": native, "en": english}

    def _cyrillic_odd_one(self, word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]
                          ) -> dict[str, NameWord]:
        """Kazakh and Russian disagree (Рыжков/Рыжиков) while English matches both loosely:
        the version further from the English form is the misspelt one."""
        if word.lang == "en" or "en" not in links:
            return {}
        odd = self._russian_odd(word, links)
        if odd:
            return odd
        other_lang = "kk" if word.lang == "ru" else "ru"
        verdict, other = links.get(other_lang, (Verdict(NONE, 9.0), None))
        english = links["en"][1]
        if other is None or english is None or names.spelt_as_russian_writes(word, other):
            return {}
        if verdict.status != NEAR:
            return {}
        mine = names.compare_words(word, english).cost
        theirs = names.compare_words(other, english).cost
        return {other_lang: other, "en": english} if mine - theirs >= 0.3 else {}

    def _russian_letter_off(self, word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]
                            ) -> dict[str, NameWord]:
        """{kk: …, en: …} when the Russian *word* is a Kazakh surname with one letter no Russian
        spelling writes for the Kazakh one (`names.russian_letter_off`: Сейткалы of Сейтқали)
        and English romanises the Kazakh form by the state's rules (Seitkali): two versions
        against one. A first name is not judged (Тимур and Темір are two names)."""
        kazakh, english = links.get("kk", (None, None))[1], links.get("en", (None, None))[1]
        if word.lang != "ru" or word.place or kazakh is None or english is None \
                or links["en"][0].status == NONE or self._place_of("ru", word)[1].words[-1] is not word \
                or not names.romanised_from(english, kazakh, state=True) \
                or not names.russian_letter_off(word, kazakh):
            return {}
        return {"kk": kazakh, "en": english}

    def _kazakh_letters_slip(self, word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]
                             ) -> dict[str, NameWord]:
        """{ru: its form, en: …} when the Kazakh *word* misspells, in Kazakh letters, a foreign
        name the English form spells in its own letters and the Russian form transcribes
        (`names.kazakh_letters_slip`: Бозкыртоғлу for Bozkurtoğlu, Бозкуртоглу)."""
        english, russian = links.get("en", (None, None))[1], links.get("ru", (None, None))[1]
        if word.lang != "kk" or english is None or russian is None \
                or not names.kazakh_letters_slip(english, word, russian):
            return {}
        return {"ru": russian, "en": english}

    def _transcribed_otherwise(self, word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]
                               ) -> dict[str, NameWord]:
        """The Kazakh and the Russian form of a foreign name disagree by a letter or two and the
        English form's transcription prefers the other (Олдфелд where kk has Олдфилд for
        Oldfield; Мольнамен where ru has Молья for Mollá): {other version: its form, en: …}.
        The other form is *word*'s own partner, or else the English form's partner in that
        version (a slip may take *word* too far from its partner to be linked to it)."""
        if word.lang not in ("kk", "ru") or "en" not in links:
            return {}
        to_english, english = links["en"]
        other_lang = "kk" if word.lang == "ru" else "ru"
        if english is None or to_english.status == NONE or other_lang not in links:
            return {}
        verdict, other = links[other_lang]
        candidates = [other] if other is not None and verdict.status != NONE else []
        back, theirs = self.best(english, other_lang)
        if theirs is not None and back.status == SAME and all(theirs is not c for c in candidates) \
                and self._same_full_name(word, english):
            candidates.append(theirs)
        for candidate in candidates:
            one_stem = set(word.stems) & set(candidate.stems)  # Анды, Анд таулары: one name's forms
            if names.transcribed_otherwise(english, word, candidate) and not one_stem:
                return {other_lang: candidate, "en": english}
        return {}

    def _same_full_name(self, word: NameWord, english: NameWord) -> bool:
        """Another word of *word*'s full name is the same as a word of *english*'s (Беатрис
        Альбаррасин Мольнамен, Beatriz Albarracín Mollá): the two are one person's names."""
        mine = self._place_of(word.lang, word)[1]
        theirs = self._place_of("en", english)[1]
        return any(verdict.status == SAME and any(match is w for w in theirs.words)
                   for verdict, match in (self.best(w, "en") for w in mine.words if w is not word))

    @staticmethod
    def _pinned(word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]]) -> bool:
        """The Russian *word* is a Russian spelling of the Kazakh form that English does not
        romanise, while it romanises the Kazakh form (`names.english_pins_kazakh_letter`; English
        i still reads as Russian ы, so Temirkhanov does not pin Темырханов: a Turkic neighbour's
        name keeps its own romanisation, Berdimuhamedov of Бердымухамедов). Not a place, which
        keeps its traditional Russian name (Туркестан for Түркістан, Turkistan)."""
        kazakh, english = links.get("kk", (None, None))[1], links["en"][1]
        return kazakh is not None and english is not None and not word.place \
            and links["en"][0].status != NONE and names.english_pins_kazakh_letter(english, kazakh, word)

    def _russian_odd(self, word: NameWord, links: dict[str, tuple[Verdict, NameWord | None]],
                     pinned: bool = False) -> dict[str, NameWord]:
        """Kazakh and English agree on a name Russian writes otherwise (Каробаев where they have
        Карабаев/Karabayev): the Kazakh form is as close as can be to the English one and the
        Russian one is clearly further, or no usual spelling of it: {kk: …, en: …}, else {}.
        *pinned*: the Russian form is a Russian spelling of the Kazakh one, judged as when
        English is off the state's romanisation of it."""
        if word.lang != "ru" or "en" not in links or "kk" not in links:
            return {}
        (verdict, other), (to_english, english) = links["kk"], links["en"]
        if verdict.status != SAME or to_english.status not in ((NEAR, SAME) if pinned else (NEAR,)) \
                or other is None or english is None \
                or names.is_latin(other.text):
            return {}
        closest = names.compare_words(other, english).cost
        if to_english.strict or pinned:
            odd = closest < 0.3 and self._russian_off(word, other, english)
        else:
            odd = closest <= min(0.3, to_english.cost - 0.25)  # Кортенес for Кортинес, Cortines
        return {"kk": other, "en": english} if odd else {}

    @staticmethod
    def _russian_off(word: NameWord, kazakh: NameWord, english: NameWord) -> bool:
        """The Russian *word* is no usual spelling of a Kazakh name that English romanises by
        the state's rules (Куаншева, Султангалеев where kk and en have Қуанышев/Kuanyshev,
        Сұлтанғалиев/Sultangaliyev; Худайбергенов where they have Құдайбергенов/Kudaibergenov:
        English writes kh where Russian writes х for қ, Тохтарова/Tokhtarova)."""
        return names.romanised_from(english, kazakh, state=True) \
            and not names.letter_for_letter(word, kazakh)  # Жаксылыкова of Жақсылықова: English is off

    def _spelling_finding(self, para: Para, mention: NameMention, word: NameWord,
                          partners: dict[str, NameWord]) -> Finding:
        lang = word.lang
        russian = self.best(word, "ru")
        if lang == "en" and "ru" not in partners and russian[1] is not None and russian[0].status != NONE:
            partners = {"ru": russian[1], **partners}  # the expected romanisation is of the Russian form
        expected, source = _expected(word, partners)
        if expected == partners.get(source, word).text:
            others = _forms(partners, skip=source)
            from_source = f" as in {source}"
        else:
            others = _forms(partners)
            from_source = f" (from {source})" if source else ""
        another = all(names.compare_words(word, w).status == NONE for w in partners.values())
        if id(word) in self._slip_fixed:  # one letter of a name in its own spelling (Mehra, Мехта)
            message = (f"«{mention.text}» ({lang}) is spelt differently from {_forms(partners)}; "
                       f"expected «{self._slip_fixed[id(word)]}»")
        elif another:
            message = (f"«{mention.text}» ({lang}) names someone or somewhere else than "
                       + (f"{others}" if others else "the other versions")
                       + (f"; expected «{expected}»{from_source}" if expected else ""))
        elif expected and source:
            message = (f"«{mention.text}» ({lang}) is spelt differently from "
                       + (f"{others}; " if others else "the other versions; ")
                       + f"expected «{expected}»{from_source}")
        elif expected and any(names.is_surname(w.text, w.lang) for w in partners.values()):
            message = (f"«{mention.text}» ({lang}) does not romanise {others}; expected «{expected}»")
        elif expected:
            message = (f"«{mention.text}» ({lang}) is spelt differently from {others}, which read "
                       f"«{expected}» (expected, unless the name has its own English spelling)")
        else:
            message = f"«{mention.text}» ({lang}) is spelt differently from {others}"
        return Finding("names.spelling", "error", [lang], para.location, mention.text, message)

    # --- names.inconsistent --------------------------------------------------------------

    def inconsistent(self) -> list[Finding]:
        """names.inconsistent findings: one name spelt two ways within one version."""
        out = []
        for lang in self.langs:
            entries = self.words[lang]
            counts = Counter(w.text.lower() for _, _, w in entries)
            unique: dict[str, NameWord] = {}
            for _, _, w in entries:  # one word per spelling, an unregistered one if any
                key = w.text.lower()
                if key not in unique or (id(unique[key]) in self.anchors and id(w) not in self.anchors):
                    unique[key] = w
            ordered = sorted(unique.values(), key=lambda w: len(w.text))
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if len(b.text) - len(a.text) > 6:
                        break
                    two_ways = _one_place_two_ways(a, b)
                    if (a.place and b.place and not two_ways) or {id(a), id(b)} <= self.anchors \
                            or (a.place and _people_word(b)) or (b.place and _people_word(a)) \
                            or any(names.is_demonym(w.text, lang) for w in (a, b)) \
                            or _adjective_form(a, b) or _adjective_form(b, a) \
                            or not two_ways and (adjective_of(a, b.text, lang)
                                                 or adjective_of(b, a.text, lang)):
                        continue  # Корея and Корей тарабы, Argentina and Argentine: a country, its people
                    if not (two_ways or names.compare_words(a, b).status == NEAR
                            or _soft_sign_apart(a, b) or _doubled_apart(a, b) or self._one_surname(lang, a, b)
                            or self._one_letter_in_one_name(lang, a, b) or self._one_counterpart(a, b)) \
                            or self._other_names(lang, a, b) \
                            or ((a.place or b.place) and any(self._quoted(lang, w) or self._foreign(lang, w)
                                                             for w in (a, b))) \
                            or any(self._kazakh_title_quoted(lang, w) or self._after_foreign_kind(lang, w)
                                   for w in (a, b)):
                        continue  # «Казакстан Гарыш Сапары»: a company's name keeps its own spelling
                    pair = self._odd_one(a, b, counts)
                    if pair is None:
                        continue
                    wrong, right = pair
                    if id(wrong) in self.anchors:
                        wrong, right = right, wrong
                    where, holder = self._place_of(lang, wrong)
                    if not self._first_report(lang, holder.text):
                        continue
                    out.append(Finding(
                        "names.inconsistent", "error", [lang], where.location, holder.text,
                        f"{lang} spells one name two ways: «{wrong.text}» here, «{right.text}» "
                        f"elsewhere (expected, in its case form)"))
        return out

    def _kazakh_title_quoted(self, lang: str, word: NameWord) -> bool:
        """*word*, in Kazakh letters, stands in a Kazakh title the Russian version quotes as it is
        («Ғасыр әуендері: Тілендиевке тағзым», where its prose writes Тлендиева)."""
        return lang == "ru" and not kazakh.KAZAKH_LETTERS.isdisjoint(word.text) and self._quoted(lang, word)

    def _after_foreign_kind(self, lang: str, word: NameWord) -> bool:
        """*word* names a building or a square in its own language (Palazzo Lombardia, where the
        prose writes the Lombardy Region): `names.after_foreign_kind`."""
        return lang == "en" and names.after_foreign_kind(self._place_of(lang, word)[0].text, word.start)

    def _first_report(self, lang: str, text: str) -> bool:
        """True the first time the name *text* of version *lang* is reported, which records it:
        one finding per full name, whichever rule finds it first."""
        if (lang, text) in self.reported:
            return False
        self.reported.add((lang, text))
        return True

    def _quoted(self, lang: str, word: NameWord) -> bool:
        """*word* stands inside «quotation marks» (the name of a company, a ship, a programme),
        or in a company's name before its legal form (Qaragandy Kakao LLP)."""
        text = self._place_of(lang, word)[0].text
        return _quoted_at(text, word.start) or bool(_LEGAL_FORM_AFTER.match(text, word.end))

    def _foreign(self, lang: str, word: NameWord) -> bool:
        """*word* is a word of a Latin name in its own language (Genetics do Brasil): no
        spelling of the place the release names otherwise (Brazil)."""
        return names.in_foreign_name(self._place_of(lang, word)[0].text, word.start)

    def _one_surname(self, lang: str, a: NameWord, b: NameWord) -> bool:
        """*a* and *b* end full names with the same first name, one a letter or two longer
        (Stefano Ravagnan, Stefano Ravagnani): one person's surname spelt two ways, though a
        word one letter longer is another word elsewhere (Africa, African)."""
        held = [next(m for _, m, w in self.words[lang] if w is word) for word in (a, b)]
        if any(len(m.words) < 2 or m.words[-1] is not w for m, w in zip(held, (a, b), strict=True)):
            return False
        if set(a.stems) & set(b.stems):
            return False  # a case form of it (Раваньянға, Раваньяну)
        short, long_ = sorted((a.text.lower(), b.text.lower()), key=len)
        return long_.startswith(short) and 1 <= len(long_) - len(short) <= 2 and len(short) >= 5 \
            and names.compare_words(held[0].words[-2], held[1].words[-2]).status == SAME

    def _one_letter_in_one_name(self, lang: str, a: NameWord, b: NameWord) -> bool:
        """*a* and *b* differ by one letter in two full names whose other words are the same
        (Verónica Sosa Ibarra, Verónica Soza Ibarra): one person's name spelt two ways, though a
        short word a letter off is no near match of another."""
        held = [next(m for _, m, w in self.words[lang] if w is word) for word in (a, b)]
        if any(len(m.words) < 2 for m in held) or len(held[0].words) != len(held[1].words) \
                or set(a.stems) & set(b.stems) or names.levenshtein(a.text.lower(), b.text.lower()) != 1:
            return False
        pairs = [(x, y) for x, y in zip(held[0].words, held[1].words, strict=True) if x is not a]
        return len(pairs) == len(held[0].words) - 1 and all(y is not b for _, y in pairs) \
            and all(names.compare_words(x, y).status == SAME for x, y in pairs)

    def _one_counterpart(self, a: NameWord, b: NameWord) -> bool:
        """*a* and *b* (one version, no case form of each other) are each the same as one word of
        every other version (Yessenova and Esenova, both Есенова in Kazakh and in Russian): one
        name written two ways, though further apart than a slip of one letter (a letter in four
        at most: Yessentayeva, Esentaeva); or the same as one word of another version, and one of
        them as the word of the last (Хакобян and Акопян, both Hakobyan in English, Акопян in
        Kazakh: English admits both spellings, Kazakh says which one the Russian text uses). Not a
        word and one made from it (Africa, African) nor a hyphenated part (Kassym, Kassym-Jomart)."""
        short, long_ = sorted((a.text.lower(), b.text.lower()), key=len)
        if len(self.langs) < 3 or len(short) < 5 or ("-" in a.text) != ("-" in b.text) \
                or long_.startswith(short) or a.place or b.place \
                or names.levenshtein(short, long_) > max(2, len(long_) // 4) or set(a.stems) & set(b.stems):
            return False
        if any(names.is_demonym(w.text, w.lang) for w in (a, b)):
            return False  # Argentine and Argentina: a place's adjective
        links_a, links_b = self.links(a), self.links(b)
        shared = [o for o in links_a if links_a[o][0].status == SAME and links_b[o][0].status == SAME
                  and links_a[o][1] is links_b[o][1]]
        return len(shared) == len(links_a) or bool(shared) and all(
            SAME in (links_a[o][0].status, links_b[o][0].status) for o in links_a)

    def _other_names(self, lang: str, a: NameWord, b: NameWord) -> bool:
        """*a* and *b* stand in full names whose other words differ (Марат Карабаев, Мурат
        Нуртлеу): two people, not one name spelt two ways."""
        held = [next(m for _, m, w in self.words[lang] if w is word) for word in (a, b)]
        rest = [[w for w in m.words if w is not word] for m, word in zip(held, (a, b), strict=True)]
        if not rest[0] or not rest[1]:
            return False
        return not any(set(x.stems) & set(y.stems) for x in rest[0] for y in rest[1])

    def _odd_one(self, a: NameWord, b: NameWord, counts: Counter[str]) -> tuple[NameWord, NameWord] | None:
        """(wrong, right) when *a* and *b* are one name spelt two ways: the other versions
        match one better, or match both with the same word (Issetov, Isetov: Исетов); None for
        two names (Marat and Murat, each with its own counterpart)."""
        def partners(w: NameWord) -> dict[str, str]:
            return {lang: other.text.lower() for lang, (v, other) in self.links(w).items()
                    if v.status == SAME and other is not None}

        if a.lang == "kk" and names.is_kazakh_name(a.text) != names.is_kazakh_name(b.text):
            kazakh, russian = (a, b) if names.is_kazakh_name(a.text) else (b, a)
            if names.spelt_as_russian_writes(kazakh, NameWord(russian.text, "ru", 0, 0, None)):
                return russian, kazakh  # Тусупова in a Kazakh text that writes Түсіпова elsewhere
        pa, pb = partners(a), partners(b)
        if len(pa) != len(pb):
            return (a, b) if len(pa) < len(pb) else (b, a)
        if not pa or any(pa[lang] != pb.get(lang) for lang in pa):
            return None
        shape_a, shape_b = self._shape(a), self._shape(b)
        if shape_a != shape_b and not any(names.own_orthography(self._place_of(a.lang, w)[1].text)
                                          for w in (a, b)):  # Thorsteinsdottir: no romanisation
            # of the Russian form (Торстейнсдоттир) decides a name in its own spelling
            return (a, b) if shape_a < shape_b else (b, a)
        if counts[a.text.lower()] != counts[b.text.lower()]:
            return (a, b) if counts[a.text.lower()] < counts[b.text.lower()] else (b, a)
        closer = self._closer_to_partners(a, b) or self._consonants_closer(a, b)
        if closer is not None:
            return closer
        verbatim_a, verbatim_b = self._verbatim(a), self._verbatim(b)
        if verbatim_a != verbatim_b:
            return (b, a) if verbatim_a else (a, b)  # Раваньян as Russian writes it, not Раванянға
        return (a, b) if self._order(a) > self._order(b) else (b, a)  # introduced, then repeated

    def _closer_to_partners(self, a: NameWord, b: NameWord) -> tuple[NameWord, NameWord] | None:
        """(wrong, right) when every other version's partner of both is clearly closer to one
        of them (Mahmood and Mehmood, both read as ru Махмуд and kk Махмуд, Mahmood letter for
        letter, Mehmood with a vowel no transcription gives for а): the two versions' evidence
        outweighs which spelling came first. None when the costs are within a cheap variant of
        each other (Hany and Hani for Хани: y and i are one ending)."""
        costs = []
        for lang in self.langs:
            if lang == a.lang:
                continue
            (to_a, _), (to_b, _) = self.best(a, lang), self.best(b, lang)
            costs.append(to_a.cost - to_b.cost)
        return _clearly_one(a, b, costs)

    def _consonants_closer(self, a: NameWord, b: NameWord) -> tuple[NameWord, NameWord] | None:
        """(wrong, right) of two Latin spellings both read as every other version's form, when
        the consonants of one are its letters and the other has another in place of one, clearly
        (`names.consonant_distance`: Muzonda and Musonda for Мусонда, z being с only in a Spanish,
        Portuguese or Swedish reading): a reading excuses a spelling, it does not prefer it
        over the letters. None when the consonants agree (Moujahid, Mujahid: a vowel
        spelling, which the order decides), when one writes a letter more (Thorarinsdottir,
        Torarinsdottir: th is said t; only a consonant put for another is read), or of a
        Cyrillic spelling."""
        if not (names.is_latin(a.text) and names.is_latin(b.text)) \
                or len(names.consonants(a.text)) != len(names.consonants(b.text)):
            return None
        costs = []
        for lang in self.langs:
            other = self.best(a, lang)[1] if lang != a.lang else None
            if other is not None and not names.is_latin(other.text):
                costs.append(names.consonant_distance(a.text, other.text)
                             - names.consonant_distance(b.text, other.text))
        return _clearly_one(a, b, costs)

    def _verbatim(self, word: NameWord) -> bool:
        """Another version of the same script writes *word* letter for letter, in some case
        form (Kazakh Раваньян as Russian Раваньян): what comparison across versions folds away
        (ь, ё) then decides."""
        latin = names.is_latin(word.text)
        mine = set(word.stems)
        return any(set(w.stems) & mine for lang in self.langs if lang != word.lang
                   for _, _, w in self.words[lang] if names.is_latin(w.text) == latin)

    def _order(self, word: NameWord) -> tuple[int, int]:
        """Where *word* stands in its version: paragraph, then offset."""
        para = self._place_of(word.lang, word)[0]
        paras = self.group.get(word.lang, [])
        return (paras.index(para) if para in paras else 0), word.start

    def _shape(self, word: NameWord) -> int:
        """How well *word* is written by its version's rules, 0–2: an English form that is the
        state romanisation of its Kazakh or Russian counterpart (Yerlan for Ерлан) or follows
        it (Seitkali, not Saitkali, for Сейтқали); a Kazakh form in Kazakh letters (Нұрпейісов,
        not the Russian Нурпейсов, in a Kazakh text). Of one name spelt two ways, the one worse
        written is the slip."""
        if word.lang == "kk":  # the name, not its ending (Раванянға has a Kazakh letter in -ға)
            return int(names.is_kazakh_name(names.nominative(word.text, "kk")))
        if not names.is_latin(word.text):
            return 0
        cyrillic = [other for v, other in self.links(word).values()
                    if v.status == SAME and other is not None and not names.is_latin(other.text)]
        if any(_undoubled(names.romanise(names.nominative(other.text, other.lang)))
               in {_undoubled(stem) for stem in word.stems} for other in cyrillic):
            return 2  # Yerlan for Ерлан; Issetov, Isetov for Исетов alike (ss between vowels)
        return int(any(names.romanised_from(word, other, state=True) for other in cyrillic))

    def _place_of(self, lang: str, word: NameWord) -> tuple[Para, NameMention]:
        return next((para, m) for para, m, w in self.words[lang] if w is word)

    # --- names.missing -------------------------------------------------------------------

    def missing(self, elsewhere: Callable[[NameMention, str, list[str]], bool] | None = None
                ) -> list[Finding]:
        """names.missing findings: a name two versions state and the third does not, unless
        *elsewhere*(mention, lacking version, stating versions) says it is said elsewhere."""
        out = []
        done: list[tuple[str, NameWord]] = []
        for lang in self.langs:
            for para, mention in self.found[lang]:
                if para.in_passing(mention.start, mention.end):
                    continue  # «Оман астанасы Маскат», "reports Kazinform": said only in passing
                if (lang, mention.text) in self.reported:
                    continue  # a slip already reported: the name is there, misspelt or changed
                present = {o: self._present(mention, o) for o in self.langs if o != lang}
                for other, here in present.items():
                    stating = [o for o in present if o != other and self._present(mention, o, SAME)] \
                        or self._said_as_word(mention, other, present)
                    swapped = self._surname_swapped(mention, other, stating) if here else None
                    if swapped is not None and self._first_report(other, swapped[1].text):
                        out.append(self._surname_finding(mention, other, stating, *swapped))
                        continue
                    if here or not stating or self._partner_present(mention, stating, other):
                        continue
                    if any(o == other and self._same_name(mention, w) for o, w in done):
                        continue
                    if not self._someone_or_somewhere(mention, stating) or self._in_text(mention, other) \
                            or self._initials_there(mention, other) \
                            or self._named_in_own_language(mention, other) \
                            or self._one_person_by_shape(mention, other) \
                            or (elsewhere and elsewhere(mention, other, [lang] + stating)) \
                            or self._part_left_out(para, mention, other, stating) \
                            or self._undated(para, mention, other):
                        continue
                    done += [(other, w) for w in mention.words]
                    out.append(self._missing_finding(para, mention, other, present))
        return out

    def _initials_there(self, mention: NameMention, lang: str) -> bool:
        """Version *lang* names the place of *mention* by the initials of its own name for it
        (стран ЦА for «Орталық Азия елдері»: Центральная Азия): the place is named."""
        return any(w.place for w in mention.words) and acronyms.initials_written(
            self._form_in(mention, lang), [para.text for para in self.group.get(lang, [])])

    def _named_in_own_language(self, mention: NameMention, lang: str) -> bool:
        """A place of *mention* version *lang* names by its own language's name inside a body's
        name kept in that language (Wiener Symphoniker for Венский симфонический оркестр)."""
        return any(w.place and endonyms.named_in(w.place, para.text)
                   for w in mention.words for para in self.group.get(lang, []))

    def _part_left_out(self, para: Para, mention: NameMention, lang: str, stating: list[str]) -> bool:
        """*mention* and its counterparts name a part of a body in a title (the Europe
        Department, «Департамент Азии», `names.names_a_part`) and version *lang* names no
        other name of the kind in their stead: it shortened the title ("Director"), it leaves
        out no place; the Asia Department for the Europe Department is still a swap."""
        forms = [(para, mention)] + [(self.para_of.get(id(m)), m)
                                     for m in (self.counterpart(mention, o) for o in stating) if m]
        return all(p is not None and names.names_a_part(p.text, m.start, m.end, m.lang)
                   for p, m in forms) \
            and self._instead(mention, lang, take=False) is None \
            and title_places(self.group.get(lang, [])) <= title_places(
                [p for o in stating for p in self.group.get(o, [])])

    def _surname_swapped(self, mention: NameMention, lang: str, stating: list[str]
                         ) -> tuple[Para, NameWord] | None:
        """(paragraph, surname) of version *lang* when *mention* is a person's full name whose
        first name *lang* writes but whose surname it does not, writing right after that first
        name another surname no other version has (Saeed Al Mazrouei where the others write
        Саид аль-Хаммади): one person swapped for another of the same first name, which
        `_present` takes for the same person by the first name. The surname must be the same
        in the *stating* versions; a surname near it is a misspelling, reported as such."""
        if len(mention.words) < 2 or any(w.place for w in mention.words) or not _someone(mention) \
                or not stating or any(self.best(mention.words[-1], o)[0].status != SAME for o in stating):
            return None
        surname = mention.words[-1]
        verdict, given = self.best(mention.words[0], lang)
        if given is None or verdict.status != SAME or self.best(surname, lang)[0].status != NONE \
                or self._in_text(replace(mention, words=(surname,)), lang):
            return None
        para, holder = self._place_of(lang, given)
        if (lang, holder.text) in self.reported:
            return None  # a surname misspelt past recognition: reported as spelt differently
        after = next((w for p, _, w in self.words[lang] if p is para and 0 < w.start - given.end <= 5
                      and not para.text[given.end:w.start].strip(" -").islower()), None)
        if after is None or "-" in after.text or id(after) in self.anchors or any(
                self.best(after, o)[0].status != NONE for o in self.langs if o != lang) \
                or recognise.is_common(after.text, lang) or names.is_demonym(after.text, lang):
            return None
        return para, after

    def _surname_finding(self, mention: NameMention, lang: str, stating: list[str], para: Para,
                         surname: NameWord) -> Finding:
        """names.missing: version *lang* writes *surname* where *stating* name *mention*."""
        stating = [mention.lang] + [o for o in stating if o != mention.lang]
        return Finding("names.missing", "error", [lang], para.location, surname.text,
                       f"{lang} names «{surname.text}» where {', '.join(stating)} name «{mention.text}»: "
                       f"another person of the same first name; expected a form of "
                       f"«{self._form_in(mention, lang)}»",
                       Lack((lang,), ((mention.text, tuple(stating), para.location),)))

    def _said_as_word(self, mention: NameMention, lacking: str, present: dict[str, bool]) -> list[str]:
        """The versions besides *lacking* that state the place of *mention* only as a word
        the recogniser takes for no name (павлодарлық, the Kazakh adjective of "from
        Pavlodar"; «Бледте», a town no gazetteer knows), when *lacking* names another place,
        or a name of no known kind (`_untyped`), no version has in its stead: the name is
        stated twice and swapped once (Ekibastuz for Pavlodar, Portorož for Bled); [] otherwise."""
        instead = self._instead(mention, lacking, take=False)
        if instead is None or not all(_local_place(m) or _untyped(m) for m in (mention, instead[1])):
            return []
        return [o for o in present if o != lacking and self._in_text(mention, o)]

    def swapped_people(self) -> list[Finding]:
        """names.missing findings for a person one version names fewer times than both others
        do, where it names, in their stead, someone no other version names (Minister Lee
        Jung-sik where the others repeat Министр Ким Ён Хун): the person is still named
        elsewhere in the unit, so `missing` does not see the swap."""
        out = []
        for lang in self.langs:
            others = [o for o in self.langs if o != lang]
            extra = [(para, m) for para, m in self.found[lang]
                     if _someone(m) and len(m.words) >= 2 and (lang, m.text) not in self.reported
                     and not any(self._identity_present(m, o) or self._in_text(m, o)
                                 or self._one_person_by_shape(m, o) for o in others)]
            if len(others) < 2 or not extra:
                continue
            lacking = next((m for o in others for _, m in self.found[o] if _someone(m) and len(m.words) >= 2
                            and 1 <= self._times(m, lang) < min(self._times(m, x) for x in others)), None)
            if lacking is not None:
                out.append(self._instead_finding(lang, others, extra[0], lacking))
        return out

    def _identity_present(self, mention: NameMention, lang: str) -> bool:
        """The words that tell *mention*'s person from others (`_identity`) have a counterpart in
        *lang*; of a surname-first name, not in the surname of one there (Ван Цзюнем is not
        present because its given name comes near the Zhou of Zhou Haibin)."""
        identity = _identity(mention)
        if identity is mention:
            return self._present(mention, lang)
        surnames = {id(m.words[0]) for _, m in self.found.get(lang, [])
                    if len(m.words) >= 2 and names.east_asian_surname(m.words[0].text)}
        partners = [self.best(w, lang) for w in identity.words]
        return any(v.status != NONE and partner is not None and id(partner) not in surnames
                   for v, partner in partners) and self._present(identity, lang)

    def unintroduced(self) -> list[Finding]:
        """names.missing findings for a person both other versions introduce by the full name
        whom version *lang* writes only by the surname, never after a first name, an initial
        or a title (the Permanent Representative Aigerim Seitkali … Seitkali recalled, where one
        version dropped the introduction and kept «Сейтқали еске салды»): its reader never
        learns who the surname is, and `missing` takes the surname for the person."""
        out = []
        for lang in self.langs:
            others = [o for o in self.langs if o != lang]
            if len(others) < 2:
                continue
            for stating, other in (others, others[::-1]):
                out += self._unintroduced_in(lang, stating, other)
        return out

    def _unintroduced_in(self, lang: str, stating: str, other: str) -> list[Finding]:
        """`unintroduced` findings for version *lang*, of the full names of version *stating*
        that version *other* writes in full too."""
        out = []
        others = sorted((stating, other))
        for para, named in self._introductions(stating):
            if (lang, named.text) in self.reported or self._written_alone(named, other) is not False:
                continue
            bare = self._written_alone(named, lang)
            if not bare or (lang, bare[1]) in self.reported:
                continue
            where, surname = bare
            self.reported |= {(lang, named.text), (lang, surname)}
            out.append(Finding(
                "names.missing", "error", [lang], where.location, surname,
                f"{', '.join(others)} introduce «{named.text}»; {lang} writes only «{surname}», "
                f"never the full name; expected a form of «{self._form_in(named, lang)}»",
                Lack((lang,), ((named.text, tuple(others), para.location),))))
        return out

    def _introductions(self, lang: str) -> list[tuple[Para, NameMention]]:
        """The first full name (a first name and a surname) of each person version *lang* names
        (kept: `unintroduced` asks for each version's four times)."""
        if lang in self._introduced:
            return self._introduced[lang]
        out: list[tuple[Para, NameMention]] = []
        for para, mention in self.found.get(lang, []):
            if len(mention.words) >= 2 and _given_of(mention) is not None and _someone(mention) \
                    and not any(w.place for w in mention.words) \
                    and not any(_same_person(mention, m) for _, m in out):
                out.append((para, mention))
        self._introduced[lang] = out
        return out

    def _written_alone(self, named: NameMention, lang: str) -> tuple[Para, str] | bool | None:
        """(paragraph, word) where version *lang* first writes the surname of *named*, when it
        writes it nowhere after a first name, an initial or a title; False when it does write
        it so, None when it does not write it at all."""
        surname, given = named.words[-1], _given_of(named)
        if any(_same_person(named, m) and (len(m.words) >= 2 or m.titled) for _, m in self.found[lang]):
            return False
        first = None
        for para in self.group.get(lang, []):
            before = None
            for token in tokens(para.text):
                probe = NameWord(token.text, lang, token.start, token.end, None)
                if names.compare_words(surname, probe).status == SAME:
                    if before is not None and _introduces(before, given, para.text[before.end:token.start]):
                        return False
                    first = first or (para, token.text)
                before = probe
        return first

    def _one_person_by_shape(self, mention: NameMention, lang: str) -> bool:
        """*mention* and a name of version *lang* are one foreign person though no word of theirs
        matches: the Kazakh and the Russian form agree word by word (`names.cyrillic_consensus`),
        and they have exactly one such name between them that the English version does not
        name; the English version has exactly one full name of as many words that neither
        Cyrillic version names and whose surname comes near theirs as a transcription
        (`_surname_transcribed`; Siobhán McGuinness, Шивон Макгиннесс: Irish spelling no
        transcription rule reads). Another person's name in one version stays another person.
        A mention that ends in such a name is it with words before (Redwood Pictures Майкл
        О'Шонесси: the company before the producer's name)."""
        if {mention.lang, lang} - {"en"} == {mention.lang, lang} or len(self.langs) < 3:
            return False
        return any(held.lang == mention.lang and mention.text.endswith(held.text)
                   for size in range(2, len(mention.words) + 1) for held in self._shaped(size))

    def _shaped(self, size: int) -> tuple[NameMention, ...]:
        """The English, Russian and Kazakh names of *size* words paired by `_one_person_by_shape`,
        else ()."""
        if size not in self._by_shape:
            pairs = self._unmatched_cyrillic(size)
            english = [m for m in self._unmatched_english(size) if len(pairs) == 1
                       and _surname_transcribed(m, *pairs[0])]  # not State Centre, The Steppe
            self._by_shape[size] = (english[0], *pairs[0]) if len(english) == 1 else ()
        return self._by_shape[size]

    def _unmatched_english(self, size: int) -> list[NameMention]:
        """The English names of *size* words or fewer (no place in them; the first name may be
        left out of the name as a common word, Michael) of which no word matches a word of the
        Kazakh or of the Russian version, each surname once."""
        found: dict[str, NameMention] = {}  # by surname: Michael O'Shaughnessy, then O'Shaughnessy
        for _, m in self.found.get("en", []):
            if 1 <= len(m.words) <= size and size >= 2 and not any(w.place for w in m.words) \
                    and not any(self.best(w, o)[0].status == SAME for w in m.words for o in ("kk", "ru")):
                key = m.words[-1].text
                if key not in found or len(found[key].words) < len(m.words):
                    found[key] = m
        return list(found.values())

    def _transcribes_shared(self, word: NameWord, latin: NameWord) -> bool:
        """The Latin *latin* is the English form of the foreign name *word* that the Kazakh and
        the Russian version write alike (`names.cyrillic_consensus`): near by the rules, and a
        transcription of the shared name by the learnt model (McTavish, Мактавиш)."""
        other = {"kk": "ru", "ru": "kk"}.get(word.lang)
        if other is None or other not in self.langs or not names.is_latin(latin.text) \
                or names.compare_words(word, latin).status != NEAR:
            return False
        verdict, partner = self.best(word, other)
        if partner is None or verdict.status != SAME:
            return False
        ru, kk = (word, partner) if word.lang == "ru" else (partner, word)
        shared = names.cyrillic_consensus(ru.text, kk.text)
        return bool(shared) and _model_reads(latin, shared)

    def _unmatched_cyrillic(self, size: int) -> list[tuple[NameMention, NameMention]]:
        """The (Russian, Kazakh) full names of *size* words that are one foreign name word by
        word (`names.cyrillic_consensus`) and of which no word matches an English word, each
        pair of names once."""
        def unmatched(lang: str) -> list[NameMention]:
            tails = [_tail(m, size) for _, m in self.found.get(lang, []) if len(m.words) >= size >= 2
                     and all(names.is_latin(w.text) for w in m.words[:-size])]  # Redwood Pictures Майкл …
            return [m for m in tails if _someone(m) and not any(self.best(w, "en")[0].status == SAME
                                                                for w in m.words)]
        pairs = {(ru.text, kk.text): (ru, kk) for ru in unmatched("ru") for kk in unmatched("kk")
                 if all(names.cyrillic_consensus(r.text, k.text)
                        for r, k in zip(ru.words, kk.words, strict=True))}
        return list(pairs.values())

    def swapped_places(self, said: frozenset[tuple[str, str]] = frozenset()) -> list[Finding]:
        """names.missing findings for a place one version names by the same kind as the others
        (a district, a port, a village: `press.lang.kind_places`) but by a name no other
        version has, where both others agree on a place of that kind it lacks (Мамлютского
        района where en and kk name Taiynsha District, Тайынша ауданы): the swap shows though
        no gazetteer knows either place, and though the swapped-out name is still written
        elsewhere (the port Bar beside the company Luka Bar). A version that names the place by
        another kind, or not at all, swaps nothing. *said*: (language, excerpt) of the findings
        already made; a swap whose swapped-out place is among them is reported there."""
        out = []
        if len(self.langs) < 3:
            return out
        kinds = {lang: [(para, m) for para, m in self.found[lang] if m.kind] for lang in self.langs}
        for lang in self.langs:
            others = [o for o in self.langs if o != lang]
            for para, mention in kinds[lang]:
                lacking = self._lacking_place(mention, kinds, others)
                if lacking is None or (lang, mention.text) in self.reported \
                        or any((lang, m.text) in said for m in lacking):
                    continue
                self.reported.add((lang, mention.text))
                self.reported.update((m.lang, m.text) for m in lacking)
                out.append(Finding(
                    "names.missing", "error", [lang], para.location, mention.text,
                    f"{lang} names the {mention.kind} «{mention.text}» where {', '.join(others)} name the "
                    f"{mention.kind} «{lacking[0].text}» / «{lacking[1].text}»; expected a form of "
                    f"«{self._form_in(lacking[0], lang)}»",
                    Lack((lang,), ((lacking[0].text, tuple(others), para.location),))))
        return out

    def swapped_in_paragraph(self, near: dict[str, list[Para]],
                             said: frozenset[tuple[str, str]] = frozenset()) -> list[Finding]:
        """names.missing findings for a place one version of this paragraph names in the stead
        of the place both others name here (Ankara where they name Istanbul, Kičevo where they
        name Kruševo): the version names the place of theirs nowhere in this paragraph or the
        next to it, and names here a place of the same kind (`_place_kind`) that no other
        version names in its paragraph or the next. Compared paragraph by paragraph, the swap
        shows whatever the rest of the text says: a whole-text test is satisfied by the
        swapped-out place named again elsewhere, or by the swapped-in one named in another
        paragraph. *near*: each version's paragraphs around this one (versions split and join
        paragraphs differently, so a place said one paragraph away is not dropped)."""
        out: list[Finding] = []
        if len(self.langs) < 3:
            return out
        places = {lang: [(para, m, kind) for para, m in self._mentions(lang)
                         if (kind := _place_kind(para, m))] for lang in self.langs}
        for lang in self.langs:
            others = [o for o in self.langs if o != lang]
            for para, instead, kind in places[lang]:
                times = self._times_named(instead, lang)
                if kind == CUE or (lang, instead.text) in self.reported \
                        or any(self._named_as_often(instead, o, times, near.get(o, [])) for o in others):
                    continue
                lacking = next((a for one, two in (others, others[::-1]) for _, a, k in places[one]
                                if _kinds_agree(k, kind) and self._names_place(a, two, places[two], [])
                                and not self._names_place(a, lang, places[lang], near.get(lang, []))), None)
                if lacking is None or any((lang, t) in said for t in (instead.text, lacking.text)):
                    continue
                self.reported |= {(lang, instead.text), (lang, lacking.text)}
                out.append(Finding(
                    "names.missing", "error", [lang], para.location, instead.text,
                    f"{lang} names «{instead.text}» where {', '.join(others)} name «{lacking.text}» in this "
                    f"paragraph; expected a form of «{self._form_in(lacking, lang)}»",
                    Lack((lang,), ((lacking.text, tuple(others), para.location),))))
        return out

    def swapped_by_count(self, units: list[dict[str, list[Para]]]) -> list[Finding]:
        """names.missing findings for a town one version names once more often than both
        others, in a paragraph where both others name, in its stead, a town that version names
        elsewhere but once less often than they do (Алматыдан where they say from Astana, Almaty
        being the city of the next paragraph's flights): a swap for a place named elsewhere,
        which no test of one paragraph and its neighbours sees. Towns only: a country or a
        region is named by its adjective as often, and so is a town made a compound adjective
        (Vilnius-based). *units*: the paragraphs that say one thing in each version (this
        object's text is the whole document)."""
        if len(self.langs) < 3:
            return []
        towns = {lang: [(para, m) for para, m in self._mentions(lang) if _place_kind(para, m) == "town"
                        and not _COMPOUND_ADJECTIVE.search(m.text) and not self._in_shared_brand(para, m)]
                 for lang in self.langs}
        out = []
        for lang in self.langs:
            others = [o for o in self.langs if o != lang]
            moved = partial(_counted_apart, lang=lang, others=others, places=towns)
            for para, instead in towns[lang]:
                unit = next((u for u in units if any(p is para for p in u.get(lang, []))), None)
                if unit is None or (lang, instead.text) in self.reported or not moved(instead, more=True):
                    continue
                theirs = [a for p, a in towns[others[0]] if any(p is q for q in unit.get(others[0], []))]
                lacking = next((a for a in theirs if any(same_place(a, m) for _, m in towns[lang])
                                and not same_place(a, instead) and moved(a, more=False)
                                and moved(a, more=False, unit=unit) and moved(instead, more=True, unit=unit)),
                               None)
                if lacking is None:
                    continue
                out.append(self._counted_swap(lang, others, para, instead, lacking))
        return out

    def _in_shared_brand(self, para: Para, mention: NameMention) -> bool:
        """*mention* is a word of a Latin name that every other version writes as it is (Astana
        of Air Astana, which «Air Astana» is in Russian and Kazakh too): a brand's word, no
        place their counts of the place miss."""
        run = next((m for m in _LATIN_RUN.finditer(para.text)
                    if m.start() <= mention.start and mention.end <= m.end()), None)
        if run is None or run.group() == mention.text:
            return False
        return all(any(run.group() in p.text for p in self.group.get(o, []))
                   for o in self.langs if o != para.lang)

    def people_swapped_by_count(self, units: list[dict[str, list[Para]]]) -> list[Finding]:
        """names.missing findings for a person one version names once more often than both
        others, in a unit where both others name, in the stead, another person that version
        names once less often ("Zhunusov and Sahakyan discussed" where they write Жунусов и
        Мелконян, Sahakyan being the president of the paragraph before): a swap for someone
        named elsewhere. `swapped_people` does not see it, as the swapped-in person is named
        in every version; nor `missing`, as the swapped-out one is still named elsewhere.
        Both counts must move by one, in the whole text and in the unit: a version that says
        "he" for a name moves one count only. *units* as in `swapped_by_count`."""
        if len(self.langs) < 3:
            return []
        people = [m for lang in self.langs for _, m in self._introductions(lang)
                  if all(names.is_latin(w.text) == (lang == "en") for w in m.words)]
        # a Latin name in a Cyrillic version is a brand's (Tengri Roast), which no title moves
        out = []
        for lang in self.langs:
            others = [o for o in self.langs if o != lang]
            more = [m for m in people if self._moved_by_one(m, lang, others, 1)]
            fewer = [m for m in people if m.lang != lang and self._moved_by_one(m, lang, others, -1)]
            for unit in units if more and fewer else []:
                instead = next((m for m in more if self._moved_in(m, lang, others, unit, 1)), None)
                lacking = next((m for m in fewer if self._moved_in(m, lang, others, unit, -1)), None)
                if instead is None or lacking is None or _same_person(instead, lacking):
                    continue
                para, extra = self._extra_mention(instead, lang, others, unit)
                if (lang, extra.text) in self.reported or self._person_reported(lang, instead) \
                        or self._person_reported(lang, lacking):
                    continue
                out.append(self._counted_swap(lang, others, para, extra, lacking))
        return out

    def _counted_swap(self, lang: str, others: list[str], para: Para, instead: NameMention,
                      lacking: NameMention) -> Finding:
        """names.missing: version *lang* names *instead* once more often than the *others*, in
        the paragraph where they name *lacking*."""
        self.reported |= {(lang, instead.text), (lang, lacking.text)}
        return Finding(
            "names.missing", "error", [lang], para.location, instead.text,
            f"{lang} names «{instead.text}» where {', '.join(others)} name «{lacking.text}» in this "
            f"paragraph, and names it once more often than they do; expected a form of "
            f"«{self._form_in(lacking, lang)}»",
            Lack((lang,), ((lacking.text, tuple(others), para.location),)))

    def _person_reported(self, lang: str, person: NameMention) -> bool:
        """A finding already made in version *lang* names *person* by the surname, in any script
        (the paragraph's «Беккер» missing in English, where Vogel is the swap)."""
        surname = _surname_only(person).words[0]
        said = [NameWord(t.text, _script_lang(t.text, lang), 0, 0, None)
                for version, text in self.reported if version == lang for t in tokens(text)]
        return any(names.compare_words(surname, word).status == SAME for word in said)

    def _person_times(self, person: NameMention, lang: str, paras: list[Para] | None = None) -> int:
        """How many names of version *lang* (in *paras*, or anywhere) name *person* by the surname."""
        key = _surname_only(person)
        return sum(_by_surname(key, m) for p, m in self._mentions(lang)
                   if paras is None or any(p is q for q in paras))

    def _moved_by_one(self, person: NameMention, lang: str, others: list[str], step: int) -> bool:
        """Version *lang* names *person* once more (*step* 1) or once fewer (-1) than each of
        *others* in the whole text, which name it at least once."""
        mine = self._person_times(person, lang)
        return all(self._person_times(person, o) >= 1 and mine - self._person_times(person, o) == step
                   for o in others)

    def _moved_in(self, person: NameMention, lang: str, others: list[str], unit: dict[str, list[Para]],
                  step: int) -> bool:
        """Version *lang* names *person* more (*step* 1) or fewer (-1) times in *unit* than each
        of *others*."""
        mine = self._person_times(person, lang, unit.get(lang, []))
        return all((mine - self._person_times(person, o, unit.get(o, []))) * step > 0 for o in others)

    def _extra_mention(self, person: NameMention, lang: str, others: list[str],
                       unit: dict[str, list[Para]]) -> tuple[Para, NameMention]:
        """The mention of *person* in version *lang*'s paragraphs of *unit* that the others
        lack: the first one past as many as they write there."""
        key = _surname_only(person)
        here = [(p, m) for p, m in self._mentions(lang) if _by_surname(key, m)
                and any(p is q for q in unit.get(lang, []))]
        skip = max(self._person_times(person, o, unit.get(o, [])) for o in others)
        return here[min(skip, len(here) - 1)]

    def _mentions(self, lang: str) -> list[tuple[Para, NameMention]]:
        """Every name of version *lang*, registered or not, once each."""
        seen: dict[int, tuple[Para, NameMention]] = {}
        for para, m, _ in self.words.get(lang, []):
            seen.setdefault(id(m), (para, m))
        return list(seen.values())

    def _times_named(self, mention: NameMention, lang: str) -> int:
        """How many names of version *lang* in this paragraph may name the place of *mention*."""
        return sum(same_place(mention, m) for _, m in self._mentions(lang))

    def _named_as_often(self, mention: NameMention, lang: str, times: int, near: list[Para]) -> bool:
        """Version *lang* names the place of *mention* as many *times* in this paragraph as
        the version of *mention* does (Kyzylzhar of the Kyzylzhar Sut plant is not also the
        Kyzylzhar District another version lacks), or, not here, next to it."""
        here = self._times_named(mention, lang) or int(self._present(mention, lang)
                                                       or self._in_text(mention, lang))
        return bool(here) or self._in_text(mention, lang, near)

    def _names_place(self, mention: NameMention, lang: str, places: list[tuple[Para, NameMention, str]],
                     near: list[Para]) -> bool:
        """Version *lang* names the place of *mention* in this paragraph (as a name, the same
        or near, or as a word the recogniser took for none) or in one of *near*."""
        paras = self.group.get(lang, []) + near
        return any(same_place(mention, m) for _, m, _ in places) or self._present(mention, lang) \
            or any(self._in_text(replace(mention, words=(w,)), lang, paras) for w in _place_words(mention))

    def _lacking_place(self, mention: NameMention, kinds: dict[str, list[tuple[Para, NameMention]]],
                       others: list[str]) -> tuple[NameMention, NameMention] | None:
        """The two other versions' places of *mention*'s kind that agree with each other and
        have no counterpart of that kind in *mention*'s version, if *mention* itself is named in
        no other version at all; else None."""
        if all(recognise.is_common(w.text, w.lang) for w in mention.words):
            return None  # Independence Avenue, «проспект Независимости»: a name translated, not swapped
        if any((self._present(mention, o) or self._in_text(mention, o))
               and not self._inside_other_name(mention, o) or self._place_there(mention, o) for o in others):
            return None
        mine = [m for _, m in kinds[mention.lang] if m.kind == mention.kind]
        of_kind = {o: [m for _, m in kinds[o] if m.kind == mention.kind] for o in others}
        theirs = [[m for m in of_kind[o] if not any(
            same_place(m, own) and not _named_by_another(own, m, of_kind[o]) for own in mine)]
            for o in others]
        return next(((a, b) for a in theirs[0] for b in theirs[1] if same_place(a, b)), None)

    def _inside_other_name(self, mention: NameMention, lang: str) -> bool:
        """Version *lang* writes the place *mention* names only inside «quoted» names of
        something else (Kyzylzhar of «Кызылжар Сут», a dairy): the district named after it is
        not there (Mamlyut and Kyzylzhar districts for Мамлютского и Тайыншинского районов)."""
        held = [(para.text, token) for para in self.group.get(lang, []) for token in tokens(para.text)
                if token.text[:1].isupper() and any(names.compare_words(
                    w, NameWord(token.text, lang, token.start, token.end, None)).status == SAME
                    for w in mention.words)]
        return bool(held) and all(_quoted_at(text, token.start) for text, token in held)

    def _place_there(self, mention: NameMention, lang: str) -> bool:
        """Version *lang* names the place of *mention* (`same_place`: Тайыншинского is the
        Taiynsha of Taiynsha District), whether or not a kind noun governs it there; not
        inside a «quoted» name of something else (the dairy «Кызылжар Сут»)."""
        return any(same_place(mention, m) and (m.kind or not _quoted_at(para.text, m.start))
                   for para, m in self.found.get(lang, []))

    def _instead_finding(self, lang: str, others: list[str], extra: tuple[Para, NameMention],
                         lacking: NameMention) -> Finding:
        """names.missing: version *lang* names *extra* where the *others* name *lacking*."""
        para, instead = extra
        self.reported.add((lang, instead.text))
        return Finding("names.missing", "error", [lang], para.location, instead.text,
                       f"{lang} names «{instead.text}» where {', '.join(others)} name «{lacking.text}»; "
                       f"expected a form of «{self._form_in(lacking, lang)}»")

    def _times(self, mention: NameMention, lang: str) -> int:
        """How many mentions of version *lang* name the person of *mention*."""
        return sum(_same_person(mention, m) for _, m in self.found.get(lang, []))

    def _undated(self, para: Para, mention: NameMention, lang: str) -> bool:
        """*mention* is the place of a dateline (ASTANA —) and version *lang* has none: it
        need not name where the news was written."""
        return in_dateline(para.text, mention.start, mention.end, mention.lang) \
            and not any_dateline([p.text for p in self.group.get(lang, [])], lang)

    def _someone_or_somewhere(self, mention: NameMention, stating: list[str]) -> bool:
        """A person or a place, in *mention* or its counterparts: a place CLDR knows or its kind
        noun names (`kind_places`), a name after a title, a first name and surname, a word
        pymorphy3 tags Name/Surn/Patr/Geox or a Kazakh surname. A lone capitalised word
        (Eurasian, Консультативтік) may be an adjective another version writes in lower case:
        its absence proves nothing."""
        forms = [mention] + [m for m in (self.counterpart(mention, o) for o in stating) if m]
        return any(m.titled or m.kind or len(m.words) >= 2 or any(
            w.place or recognise.is_person_word(w.text, w.lang) or recognise.is_place_word(w.text, w.lang)
            for w in m.words) or (id(m) in self.para_of and recognise.place_cue(self.para_of[id(m)].text, m))
            for m in forms)

    def _present(self, mention: NameMention, lang: str, status: str = "") -> bool:
        """*mention* has a counterpart in *lang*: some word the same (with *status* SAME), or
        every word the same or near (a misspelt name is present; Мурат Нуртлеу is not when only
        a Marat is there)."""
        verdicts = [self.best(w, lang)[0].status for w in mention.words]
        return SAME in verdicts or (not status and NONE not in verdicts)

    def _partner_present(self, mention: NameMention, stating: list[str], lang: str) -> bool:
        """The counterpart of *mention* in a stating version is itself present in *lang*
        (Японіи has no match in Kazakh, but its English counterpart Japan has)."""
        for other in stating:
            counterpart = self.counterpart(mention, other)
            if counterpart is None or counterpart is mention:
                continue
            # only its words that name what *mention* names: Томас Янкаускас Клайпеда, a name
            # run on into a place, is not present because Klaipėda is
            person = len(mention.words) >= 2 and not any(w.place for w in mention.words)
            shared = tuple(w for w in counterpart.words if person
                           and any(names.compare_words(w, x).status == SAME for x in mention.words))
            if self._present(replace(counterpart, words=shared or counterpart.words), lang):
                return True
        return False

    def _same_name(self, mention: NameMention, word: NameWord) -> bool:
        return any(names.compare_words(w, word).status == SAME for w in mention.words)

    def _bracket_aliases(self, mention: NameMention, lang: str) -> tuple[str, ...]:
        """The words version *lang* glosses with a word of *mention* in brackets (Кертағы
        (Пржевальский) жылқысы, тұран (Turan) жолбарысы): its own name for the thing, which it
        may then use alone (14 Кертағы жылқысы for "14 Przewalski's horses")."""
        pairs = _bracket_pairs(tuple(p.text for p in self.bundle.paras.get(lang, [])))  # the gloss comes once
        return tuple(outside for outside, inside in pairs if any(
            names.compare_words(w, NameWord(inside, lang, 0, len(inside), None)).status == SAME
            for w in mention.words))

    def _in_text(self, mention: NameMention, lang: str, paras: list[Para] | None = None) -> bool:
        """The name is in *lang*'s text as a word the recogniser did not take for a name
        (a lower-case adjective, a sentence-initial word): not missing. Of a person's full
        name the surname must be there: Бақыт alone, opening a sentence, does not make Бахыт
        Сарсенов present where the surname is another, nor does an initial, which stands for
        a first name (М.Кранц does not make Tomaž Mlakar present)."""
        person = self._full_name(mention)
        judged = mention.words[-1:] if person else mention.words
        syllables = person and names.east_asian_surname(mention.words[0].text)  # Sang-hoon: no Хун alone
        acronyms, glossed = _acronyms(mention, lang), self._bracket_aliases(mention, lang)
        for para in self.group.get(lang, []) if paras is None else paras:
            if acronyms and any(t.text.partition("-")[0] in acronyms for t in tokens(para.text)):
                return True
            if glossed and any(t.lower.startswith(glossed) for t in tokens(para.text)):
                return True
            if any(w.place and (names.home_implied(w.place, para.text, lang)
                                or (lang == "kk" and names.named_with_lookalikes(w.place, para.text)))
                   for w in mention.words):
                return True
            for token in tokens(para.text):
                if person and lang == "en" and not token.text[:1].isupper():
                    continue  # English capitalises a name's every word: Мур is not present as "more"
                probe = NameWord(token.text, lang, token.start, token.end, names.place_id(token.text, lang))
                nouns = nouns_of_adjective(probe)
                keys = [NameWord(key, lang, token.start, token.end, None) for key in
                        kind_places.place_keys(token.text, lang, adjective=True)[1:]] if nouns else []
                for w in judged:
                    if names.compare_words(w, probe).status == SAME or adjective_of(w, token.text, lang) \
                            or self._transcribes_shared(w, probe) \
                            or (lang == "en" and names.demonym_of(token.text, w.text)) \
                            or (_part_of(w, probe) and not syllables) \
                            or _city_of_country(w, token.text, lang) \
                            or (not person and _initial_for(w, token, para.text)) \
                            or any(names.compare_words(w, noun).status == SAME for noun in nouns) \
                            or any(names.compare_words(w, key).status == SAME for key in keys) \
                            or any(names.compare_words(w, p).status == SAME for p in _parts(token, lang)):
                        return True
            if any(names.compare_words(w, joined).status != NONE for joined in joined_pairs(para.text, lang)
                   for w in judged if not w.place):  # near: Khmer ch is Russian ть (Meanchey, Меантьей)
                return True
        return False

    def _full_name(self, mention: NameMention) -> bool:
        """*mention* is a person's full name, whose surname must be there for it to be present:
        two words or more, no place, and so written in the other versions that have it (a
        body's name that another version gives as its proper name alone, Dakar-Thiaroye
        Oceanographic [Research Centre] and Центр … Дакар-Тиаруа, is judged by every word)."""
        if len(mention.words) < 2 or any(w.place for w in mention.words):
            return False
        others = [m for m in (self.counterpart(mention, o) for o in self.langs if o != mention.lang) if m]
        return not others or any(len(m.words) >= 2 for m in others)

    def _missing_finding(self, para: Para, mention: NameMention, lang: str,
                         present: dict[str, bool]) -> Finding:
        stating = [mention.lang] + [o for o, here in present.items() if here]
        instead = self._instead(mention, lang)
        if instead is not None:
            where, other = instead
            message = (f"{lang} names «{other.text}» where {', '.join(stating)} name "
                       f"«{mention.text}»; expected a form of «{self._form_in(mention, lang)}»")
            # a lack all the same where the versions are by different hands: which names a
            # version chooses is its own, only a name in the same role is a swap (`slots`)
            return Finding("names.missing", "error", [lang], where.location, other.text, message,
                           Lack((lang,), ((mention.text, tuple(stating), para.location),)))
        where = self._para_like(para, lang)
        message = (f"«{mention.text}» ({', '.join(stating)}) has no counterpart in {lang}; "
                   f"expected a form of «{self._form_in(mention, lang)}»")
        return Finding("names.missing", "error", [lang], where.location, mention.text, message,
                       Lack((lang,), ((mention.text, tuple(stating), para.location),)))

    def _instead(self, mention: NameMention, lang: str, take: bool = True) -> tuple[Para, NameMention] | None:
        """A name of version *lang* that no other version has, of the same kind (a place for a
        place, a person for a person; never a name of no known kind, `_untyped`): the likely
        replacement of the missing one, taken (once) unless *take* is False. Of several, the one
        at the missing name's spot (`_spot`): a swapped person stands where the others name theirs
        (Wang Jianmin, Director General … where they name Чжан Вэньхао), not the company named
        at the paragraph's start."""
        is_place = any(w.place for w in mention.words) or bool(mention.kind)
        found = sorted(self.found[lang], key=lambda entry: self._spot(mention, *entry))
        for para, candidate in found:
            if _untyped(candidate):
                continue  # a name of no known kind stands in for none: on the merge of round 21 it
                # made capitalised common words (Археология, Дүниежүзілік, Secretariat) swapped names
            if any(bool(w.place or candidate.kind) != is_place for w in candidate.words):
                continue
            elif not is_place and not _someone(candidate):
                continue  # someone in place of a person: not "International Centre"
            if mention.kind and not _local_place(candidate):
                continue  # a district, a port, a village for another: not the World, not a country
            if is_place and _local_place(candidate) and not _local_place(mention):
                continue  # a town for a country is no swap (Тайынша for "Kazakh", Kazakhstan)
            if id(candidate) in self.taken_instead:
                continue  # two names swapped in one version: each has its own finding
            if not any(self._present(candidate, o) or (candidate.kind and self._place_there(candidate, o))
                       for o in self.langs if o != lang):
                if take:
                    self.taken_instead.add(id(candidate))
                return para, candidate
        return None

    def _spot(self, mention: NameMention, para: Para, candidate: NameMention) -> float:
        """How far *candidate* (in *para*) stands from *mention*'s spot in its own paragraph:
        their distance in shares of their paragraphs' lengths, a word more or fewer counting as
        a tenth; 0 where the missing name's paragraph is unknown."""
        own = self.para_of.get(id(mention))
        if own is None or not own.text or not para.text:
            return 0.0
        shift = abs(mention.start / len(own.text) - candidate.start / len(para.text))
        return shift + 0.1 * abs(len(mention.words) - len(candidate.words))

    def _form_in(self, mention: NameMention, lang: str) -> str:
        """How *mention* should be written in *lang*, in the nominative: a place as CLDR names
        it, a person as the state romanises the Russian or Kazakh form into English, or as the
        other Cyrillic version writes it."""
        place = next((w.place for w in mention.words if w.place), None)
        if place and names.place_names(place, lang):
            return names.place_names(place, lang)[0].title()
        order = ("kk", "ru") if lang == "en" else ("ru", "kk")  # a Kazakh ending comes off surely
        cyrillic = [m for m in (self.counterpart(mention, o) for o in order) if m]
        if not cyrillic:
            return mention.text
        if lang == "en":  # a Kazakh name before its kind noun is bare: Тайынша ауданы
            return " ".join(names.romanise(w.text if cyrillic[0].kind and w.lang == "kk" else
                                           names.nominative(w.text, w.lang)) for w in cyrillic[0].words)
        source = next((m for m in cyrillic if m.lang != lang), cyrillic[0])
        form = " ".join(w.text if source.kind and w.lang == "kk" else names.nominative(w.text, w.lang)
                        for w in source.words)  # a Kazakh name before its kind noun is bare: Тайынша ауданы
        if names.east_asian_surname(source.words[0].text):
            form = form.replace("-", " ")  # Пак Юн Жу: the given name's syllables written apart
        return kazakh_to_russian(form) if lang == "ru" and source.lang == "kk" else form

    def counterpart(self, mention: NameMention, lang: str) -> NameMention | None:
        """*mention* itself or the mention of version *lang* that names the same."""
        if mention.lang == lang:
            return mention
        for _, candidate in self.found.get(lang, []):
            if any(names.compare_words(w, c).status == SAME for w in mention.words for c in candidate.words):
                return candidate
        return None

    def _para_like(self, para: Para, lang: str) -> Para:
        mine = self.group[para.lang]
        theirs = self.group.get(lang) or mine
        index = mine.index(para) if para in mine else 0
        return theirs[min(len(theirs) - 1, index * len(theirs) // max(1, len(mine)))]


_PATRONYMIC = re.compile(r"(?:ұлы|қызы|улы|кызы)\w*\Z|(?:ович|евич|овн|евн)\w{0,3}\Z")
"""A Kazakh or Russian patronymic in any case form (Серікұлы, Ерланқызының, Нурлановичем)."""


_LEGAL_FORM_AFTER = re.compile(r"(?:\s+[A-Z][\w&-]*){0,3}\s+(?:LLP|LLC|JSC|PLC|plc|Ltd|Inc|GmbH|AG|Corp)\b")
"""A company's legal form after its name's last words (Qaragandy Kakao LLP, Astana Motors JSC):
the name keeps its own spelling, whatever the text calls its town."""


def _quoted_at(text: str, start: int) -> bool:
    """The word at *start* stands inside «quotation marks»: a company's or a body's name."""
    return text.count("«", 0, start) > text.count("»", 0, start)


def _tail(mention: NameMention, size: int) -> NameMention:
    """The last *size* words of *mention* as a mention of their own."""
    if len(mention.words) == size:
        return mention
    words = mention.words[-size:]
    return replace(mention, start=words[0].start, words=words,
                   text=mention.text[words[0].start - mention.start:])


def _surname_transcribed(latin: NameMention, ru: NameMention, kk: NameMention) -> bool:
    """The last word of the English name *latin* comes near the surname the Kazakh and Russian
    forms share as a transcription: within the reach of a slip by the learnt correspondence
    (`transcription_model`) or a letter in three by the rules (McGuinness, Макгиннесс;
    O'Shaughnessy, О'Шонесси);
    Smith is no transcription of Джонс."""
    shared = names.cyrillic_consensus(ru.words[-1].text, kk.words[-1].text)
    if not shared:
        return False
    surname = latin.words[-1]
    near = 0.35 * len(shared)
    return _model_reads(surname, shared) \
        or any(names.distance(names.skeleton(stem), names.skeleton(shared)) <= near for stem in surname.stems)


def _one_place_two_ways(a: NameWord, b: NameWord) -> bool:
    """Two English words for one place a letter or two apart, neither a case form of the other
    (Aktau, Aqtau; Klaipėda, Klaipeda: its own spelling and the mark dropped): one place spelt
    two ways in one text, which the gazetteer, knowing both, would take for one name. Not an
    abbreviation (US, USA), a short name, nor a people's word (Israel, Israeli) — which, a
    letter longer, would otherwise read as a second spelling of it."""
    if a.lang != "en" or not a.place or a.place != b.place or set(a.stems) & set(b.stems):
        return False
    x, y = a.text.lower(), b.text.lower()
    return not (a.text.isupper() or b.text.isupper()) and min(len(x), len(y)) >= 5 \
        and abs(len(x) - len(y)) <= 1 and names.levenshtein(x, y) <= 2 \
        and not any(names.is_demonym(w.text, "en") for w in (a, b))


def _clearly_one(a: NameWord, b: NameWord, costs: list[float]) -> tuple[NameWord, NameWord] | None:
    """(wrong, right) of *a* and *b* when every other version's *costs* (a's less b's, one each)
    clearly favour the same one (`_CLEARLY_CLOSER`), at least two versions saying so; else None."""
    if len(costs) < 2 or not (all(c >= _CLEARLY_CLOSER for c in costs)
                              or all(c <= -_CLEARLY_CLOSER for c in costs)):
        return None
    return (a, b) if costs[0] > 0 else (b, a)

def _soft_sign_apart(a: NameWord, b: NameWord) -> bool:
    """*a* and *b*, Cyrillic words of one version, are one word but for a soft sign (Шольц and
    Шолц, Ильин and Илин) or an э for е (Тео and Тэо): no case form of a name drops or adds ь
    alone or changes its vowel, so one name is spelt two ways — however short, where a letter's
    difference is otherwise another name (Марат, Мурат)."""
    pairs = [(a.text.lower(), b.text.lower())]
    if a.lang == "ru":  # Беттеля (of Беттель) and Беттел
        pairs.append((names.nominative(a.text, "ru").lower(), names.nominative(b.text, "ru").lower()))
    if a.lang == "kk":  # Хайбиньмен and Хайбин: Kazakh keeps a name's ь before its endings
        pairs += [(x, y) for x in a.stems for y in b.stems]
    return names.is_cyrillic(a.text) and any(x != y and _plain_e(x) == _plain_e(y) for x, y in pairs)


def _plain_e(word: str) -> str:
    """*word* with no soft sign and е for э: the letters a slip of one name's spelling changes."""
    return word.replace("ь", "").replace("э", "е")


_SILENT_E_AFTER_DOUBLE = re.compile(r"([^aeiouy])\1e\Z")
"""A double consonant before a silent final e (Labonne, Sorbonne): said at the word's end, which
Russian writes once or twice (Лабонн, Сорбонна), so no doubling to judge."""


def _surname_echoes(paras: list[Para], entries: list[tuple[Para, NameMention]]
                    ) -> list[tuple[Para, NameMention]]:
    """The surname of a full name *entries* hold, written again alone at the start of a
    sentence, where the recogniser takes no capitalised word for a name (Оверчук Ертіс пен
    Есіл өзендерін …, Фромельт қонақтарға …): the same word or one near it (a slip of the
    second mention), each a mention of its own. A common word is none (Мир, Президент)."""
    surnames = [m.words[-1] for _, m in entries if len(m.words) >= 2 and not any(w.place for w in m.words)]
    taken = {(id(para), w.start) for para, m in entries for w in m.words}
    out = []
    for para in paras if surnames else []:
        for token in tokens(para.text):
            if (id(para), token.start) in taken or not token.text[:1].isupper() \
                    or not sentence_initial(para.text, token.start) \
                    or recognise.is_common(token.text, para.lang):
                continue
            word = NameWord(token.text, para.lang, token.start, token.end, None)
            if any(names.compare_words(s, word).status != NONE or _doubled_apart(s, word) for s in surnames):
                out.append((para, NameMention(para.lang, token.start, token.end, token.text, (word,))))
    return out


def _doubled_apart(a: NameWord, b: NameWord) -> bool:
    """*a* and *b*, of one version and no place, are one name that one writes with a double
    letter the other writes once (Фроммельт and Фромельт, Ramcharan and Ramcharran), in any
    case form: a name keeps its letters in one text. Not a Kazakh name, whose ss may stand for
    one с in English (Issetov)."""
    if a.place or b.place or names.is_kazakh_name(a.text) or names.is_kazakh_name(b.text):
        return False
    return any(min(len(x), len(y)) >= 4 for x, y in _doubling_pairs(a, b))


def _doubling_pairs(a: NameWord, b: NameWord) -> list[tuple[str, str]]:
    """The pairs of stems of *a* and *b* that differ only in letters one doubles; [] when the
    two share a stem (Лабонн and Лабонн: a reading of the ending is no other spelling)."""
    if set(a.stems) & set(b.stems):
        return []
    return [(x, y) for x in a.stems for y in b.stems if x != y and _undoubled(x) == _undoubled(y)]


def _read_by_its_table(word: NameWord, partners: dict[str, NameWord],
                       fellows: tuple[str, ...] = ()) -> bool:
    """The Latin *word* is claimed by a language whose practical transcription writes the
    Russian form of *partners* (Gökçeli, Гёкчели by the Turkish table), or the Kazakh one in
    Russian letters when there is no Russian: the versions agree, whatever the general
    transcription makes of them (the partners agree with each other: that is why they are). When
    both are there, the name they share is the one read (`names.cyrillic_consensus`): Kazakh
    says which of the Russian form's readings is its nominative (Чокану, never the dative of
    Чокан, which reads Ciocan)."""
    partner = partners.get("ru") or partners.get("kk")
    if not names.is_latin(word.text) or partner is None:
        return False
    shared = names.cyrillic_consensus(partners["ru"].text, partners["kk"].text) \
        if "ru" in partners and "kk" in partners else None
    forms = (shared,) if shared else (names.nominative(partner.text, partner.lang), *partner.stems)
    if partner.lang == "kk":
        forms = tuple(kazakh.russian_letters(form) for form in forms)
    return any(practical.reads(word.text, form, fellows) or practical.reads_in_name(word.text, form, fellows)
               for form in forms)


def _claimed(word: NameWord, fellows: tuple[str, ...] = ()) -> bool:
    """The Latin *word* is spelt in a language whose practical transcription says how Russian
    and Kazakh write it (`press.lang.practical`: Wierzbicki by Polish rz and -cki, Onodera by
    Japanese syllables): in its own spelling, yet a slip in it or in its transcription is found."""
    return names.is_latin(word.text) \
        and bool(practical.claimed_readings(word.text, slips=True, fellows=fellows))


def _model_reads(latin: NameWord, shared: str) -> bool:
    """The learnt correspondence (`transcription_model`) reads the name *shared*, as the Kazakh
    and Russian versions write it, as a transcription of some stem of *latin*, within a slip."""
    return any(transcription_model.cost(stem, shared) <= transcription_model.slip() for stem in latin.stems)


def _local_place(mention: NameMention) -> bool:
    """*mention* names a place no larger than a country's part, by a gazetteer's id or its
    kind noun: not a world region (the World, Asia), which a version may leave implied."""
    return bool(mention.kind) or any(w.place and not names.is_region(w.place) and not w.place.startswith("T:")
                                     for w in mention.words)


CUE = "named as a place"
"""The kind of a name only the words around it say is a place («в Крушеве», "in Kruševo")."""
_TOWN_KINDS = frozenset({"city", "town", "village"})


def _place_kind(para: Para, mention: NameMention) -> str:
    """What kind of place *mention* is, for a swap of one place for another of its kind: the
    kind noun governing it (district, port), else by the gazetteer's id a country, a world
    region or a town (C:, K:; a GeoNames town G: where the words around it say a place),
    else CUE where the words around it say a place; "" for a
    name that is no place, or of places of different ids (Kazakhstan in a ministry's name)."""
    if mention.kind:
        return "town" if mention.kind in _TOWN_KINDS else mention.kind
    ids = {w.place for w in mention.words}
    if len(ids) == 1 and None not in ids:
        place = ids.pop()
        if not place.startswith("G:") or recognise.place_cue(para.text, mention):
            return "region" if names.is_region(place) else "country" if place.startswith("T:") else "town"
        return ""  # a word GeoNames knows a town by (Фонда, Fonda), with nothing around it to say so
    if not ids - {None} and len(mention.words) <= 2 and not mention.titled \
            and not any(recognise.is_common(w.text, w.lang) or recognise.is_person_word(w.text, w.lang)
                        for w in mention.words) \
            and recognise.place_cue(para.text, mention):
        return CUE
    return ""


def _counted_apart(mention: NameMention, lang: str, others: list[str],
                   places: dict[str, list[tuple[Para, NameMention]]], more: bool,
                   unit: dict[str, list[Para]] | None = None) -> bool:
    """Version *lang* names the place of *mention* once more (*more*) or once fewer than each
    version of *others*, which name it at least once: the count one swap moves. In the whole
    text; with *unit*, in its paragraphs, more or fewer times by any count."""
    def times(version: str) -> int:
        paras = None if unit is None else unit.get(version, [])
        return sum(same_place(mention, m) for p, m in places[version]
                   if paras is None or any(p is q for q in paras))

    mine = times(lang)
    if unit is not None:
        return all((mine > times(o)) if more else (mine < times(o)) for o in others)
    return all(times(o) >= 1 and mine - times(o) == (1 if more else -1) for o in others)


_COMPOUND_ADJECTIVE = re.compile(r"-[a-z]")
"""A town made a compound adjective (Vilnius-based, Almaty-born): the other versions say it
their own way, which may name no town."""


def _kinds_agree(kind: str, other: str) -> bool:
    """A place of kind *kind* may stand for one of *other*: the same kind, or a town for a
    name only the words around it say is a place."""
    return kind == other or {kind, other} == {"town", CUE}


def same_place(a: NameMention, b: NameMention) -> bool:
    """*a* and *b* may name one place: a gazetteer's id they share, or a word of one the same
    as or near a word of the other, a Russian place adjective by the nouns it may be made
    from (Тайыншинского and Taiynsha, Тайынша); near is enough, as a misspelt place is no swap."""
    ids = ({w.place for w in a.words if w.place}, {w.place for w in b.words if w.place})
    if all(ids) and ids[0] & ids[1]:
        return True
    if all(ids) and any(i.startswith("G:") for i in ids[0] | ids[1]):
        a, b = _unplaced(a), _unplaced(b)  # Cebu City, a GeoNames town, and «город Себу» (K:cebu)
    return any(names.compare_words(x, y).status != NONE for x in _place_words(a) for y in _place_words(b))


def _unplaced(mention: NameMention) -> NameMention:
    """*mention* with no gazetteer's place on its words: compared by their letters."""
    return replace(mention, words=tuple(replace(w, place=None) for w in mention.words))


def _named_by_another(own: NameMention, mention: NameMention, listed: list[NameMention]) -> bool:
    """Another of the places *listed* is the same as *own* (Аққайың of Akkayin): *mention*,
    only near it (Тайынша), is not its counterpart."""
    return any(other is not mention and any(names.compare_words(x, y).status == SAME
                                            for x in _place_words(own) for y in _place_words(other))
               for other in listed)


def _place_words(mention: NameMention) -> list[NameWord]:
    """The words *mention* is compared by as a place (`kind_places.place_keys`), and its words
    written as one (Prey Veng, «Прейвенг»)."""
    words = mention.words
    joined = [NameWord("".join(w.text if i == 0 else w.text.lower() for i, w in enumerate(words)),
                       mention.lang, mention.start, mention.end, None)] if len(words) >= 2 else []
    return [NameWord(key, w.lang, w.start, w.end, w.place if key == w.text else None)
            for w in words for key in kind_places.place_keys(w.text, w.lang, adjective=True)] + joined


def _patronymic_inside(mention: NameMention, word: NameWord) -> bool:
    """*word* is a patronymic between a given name and a surname (Данияр Ержанұлы Сәрсенбаев,
    Канат Бахытович Жылкыбаев): it names the father, so it is compared with no one's given name."""
    inside = 0 < mention.words.index(word) < len(mention.words) - 1
    return inside and bool(_PATRONYMIC.search(word.text.lower()))


_RUSSIAN_U = re.compile(r"[бвгджзклмнпрстфхцчшщ]у[бвгджзклмнпрстфхцчшщ]")
_SURNAME_END = re.compile(r"(?:ов|ев|ова|ева)\Z")
_FRONT_THEN_RUSSIAN_U = re.compile(r"[әөүі][бвгғджзйклмнңпрстфхһцчшщ]+у[бвгғджзйклмнңпрстфхһцчшщ]")
"""у between consonants after a front Kazakh vowel (Жүнусова): vowel harmony makes it ү in a
Kazakh word (Жүнісова, Жүнүсова); the у is the Russian spelling's (Жунусова)."""


def _russian_letters(mention: NameMention, word: NameWord) -> bool:
    """A Kazakh surname in Russian letters in a Kazakh text (Жумагулов in Талғат Ерланұлы
    Жумагулов): у between consonants, which Kazakh writes ұ or ү, in an -ов/-ев surname none
    of whose letters is Kazakh, where the person's other names are in Kazakh letters; or in
    one spelt with Kazakh letters, after a front vowel (Жүнусова). Russian writes it so; a
    Kazakh text does not. A foreign person (Сергей Кузнецов) has no Kazakh letters in their
    name."""
    if word.lang != "kk" or word.place:
        return False
    nominative = names.nominative(word.text, "kk").lower()
    if not _SURNAME_END.search(nominative):
        return False
    if names.is_kazakh_name(word.text):
        return bool(_FRONT_THEN_RUSSIAN_U.search(nominative))
    if not _RUSSIAN_U.search(nominative):
        return False
    return any(other is not word and names.is_kazakh_name(other.text) and not other.place
               and not recognise.is_common(other.text, "kk") for other in mention.words)


_NEIGHBOURS_CITIZEN = re.compile(r"(?<!\w)(?:өзбек|тәжік|қырғыз|түрікмен|ташкент|бішкек|душанбе|ашхабад"
                                 r"|самарқанд|бұхара)\w*", re.IGNORECASE)
"""A neighbour whose Cyrillic writes у between consonants (Uzbek, Tajik, Kyrgyz, Turkmen: Юсупов,
Рахмонов, Жапаров), its people, country (Өзбекстан) or a city of it said before a name in its
sentence («өзбек ақыны Шұхрат Юсупов»)."""


def _neighbours_citizen(para: Para, mention: NameMention) -> bool:
    """*mention* is a neighbour's citizen by its sentence (`_NEIGHBOURS_CITIZEN`): the surname is
    spelt as the person's own country writes it, not a Kazakh name in Russian letters, though a
    Kazakh text gives the first name its Kazakh letters (Шұхрат)."""
    start = max(para.text.rfind(". ", 0, mention.start), 0)
    return bool(_NEIGHBOURS_CITIZEN.search(para.text, start, mention.start))


def _russian_letters_finding(para: Para, mention: NameMention, word: NameWord) -> Finding:
    return Finding("names.spelling", "error", ["kk"], para.location, mention.text,
                   f"«{word.text}» (kk) is spelt in Russian letters in a Kazakh name "
                   f"«{mention.text}»; a Kazakh text writes у between consonants as ұ or ү")


_ANOTHER_NAME = 2.5
"""How far a first name must be from the others' to be another person's (Nawaz/Шахбаз 3.0),
not the same name in another transcription (Friedrich/Фридрих 1.8, Guillaume/Гийом 1.5)."""
_WORD_AFTER = re.compile(r"[ \u00a0]+([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]+)")
"""The capitalised word right after a name word, in the same sentence."""


def _word_after(para: Para, word: NameWord) -> list[NameWord]:
    """The capitalised word right after *word* in its paragraph, as a name word, when it reads as
    a common word of the language ([] else): a surname the recogniser took for one (Рахман),
    which only the other versions' surname can confirm."""
    after = _WORD_AFTER.match(para.text, word.end)
    if after is None or not recognise.is_common(after.group(1), word.lang):
        return []  # a word the recogniser left out for another reason (Пучверт-и-Казальс)
    return [NameWord(after.group(1), word.lang, after.start(1), after.end(1), None)]


_WORD_BEFORE = re.compile(r"\b([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]+)\s+\Z")
"""The capitalised word that ends a text (the one right before a name word)."""


def _people_word(word: NameWord) -> bool:
    """*word*, in some case form, is a people's or language's name as CLDR gives it (Kazakh
    «Корей тарабы», «Корейдің»: the Korean side, Korea's; not the country Корея misspelt)."""
    return not word.place and any(stem in names.language_words(word.lang) for stem in word.stems)


def _title_like(word: NameWord, own: bool = False) -> bool:
    """An English or Russian common word standing where a first name would (Emperor,
    Императору; Vice-Rector); Kazakh first names are often words (Ермек, Алмас), so Kazakh is
    not judged. Of the other versions' names, English first names in the frequency list
    (Gregory, Laura, Thomas) are no titles: only a title word (`recognise.TITLES`) in some part
    is one; the judged name's own word (*own*) is judged as any common word (Archbishop)."""
    parts = [part for part in word.text.split("-") if part]
    if word.lang == "en" and not own:
        return all(recognise.is_common(part, "en") for part in parts) \
            and any(part.lower() in recognise.TITLES["en"] for part in parts)
    return word.lang != "kk" and all(recognise.is_common(part, word.lang) for part in parts)


def _introduces(before: NameWord, given: NameWord, gap: str) -> bool:
    """The word *before* a surname, *gap* apart, introduces its person: the first name *given*
    or its initial, or any word of the same sentence — a first name in another script's
    spelling (Michael for Майкл), the end of a title (директор министерства торговли
    Тефаатау, елшісі Сейтқали): only a surname opening a sentence is written alone."""
    return _one_given_name(before, given, []) or _initial_of(before, given) or not _SENTENCE_END.search(gap)


def _givens(mention: NameMention) -> list[NameWord]:
    """Every first name of a full name, before the surname, past a patronymic (Rafael and
    Mariano of Rafael Mariano Grossi): a version may give a person one of them alone."""
    return [w for w in mention.words[:-1] if not _PATRONYMIC.search(w.text.lower())]


def _initial_of(initial: NameWord, word: NameWord) -> bool:
    """*initial* is one capital letter that *word* romanises as beginning with (Р. for Rafael,
    Ә. for Alisher): the first name given by its initial."""
    return len(initial.text) == 1 and initial.text.isupper() \
        and names.romanise(initial.text)[:1].lower() == names.romanise(word.text)[:1].lower()


def _one_given_name(word: NameWord, given: NameWord, others: list[NameWord]) -> bool:
    """*word* and *given* may be one first name: by its initial; in the two Cyrillic scripts,
    unless nothing of them aligns (Тимур and Темір are two names, Айгерим and Әйгерім one);
    across scripts, close enough for another transcription (Friedrich, Фридрих) — unless the
    English form is, letter for letter, a Cyrillic version's first name that is not *word*
    (Timur is Тимур, not Темір)."""
    if _initial_of(given, word):
        return True
    verdict = names.compare_words(word, given)
    if names.is_latin(word.text) == names.is_latin(given.text):
        return verdict.status != NONE if names.is_cyrillic(word.text) else verdict.cost < _ANOTHER_NAME
    if verdict.status == SAME:
        return True
    latin = given if names.is_latin(given.text) else word
    strictly_other = [g for g in others if names.is_cyrillic(g.text) and names.is_cyrillic(word.text)
                      and names.compare_words(word, g).status == NONE]
    return verdict.cost < _ANOTHER_NAME \
        and not any(names.compare_words(latin, g).status == SAME for g in strictly_other)


def _given_of(mention: NameMention) -> NameWord | None:
    """The first name of a full name: the word before the surname, past a patronymic."""
    before = [w for w in mention.words[:-1] if not _PATRONYMIC.search(w.text.lower())]
    return before[-1] if before else None


def _same_given(mention: NameMention, other: NameMention, status: str = SAME) -> bool:
    """Every word of *mention* after its surname is the same as one of *other*'s after its
    own (Ji-hoon and Чжи Хун), or with *status* NEAR, close (Young-hoon and Ён Хун: Korean
    syllables romanise several ways): the given name of a surname-first name."""
    ranks = (SAME,) if status == SAME else (SAME, NEAR)
    return all(any(names.compare_words(word, theirs).status in ranks for theirs in other.words[1:])
               for word in mention.words[1:])


def _identity(mention: NameMention) -> NameMention:
    """The words of *mention* that tell its person from others: of a surname-first name, the
    given name (a Lee Jung-sik is not present because a Ли У Ён is), else every word."""
    if len(mention.words) >= 2 and names.east_asian_surname(mention.words[0].text):
        return replace(mention, words=mention.words[1:])
    return mention


def _hyphen_part_same(a: NameWord, b: NameWord) -> bool:
    """One of *a* and *b* is a hyphenated compound with a part of four letters or more the
    same as the other (Джохор-Бару, Johor; Бару, Bahru): a name one script writes as two words
    and the other joins with a hyphen. Both hyphenated or neither: no such part."""
    if ("-" in a.text) == ("-" in b.text) or names.is_latin(a.text) == names.is_latin(b.text):
        return False
    whole, single = (a, b) if "-" in a.text else (b, a)
    parts = [NameWord(part, whole.lang, whole.start, whole.end, None) for part in whole.text.split("-")]
    return any(names.compare_words(part, single).status == SAME for part in parts if len(part.text) >= 4)


def _same_person(a: NameMention, b: NameMention) -> bool:
    """*a* and *b* name one person: a word the same (Бақаевтың and Bakayev), or, for two
    surname-first names (Kim Young-hoon, Ким Ён Хун), the surname and the given name."""
    if len(a.words) >= 2 and len(b.words) >= 2 and names.east_asian_surname(a.words[0].text) \
            and names.east_asian_surname(b.words[0].text):
        return _same_surname(a.words[0], b.words[0]) and _same_given(a, b, NEAR)
    return any(names.compare_words(x, y).status == SAME for x in a.words for y in b.words)


def _usual_russian_form(word: NameWord, russian: NameWord | None) -> bool:
    """The Kazakh *word* is written in Russian as *russian* by custom (`kazakh.russian_forms`:
    Бейбіт as Бейбут, Оразалин as Уразалин), which English then romanises: no slip."""
    if word.lang != "kk" or russian is None:
        return False
    return any(names.compare_words(NameWord(form, "ru", 0, 0, None), russian).status == SAME
               for stem in word.stems for form in kazakh.russian_forms(stem)[1:])


def _by_surname(key: NameMention, mention: NameMention) -> bool:
    """*mention* names the person whose surname alone *key* is, spelt the same or near (Жүнісов,
    Kazakh letters, for Zhunusov, which romanises the Russian Жунусов): a count of mentions."""
    if len(mention.words) >= 2 and names.east_asian_surname(mention.words[0].text):
        return _same_person(key, mention)
    return any(names.compare_words(key.words[0], w).status != NONE for w in mention.words)


def _script_lang(word: str, lang: str) -> str:
    """The language to read *word* of version *lang* by: its own, or, for a word in the other
    script (a finding's excerpt quotes another version's form), English or Russian."""
    latin = names.is_latin(word)
    return lang if latin == (lang == "en") else ("en" if latin else "ru")


def _surname_only(person: NameMention) -> NameMention:
    """*person* by the surname alone (the first word of Kim Young-hoon, the last of Ruslan
    Zhunusov): two people of one first name are counted apart."""
    east = len(person.words) >= 2 and names.east_asian_surname(person.words[0].text)
    return replace(person, words=(person.words[0] if east else person.words[-1],))


def _same_surname(a: NameWord, b: NameWord) -> bool:
    """*a* and *b* are one East Asian surname, however short (Ли and Ли, Ли and Lee)."""
    return a.text.lower() == b.text.lower() or names.compare_words(a, b).status == SAME




def _undoubled(word: str) -> str:
    """*word* in lower case with each doubled letter written once."""
    return _DOUBLE.sub(r"\1", word.lower())


_DOUBLE = re.compile(r"(.)\1")
_SENTENCE_END = re.compile(r"[.!?;:]")


def _untyped(mention: NameMention) -> bool:
    """A name of no known kind: one word no gazetteer knows, no kind noun governs, no title
    or person's word marks as a person, and no common word, demonym or acronym — a small town
    (Bled, Portorož) or a foreign surname alone. Written in its version's own script: a Latin
    word in a Cyrillic text is a brand or a company's name, kept as it is."""
    if len(mention.words) != 1 or mention.kind or _someone(mention):
        return False
    word = mention.words[0]
    return not word.place and not word.text.isupper() and names.is_latin(word.text) == (word.lang == "en") \
        and noun_of_adjective(word) is None and not names.is_demonym(word.text, word.lang) \
        and not recognise.is_common(word.text, word.lang)


def _someone(mention: NameMention) -> bool:
    """A person's name: after a title, or of two words or more, none of them a common word
    (Didier Canesse, not International Centre), or with a word that is a person's; an East
    Asian surname before given names no common word (Wang Jianmin, Li Qiang: English has
    wang and li as words, the name's order says who it is)."""
    words = mention.words
    return mention.titled or any(recognise.is_person_word(w.text, w.lang) for w in words) \
        or len(words) >= 2 and not any(recognise.is_common(w.text, w.lang) for w in words) \
        or 2 <= len(words) <= 3 and names.east_asian_surname(words[0].text) \
        and not any(recognise.is_common(w.text, w.lang) or w.place for w in words[1:])


def _forms(partners: dict[str, NameWord], skip: str = "") -> str:
    """"kk and ru «Рыжиков»", "en «Wadephul» and kk «Вадефульмен»": each form once."""
    by_form: dict[str, list[str]] = {}
    for lang, word in partners.items():
        if lang != skip:
            by_form.setdefault(word.text, []).append(lang)
    return " and ".join(f"{' and '.join(langs)} «{form}»" for form, langs in by_form.items())


_LOWER_NEXT = re.compile(r"[\s\u00a0]+[a-z]")


def _demonym_used(para: Para, mention: NameMention, partners: dict[str, NameWord]) -> bool:
    """A lone English word before a lower-case one that is the demonym of its partners' name
    (the Istrian coast, Kuwaiti dinars where the others write Истрия, Кувейт): an adjective
    made from the name, not the name misspelt."""
    alone = mention.lang == "en" and len(mention.words) == 1
    return alone and bool(_LOWER_NEXT.match(para.text, mention.end)) \
        and any(names.demonym_of(mention.text, other.text) for other in partners.values())


def _better(verdict: Verdict, than: Verdict) -> bool:
    return verdict.rank < than.rank


_JOINED = re.compile(r"[\s-]+")


def title_places(paras: list[Para]) -> set[str]:
    """The gazetteer's places *paras* name as parts of titles (`names.names_a_part`: Europe
    of the Europe Department, Japan of "Ambassador to Japan"): a version whose titles name a
    place no other version's do swapped the title's place, it did not shorten the title."""
    return {w.place for para in paras for m in recognise.find_names(para.text, para.lang, ())
            if names.names_a_part(para.text, m.start, m.end, para.lang) for w in m.words if w.place}


def adjective_of(word: NameWord, text: str, lang: str) -> bool:
    """*text* is an adjective or demonym of the place *word* (Hungarian, венгерский, венгр;
    a -stan country's people: Kazakh, қазақ, Uzbek; not Түркі, Turkic, of the city Түркістан).
    An adjective of one word names a place of two as one (жаңазеландиялық, new-zealand-ish, of
    Жаңа Зеландия; новозеландский is made from Новая Зеландия otherwise and stays unread)."""
    if not word.place:
        return False
    if lang == "en" and text[:1].isupper() \
            and any(names.demonym_of(text, name) for name in names.place_names(word.place, "en")[:1]):
        return True  # Filipino of the Philippines, which no root of the name makes
    lower = text.lower()
    forms = {lower, *(lower[len(prefix):] for prefix in _RU_BESIDE
                      if lang == "ru" and lower.startswith(prefix))}
    if lang == "ru" and (compass := RU_COMPASS.match(lower)):
        forms.add(lower[compass.end():])
    for name in names.place_names(word.place, lang):
        name = _JOINED.sub("", name) if _JOINED.sub("", lower) == lower else name  # жаңазеландиялық
        roots = {name[:max(4, len(name) - 3)]}
        for suffix in ("istan", "stan", "истан", "стан"):  # a country's people, not a city's
            if name.endswith(suffix) and len(name) - len(suffix) >= 4 and word.place.startswith("T:"):
                roots.add(name[:-len(suffix)])
        if lower != name and any(form.startswith(root) for form in forms for root in roots):
            return True
    return False


_LATIN_RUN = re.compile(r"(?<!\w)[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)+")
"""Capitalised Latin words in a row (Air Astana, Qazaq Air): a name a Cyrillic version may
write as it is."""
_RU_BESIDE = ("при", "транс", "за")
"""Russian prefixes of an adjective of a place's surroundings: прикаспийские государства (the
Caspian States), транскаспийский, забайкальский: the place's adjective all the same."""
RU_COMPASS = re.compile(r"(?:северо-|юго-)?(?:запад|восточ|север|юж|централь)но-?(?=\w{4})")
"""The part of the country a Russian compound adjective names before the place's adjective
(Западнокитайская ярмарка, the Western China fair; южнокорейских компаний): the place's
adjective all the same."""


def _adjective_form(adjective: NameWord, name: NameWord) -> bool:
    """*adjective* is the Russian adjective made from the name *name* (Мельбурнского of
    Мельбурне): the same name, not a second spelling of it."""
    return any(names.compare_words(noun, name).status == SAME for noun in nouns_of_adjective(adjective))


def joined_pairs(text: str, lang: str) -> list[NameWord]:
    """Each two capitalised words written apart as one word (Banteay Meanchey → Banteaymeanchey):
    a place name one version writes in two words and another in one (Бантеаймеантьей,
    Кампонгчнангтағы), aligned by its transcription with no gazetteer entry."""
    words = tokens(text)
    return [NameWord(a.text + b.text.lower(), lang, a.start, b.end, None)
            for a, b in zip(words, words[1:], strict=False)
            if a.text[:1].isupper() and b.text[:1].isupper() and text[a.end:b.start] == " "]


RU_RELATIONAL = re.compile(rf"(?<=[а-яё]){RELATIONAL_ENDING}\Z")
"""A Russian adjective made from a name (Улытауской области, Каракорумским шоссе): the others may
write the noun, which no gazetteer knows either."""


def noun_of_adjective(word: NameWord) -> NameWord | None:
    """The place a capitalised Russian relational adjective is made from (Хатлонской
    области → Хатлон, Жамбылская → Жамбыл): the other versions write the noun (Khatlon
    region, Хатлон облысы). None for any other word."""
    if word.lang != "ru" or not word.text[:1].isupper():
        return None
    match = RU_RELATIONAL.search(word.text)
    if match is None or match.start() < 3:
        return None
    return NameWord(word.text[:match.start()], "ru", word.start, word.start + match.start(), None)


_RU_LINKING = re.compile(r"(?<=\w{3})[иа]н\Z")
"""The -ин-, -ан- Russian puts between a name ending in a vowel and its -ский (Караганда →
карагандинский, Алматы → алматинский, Аваза → Авазинская, Мексика → мексиканский)."""


def nouns_of_adjective(word: NameWord) -> list[NameWord]:
    """The readings of the place a capitalised Russian relational adjective is made from
    (`noun_of_adjective`): the stem as cut (Хатлон), and after a linking -ин-, -ан- the name with
    each vowel a name Russian makes so ends in (Авазинская программа → Аваза; «the Awaza
    programme»): which vowel the adjective does not say, the other versions' form does."""
    noun = noun_of_adjective(word)
    if noun is None:
        return []
    if not _RU_LINKING.search(noun.text):
        return [noun]
    stem = noun.text[:-2]
    return [noun] + [NameWord(stem + vowel, "ru", noun.start, noun.end, None) for vowel in "аыуо"]


_INITIAL = re.compile(r"\.\s?[^\W\d_]")


_GLOSS_PAIR = re.compile(r"([^\W\d_][\w-]{2,})[ \u00a0]*\(([^\W\d_][\w-]{2,})\)")
"""A word and another name for it in brackets after it (Кертағы (Пржевальский))."""


@lru_cache(maxsize=64)
def _bracket_pairs(texts: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(word, its bracketed other name) of every `_GLOSS_PAIR` in a version's paragraphs."""
    return tuple((m.group(1).lower(), m.group(2)) for text in texts for m in _GLOSS_PAIR.finditer(text))


_REGION_INITIAL = {"en": "R", "ru": "О", "kk": "О"}
"""The initial of the region noun an abbreviated region name ends in (облысы, область, Region)."""
_NAME_PARTS = re.compile(r"[^\s‐-]+")


def _acronyms(mention: NameMention, lang: str) -> frozenset[str]:
    """The abbreviations a place of *mention* is written as in *lang*: the initials of its
    name's words and hyphenated parts, with or without the region noun's (СҚО, СКО for the North
    Kazakhstan region: Солтүстік Қазақстан облысы, Северо-Казахстанская область; ОАЭ), a Kazakh
    case ending hyphenated to it (ШҚО-да) left aside by the caller."""
    found: set[str] = set()
    for place in {w.place for w in mention.words if w.place}:
        for form in names.place_names(place, lang):
            initials = "".join(part[0] for part in _NAME_PARTS.findall(form)).upper()
            if len(initials) >= 2:
                found |= {initials, initials + _REGION_INITIAL[lang]}
    return frozenset(found)


def _initial_for(word: NameWord, token: Token, text: str) -> bool:
    """*token* is an initial before a name (Ә.Науаи, A. Navoi) that stands for the first
    name *word* (Alisher, Әлішер): one capital letter, a stop, a capitalised word, and the
    same first letter once both are romanised (Ә and A; Ю and Yu)."""
    if word.place or len(token.text) != 1 or not token.text.isupper() \
            or not (after := _INITIAL.match(text, token.end)) or not after.group()[-1].isupper():
        return False
    return names.romanise(token.text)[:1] == names.romanise(word.text)[:1]


def _part_of(word: NameWord, probe: NameWord) -> bool:
    """The last part of a hyphenated name is the same as *probe* (Нью-Делиде and Delhi,
    Улан-Батор and Bator): the compound is written as two words in the other script."""
    head, _, last = word.text.rpartition("-")
    if not head or len(last) < 4 or "-" in probe.text:
        return False
    part = NameWord(last, word.lang, word.start + len(head) + 1, word.end, None)
    return names.compare_words(part, probe).status == SAME


def _parts(token: Token, lang: str) -> list[NameWord]:
    """The capitalised parts of a hyphenated word (Нарын-Сырдария каскады: the Naryn and the
    Syr Darya), each a name of its own that the other versions may write apart."""
    if "-" not in token.text:
        return []
    return [NameWord(part, lang, token.start, token.end, names.place_id(part, lang))
            for part in token.text.split("-") if len(part) >= 4 and part[:1].isupper()]


def _city_of_country(word: NameWord, text: str, lang: str) -> bool:
    """*text* is the first word of the city's name in *lang* (Mexico for Mexico City, Kuwait
    for Kuwait City): a version may call the city by its country's name."""
    return bool(word.place) and any(
        " " in name and name.split()[0] == text.lower() for name in names.place_names(word.place, lang))


def _expected(word: NameWord, partners: dict[str, NameWord]) -> tuple[str, str]:
    """The form the misspelt version should have and the version it comes from ("" when it is
    romanised): the state romanisation of a Kazakh or Russian surname in English, the other
    Cyrillic version's form, in the nominative, in Kazakh or Russian."""
    if word.lang == "en":
        source = partners.get("ru") or partners.get("kk")
        nominative = names.nominative(source.text, source.lang) if source else ""
        kazakh = partners.get("kk")
        if source is not kazakh and kazakh is not None and nominative.endswith("а") \
                and not names.nominative(kazakh.text, "kk").endswith("а"):
            nominative = nominative[:-1]  # Жакупова is the genitive of Жакупов (kk Жақыпов)
        return (names.romanise(nominative), "") if nominative else ("", "")
    lang, cyrillic = next(((lang, w) for lang, w in partners.items() if lang != "en"), ("", None))
    if cyrillic is None:
        return "", ""
    if not (names.is_kazakh_name(word.text) or names.is_kazakh_name(cyrillic.text)) \
            and (form := names.in_case_of(word.text, word.lang, cyrillic.text)):
        return form, lang  # a foreign name in the case form of *word* (Эшворт-Хейлмен)
    nominative = names.nominative(cyrillic.text, lang)
    if word.lang == "ru" and lang == "kk":
        return kazakh_to_russian(nominative), lang
    return nominative, lang


def kazakh_to_russian(word: str) -> str:
    """A Kazakh spelling with its nine letters in their Russian counterparts (Нұртілеу →
    Нуртилеу): the Russian form when Russian has no other name for it."""
    return word.translate(kazakh.RUSSIAN_LETTERS)
