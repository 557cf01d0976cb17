"""Loading the labelled corpus: clean trilingual texts, injected errors, hard negatives."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from press.check.document import Bundle, Para
from press.model import Entity, Fact

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


@dataclass
class Case:
    name: str
    paras: dict[str, dict[str, str]]
    """lang → paragraph id → text"""
    entities: dict[str, Entity]
    facts: dict[str, Fact]
    date: object
    errors: list[dict] = field(default_factory=list)
    negatives: list[dict] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)

    def bundle(self, edit: dict | None = None) -> Bundle:
        """The case as a release-like bundle, with *edit* (find → replace) applied once."""
        paras = {}
        for lang, texts in self.paras.items():
            paras[lang] = []
            for pid, text in texts.items():
                if edit and edit["lang"] == lang and str(edit["para"]) == pid:
                    edit = {**edit, "find": str(edit["find"]), "replace": str(edit["replace"])}
                    assert edit["find"] in text, f"{self.name}: {edit['find']!r} not in {lang} {pid}"
                    text = text.replace(edit["find"], edit["replace"], 1)
                paras[lang].append(Para(pid, lang, text, f"{self.name}#{pid}"))
        return Bundle(self.name, paras, self.entities, self.facts, self.date, aligned=True)

    def words(self) -> int:
        return sum(len(t.split()) for texts in self.paras.values() for t in texts.values())


def load_cases() -> list[Case]:
    from press.project import Project
    from press.schema import Checker
    from press.source import _entities, _facts, load_termbase

    yaml = YAML(typ="safe")
    termbase = load_termbase(REPO / "locales" / "termbase.yaml")
    cases = []
    for path in sorted(HERE.glob("*.yaml")):
        doc = yaml.load(path.read_text(encoding="utf-8"))
        if "release" in doc:
            project = Project(REPO)
            release = project.load(project.release_folders([doc["release"]])[0])
            paras = {lang: {sid: s.text for sid, s in v.segments.items()}
                     for lang, v in release.versions.items()}
            entities, facts, date = release.entities, release.facts, release.meta.date
        else:
            paras = {lang: {str(i + 1): t for i, t in enumerate(doc[lang])} for lang in ("en", "kk", "ru")}
            checker = Checker(path)
            entities = dict(termbase)
            entities.update(_entities(doc.get("entities") or {}, checker, "release"))
            facts = _facts(doc.get("facts") or {}, checker)
            date = doc["date"]
        cases.append(Case(path.stem, paras, entities, facts, date, doc.get("errors") or [],
                          doc.get("negatives") or [], doc.get("expected") or []))
    return cases
