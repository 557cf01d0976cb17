"""Omissions: what a version written by another hand leaves out, said once per version.

Plain texts are often not translations of each other paragraph by paragraph: a news agency's
English story and a newspaper's Kazakh one of the same release, a version cut short, one with
a background paragraph the others lack. A fact one of them states and another simply does not
(no other value in its place) is then no contradiction: the rules mark such findings as a
`Lack`, and here the lacks of every rule for one version become ONE warning, `content.omitted`:
"kk does not state what en, ru state: 306 (figure), Astana, Dubai". What a version says
instead of the others (another figure, another date, another person in the same role) is a
contradiction and stays an error of its rule.

Versions that are translations paragraph by paragraph (release segments; plain texts with as
many paragraphs of a like length) keep a finding per fact, at its rule's severity: there a
fact left out is a fact dropped in translation.
"""

from __future__ import annotations

from press.check.document import Bundle, translated_share
from press.check.findings import Finding, Lack

LENGTH = 0.75
"""The share of the longer version's characters from which two plain texts with as many
paragraphs are taken for translations of each other: Kazakh and Russian translations of an
English release run to 0.88 of its length or more (and to more than it); a version shorter
than this is cut or written anew."""


CUT = 300
"""Characters (two sentences or so) a version must lack beside `LENGTH` to be a cut one: a
sentence's phrase more or less is a share of a short text, not a cut."""


def translations(bundle: Bundle, a: str, b: str) -> bool:
    """Versions *a* and *b* translate each other paragraph by paragraph: segments of a
    release, or plain texts with as many paragraphs, of a like length (`LENGTH`), most of
    which pair with the paragraph at their place by what they state (`translated_share`; of a
    text of one or two paragraphs besides a headline, a dropped fact may be all a paragraph
    states)."""
    if bundle.aligned:
        return True
    first, second = bundle.paras.get(a, []), bundle.paras.get(b, [])
    if len(first) != len(second):
        return False
    sizes = sorted(sum(len(p.text) for p in paras) for paras in (first, second))
    if sizes[0] < LENGTH * sizes[1] and sizes[1] - sizes[0] > CUT:
        return False
    paired, body = translated_share(bundle, a, b)
    return body <= 2 or 2 * paired > body


def fold(bundle: Bundle, findings: list[Finding]) -> list[Finding]:
    """*findings* with each lack between versions by different hands taken out and said in
    one `content.omitted` warning per version that lacks something."""
    if bundle.aligned:
        return findings
    kept: list[Finding] = []
    lacks: dict[str, list[Lack]] = {}
    for finding in findings:
        lack = finding.lack
        if lack is None or any(_dropped(bundle, lacking, langs) for lacking in lack.lacking
                               for _, langs, _ in lack.facts):
            kept.append(finding)
            continue
        for lang in lack.lacking:
            lacks.setdefault(lang, []).append(lack)
    return kept + [_omitted(lang, found) for lang, found in lacks.items()]


def _dropped(bundle: Bundle, lacking: str, stating: tuple[str, ...]) -> bool:
    """A fact is dropped from version *lacking* (not left out by another hand): the version
    translates a version that states it paragraph by paragraph. Of versions by different
    hands a paragraph may still render another's (their anchors alike) and leave a figure out:
    that is their choice, not a slip of translation."""
    return any(translations(bundle, lacking, lang) for lang in stating)


def _omitted(lang: str, lacks: list[Lack]) -> Finding:
    """The one warning for version *lang*: what it does not state, grouped by the versions
    that state it, located where the first of it is stated."""
    by_langs: dict[tuple[str, ...], list[str]] = {}
    for lack in lacks:
        for fact, langs, _ in lack.facts:
            said = by_langs.setdefault(tuple(sorted(langs)), [])
            if fact not in said:
                said.append(fact)
    parts = [f"what {', '.join(langs)} {'states' if len(langs) == 1 else 'state'}: {', '.join(facts)}"
             for langs, facts in by_langs.items()]
    first = lacks[0].facts[0][0]
    return Finding("content.omitted", "warning", [lang], lacks[0].where, first,
                   f"{lang} does not state " + "; ".join(parts)
                   + " (not a translation paragraph by paragraph: left out, not contradicted)")
