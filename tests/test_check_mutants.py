"""The checker's behaviour where a mutation run of press/check (bench/mutation.py check, issue 19)
found no test that would notice a change: each test states what a press officer gets (a finding
at error level, a name's expected form, a suggested termbase entry) and fails on the mutant.

All in-process, plain texts through `check_texts` or a bundle: milliseconds each, no build.
"""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from press.check import check_texts, texts_bundle
from press.check.suggest import render_yaml, suggest_entries

MARCH = dt.date(2025, 3, 1)


# --- glossary suggest (press glossary suggest runs it in a child process the run cannot see) ---

def test_suggested_entries_give_each_name_in_the_nominative_in_every_language() -> None:
    """Names in no register, read from inflected Russian and Kazakh, come back as termbase
    entries in the nominative; with no English version the English form is the state
    romanisation, marked unconfirmed."""
    texts = {"ru": "Министр встретился с Алибеком Бакаевым в Будапеште.",
             "kk": "Министр Әлібек Бақаевпен Будапештте кездесті."}
    entries = {entry["id"]: entry for entry in suggest_entries(texts_bundle(texts, {}))}
    assert entries["alibek-bakayev"] == {"id": "alibek-bakayev", "type": "person", "en": "Alibek Bakayev",
                                         "unconfirmed": "[en]", "ru": "Алибек Бакаев", "kk": "Әлібек Бақаев"}
    assert entries["budapest"]["type"] == "place" and entries["budapest"]["en"] == "Budapest"


def test_suggested_entries_are_termbase_yaml_that_asks_for_a_check() -> None:
    texts = {"en": "Minister Alibek Bakayev arrived in Budapest.",
             "ru": "Министр Алибек Бакаев прибыл в Будапешт.",
             "kk": "Министр Әлібек Бақаев Будапештке келді."}
    shown = render_yaml(suggest_entries(texts_bundle(texts, {})))
    assert shown.splitlines()[0].startswith("# Suggested termbase entries: check each form")
    entity = yaml.safe_load(shown)["entities"]["alibek-bakayev"]
    assert entity == {"type": "person", "en": "Alibek Bakayev", "kk": "Әлібек Бақаев", "ru": "Алибек Бакаев"}


# --- names no register knows ---------------------------------------------------------------

@pytest.mark.parametrize("texts", [
    {"en": "The Italian side proposed to hold the talks in Astana on 20 March.",
     "ru": "Италия предложила провести переговоры в Астане 20 марта.",
     "kk": "Италия келіссөздерді 20 наурызда Астанада өткізуді ұсынды."},
    {"en": "Italy proposed to hold the talks in Astana on 20 March.",
     "ru": "Итальянская сторона предложила провести переговоры в Астане 20 марта.",
     "kk": "Италия келіссөздерді 20 наурызда Астанада өткізуді ұсынды."},
], ids=["en", "ru"])
def test_a_country_named_by_its_adjective_is_not_missing(texts: dict[str, str]) -> None:
    """"The Italian side" for Италия (and «Итальянская сторона» for Italy) names the country:
    no names.missing error."""
    report = check_texts(texts, {}, MARCH)
    assert report.findings == [], report.to_text()
