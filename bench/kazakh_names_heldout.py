"""How the name checker fares on Kazakh names it was not written from: the capitalised entries
(first names) of the hunspell-kk dictionary (/usr/share/hunspell/kk_KZ.dic, Debian's
hunspell-kk), each with the surname made from it (-ов/-ев, -ова/-ева), in three versions:

- Kazakh: as the dictionary spells it;
- Russian: by the «Инструкция по русской передаче казахских антропонимов» (А, Ә → А; О, Ө → О;
  У, Ү, Ұ → У; И, І → И; К, Қ → К; Н, Ң → Н; Г, Ғ → Г; Һ → Х; ЙЫ, ЙІ → И), the table below,
  written from the instruction, not from press.lang;
- English: by ICAO Doc 9303's Cyrillic table (Ж ZH, Х KH, Ц TS, Ч CH, Ш SH, Щ SHCH, Ы Y, Ю IU,
  Я IA, Й I; the Kazakh letters as their Russian pair, Һ H), the state's passport
  romanisation, with the ministry's Ye for a word-initial Е.

    python bench/kazakh_names_heldout.py [--limit N] [--kazakh-letters] [--show]

Each name is put in one sentence per version and checked (`press.check.check_texts`); then
one version at a time gets a one-letter slip (seeded: a letter other than the first replaced by
another of that script, or a Russian letter swapped for another spelling the instruction does
not give): the share of right triples left clean (accepted) and of slips found at error level
(rejected), per version slipped. Run it with PYTHONPATH at a tree to compare trees.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DIC = Path("/usr/share/hunspell/kk_KZ.dic")
SEED = 21
RUSSIAN = {"ә": "а", "ө": "о", "ү": "у", "ұ": "у", "і": "и", "қ": "к", "ң": "н", "ғ": "г", "һ": "х"}
"""The instruction's Kazakh letter → Russian letter."""
ICAO = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
        "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "і": "i", "қ": "k", "ң": "n", "ғ": "g", "һ": "h"}
"""ICAO Doc 9303's Cyrillic romanisation with the Kazakh letters."""
LETTERS = {"kk": "абвгдежзийклмнопрстуфхшыәғқңөұүһі", "ru": "абвгдежзийклмнопрстуфхшыэюя",
           "en": "abdefghiklmnoprstuyz"}
VOWELS = "аәеиоөұүыіуэюя"
FRAMES = {"en": "On 18 November 2026, Deputy Minister {} met the delegation in Astana.",
          "ru": "18 ноября 2026 года заместитель министра {} встретился с делегацией в Астане.",
          "kk": "2026 жылғы 18 қарашада вице-министр {} Астанада делегациямен кездесті."}


def dictionary_names() -> list[str]:
    """The dictionary's capitalised entries in Cyrillic letters only, three letters or more."""
    lines = DIC.read_text(encoding="utf-8-sig").splitlines()[1:]
    words = [line.split("/")[0].strip() for line in lines]
    return sorted({w for w in words if w[:1].isupper() and len(w) >= 3
                   and all("а" <= ch.lower() <= "я" or ch.lower() in "әғқңөұүһіё" for ch in w)})


def russian(kazakh: str) -> str:
    """The instruction's Russian form: letter by letter, ЙЫ and ЙІ as И."""
    lower = kazakh.lower().replace("йы", "и").replace("йі", "и")
    out = "".join(RUSSIAN.get(ch, ch) for ch in lower)
    return out[:1].upper() + out[1:]


def english(kazakh: str) -> str:
    """ICAO's romanisation, Ye for a word-initial Е."""
    lower = kazakh.lower()
    out = ("ye" if lower.startswith("е") else ICAO.get(lower[0], lower[0])) \
        + "".join(ICAO.get(ch, ch) for ch in lower[1:])
    return out[:1].upper() + out[1:]


def surname(given: str) -> str | None:
    """The surname made from a first name: -ов after a consonant, -ев after й (Абай → Абаев);
    none of a name ending in another vowel."""
    if given[-1] == "й":
        return given[:-1] + "ев"
    if given[-1].lower() in VOWELS:
        return None
    return given + "ов"


def slipped(word: str, lang: str, rng: random.Random) -> str:
    """*word* with one letter (not the first) replaced by another of its script."""
    i = rng.randrange(1, len(word))
    new = rng.choice([ch for ch in LETTERS[lang] if ch != word[i].lower()])
    return word[:i] + new + word[i + 1:]


TEMPTING = {"ы": "у", "и": "ы", "к": "х", "у": "ы", "а": "е", "е": "а", "о": "у"}
"""Russian letters a writer may put for the instruction's one, each a spelling Russian has for
some Kazakh letter (Турсун for Турсын, Калиахпаров for Калиакпаров): where the Kazakh form does
not have that letter, a slip the correspondence may take for a variant."""


def tempting_slip(kazakh: str, ru: str, rng: random.Random) -> str | None:
    """*ru* with one letter (not the first) changed as in `TEMPTING`, where the instruction does
    not give it for the Kazakh letter (Тұрсын: Турсун), else None."""
    if len(kazakh) != len(ru):
        return None
    spots = [i for i in range(1, len(ru)) if ru[i] in TEMPTING and ru[i] == RUSSIAN.get(kazakh[i], kazakh[i])]
    if not spots:
        return None
    i = rng.choice(spots)
    return ru[:i] + TEMPTING[ru[i]] + ru[i + 1:]


def triples(names: list[str]) -> list[tuple[str, str, str]]:
    """(en, ru, kk) full names: a first name and the surname made from the next one."""
    out = []
    for given, source in zip(names, names[1:] + names[:1], strict=True):
        family = surname(source)
        if family:
            kk = f"{given} {family}"
            out.append((" ".join(map(english, kk.split())), " ".join(map(russian, kk.split())), kk))
    return out


def errors(en: str, ru: str, kk: str) -> list[str]:
    """The names findings at error level on the three sentences."""
    from press.check import check_texts
    from press.commands.check import load_entities

    texts = {lang: FRAMES[lang].format(name) for lang, name in (("en", en), ("ru", ru), ("kk", kk))}
    found = check_texts(texts, load_entities(None, None), dt.date(2026, 11, 18)).findings
    return [f"{f.rule} {f.langs} {f.excerpt}" for f in found
            if f.rule.startswith("names") and f.severity == "error"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", action="store_true", help="print the false alarms and the slips let pass")
    parser.add_argument("--kazakh-letters", action="store_true",
                        help="only the names the dictionary spells with a Kazakh letter (Бақыт, Гүлназ)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    found_names = dictionary_names()
    if args.kazakh_letters:
        found_names = [n for n in found_names if any(ch in RUSSIAN for ch in n.lower())]
    cases = triples(found_names)
    if args.limit:
        cases = cases[:args.limit]
    clean = 0
    found = {"en": 0, "ru": 0, "kk": 0, "ru variant": 0}
    tried = {"en": 0, "ru": 0, "kk": 0, "ru variant": 0}
    for en, ru, kk in cases:
        alarms = errors(en, ru, kk)
        clean += not alarms
        if alarms and args.show:
            print("FALSE ALARM", en, "|", ru, "|", kk, alarms)
        forms = {"en": en, "ru": ru, "kk": kk}
        for lang in forms:
            words = forms[lang].split()
            k = rng.randrange(len(words))
            words[k] = slipped(words[k], lang, rng)
            wrong = {**forms, lang: " ".join(words)}
            tried[lang] += 1
            hit = bool(errors(wrong["en"], wrong["ru"], wrong["kk"]))
            found[lang] += hit
            if not hit and args.show:
                print("SLIP PASSED", lang, forms[lang], "->", wrong[lang])
        surname_ru = tempting_slip(kk.split()[-1], ru.split()[-1], rng)
        if surname_ru:
            tried["ru variant"] += 1
            hit = bool(errors(en, f"{ru.split()[0]} {surname_ru}", kk))
            found["ru variant"] += hit
            if not hit and args.show:
                print("SLIP PASSED ru variant", ru, "->", surname_ru)
    print(f"triples {len(cases)}: right forms accepted {clean}/{len(cases)} ({clean / len(cases):.2f})")
    for lang in found:
        share = found[lang] / tried[lang] if tried[lang] else 0.0
        print(f"  slip in {lang}: found {found[lang]}/{tried[lang]} ({share:.2f})")


if __name__ == "__main__":
    main()
