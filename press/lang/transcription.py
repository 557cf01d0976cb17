"""English names as Russian and Kazakh transcribe them: the sound, not the letters.

Russian (and Kazakh after it) writes an English name as it is said (practical transcription):
Trump is Трамп (a closed u says a), Mike Майк and Jake Джейк (a vowel before a consonant and a
silent e says its letter's name), Pete Пит, Keir Кир, Vance Вэнс (the a of cat, э), Biden
Байден, Chuck Чак, Witkoff Уиткофф. Compared letter by letter with the state romanisation
those are "Tramp", "Mayk", "Vens": another name. `english_readings` gives the spellings an
English name is read as (reversing the transcription), so that the alignment in
`press.lang.names` compares the sounds. A reading only ever finds the same name: a name
it brings near but not the same is judged by its letters, as before (Friedrich is no
English spelling of Фридрих, nor Hegsat of Хегсет).

An initial is spelt out by the name of its letter: J.D. Vance is Джей Ди Вэнс
(`spells_initial`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CONSONANT = "bcdfgklmnprstvxz"
_C = f"[{_CONSONANT}]"
_SPELLINGS = (("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("wh", "w"), ("qu", "kv"))
"""English consonant spellings and the sound Russian writes (Schumer Шумер, Hegseth Хегсет)."""
_MAGIC_E = re.compile(rf"([aeiou])((?:ch|sh|{_C}))e(s?)\Z")
_LONG = {"a": "ey", "e": "i", "i": "ay", "o": "o", "u": "yu"}
"""A vowel before one consonant and a silent final e says its letter's name (Jake, Pete, Mike)."""
_MC = re.compile(r"\Amc(?=[^aeiou])")
"""The Scottish and Irish Mc of a surname, said and written мак (McGuinness Макгиннесс)."""
_GU = re.compile(r"(?<=.)gu(?=[ie])|\Agu(?=i)")
"""A gu before e or i says г (Guinness Гиннесс, Rodrigue Родриг)."""
_E_AFTER_DIGRAPH = re.compile(rf"(ee|ea|ai|oo|oa)({_C})e\Z")
"""A final e after a vowel digraph and a consonant is silent and lengthens nothing (Keane Кин,
Paine Пейн, Moore Мур): the digraph says the vowel already."""
_DIGRAPHS = ((re.compile(r"ee|ea|ie(?!\Z)|ei"), "i"), (re.compile(r"ey\Z"), "i"),
             (re.compile(r"ay|ai"), "ey"), (re.compile(r"oo"), "u"), (re.compile(r"ew"), "yu"))
"""Vowel digraphs (Keen, Keir Кир, Lindsey Линдси, Clay Клэй, Moon Мун, Matthew Мэттью)."""
_CLOSED_U = re.compile(rf"u(?!ng)(?={_C}{_C}|{_C}\Z)")
"""A u in a closed syllable says a (Trump Трамп, Hunter Хантер, Chuck Чак, Sullivan Салливан);
not before ng, where the u of a Vietnamese, Chinese or Korean syllable is u (Hung is no Ханг)."""
_SHORT_A = re.compile(rf"a(?={_C})")
"""The a of cat, which Russian writes э (Vance Вэнс, Jackson Джэксон) as often as а."""
_OPEN_I = re.compile(rf"(?<=.)i(?={_C}[aeiou])")
"""An i in an open syllable says its letter's name (Biden Байден, Tiler), as often as i."""
_BROAD_AL = re.compile(r"(?<=[bcdfghkmnpstw])a(?=l[dtk]|ll\Z)")
"""An a before l and a consonant after another consonant says o (Caldwell Колдуэлл, Walton
Уолтон, Baldwin Болдуин, Hall Холл), as often as a (Valdez Вальдес)."""


@lru_cache(maxsize=8192)
def english_readings(latin: str, cyrillic: str) -> tuple[str, ...]:
    """The spellings the English *latin* is read as, to compare with its transcription
    *cyrillic*: letters said as usual, with an open i as ay, and — only when *cyrillic*
    writes э, the letter Russian keeps for it — with the a of cat as e (else an a misspelt
    e, Hegsath for Хегсет, would pass); and each with ou as u (`_OU`). Only those that differ
    from *latin* (lower case)."""
    parts = [_readings(part) for part in latin.lower().split("-")]
    found = ["-".join(words) for words in zip(*parts, strict=True)]
    if "э" not in cyrillic.lower():
        found.pop(1)
    if "о" not in cyrillic.lower():
        found.pop()
    found += [reading.replace(_OU, "u") for reading in found if _OU in reading]
    if _SUN_LETTER.search(latin.lower()):
        found += [_SUN_LETTER.sub(r"\1\2\2", reading) for reading in found + [latin.lower()]]
    if "уэ" in cyrillic.lower():
        found += [variant for reading in found if _WOR in reading
                  for variant in (reading.replace(_WOR, "uer"), "uer".join(reading.rsplit(_WOR, 1)))]
    if "оу" in cyrillic.lower():  # a closing ow said оу: Heathrow Хитроу, Marlow Марлоу
        found += [_OW_END.sub("ou", r) for r in found + [latin.lower()] if _OW_END.search(r)]
    if "дж" in cyrillic.lower() or "ау" in cyrillic.lower():
        found += [_OW_AU.sub("au", "-".join(_readings(_soft(part))[0] for part in latin.lower().split("-")))]
    return tuple(r for r in dict.fromkeys(found) if r != latin.lower())


_SOFT_G = ((re.compile(r"\Ageo"), "jo"), (re.compile(r"d?ge(?![aeiouy])"), "j"),
           (re.compile(r"g(?=[eiy])"), "j"))
"""A g said дж: George Джордж (its e silent before o, and a final or inner ge said дж, as in
Georgetown Джорджтаун and Cambridge Кембридж), Gibraltar Гибралтар's g stays hard in the usual
reading beside it."""
_OW_END = re.compile(r"ow\b")
_OW_AU = re.compile(r"ow(?=n)")
"""An ow before n says ау (Georgetown Джорджтаун, Brown Браун, Downing Даунинг)."""


def _soft(word: str) -> str:
    """*word* with its g said дж before e, i, y (`_SOFT_G`): read as usual, and with ow before n
    said au (`_OW_AU`, after the reading, whose closed u says a), a reading of its own beside
    the usual one, for a transcription that writes дж or ау."""
    for pattern, sound in _SOFT_G:
        word = pattern.sub(sound, word)
    return word


_SUN_LETTER = re.compile(r"(abdu|nur?u|shamsu|saifu|jamalu|kamalu)l(t|d|r|z|s|n)(?!\2)")
"""The Arabic article of a compound name before a sun letter, said as that letter doubled
(Abdulrahman Абдуррахман, Abdulsalam Абдуссалам, Nuruddin): Russian writes the sound."""
_WOR = "uor"
"""w before or, in a closed syllable said уэ as often as уо (Butterworth Баттеруэрт, Wordsworth
Уордсуэрт): a reading of its own when the transcription writes уэ."""
_OU = "ou"
"""English ou said u, as in a name English spells the French or the British way (Douglas Дуглас,
Louis Луи, Djibouti Джибути, Moujahid Муджахид, Youssef Юсеф), as often as au (Mount
Маунт): a reading of its own, tried beside the others (with j as дж, which the French reading
of `press.lang.names` does not give)."""
_SOFT_C = re.compile(r"c(?=[eiy])")
_SILENT_E = re.compile(rf"(?<={_C})e\Z")
_FINAL_Y = re.compile(rf"(?<={_C})y\Z")
_W_BEFORE_VOWEL = re.compile(r"w(?=[aeiouy])")
"""`_readings`' letter rules: c before e, i, y said s; a final e after a consonant silent; a final y
after one said i; w before a vowel said u."""


def _readings(word: str) -> tuple[str, str, str, str]:
    """(as usual, the a of cat as e, an open i as ay, a broad a before l as o)."""
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    word = _MC.sub("mak", _GU.sub("g", word))
    word = _SOFT_C.sub("s", word)
    word = _E_AFTER_DIGRAPH.sub(r"\1\2", word)
    for pattern, sound in _DIGRAPHS:
        word = pattern.sub(sound, word)
    word = _MAGIC_E.sub(lambda m: _LONG[m.group(1)] + m.group(2) + m.group(3), word)
    if len(word) > 3:
        word = _SILENT_E.sub("", word)  # a silent final e (Vance)
    word = _CLOSED_U.sub("a", word)
    word = _FINAL_Y.sub("i", word).replace("j", "dzh")
    word = _W_BEFORE_VOWEL.sub("u", word)  # Witkoff Уиткофф, Waltz Уолтц
    return word, _SHORT_A.sub("e", word), _OPEN_I.sub("ay", word), _BROAD_AL.sub("o", word)


_LETTER_NAMES = {
    "a": "эй", "b": "би", "c": "си", "d": "ди", "e": "и", "f": "эф", "g": "джи", "h": "эйч", "i": "ай",
    "j": "джей", "k": "кей", "l": "эл", "m": "эм", "n": "эн", "o": "оу", "p": "пи", "q": "кью",
    "r": "ар", "s": "эс", "t": "ти", "u": "ю", "v": "ви", "w": "дабл-ю", "x": "экс", "y": "уай",
    "z": "зи|зед",
}
"""The English letters' names as Russian and Kazakh write them (Джей Ди for J.D., Эйч for H)."""


def spells_initial(latin: str, cyrillic_stems: tuple[str, ...]) -> bool:
    """The one Latin capital *latin* (an initial: the J of J.D. Vance) is spelt out by the
    Cyrillic word whose stems (lower case, any case form) are *cyrillic_stems* (Джей, Джея)."""
    if len(latin) != 1 or not latin.isupper() or not latin.isascii():
        return False
    names = _LETTER_NAMES.get(latin.lower(), "").split("|")
    return any(stem in names for stem in cyrillic_stems)


# --- Chinese: pinyin as Russian writes it (Palladius) ------------------------------------------

_PINYIN_INITIALS = {"b": "b", "p": "p", "m": "m", "f": "f", "d": "d", "t": "t", "n": "n", "l": "l",
                    "g": "g", "k": "k", "h": "kh", "j": "tsz", "q": "ts", "x": "s", "zh": "chzh",
                    "ch": "ch", "sh": "sh", "r": "zh", "z": "tsz", "c": "ts", "s": "s"}
_PINYIN_FINALS = {"a": "a", "o": "o", "e": "e", "ai": "ay", "ei": "ey", "ao": "ao", "ou": "ou", "an": "an",
                  "en": "en", "ang": "an", "eng": "en", "ong": "un", "er": "er", "i": "i", "ia": "ya",
                  "ie": "ye", "iao": "yao", "iu": "yu", "ian": "yan", "in": "in", "iang": "yan", "ing": "in",
                  "iong": "yun", "u": "u", "ua": "ua", "uo": "o", "uai": "uay", "ui": "uy", "uan": "uan",
                  "un": "un", "uang": "uan", "ue": "yue", "v": "yuy"}
_PINYIN_ZERO = {"ya": "ya", "ye": "e", "yao": "yao", "you": "yu", "yan": "yan", "yin": "in",
                "yang": "yan", "ying": "in", "yong": "yun", "yi": "i", "yu": "yuy", "yue": "yue",
                "yuan": "yuan", "yun": "yun",
                "wa": "va", "wo": "vo", "wai": "vay", "wei": "vey", "wan": "van", "wen": "ven", "wang": "van",
                "weng": "ven", "wu": "u", "a": "a", "ai": "ay", "an": "an", "ang": "an", "ao": "ao", "e": "e",
                "ei": "ey", "en": "en", "er": "er", "o": "o", "ou": "ou"}
"""Pinyin initials, finals and syllables without an initial, each in the Latin letters of the
Cyrillic Palladius writes for it (Cong Цун, Peiwu Пэйу, Jinping Цзиньпин, Qiang Цян, Xi Си)."""


def _pinyin_syllable(initial: str, final: str) -> str | None:
    """One syllable in Palladius's letters, or None when pinyin has no such syllable."""
    if initial in "jqx" and final in ("u", "un", "uan", "ue"):
        final = {"u": "v", "un": "yun", "uan": "yuan", "ue": "ue"}[final]  # ju is jü: цзюй
        return _PINYIN_INITIALS[initial] + (_PINYIN_FINALS.get(final) or final)
    sound = _PINYIN_FINALS.get(final)
    if sound is None:
        return None
    if final == "i" and initial in ("z", "c", "s"):
        sound = "y"  # zi, ci, si: цзы, цы, сы
    return _PINYIN_INITIALS[initial] + sound


@lru_cache(maxsize=4096)
def pinyin_reading(latin: str) -> str | None:
    """The Chinese name *latin*, when the whole word is pinyin syllables, as Russian and Kazakh
    write it (Palladius), in Latin letters for `press.lang.names.skeleton`: Cong Peiwu is
    Цун Пэйу, which its letters (c, ong, ei) are not. None for a word that is no pinyin."""
    word = latin.lower().replace("ü", "v")
    if not word.isascii() or not word.isalpha():
        return None
    return _pinyin_read(word)


_PINYIN_TABLE = """
a ai an ang ao e ei en eng er o ou yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun
wu wa wo wai wei wan wen wang weng
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun"""
_PINYIN_SYLLABLES = frozenset(_PINYIN_TABLE.split())
"""The syllables of Mandarin in pinyin (ü as v): a word is read as pinyin only when it is
made of them, so that a Western name is not (Sabora: ra is no syllable; Sorokin: so is none)."""


def _pinyin_read(word: str) -> str | None:
    if not word:
        return ""
    for size in range(min(6, len(word)), 0, -1):  # the longest syllable first (jinping: jin ping)
        head, rest = word[:size], word[size:]
        if head not in _PINYIN_SYLLABLES:
            continue
        reading = _PINYIN_ZERO.get(head) if head[0] in "aeiouyw" else _split_syllable(head)
        if reading is not None and (tail := _pinyin_read(rest)) is not None:
            return reading + tail
    return None


def _split_syllable(head: str) -> str | None:
    initial = head[:2] if head[:2] in _PINYIN_INITIALS else head[:1]
    if initial not in _PINYIN_INITIALS or len(head) == len(initial):
        return None
    return _pinyin_syllable(initial, head[len(initial):])
