#!/usr/bin/env python3
"""Write N synthetic trilingual releases for measurements: `bench/synth.py N DIR`.

DIR becomes a press project (DIR/releases/<year>/<id>/); the termbase, brand and templates
fall back to the toolkit's. Each release is marked `synthetic: true`, built from varied
templates of official ministry text in English, Kazakh and Russian (names inflected per
language, numbers formatted by press.lang), and every translation is approved with the
correct source_hash, so that all of them are publishable. DIR may not be the repository's
own releases/ folder: synthetic releases are never placed there.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from press.lang import format_number  # noqa: E402
from press.model import source_hash  # noqa: E402
from press.yamlio import dump_yaml  # noqa: E402


@dataclass(frozen=True)
class Partner:
    """A partner state with the forms each template needs (kk: nom/gen; ru: nom/gen/instr)."""

    slug: str
    en: str
    kk_nom: str
    kk_gen: str
    ru_nom: str
    ru_gen: str
    ru_ins: str


PARTNERS = (
    Partner("germany", "Germany", "Германия", "Германияның", "Германия", "Германии", "Германией"),
    Partner("france", "France", "Франция", "Францияның", "Франция", "Франции", "Францией"),
    Partner("japan", "Japan", "Жапония", "Жапонияның", "Япония", "Японии", "Японией"),
    Partner("turkiye", "Türkiye", "Түркия", "Түркияның", "Турция", "Турции", "Турцией"),
    Partner("italy", "Italy", "Италия", "Италияның", "Италия", "Италии", "Италией"),
    Partner("korea", "the Republic of Korea", "Корея Республикасы", "Корея Республикасының",
            "Республика Корея", "Республики Корея", "Республикой Корея"),
    Partner("uzbekistan", "Uzbekistan", "Өзбекстан", "Өзбекстанның", "Узбекистан", "Узбекистана",
            "Узбекистаном"),
    Partner("china", "China", "Қытай", "Қытайдың", "Китай", "Китая", "Китаем"),
    Partner("india", "India", "Үндістан", "Үндістанның", "Индия", "Индии", "Индией"),
)

# Each template: tags and a title and lead paragraph per language; {p.*} are partner forms,
# {n} an ordinal round, {x} a sum in millions of US dollars, {m} a number of companies
# (a multiple of ten, so that Russian agreement holds), {k} a number of projects (5–19).
TEMPLATES = (
    (("bilateral", "consultations"), {
        "en": ("Kazakhstan and {p.en} hold political consultations in Astana",
               "The Ministry of Foreign Affairs of the Republic of Kazakhstan held the {n}th round of "
               "political consultations with the Ministry of Foreign Affairs of {p.en}. The parties "
               "reviewed the state of bilateral relations and the schedule of upcoming high-level contacts."),
        "kk": ("Қазақстан мен {p.kk_nom} Астанада саяси консультациялар өткізді",
               "Қазақстан Республикасының Сыртқы істер министрлігі {p.kk_gen} Сыртқы істер "
               "министрлігімен саяси консультациялардың {n}-раундын өткізді. Тараптар екіжақты "
               "қатынастардың жай-күйін және алдағы жоғары деңгейдегі байланыстар кестесін қарастырды."),
        "ru": ("Казахстан и {p.ru_nom} провели политические консультации в Астане",
               "Министерство иностранных дел Республики Казахстан провело {n}-й раунд политических "
               "консультаций с Министерством иностранных дел {p.ru_gen}. Стороны рассмотрели состояние "
               "двусторонних отношений и график предстоящих контактов на высшем уровне."),
    }),
    (("bilateral", "diplomacy"), {
        "en": ("Minister of Foreign Affairs of Kazakhstan receives the Ambassador of {p.en}",
               "During the meeting, the parties discussed preparations for the next session of the "
               "intergovernmental commission on trade and economic cooperation and the implementation of "
               "{k} joint investment projects."),
        "kk": ("Қазақстанның Сыртқы істер министрі {p.kk_gen} Елшісін қабылдады",
               "Кездесу барысында тараптар сауда-экономикалық ынтымақтастық жөніндегі үкіметаралық "
               "комиссияның кезекті отырысына дайындықты және {k} бірлескен инвестициялық жобаның жүзеге "
               "асырылуын талқылады."),
        "ru": ("Министр иностранных дел Казахстана принял Посла {p.ru_gen}",
               "В ходе встречи стороны обсудили подготовку к очередному заседанию межправительственной "
               "комиссии по торгово-экономическому сотрудничеству и реализацию {k} совместных "
               "инвестиционных проектов."),
    }),
    (("trade", "business-forum"), {
        "en": ("Astana hosts the Kazakhstan – {p.en} business forum",
               "{m} companies took part in the forum, and agreements worth {x} million US dollars were "
               "signed. The Ministry of Foreign Affairs will support the implementation of every agreement."),
        "kk": ("Астанада «Қазақстан – {p.kk_nom}» бизнес-форумы өтті",
               "Форум жұмысына {m} компания қатысты, жалпы сомасы {x} миллион АҚШ доллары болатын "
               "келісімдерге қол қойылды. Сыртқы істер министрлігі әрбір келісімнің орындалуына жәрдем "
               "көрсетеді."),
        "ru": ("В Астане состоялся бизнес-форум «Казахстан – {p.ru_nom}»",
               "В работе форума приняли участие {m} компаний, подписаны соглашения на общую сумму {x} млн "
               "долларов США. Министерство иностранных дел окажет содействие в реализации каждого "
               "соглашения."),
    }),
    (("consular",), {
        "en": ("Kazakhstan and {p.en} discuss consular cooperation",
               "The parties discussed simplifying visa procedures for business travellers, students and "
               "tourists, as well as protecting the rights of the citizens of the two countries."),
        "kk": ("Қазақстан мен {p.kk_nom} консулдық ынтымақтастықты талқылады",
               "Тараптар іскер азаматтар, студенттер мен туристер үшін визалық рәсімдерді жеңілдету, "
               "сондай-ақ екі ел азаматтарының құқықтарын қорғау мәселелерін талқылады."),
        "ru": ("Казахстан и {p.ru_nom} обсудили вопросы консульского сотрудничества",
               "Стороны обсудили упрощение визовых процедур для предпринимателей, студентов и туристов, "
               "а также защиту прав граждан двух стран."),
    }),
)

PARAGRAPHS = (
    {"en": "Trade between the two countries reached {x} million US dollars last year. The sides agreed to "
           "expand cooperation in transport and logistics, energy, agriculture and digital technologies.",
     "kk": "Өткен жылы екі ел арасындағы тауар айналымы {x} миллион АҚШ долларына жетті. Тараптар "
           "көлік-логистика, энергетика, ауыл шаруашылығы және цифрлық технологиялар салаларындағы "
           "ынтымақтастықты кеңейтуге уағдаласты.",
     "ru": "В прошлом году товарооборот между двумя странами достиг {x} млн долларов США. Стороны "
           "договорились расширять сотрудничество в сферах транспорта и логистики, энергетики, сельского "
           "хозяйства и цифровых технологий."},
    {"en": "The Kazakh side reaffirmed its commitment to a multi-vector foreign policy and to developing "
           "mutually beneficial partnership with all interested states.",
     "kk": "Қазақстан тарапы көпвекторлы сыртқы саясатқа және барлық мүдделі мемлекеттермен өзара тиімді "
           "әріптестікті дамытуға берік екенін растады.",
     "ru": "Казахстанская сторона подтвердила приверженность многовекторной внешней политике и развитию "
           "взаимовыгодного партнёрства со всеми заинтересованными государствами."},
    {"en": "The parties also exchanged views on current issues on the regional and international agenda, "
           "including cooperation within the United Nations.",
     "kk": "Тараптар сондай-ақ өңірлік және халықаралық күн тәртібінің өзекті мәселелері, соның ішінде "
           "Біріккен Ұлттар Ұйымы аясындағы ынтымақтастық жөнінде пікір алмасты.",
     "ru": "Стороны также обменялись мнениями по актуальным вопросам региональной и международной повестки "
           "дня, включая сотрудничество в рамках Организации Объединённых Наций."},
    {"en": "Following the meeting, the sides agreed to continue regular dialogue at the level of deputy "
           "ministers.",
     "kk": "Кездесу қорытындысы бойынша тараптар министр орынбасарлары деңгейінде тұрақты диалогты "
           "жалғастыруға келісті.",
     "ru": "По итогам встречи стороны договорились продолжить регулярный диалог на уровне заместителей "
           "министров."},
    {"en": "Kazakhstan and {p.en} established diplomatic relations in 1992.",
     "kk": "Қазақстан мен {p.kk_nom} арасында дипломатиялық қатынастар 1992 жылы орнатылды.",
     "ru": "Дипломатические отношения между Казахстаном и {p.ru_ins} установлены в 1992 году."},
)

LANGS = ("en", "kk", "ru")
FIRST_DAY = dt.date(2019, 1, 9)


def release_texts(index: int, rng: random.Random) -> tuple[tuple[str, ...], Partner, dict[str, list[str]]]:
    """Tags, partner and the segment texts (title first) of release number *index*."""
    tags, template = TEMPLATES[index % len(TEMPLATES)]
    partner = PARTNERS[(index // len(TEMPLATES)) % len(PARTNERS)]
    extra = rng.sample(PARAGRAPHS, k=rng.randint(2, 4))
    n, k, m, x = rng.randint(2, 15), rng.randint(5, 19), rng.randrange(40, 300, 10), rng.randint(50, 4000)
    texts = {}
    for lang in LANGS:
        values = {"p": partner, "n": n, "k": k, "m": m, "x": format_number(x, lang)}
        title, lead = template[lang]
        texts[lang] = [s.format(**values) for s in (title, lead, *(p[lang] for p in extra))]
    return (*tags, partner.slug), partner, texts


def write_release(root: Path, index: int, rng: random.Random) -> Path:
    day = FIRST_DAY + dt.timedelta(days=index * 3 + rng.randint(0, 2))
    tags, partner, texts = release_texts(index, rng)
    release_id = f"{day.isoformat()}-synthetic-{index:04d}"
    folder = root / "releases" / str(day.year) / release_id
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"id": release_id, "date": day, "dateline": "astana", "brand": "mfa-kz", "source_lang": "en",
            "target_langs": ["kk", "ru"], "tags": list(tags), "synthetic": True,
            "entities": {partner.slug: {"type": "place", "en": partner.en, "kk": partner.kk_nom,
                                        "ru": partner.ru_nom}}}
    (folder / "release.yaml").write_text(dump_yaml(meta), encoding="utf-8")
    ids = ["title", *(f"p{i}" for i in range(1, len(texts["en"])))]
    for lang in LANGS:
        segments: dict[str, dict[str, str]] = {}
        for seg_id, text, source in zip(ids, texts[lang], texts["en"], strict=True):
            segments[seg_id] = {"text": text} if lang == "en" else {
                "text": text, "status": "approved", "source_hash": source_hash(source),
                "changed_by": "synthetic", "changed_at": f"{day.isoformat()}T09:00:00+05:00"}
        (folder / f"{lang}.yaml").write_text(dump_yaml({"lang": lang, "segments": segments}),
                                             encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: bench/synth.py N DIR", file=sys.stderr)
        return 2
    count, root = int(argv[0]), Path(argv[1]).resolve()
    if (root / "releases").resolve().is_relative_to((REPO / "releases").resolve()) or \
            root.is_relative_to((REPO / "releases").resolve()):
        print(f"bench/synth.py: {root}: synthetic releases never go into the repository's releases/",
              file=sys.stderr)
        return 2
    rng = random.Random(20251210)
    for index in range(count):
        write_release(root, index, rng)
    print(f"wrote {count} synthetic release(s) to {root / 'releases'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
