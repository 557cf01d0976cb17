"""Names in running text that no register lists: which capitalised words are names.

Capitalised words that are not common words of the language (the lexicon), Russian words
pymorphy3 tags Name/Surn/Patr/Geox, CLDR territory and city names (`press.lang.names`), and,
at the start of a sentence, only such strong evidence. Demonyms and language names
(Hungarian, Kazakhstani) are never names; a capitalised common word joins a name beside it
(Roman Vassilenko) unless a title ends there (Minister of National Economy Serik …).

    find_names("Министр Алибек Бакаев прибыл в Будапешт.", "ru")   # two mentions
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from press.check import lexicon
from press.lang import kazakh, kind_places, names
from press.lang.names import NameMention, NameWord
from press.lang.read_organisations import table_word
from press.lang.tokens import Token, sentence_initial

if TYPE_CHECKING:
    from pymorphy3.tagset import OpencorporaTag

TITLES: dict[str, frozenset[str]] = {
    "en": frozenset((  # noqa: SIM905
        "academician admiral akim ambassador captain chair chairman chancellor colonel commander "
        "commissioner consul counsellor deputy director dr emir emperor envoy governor head king "
        "lieutenant mayor minister mr mrs ms premier president prince professor queen rector "
        "secretary secretary-general senator sheikh speaker"
    ).split()),
    "ru": frozenset((  # noqa: SIM905
        "аким акима г-жа г-н генсек глава главы господин госпожа губернатор депутат директор "
        "канцлер консул король министр министра министром министру мэр посла послом послу "
        "посол председатель председателя президент президента президентом президенту "
        "премьер-министр премьер-министра секретарь секретаря спикер эмир"
    ).split()),
    "kk": frozenset((  # noqa: SIM905
        "басшысы депутаты елшісі елшісімен елшісінің канцлері консулы министрі министрімен "
        "министріне министрінің орынбасары орынбасарының президенті президентіне "
        "президентінің премьер-министрі төрағасы төрағасының хатшысы хатшысының әкімі"
    ).split()),
}
"""Words that stand before a person's name; a capitalised word after one is a name."""


def _titles(lang: str) -> frozenset[str]:
    return TITLES.get(lang, frozenset())


@lru_cache(maxsize=1024)
def find_names(text: str, lang: str, taken: tuple[tuple[int, int], ...] = (),
               speakers: bool = True) -> tuple[NameMention, ...]:
    """The names in *text*: runs of name words, a place its own mention (Венгрии Петер
    Сийярто is a place and a person), each place of a route written with hyphens too
    (`names.name_tokens`). Words inside *taken* spans (registered names) are left out.
    *speakers*: a word opening a sentence before a verb of saying is a name (`_says`); not
    for pairing paragraphs, where a paragraph that names no one else would then only lack it."""
    words = names.name_tokens(text, lang)
    marks = _marks(text, words, lang, taken, speakers)
    places = _kind_places(text, words, marks, lang, taken)
    starts, ends = {p.start for p in places}, {p.end for p in places}
    mentions: list[NameMention] = []
    run: list[NameWord] = []

    def close(index: int) -> None:
        if run:
            first = run[0]
            titled = index > 0 and words[index - 1].lower in _titles(lang) or after_initial(text, first.start)
            kind = next((p.kind for p in places if p.start <= first.start < p.end), "")
            mentions.append(NameMention(lang, first.start, run[-1].end, text[first.start:run[-1].end],
                                        _given_joined(tuple(run)), titled and not kind, kind))
            run.clear()

    begin = 0
    for i, mark in enumerate(marks):
        if mark is None and _particle_between(text, words, marks, i, lang):
            continue  # Hendrik de Vries, Mohammed bin Zayed: one name
        if mark is None and _syllable_between(text, words, marks, i):
            mark = NameWord(words[i].text, lang, words[i].start, words[i].end, None)  # Лим Чи Кеонг
        if mark is not None and _kind_noun_before(words, i, places, lang):
            mark = None  # Lake of Lake Naivasha: the kind, which the others say as a common word
        if mark is None:
            close(begin)
            continue
        gap = text[words[i - 1].end:words[i].start] if i else ""
        if run and lang == "ru" and _adjective_of_next_place(run, mark, gap):
            run[-1] = replace(run[-1], place=mark.place)  # Северном Арале: the Northern Aral, no Severn
        joined = run and gap.strip() == "" and mark.place == run[-1].place \
            and words[i].start not in starts and words[i - 1].end not in ends \
            and names.is_latin(words[i].text) == names.is_latin(words[i - 1].text) \
            and not (lang == "kk" and _WHERE_ATTRIBUTIVE.search(words[i - 1].text)) \
            and not (lang == "kk" and _said_again(run[-1], mark))
        # a kind-place is a name alone; so is a Latin brand before a Cyrillic name (Caspian Water
        # Technologies Марата …: the company, then its director)
        after = words[i + 1].text if i + 1 < len(words) else ""
        if not joined or (lang == "kk" and _next_person(run, mark, after)) \
                or (lang == "ru" and _case_breaks(run, mark)):
            close(begin)
            begin = i
        run.append(mark)
    close(begin)
    return tuple(m for mention in mentions for m in _body_or_place_before_person(mention))


def _adjective_of_next_place(run: list[NameWord], word: NameWord, gap: str) -> bool:
    """The Russian *run* is one capitalised adjective (its likeliest reading) right before the place
    *word*: a part of that place's name (Северном Арале, Южном Казахстане), whatever place a
    gazetteer reads in its letters (Северн, the Severn)."""
    if len(run) != 1 or not word.place or run[0].place == word.place or gap != " ":
        return False
    found = names.parses(run[0].text.lower())[:1]
    return bool(found) and found[0].tag.POS == "ADJF"


def _said_again(before: NameWord, word: NameWord) -> bool:
    """The Kazakh place *word* repeats the one *before* it, which has a case ending (Эдинбургте
    Эдинбург университетінің, in Edinburgh with Edinburgh's university): two mentions, as
    Kazakh inflects a name's last word only."""
    lower, stem = before.text.lower(), word.text.lower()
    return len(lower) > len(stem) and lower.startswith(stem)


def _case_breaks(run: list[NameWord], word: NameWord) -> bool:
    """In Russian, *word* is a surname in the nominative (-ов, -ев, -ин) after a run that opens
    with a first name in another case only (с … Еленой Морри Темирханов обсудил): the subject
    of the sentence, another person, since a name's words share its case (Еленой Морри,
    Ерболом Темирхановым)."""
    if not run or not _RU_NOMINATIVE_SURNAME.search(word.text):
        return False
    found = names.parses(run[0].text)[:2]
    return bool(found) and all("Name" in p.tag.grammemes and "nomn" not in p.tag.grammemes for p in found)


_RU_NOMINATIVE_SURNAME = re.compile(r"\w{3}(?:ов|ев|ёв|ин|ын)\Z")


def _kind_noun_before(words: tuple[Token, ...], i: int, places: tuple[kind_places.KindPlace, ...],
                      lang: str) -> bool:
    """Word *i* is the capitalised kind noun right before the name of a kind-place it governs
    (Lake Naivasha, River Ural: English capitalises it, Russian and Kazakh write «озеро», «көл»)."""
    if i + 1 >= len(words) or not words[i].text[:1].isupper():
        return False
    place = next((p for p in places if p.start == words[i + 1].start), None)
    return place is not None and words[i].lower.startswith(kind_places.KINDS[place.kind].get(lang, ()))


_WHERE_ATTRIBUTIVE = re.compile(r"(?:да|де|та|те)ғы\Z|(?:да|де|та|те)гі\Z", re.IGNORECASE)
"""A Kazakh locative made an attribute (Виллигендегі институт, the institute in Villigen;
Астанадағы): it says where the next name is, and is no word of it."""


def _body_or_place_before_person(mention: NameMention) -> tuple[NameMention, ...]:
    """*mention*, unless it opens with a capitalised body's or place's word in Russian or
    Kazakh before a first name and a surname (Председатель Сената Маулен Ашимбаев, сборной
    Уэльса Киффер Мур), or a body's word in English (Consul of the Embassy Yerzhan
    Mukhamediyarov): then the person alone, and the place as a name of its own (a body's word
    is none)."""
    words = mention.words
    if mention.lang not in ("ru", "kk", "en") or len(words) < 3 or words[0].place:
        return (mention,)
    first = words[0].text
    body = table_word(first, mention.lang)
    if mention.lang == "en" and not body:
        return (mention,)  # English: only a body's word (Consul of the Embassy Yerzhan Mukhamediyarov)
    rest = words[1:]
    town = _town_of_genitive(first, mention.lang)
    if not (body or town or is_place_word(first, mention.lang)) or len(rest) > 3 \
            or any(w.place or is_common(w.text, mention.lang) for w in rest):
        return (mention,)  # Организации Объединённых Наций: no person after the body
    person = NameMention(mention.lang, words[1].start, mention.end,
                         mention.text[words[1].start - mention.start:], words[1:], True, "")
    place = NameMention(mention.lang, mention.start, words[0].end, first, words[:1])
    return (person,) if body or town else (place, person)


def _town_of_genitive(word: str, lang: str) -> bool:
    """*word* is a town the gazetteer knows, in the genitive, as after a title (Губернатор
    Иерихона Юсуф Кассем, Иерихонның әкімі): the governor's town, not the first word of his name;
    a word of the title, as a body's is (English keeps it in the name: Governor of Jericho)."""
    if names.place_id(word, lang) is None:
        return False
    if lang == "ru":
        return any("gent" in p.tag for p in names.parses(word)[:2])
    return word.lower().endswith(kazakh.GENITIVE_ENDINGS)


_PATRONYMIC = re.compile(r"(?:ұлы|қызы|ович|евич|овна|евна)", re.IGNORECASE)


def _next_person(run: list[NameWord], word: NameWord, after: str) -> bool:
    """In Kazakh, *word* opens another person's name after a surname that closes one («Асқар
    Бейсенбаев Сукунмен кездесті», Askar Beisenbayev met Sookun; «Жұмабеков Лабонн мен …»):
    after a given name and a surname only a patronymic goes on a name (Серікұлы), and after a
    Kazakh surname alone, only a Kazakh given name (Жұмабеков Ерлан, lists' order) — not a
    foreign word with none of Kazakh's letters that Russian knows as no given name, nor one a
    patronymic follows (*after*: Жұмабеков Ерлан Серікұлы). A patronymic is no surname that
    closes a name: the surname follows it (Данияр Ержанұлы Сәрсенбаев); nor is a syllable of an
    East Asian name (Чхве Мин Джун). A Kazakh word after the name is left to the rules before
    (Е. Қуанышбаев Батыс Қазақстан …: West Kazakhstan's museum)."""
    last = run[-1].text if run else ""
    if not run or word.place or len(last) < 5 or not names.is_surname(last) or _PATRONYMIC.search(last) \
            or _PATRONYMIC.search(word.text + " " + after) or names.east_asian_surname(run[0].text) \
            or lexicon.kazakh_stem(word.text.lower()) is not None:
        return False
    if len(run) >= 2:
        return True
    return names.is_kazakh_surname(last) and not names.is_kazakh_name(word.text) \
        and not names.is_surname(word.text, "kk") and not _russian_given_name(word.text)


def _russian_given_name(word: str) -> bool:
    """pymorphy3 reads *word* (any case form) as a given name first (Ерлан is not one to it,
    Марат, Серик, Айгерим are), through the cached `names.parses`."""
    first = names.parses(word.lower())[:1]
    return bool(first) and "Name" in first[0].tag


PARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset("bin ibn bint de da di del della van von der den ter le la du dos das al el"  # noqa: SIM905
                    .split()),
    "ru": frozenset("бин ибн бинт де да ди дель делла ван фон дер ден тер ле ла дю дос дас аль эль"  # noqa: SIM905
                    .split()),
    "kk": frozenset("бин ибн бинт де ди дель ван фон дер ден тер ле ла дю дос дас әл".split()),  # noqa: SIM905
}
"""Lower-case words inside a person's name (Hendrik de Vries, Mohammed bin Zayed, Ursula von
der Leyen; Kazakh бен is "and", no particle)."""


def _particle_between(text: str, words: tuple[Token, ...], marks: list[NameWord | None], i: int,
                      lang: str) -> bool:
    """Word *i* is a particle (or two: von der) between two words of one person's name, spaces
    only around it."""
    particles = PARTICLES.get(lang, ())
    if words[i].text not in particles:
        return False
    before, after = i - 1, i + 1
    if before >= 0 and marks[before] is None and words[before].text in particles:
        before -= 1
    elif after < len(words) and marks[after] is None and words[after].text in particles:
        after += 1
    if before < 0 or after >= len(words) or marks[before] is None or marks[after] is None \
            or marks[before].place or marks[after].place:
        return False
    return all(not text[words[k].end:words[k + 1].start].strip() for k in range(before, after))


def _syllable_between(text: str, words: tuple[Token, ...], marks: list[NameWord | None], i: int) -> bool:
    """Word *i* is a capitalised Cyrillic syllable of two letters between two words of a name,
    spaces only around it: the middle of a Chinese or Malaysian name (Лим Чи Кеонг, Ли Хэ Мин),
    which is too short to be taken for a name alone (English writes it Chee, long enough)."""
    word = words[i].text
    if len(word) != 2 or not word[:1].isupper() or not word[1:].islower() or i == 0 or i + 1 >= len(words) \
            or not names.is_cyrillic(word):
        return False  # a Latin one is an article (Youssef El Idrissi), which Russian writes эль-
    before, after = marks[i - 1], marks[i + 1]
    gaps = (text[words[i - 1].end:words[i].start], text[words[i].end:words[i + 1].start])
    spaced = not any(gap.strip() for gap in gaps)
    return before is not None and after is not None and not before.place and not after.place and spaced


def _given_joined(run: tuple[NameWord, ...]) -> tuple[NameWord, ...]:
    """An East Asian name with its given name's two syllables as one word, as English often
    hyphenates them (Пак Чжи Хун → Пак, Чжи-Хун against Park Ji-hoon; Nguyen Minh Hang →
    Nguyen, Minh-Hang against Нгуен Минь Ханг)."""
    if len(run) != 3 or not names.east_asian_surname(run[0].text) or any(w.place for w in run):
        return run
    given = NameWord(f"{run[1].text}-{run[2].text}", run[1].lang, run[1].start, run[2].end, None)
    return run[0], given


def _marks(text: str, words: tuple[Token, ...], lang: str,
           taken: tuple[tuple[int, int], ...], speakers: bool = True) -> list[NameWord | None]:
    """Each word as a name word or None: places of several words first (New York, Addis
    Ababa), then single words; a capitalised common word next to a name is part of it
    (Roman Vassilenko) unless it opens the sentence."""
    inside = _inside(words, taken)
    kinds = [None if i in inside else _word_kind(text, words, i, lang, speakers) for i in range(len(words))]
    for i in _demonym_pairs(text, words, lang):
        kinds[i] = kinds[i + 1] = None
    marks: list[NameWord | None] = [None] * len(words)
    i = 0
    while i < len(words):
        span = _place_span(text, words, i, lang, kinds)
        if span and names.in_currency_name(text, words[i].start, words[span[0] - 1].end, lang):
            i = span[0]  # money, not the place (US dollars, АҚШ доллары)
            continue
        if span:
            end, place = span
            for k in range(i, end):
                marks[k] = NameWord(words[k].text, lang, words[k].start, words[k].end, place)
            i = end
            continue
        kind = kinds[i]
        if kind == "name":
            word = words[i]
            place = town_place(text, word, lang)
            if not (place and names.in_currency_name(text, word.start, word.end, lang)):
                marks[i] = NameWord(word.text, lang, word.start, word.end, place)
        i += 1
    _towns_in_person_names(text, words, kinds, marks, lang)
    for i, kind in enumerate(kinds):
        if kind == "weak" and marks[i] is None and (_opens_name(text, words, kinds, marks, i, lang)
                                                    or _after_first_name(text, words, marks, i, lang)
                                                    or _ends_list_of_places(text, words, marks, i, lang)):
            marks[i] = NameWord(words[i].text, lang, words[i].start, words[i].end, None)
    for i in _titled_common_names(text, words, kinds, lang):
        marks[i] = NameWord(words[i].text, lang, words[i].start, words[i].end, None)
    for i in _between_names(text, words, kinds, marks):
        marks[i] = NameWord(words[i].text, lang, words[i].start, words[i].end, None)
    for i, word in enumerate(words):
        surname = word.text[:1].isupper() and names.east_asian_surname(word.text)
        end = _east_asian_name(text, words, i, lang) if surname else None
        for k in range(i, end or i):
            marks[k] = NameWord(words[k].text, lang, words[k].start, words[k].end, None)
    return marks


def _between_names(text: str, words: tuple[Token, ...], kinds: list[str | None],
                   marks: list[NameWord | None]) -> list[int]:
    """Capitalised common words between two words of a person's name, with nothing but a space
    on either side (Мохаммад Рафикул Ислам Чоудхури: «ислам» is a common noun too): inside
    one name, not a word of the sentence."""
    def person_word(k: int) -> bool:
        return 0 <= k < len(words) and marks[k] is not None and not marks[k].place

    return [i for i, kind in enumerate(kinds)
            if kind == "weak" and marks[i] is None and person_word(i - 1) and person_word(i + 1)
            and text[words[i - 1].end:words[i].start] == " " == text[words[i].end:words[i + 1].start]]


def _demonym_pairs(text: str, words: tuple[Token, ...], lang: str) -> list[int]:
    """The first indexes of two capitalised words that are together a people's word or
    adjective (Sri Lankan, Costa Rican, Saudi Arabian: `names.is_demonym`), neither of them a
    name, as a demonym of one word is none (Hungarian)."""
    return [i for i in range(len(words) - 1)
            if words[i].text[:1].isupper() and words[i + 1].text[:1].isupper()
            and text[words[i].end:words[i + 1].start] == " "
            and names.is_demonym(f"{words[i].text} {words[i + 1].text}", lang)]


def _kind_places(text: str, words: tuple[Token, ...], marks: list[NameWord | None], lang: str,
                 taken: tuple[tuple[int, int], ...]) -> tuple[kind_places.KindPlace, ...]:
    """The places a kind noun governs (`press.lang.kind_places`: Тайынша ауданы, the port of
    Bar, село Карабулак), each word of whose name becomes a name word, though no gazetteer
    knows it and it reads as a common word too (Bar): the kind says it is a place's name. A
    capitalised word that only opens the sentence, or a registered name's word, is left as
    it is. *marks* is changed in place."""
    found = []
    for place in kind_places.kind_places(text, lang):
        inside = [i for i, w in enumerate(words) if place.start <= w.start < place.end]
        known = _known_kind_place(text, words, inside, place, lang) if inside else None
        if not known:  # a district the gazetteer knows is named whole, opening the sentence or not
            inside = _name_words_of(text, words, marks, inside, lang)
        place = replace(place, start=words[inside[0]].start) if inside else place
        if not inside or any(s <= words[i].start < e for i in inside for s, e in taken):
            continue
        known = known or _known_kind_place(text, words, inside, place, lang)
        for i in inside:
            if marks[i] is None or (known and not marks[i].place):
                marks[i] = NameWord(words[i].text, lang, words[i].start, words[i].end, known)
        found.append(place)
    return tuple(found)


def _name_words_of(text: str, words: tuple[Token, ...], marks: list[NameWord | None], inside: list[int],
                   lang: str) -> list[int]:
    """The words of a kind place's name less the capitalised common words before it: one that
    only opens the sentence (Қонақтар Абай көшесінде) and, while a name word follows, the
    words before it (Кеше Осло қаласында, Президент Астана қаласында; but Мәңгілік Ел даңғылы)."""
    if inside and marks[inside[0]] is None and sentence_initial(text, words[inside[0]].start) \
            and is_common(words[inside[0]].text, lang):
        inside = inside[1:]
    lead = next((k for k, i in enumerate(inside)
                 if marks[i] is not None or not is_common(words[i].text, lang)), 0)
    return inside[lead:]


def _known_kind_place(text: str, words: tuple[Token, ...], inside: list[int],
                      place: kind_places.KindPlace, lang: str) -> str | None:
    """The gazetteer's id of the district or town whose name the words *inside* write
    (`kind_places.known_place`: «Тайынша ауданы», «Мамлютского района», Mamlyut District),
    so that the versions compare the place, not the letters: two districts of near names are
    two, one district by its Kazakh name and its Russian adjective is one. Only of a district:
    a town the kind noun names here and that the gazetteer does not know elsewhere (Рудный
    қаласы; «в Рудном», an adjective to Russian) is compared by its letters, as the other
    versions may name it where no reader takes it for a name."""
    if place.kind not in _GAZETTEER_KINDS:
        return None
    name = text[words[inside[0]].start:words[inside[-1]].end]
    return kind_places.known_place(name, lang, place.adjective)


_GAZETTEER_KINDS = frozenset({"district"})


def _towns_in_person_names(text: str, words: tuple[Token, ...], kinds: list[str | None],
                           marks: list[NameWord | None], lang: str) -> None:
    """A GeoNames town's name right after a title, uninflected, or right beside another
    capitalised word that names no place and is no title, is part of that name (Thomas
    Caldwell, Томас Колдуэлл, Governor Lawrence: towns are named after people; The Wichita
    Eagle is a newspaper); alone it is the town (visited Lawrence; Елші Уичитаға барды, the
    Ambassador went to Wichita). A Russian or Kazakh surname ends a name, so the town after it
    is the town (Елші Нұрланов Колумбус қаласында: Kazakh puts the place after the subject), as
    is a Kazakh town its kind of place follows (Колумбус қаласында), and a Kazakh town with a case
    ending before another name (Нёвшательдегі WOSTEP, WOSTEP in Neuchâtel): Kazakh inflects only a
    name's last word (Томас Колдуэллмен). *marks* is changed in place."""
    for i, mark in enumerate(marks):
        if mark is None or not (mark.place or "").startswith("G:"):
            continue
        if lang == "kk" and _PLACE_AFTER_KK.match(text, mark.end):
            continue  # Колумбус қаласында: the town its kind of place names
        if lang in _KIND_BEFORE and _KIND_BEFORE[lang].search(text, 0, mark.start):
            continue  # the State of Guanajuato, штата Гуанахуато: the place its kind names
        if lang == "en" and _KIND_AFTER_EN.match(text, mark.end):
            continue  # Coquimbo Region, Guanajuato State: as «области Кокимбо»
        titled = i > 0 and _title_word(words[i - 1].lower, lang) \
            and not text[words[i - 1].end:mark.start].strip() \
            and names.nominative(mark.text, lang) == mark.text
        beside = any(0 <= k < len(words) and words[k].text[:1].isupper()
                     and not _title_word(words[k].lower, lang)
                     and not (marks[k] is not None and marks[k].place)
                     and not (k < i and lang != "en" and names.is_surname(words[k].text, lang))
                     and not (k > i and lang == "kk" and names.nominative(mark.text, lang) != mark.text)
                     and not text[min(mark.end, words[k].end):max(mark.start, words[k].start)].strip()
                     for k in (i - 1, i + 1))
        if titled or beside:
            marks[i] = replace(mark, place=None)


def _titled_common_names(text: str, words: tuple[Token, ...], kinds: list[str | None],
                         lang: str) -> list[int]:
    """The indexes of two capitalised common words right after an English title, or a title's
    phrase (`_after_title_phrase`), with no capitalised word after them (Professor Helen
    Carter, Ambassador Catherine Moore, Minister of Foreign Affairs Hugh Todd): a first name
    and a surname, though English uses both as words too; and of one after an honorific (Mr
    Park): a surname."""
    found: list[int] = []
    if lang != "en":
        return found
    for i in range(1, len(words) - 1):
        pair = (i, i + 1)
        if (words[i - 1].lower in _titles(lang) or _after_title_phrase(text, words, i)) \
                and all(kinds[k] == "weak" for k in pair) \
                and all(not text[words[k - 1].end:words[k].start].strip() for k in pair) \
                and not (i + 2 < len(words) and words[i + 2].text[:1].isupper()
                         and not text[words[i + 1].end:words[i + 2].start].strip()):
            found += pair
    found += [i for i in range(1, len(words)) if words[i - 1].lower in _HONORIFICS and kinds[i] == "weak"
              and i not in found and text[words[i - 1].end:words[i].start] in (" ", ". ")
              and not (i + 1 < len(words) and words[i + 1].text[:1].isupper()
                       and not text[words[i].end:words[i + 1].start].strip())]
    return found


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})
"""English honorifics a surname follows alone (Mr Park, Ms Rose): the word after one is a name,
though English uses it as a word too."""


def _after_title_phrase(text: str, words: tuple[Token, ...], i: int) -> bool:
    """Words *i* and *i* + 1 follow a title's capitalised phrase (Minister of Foreign Affairs
    and International Cooperation, Director General of the Ministry of Trade) and are no
    words of a body's name themselves (`read_organisations.table_word`, `_BODY_WORDS`): the
    phrase ends before them, at a person's name."""
    if any(table_word(words[k].text, "en") or words[k].lower in _BODY_WORDS | _PHRASE_LINKS
           for k in (i, i + 1)):
        return False
    for k in range(i - 1, max(-1, i - 10), -1):
        if text[words[k].end:words[k + 1].start].strip():
            return False
        if words[k].lower in _titles("en"):  # "of" inside: Minister of …, not President Calls For Peace
            return k < i - 1 and any(words[j].lower == "of" for j in range(k + 1, i))
        if not (words[k].text[:1].isupper() or words[k].lower in _PHRASE_LINKS):
            return False
    return False


_PHRASE_LINKS = frozenset({"of", "and", "the", "for", "on", "&"})
_BODY_WORDS = frozenset({"affairs", "cooperation", "international", "relations", "situations", "protection",
                         "general", "office", "republic", "federation", "kingdom", "state", "states",
                         "nations", "union", "council", "committee", "assembly", "government", "cabinet"})
"""Words of a body's name or a title that `organisations.txt` lists as no field of its own."""


def _east_asian_name(text: str, words: tuple[Token, ...], i: int, lang: str) -> int | None:
    """The end of a Korean, Chinese or Vietnamese name opened by the surname at *i*: one or two
    capitalised given-name syllables after it (Пак Чжи Хун, Си Цзиньпин, Park Ji-hoon, Nguyen
    Minh Hang), which may be two letters long or, in English, hyphenated in lower case; None
    when no given name follows (a Park, the Sun)."""
    latin = _script(lang) == "Latn"
    k = i + 1
    while k < len(words) and k - i <= 2 and not text[words[k - 1].end:words[k].start].strip() \
            and _given_syllable(words[k].text, lang, latin, second=k - i == 2):
        k += 1
    return k if k > i + 1 else None


def _given_syllable(word: str, lang: str, latin: bool, second: bool) -> bool:
    """A word that may be part of an East Asian given name: capitalised, in the script of
    *lang*, no place, and short (Су, Min) or hyphenated (Ji-hoon) or no common word (Jinping);
    the second syllable may be a short common word (Tran Quoc Hung)."""
    if not word[:1].isupper() or word.isupper() and len(word) > 2 or names.is_latin(word) != latin \
            or len(word) > 12 or names.place_id(word, lang):
        return False
    if latin:
        head, _, tail = word.partition("-")
        hyphenated = bool(tail) and len(head) <= 6 and len(tail) <= 6
        return hyphenated or len(word) <= 4 and second or len(word) <= 9 and not is_common(word, lang)
    return len(word) <= 3 or not is_common(word, lang)


def _opens_name(text: str, words: tuple[Token, ...], kinds: list[str | None], marks: list[NameWord | None],
                i: int, lang: str) -> bool:
    """The capitalised common word *i* stands next to a person's name word and may open a name."""
    return _may_open_name(text, words, i, lang) and not _ends_title(text, words, marks, i) and any(
        0 <= k < len(words) and kinds[k] == "name" and marks[k] is not None and not marks[k].place
        and text[min(words[i].end, words[k].end):max(words[i].start, words[k].start)].strip() == ""
        for k in (i - 1, i + 1))


def _ends_title(text: str, words: tuple[Token, ...], marks: list[NameWord | None], i: int) -> bool:
    """The capitalised common word *i* is the last of two a title joins with "and" (Minister of
    Industry and Construction Yerlan …): after a capitalised common word and "and" it ends the
    title, as after "of"; after a name and "and" it may open the next name (Tokayev and Roman …)."""
    return i >= 2 and text[words[i - 2].end:words[i].start].split() == ["and"] \
        and words[i - 2].text[:1].isupper() and marks[i - 2] is None


def _after_first_name(text: str, words: tuple[Token, ...], marks: list[NameWord | None], i: int,
                      lang: str) -> bool:
    """The capitalised common word *i* follows a first name or patronymic (pymorphy3's Name,
    Patr): it is the surname, though it reads as a common word too (Бахтиёром Сайдовым, not the
    adjective сайдовый; Нурлан Алмазов). In Kazakh only for a Kazakh name (a Kazakh letter in
    one of the two words): its first name is asked about in Russian letters (Әлия as Алия), and
    its surname may be a Kazakh word (Әлия Тұрсын, тұрсын "let it stand"). A foreign name in
    Kazakh (Усман Фай, Питер Верхаген) is left to the forms of the other versions: taking it whole
    made a French Faye the odd one out against kk and ru «Фай», with no table for French."""
    before = marks[i - 1] if i else None
    if lang not in ("ru", "kk") or before is None or before.place \
            or text[words[i - 1].end:words[i].start].strip():
        return False
    kazakh_name = any(names.is_kazakh_name(w.text) for w in words[i - 1:i + 1])
    if lang == "kk" and not kazakh_name:
        return False  # a foreign name in Kazakh (Усман Фай) is left to the other versions' forms
    given = kazakh.russian_letters(words[i - 1].text) if lang == "kk" and kazakh_name else words[i - 1].text
    if lang == "ru" and all("plur" in p.tag.grammemes for p in names.parses(words[i].text)):
        return False  # Еленой Росси Приоритеты сотрудничества: a title's plural noun, no surname
    return any({"Name", "Patr"} & p.tag.grammemes for p in names.parses(given)[:2])


def _ends_list_of_places(text: str, words: tuple[Token, ...], marks: list[NameWord | None], i: int,
                         lang: str) -> bool:
    """The capitalised common word *i* is the last of a list of two places or more the gazetteer
    knows, no country among them (Dili, Baucau and Viqueque; «Дили, Баукау және Викеке»): like
    names in a list are of one kind, and the list's last name is a place too, though it reads as
    a common word."""
    if lang not in _LISTED_BEFORE or (lang == "kk" and words[i].lower.endswith(_KK_ADJECTIVE_ENDINGS)):
        return False  # Ұлттық банк: an adjective of a body's name
    places, start = 0, words[i].start
    while (m := _LISTED_BEFORE[lang].search(text[max(0, start - 60):start])) is not None:
        k = next((k for k, w in enumerate(words) if w.start == max(0, start - 60) + m.start(1)), None)
        if k is None or marks[k] is None or not marks[k].place or marks[k].place.startswith("T:"):
            break
        places, start = places + 1, words[k].start
    return places >= 2


_KK_ADJECTIVE_ENDINGS = kazakh.ADJECTIVE_SUFFIXES


def _may_open_name(text: str, words: tuple[Token, ...], i: int, lang: str) -> bool:
    """A capitalised common word may be a first name (Roman Vassilenko) after a title, a
    lower-case word, a comma or a dash or nothing, not right after another capitalised word or
    "of" (Minister of National Economy Serik …, where Economy ends the title; but "the
    Ambassador of Germany, Asset Zhumabekov": the comma ends it)."""
    if i == 0 or text[words[i - 1].end:words[i].start].strip() in (",", "–", "—"):
        return True
    before = words[i - 1].text
    return before.lower() in _titles(lang) or (before.islower() and before not in ("of", "for"))


def _syllable(word: str) -> bool:
    """A capitalised Latin word of two or three letters, too short to be a name the recogniser
    takes alone: an article that opens a foreign place's name (La Paz, La Chaux-de-Fonds, Le
    Havre, Den Haag) or a syllable of a Vietnamese or Chinese one (Ho Chi Minh City), which the
    gazetteer then reads whole."""
    return 2 <= len(word) <= 3 and word[:1].isupper() and word[1:].islower() and names.is_latin(word)


_SPACED_DASH = re.compile(r"\s+[–—-]\s+")
"""A dash between spaces, as CLDR writes inside a country's name (Папуа — Новая Гвинея) and
writers with an en dash or a hyphen."""


def _place_span(text: str, words: tuple[Token, ...], i: int, lang: str,
                kinds: list[str | None]) -> tuple[int, str] | None:
    """(end, place id) of a place named by words i..end-1, two or three words long, or four
    with a particle (a demonym may open it: Kyrgyz Republic; San Salvador de Jujuy)."""
    if kinds[i] is None and not (words[i].text[:1].isupper() and names.is_demonym(words[i].text, lang)) \
            and not (words[i].text[:1].isupper() and sentence_initial(text, words[i].start)) \
            and not _syllable(words[i].text):
        return None  # a capitalised common word opening a sentence may open a place (New York, 12 June)
    for size in (4, 3, 2):
        end = i + size
        if end > len(words) or any(text[words[k].end:words[k + 1].start].strip()
                                   and not _SPACED_DASH.fullmatch(text[words[k].end:words[k + 1].start])
                                   for k in range(i, end - 1)):
            continue  # a spaced dash joins a name's parts: Папуа — Новая Гвинея
        if size == 4 and not any(words[k].text.islower() or _syllable(words[k].text)
                                 for k in range(i, end - 1)):
            continue  # four words only with a particle or a syllable inside: San Salvador de Jujuy
        if size < 3 and any(kinds[k] is None and not words[k].text[:1].islower()
                            and not _syllable(words[k].text) for k in range(i + 1, end)):
            continue  # a lower-case word may be inside a place's name (Sharm el-Sheikh, Dar es Salaam);
            # in one of three words or more a title or a common word too (Bandar Seri Begawan)
        head = _SPACED_DASH.sub(" — ", text[words[i].start:words[end - 2].end].lower().replace("ё", "е"))
        for stem in names.stems(words[end - 1].text.replace("ё", "е"), lang):
            place = names.gazetteer(lang).get(f"{head} {stem}")
            if place:
                return end, place
        place = names.phrase_place([w.text for w in words[i:end]], lang) \
            or names.geonames_phrase([w.text for w in words[i:end]], lang)
        if place:
            return end, place
    return None


def _inside(words: tuple[Token, ...], taken: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The indexes of the *words* that begin inside a *taken* span: one pass over the words and
    the spans in text order, not every span tried at every word."""
    spans, found, k, reach = sorted(taken), set(), 0, -1
    for i in sorted(range(len(words)), key=lambda i: words[i].start) if taken else ():
        word = words[i]
        while k < len(spans) and spans[k][0] <= word.start:
            reach, k = max(reach, spans[k][1]), k + 1
        if word.start < reach:
            found.add(i)
    return frozenset(found)


def _word_kind(text: str, words: tuple[Token, ...], i: int, lang: str, speakers: bool = True) -> str | None:
    """"name", "weak" (a capitalised common word: part of a name only next to one) or None
    (a word inside a registered name is left out before: `_inside`)."""
    token = words[i]
    word = token.text
    if names.article_of(word) and word[len(names.article_of(word))].isupper():
        return "name"  # a name after the Arabic article, which is written in lower case (аль-Хатиб)
    if not word[:1].isupper():
        return None
    if _DOMAIN_AFTER.match(text, token.end):
        return None  # a web address (Bizmedia.kz, Gov.kz): the source of the news, not a name
    latin = names.is_latin(word)
    latin_script = _script(lang) == "Latn"
    if (latin_script and not latin) or (not latin_script and not latin and not names.is_cyrillic(word)):
        return None
    if town_place(text, token, lang):
        return "name"
    if len(word) < 3 or (word.isupper() and len(word) > 1) or word.lower() in _titles(lang) \
            or calendar_word(word, lang):
        return None
    if names.is_demonym(word, lang) or lower_part_after_hyphen(word) or _prefixed_adjective(word, lang):
        return None
    if not latin_script and latin:
        return "name"  # a brand or a programme in Latin letters (Artemis, Air Astana)
    initial = sentence_initial(text, token.start) and not after_initial(text, token.start)
    strong = _proper_tagged(word, lang) or (names.is_surname(word) and lang != "en") \
        or _kazakh_surname_form(word, lang)
    if strong:
        return "name"
    if is_common(word, lang):
        return None if initial else "weak"
    if initial and not _next_is_name(text, words, i, lang) \
            and not (speakers and _says(text, token.end, lang)) and not _BRAND_SUFFIX.search(word):
        return None
    return "name"


_EN_COMBINING = frozenset({"trans", "pan", "indo", "euro", "afro", "sino", "anglo", "franco", "russo",
                           "turko", "inter"})
"""Combining forms English joins with a hyphen to a place's adjective (Trans-Caspian,
Indo-Pacific, Euro-Atlantic, Pan-African): an adjective, which Russian and Kazakh write as one
word in lower case («Транскаспийский», «евроатлантический»), no name."""


def _prefixed_adjective(word: str, lang: str) -> bool:
    """*word* is an English combining form and a capitalised word joined by a hyphen."""
    head, _, rest = word.partition("-")
    return lang == "en" and head.lower() in _EN_COMBINING and rest[:1].isupper()


_BRAND_SUFFIX = re.compile(r"[^\W\d_][-‐][A-ZА-ЯЁ0-9]")
"""A word with a capital or a digit after its hyphen (Heberprot-P, Vaxiflor-K, Gardasil-9): a
product's or a brand's name, even opening a sentence, where English capitalises any word."""


_SAYS = {"en": re.compile(r"[ \u00a0]+(?:also[ \u00a0]+)?(?:said|says|noted|notes|stressed|emphasised|"
                          r"emphasized|added|recalled|announced|explained|stated|reported|thanked|"
                          r"proposed|told|informed|pointed[ \u00a0]+out|expressed|welcomed|assured|"
                          r"confirmed|invited|underlined)\b")}
"""A verb of saying right after a word ("Kovalenko said", "Christodoulou noted"): the word
opening the sentence is its subject, a person or a body named again, not a common word the
lexicon happens to lack (English capitalises any first word, so no name is read there on the
capital alone)."""


def _says(text: str, end: int, lang: str) -> bool:
    """A verb of saying follows the word ending at *end* (`_SAYS`)."""
    pattern = _SAYS.get(lang)
    return pattern is not None and pattern.match(text, end) is not None


def _title_word(lower: str, lang: str) -> bool:
    """*lower* is a title (`TITLES`), in Kazakh also without its possessive ending (Елші
    Уичитаға барды: the Ambassador went to Wichita; елшісі is the title's usual form)."""
    titles = _titles(lang)
    return lower in titles or lang == "kk" and any(lower + end in titles for end in ("сі", "сы", "і", "ы"))


def town_place(text: str, token: Token, lang: str) -> str | None:
    """The place *token* names (`names.place_id`), unless it names only a GeoNames town and is
    a common word too where the capital says nothing: opening a sentence (Зима), or in
    Kazakh, which capitalises every word of a name (Қазақ ұлттық университеті is no Qazax).
    Mid-sentence a capitalised Russian noun is the town (в Топике)."""
    place = names.place_id(token.text, lang)
    if place and place.startswith("G:") and (lang == "kk" or sentence_initial(text, token.start)) \
            and is_common(token.text, lang):
        return None
    return place


_OV_SURNAME = re.compile(r"[^\W\d_]{3,}(?:ов|ев|ова|ева)\Z")


def _kazakh_surname_form(word: str, lang: str) -> bool:
    """A Kazakh word that is an -ов/-ев surname in some case form (Әуезовтің, Мұқановқа): a
    name, though the hunspell dictionary lists famous surnames among its words (әуезов,
    құнанбаев), which would make it read as a common word."""
    return lang == "kk" and any(_OV_SURNAME.match(stem) for stem in names.stems(word, lang))


_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|Дж|Sh|Zh|Ch|Kh|Sch|Ж)\.\s*\Z")
"""An initial right before a word (А. Х. Маргулана, Ә. Х. Марғұлан, Дж. Махама, Zh. Tuimebayev): one
capital, or the Cyrillic Дж and the Latin digraphs that stand for one letter of a Kazakh or
Russian first name, and a stop."""


def after_initial(text: str, start: int) -> bool:
    """The word at *start* follows a name's initial: its stop ends no sentence, and the word is
    the surname the initial belongs to, not a capitalised sentence opening."""
    return bool(_INITIAL_BEFORE.search(text, 0, start))


@lru_cache(maxsize=8)
def _calendar(lang: str) -> frozenset[str]:
    """The names of the months and weekdays, which English capitalises: February is no name
    (a version stating it names no one instead of a dropped minister)."""
    from press.lang.dates import month_name, weekday_name

    return frozenset([month_name(m, lang).lower() for m in range(1, 13)]
                     + [weekday_name(d, lang).lower() for d in range(7)])


def calendar_word(word: str, lang: str) -> bool:
    """*word* names a month or a weekday of *lang* (CLDR, through `press.lang.dates`)."""
    return word.lower() in _calendar(lang)


_DOMAIN_AFTER = re.compile(r"\.[a-zа-я]{2,6}\b")


def _script(lang: str) -> str:
    """The script of *lang* from the language table (Latn, Cyrl); "" for an unknown code."""
    from press.lang.table import SCRIPTS

    return SCRIPTS.get(lang, "")


def is_common(word: str, lang: str) -> bool:
    """An ordinary word of *lang* in any form: the English frequency list, pymorphy3's best
    reading of a Russian word, the Kazakh lexicon, and Kazakh forms of Russian loanwords
    (Республикасының, Федеративтік, Демократиялық)."""
    if lang == "ru":
        from press.lang import russian

        found = names.parses(word)
        return bool(found) and found[0].is_known and not names.PROPER & found[0].tag.grammemes
    if lexicon.is_common(word, lang):
        return True
    if lang != "kk":
        return False
    from press.lang import russian

    analyzer = russian.analyzer()
    for stem in names.stems(word, "kk")[1:]:
        if names.is_kazakh_name(stem) or len(stem) < 4:
            continue
        for probe in (stem, stem + "ный", stem + "ий"):
            if analyzer.word_is_known(probe) and _loanword_reading(names.parses(probe)[0].tag):
                return True
    return False


_LOANWORD_PARTS = frozenset({"NOUN", "ADJF"})
"""The parts of speech of the Russian words Kazakh takes as loanwords (республика, федеративный):
nouns and adjectives. Not a verb's form, which a Kazakh case ending cut off a foreign name may
spell by chance (Будиман, Будима-н: the short participle of будить)."""


def _loanword_reading(tag: OpencorporaTag) -> bool:
    """pymorphy3's best reading of a Russian word is a common noun or adjective (no name)."""
    return tag.POS in _LOANWORD_PARTS and not names.PROPER & tag.grammemes


def lower_part_after_hyphen(word: str) -> bool:
    """Казахстанско-венгерский, Қазақстан-венгр: a compound adjective, not a name; but a
    particle between the capitalised parts of a Latin name (Chaux-de-Fonds) is the name's. A
    Cyrillic one (Пучверт-и-Казальс for Puigvert i Casals) is left to the gazetteer's towns."""
    parts = word.split("-")
    if not names.is_latin(word):
        return any(part[:1].islower() for part in parts[1:])
    return parts[-1][:1].islower() or any(part[:1].islower() and part not in _NAME_PARTICLES
                                          for part in parts[1:])


_NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "sur", "di", "da", "del", "della", "do",
                             "dos", "das", "van", "von", "der", "den", "am", "im", "y", "i", "e", "el", "al",
                             "ul", "ud"})
"""The particles of Romance, Germanic and Arabic names (Chaux-de-Fonds, Frankfurt-am-Main,
Ras-al-Khaimah), which English keeps; not an English word (Ambassador-at-Large: a title)."""


def is_person_word(word: str, lang: str) -> bool:
    """A first name, surname or patronymic: pymorphy3's Name/Surn/Patr for Russian, the
    -ов/-ев/-ұлы surname shape for Kazakh."""
    if lang == "ru":

        return any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in names.parses(word)[:2])
    return lang == "kk" and names.is_surname(word, lang)


_PLACE_BEFORE = {
    "en": re.compile(r"\b(?:(?:in|from|to|at|near|via)\s+(?:the\s+)?"
                     r"|(?:port|city|town|province|region|island|village|peninsula)\s+of\s+)"
                     r"(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)*\Z"),
    "ru": re.compile(r"(?:^|\s)(?:в|во|из|под|до|через|порта?|порту|портом|город[ау]?|городе|городом"
                     r"|провинци[яиюей]|остров[ауе]?|полуостров[ауе]?)\s+(?:[А-ЯЁ][\w-]*,?\s+(?:и\s+)?)*\Z"),
}
"""Words before a place: a preposition of place, or the kind of place it is (the port of
Mombasa, через порт Момбаса, город Ханчжоу)."""
_PLACE_AFTER_KK = re.compile(r"(?:,?\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*)*"
                             r"(?:,?\s+(?:және|мен|пен)\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]*)?"
                             r"\s+(?:қала|облыс|аудан|өңір|ауыл|елі|мемлекет|порт|арал|түбег|провинция|штат)")
_KIND_AFTER_EN = re.compile(r"\s+(?:Region|Province|State|Prefecture|Governorate|Oblast|County|District"
                            r"|Department)\b")
"""An English kind noun after a town's name: the town or the region named after it, whose
gazetteer's place the other versions name «в области Кокимбо» (a person's name has none)."""
_KIND_BEFORE = {
    "en": re.compile(r"\b(?:[Ss]tate|[Pp]rovince|[Cc]ity|[Tt]own|[Mm]unicipality|[Pp]refecture|[Vv]illage)"
                     r"\s+of\s+(?:the\s+)?\Z"),
    "ru": re.compile(r"(?<!\w)(?:штат|город|провинци|префектур|муниципалитет|сел|деревн)[а-яё]*\s+\Z",
                     re.IGNORECASE),
}
"""The kind of place a town's name follows (the State of Guanajuato, штата Гуанахуато, города
Лоуренс): the town, though a person's name comes right after it (Kazakh puts the kind after
the name: `_PLACE_AFTER_KK`)."""
_KK_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі)\Z")


def place_cue(text: str, mention: NameMention) -> bool:
    """The words around *mention* say it is a place: "in Karaganda, Turkistan and …", «в
    Караганде», «Түркістан және Өскемен қалаларында», a Kazakh locative (Түркістанда), or a
    place the gazetteer knows next to it in a list (between Varadero and Almaty, «Ольгином и
    Алматы», «Варадеро мен Алматы»)."""
    if _listed_with_place(text, mention):
        return True
    if mention.lang == "kk":
        return bool(_PLACE_AFTER_KK.match(text, mention.end) or _KK_LOCATIVE.search(mention.text.lower()))
    pattern = _PLACE_BEFORE.get(mention.lang)
    return bool(pattern and pattern.search(text[:mention.start]))


_LINK = {"en": r"(?:,|\s+(?:and|or))", "ru": r"(?:,|\s+(?:и|или))",
         "kk": r"(?:,|\s+(?:және|мен|пен|бен|немесе))"}
_CAPITAL = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*"
_LISTED_AFTER = {lang: re.compile(link + r"\s+(" + _CAPITAL + ")") for lang, link in _LINK.items()}
_LISTED_BEFORE = {lang: re.compile(r"(?<![\w.])(" + _CAPITAL + ")" + link + r"\s+\Z")
                  for lang, link in _LINK.items()}
"""A name next to another in a list: a comma or "and" between them."""


def _listed_with_place(text: str, mention: NameMention) -> bool:
    """The name before or after *mention* in a list is a city or region the gazetteer knows
    (not a country: "Varadero and Almaty", not "Kazakhstan and Kaspi"): like names in a list
    are of one kind."""
    after = _LISTED_AFTER[mention.lang].match(text, mention.end) if mention.lang in _LISTED_AFTER else None
    before = _LISTED_BEFORE[mention.lang].search(text[max(0, mention.start - 60):mention.start]) \
        if mention.lang in _LISTED_BEFORE else None
    return any(m is not None and (place := names.place_id(m.group(1), mention.lang)) is not None
               and not place.startswith("T:") for m in (after, before))


def is_place_word(word: str, lang: str) -> bool:
    """A place pymorphy3 knows (Geox) that CLDR does not list (Жезказган, Караганда)."""
    return lang == "ru" and any("Geox" in p.tag for p in names.parses(word)[:2])


def _proper_tagged(word: str, lang: str) -> bool:
    if lang != "ru":
        return False

    found = names.parses(word)
    return bool(found) and bool(names.PROPER & found[0].tag.grammemes) and found[0].score >= 0.3


def _next_is_name(text: str, words: tuple[Token, ...], i: int, lang: str) -> bool:
    if i + 1 >= len(words) or text[words[i].end:words[i + 1].start].strip():
        return False
    nxt = words[i + 1].text
    return nxt[:1].isupper() and not nxt.isupper() and not is_common(nxt, lang) \
        and not names.is_demonym(nxt, lang) and words[i].text.lower() not in _titles(lang)



def warm_up() -> None:
    """Load the gazetteers and the word lists (start-up, not per check)."""
    names.warm_up()
    kind_places.warm_up()
    for lang in ("en", "kk", "ru"):
        is_common("Word", lang)
