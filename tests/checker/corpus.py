"""Loading the labelled corpus: clean trilingual texts, injected errors, hard negatives.

Two parts: `dev/` (texts the checker was developed on) and `heldout/` (written before the
checker work of issue 12 and never tuned on). This module is the only reader of both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from press.check.document import Bundle, Para
from press.model import Entity, Fact

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PARTS = {"dev": HERE / "dev", "heldout": HERE / "heldout"}
TYPES = ("names", "dates", "numbers", "qualifiers", "designations", "facts", "script")
LANGS = ("en", "kk", "ru")


@dataclass
class Case:
    name: str
    paras: dict[str, dict[str, str]]
    """lang → paragraph id → text"""
    entities: dict[str, Entity]
    facts: dict[str, Fact]
    date: dt.date
    errors: list[dict] = field(default_factory=list)
    negatives: list[dict] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    part: str = "dev"

    def texts(self, edit: dict | None = None) -> dict[str, dict[str, str]]:
        """lang → paragraph id → text, with *edit* (find → replace) applied once."""
        out = {}
        for lang, texts in self.paras.items():
            out[lang] = {}
            for pid, text in texts.items():
                if edit and edit["lang"] == lang and str(edit["para"]) == pid:
                    find, replace = str(edit["find"]), str(edit["replace"])
                    assert find in text, f"{self.name}: {find!r} not in {lang} {pid}"
                    text = text.replace(find, replace, 1)
                out[lang][pid] = text
        return out

    def bundle(self, edit: dict | None = None, registers: bool = True) -> Bundle:
        """The case as a release-like bundle (paragraphs aligned by id); without *registers*
        no entity or fact register at all, as for text nobody has registered."""
        paras = {lang: [Para(pid, lang, text, f"{self.name}#{pid}") for pid, text in texts.items()]
                 for lang, texts in self.texts(edit).items()}
        return Bundle(self.name, paras, self.entities if registers else {},
                      self.facts if registers else {}, self.date, aligned=True)

    def words(self) -> int:
        return sum(len(t.split()) for texts in self.paras.values() for t in texts.values())

    def glossary(self) -> dict:
        """The entity register in the termbase format (`entities:`), for `press check --glossary`."""
        return {"entities": {e.id: {"type": e.type, **{lang: list(e.forms[lang]) for lang in LANGS}}
                             for e in self.entities.values()}}


def load_cases(part: str = "dev") -> list[Case]:
    """The cases of one part ("dev", "heldout" or a folder of cases), sorted by file name."""
    from press.project import Project
    from press.schema import Checker
    from press.source import _entities, _facts, load_termbase

    yaml = YAML(typ="safe")
    termbase = load_termbase(REPO / "locales" / "termbase.yaml")
    cases = []
    for path in sorted(PARTS.get(part, Path(part)).glob("*.yaml")):
        doc = yaml.load(path.read_text(encoding="utf-8"))
        if "release" in doc:
            project = Project(REPO)
            release = project.load(project.release_folders([doc["release"]])[0])
            paras = {lang: {sid: s.text for sid, s in v.segments.items()}
                     for lang, v in release.versions.items()}
            entities, facts, date = release.entities, release.facts, release.meta.date
        else:
            paras = {lang: {str(i + 1): t for i, t in enumerate(doc[lang])} for lang in LANGS}
            checker = Checker(path)
            entities = dict(termbase) if doc.get("termbase", True) else {}
            entities.update(_entities(doc.get("entities") or {}, checker, "release"))
            facts = _facts(doc.get("facts") or {}, checker)
            date = doc["date"]
        cases.append(Case(path.stem, paras, entities, facts, date, doc.get("errors") or [],
                          doc.get("negatives") or [], doc.get("expected") or [], part))
    return cases


def problems(case: Case) -> list[str]:
    """What is wrong with a case's labels (a find that is not in its paragraph, a bad type)."""
    found = []
    for kind, edits in (("error", case.errors), ("negative", case.negatives)):
        for edit in edits:
            where = f"{case.name}: {kind} {edit}"
            if kind == "error" and edit.get("type") not in TYPES:
                found.append(f"{where}: type not one of {TYPES}")
            text = case.paras.get(edit.get("lang"), {}).get(str(edit.get("para")))
            if text is None:
                found.append(f"{where}: no such language or paragraph")
            elif str(edit.get("find")) not in text:
                found.append(f"{where}: find not in the paragraph")
            elif str(edit.get("find")) == str(edit.get("replace")):
                found.append(f"{where}: replace equals find")
    if {len(texts) for texts in case.paras.values()} != {len(case.paras["en"])}:
        found.append(f"{case.name}: the languages have different numbers of paragraphs")
    return found
