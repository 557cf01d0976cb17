"""Names helper names22 (seen blind23/blind27 misses): a person named again by surname alone at the
start of an English sentence before a verb of saying ("Lindqvist said") is a name, and a pronoun
that opens a sentence stands for a person only where the version has more such pronouns than the
version that names them («Он вступит в силу» is the memorandum, as "It will enter into force" is).
Own texts; each test fails with its change taken out."""

from __future__ import annotations

from edits import edited, name_errors

PUMPS = {
    "en": "Pavlodar, 12 May 2026 – The Swedish company Nordvik Pumps opened a service centre in Pavlodar. "
          "The ceremony was attended by Akim of Pavlodar Region Asain Bayakhmetov and Managing Director of "
          "Nordvik Pumps Henrik Lindqvist.\n\n"
          "The centre will repair pumps for the region's water utilities. Lindqvist said that the company "
          "would train 40 local engineers in 2027.",
    "ru": "Павлодар, 12 мая 2026 года – Шведская компания Nordvik Pumps открыла сервисный центр в Павлодаре. "
          "В церемонии приняли участие аким Павлодарской области Асаин Баяхметов и управляющий директор "
          "Nordvik Pumps Хенрик Линдквист.\n\n"
          "Центр будет ремонтировать насосы для водоканалов области. Х. Линдквист сообщил, что в 2027 году "
          "компания обучит 40 местных инженеров.",
    "kk": "Павлодар, 2026 жылғы 12 мамыр – Швецияның Nordvik Pumps компаниясы Павлодарда сервис орталығын "
          "ашты. Рәсімге Павлодар облысының әкімі Асаин Баяхметов пен Nordvik Pumps басқарушы директоры "
          "Хенрик Линдквист қатысты.\n\n"
          "Орталық облыстың су құбыры кәсіпорындарының сорғыларын жөндейді. Х. Линдквист компания 2027 "
          "жылы 40 жергілікті инженерді оқытатынын айтты.",
}

GRAIN = {
    "en": "Kostanay, 12 May 2026 – A memorandum on grain storage was signed in Kostanay between the "
          "regional akimat and the Latvian company Baltic Grain Terminal, represented by its Chairman "
          "Edgars Kalnins.\n\n"
          "The memorandum was prepared by a joint working group. It will enter into force on 1 June. "
          "Kalnins said that the first silo would be built by autumn 2027.",
    "ru": "Костанай, 12 мая 2026 года – В Костанае подписан меморандум о хранении зерна между акиматом "
          "области и латвийской компанией Baltic Grain Terminal, которую представлял ее председатель "
          "Эдгарс Калниньш.\n\n"
          "Меморандум подготовлен совместной рабочей группой. Он вступит в силу 1 июня. Э. Калниньш "
          "сообщил, что первый элеватор будет построен к осени 2027 года.",
    "kk": "Қостанай, 2026 жылғы 12 мамыр – Қостанайда облыс әкімдігі мен Латвияның Baltic Grain Terminal "
          "компаниясы арасында астық сақтау туралы меморандумға қол қойылды, компанияны оның төрағасы "
          "Эдгарс Калниньш таныстырды.\n\n"
          "Меморандумды бірлескен жұмыс тобы дайындады. Ол 1 маусымда күшіне енеді. Э. Калниньш алғашқы "
          "элеватор 2027 жылдың күзіне қарай салынатынын айтты.",
}


def test_clean_texts_have_no_name_errors() -> None:
    assert name_errors(PUMPS) == []
    assert name_errors(GRAIN) == []


def test_surname_opening_an_english_sentence_before_said_is_a_name() -> None:
    """"Lindqvist said" names the director, so a version that puts a title in the stead of his
    name in that paragraph lacks it (read as no name, English seemed to lack it too)."""
    for lang, old, new in (("kk", "Х. Линдквист компания", "Директор компания"),
                           ("ru", "Х. Линдквист сообщил", "Директор сообщил")):
        assert ("names.missing", [lang], "Lindqvist") in name_errors(edited(PUMPS, lang, old, new))


def test_a_pronoun_of_a_thing_stands_for_no_person() -> None:
    """«Он вступит в силу» is the memorandum ("It will enter into force"): a version that drops
    the chairman's name for his title lacks it; a pronoun more than the others' stands for him."""
    found = name_errors(edited(GRAIN, "ru", "Э. Калниньш сообщил", "Председатель компании сообщил"))
    assert ("names.missing", ["ru"], "Kalnins") in found
    assert name_errors(edited(GRAIN, "ru", "Э. Калниньш сообщил", "Он также сообщил")) == []
    assert name_errors(edited(GRAIN, "en", "Kalnins said", "He said")) == []
