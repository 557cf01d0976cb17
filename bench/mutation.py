"""Mutation testing of the core modules with mutmut: the score per module and the surviving mutants.

A mutant is a small plausible bug (a changed operator, constant, argument or deleted call)
planted by mutmut in a copy of the code; the tests that cover it must then fail ("killed").
A surviving mutant is a bug the suite would let through, unless it is *equivalent* (it does
not change behaviour): those are listed in EQUIVALENT with the reason and left out of the score.

Slow (minutes per module), so it runs outside CI, by hand:

    python3 bench/mutation.py                  # every core module, one at a time
    python3 bench/mutation.py atomic review    # some of them
    python3 bench/mutation.py --children 2     # more parallel workers (default 1: shared machine)
    python3 bench/mutation.py --sample 0       # every mutant (default: a random sample of 100)
    python3 bench/mutation.py lang --keep      # keep the scratch tree, then after adding tests:
    python3 bench/mutation.py lang --again /tmp/press-mutation-lang-…/tree   # survivors again
    python3 bench/mutation.py lang --again TREE --replay tests/test_lang_grammar.py  # planted by hand

A module has hundreds to a thousand mutants and each costs seconds (the tests that cover it
run again), so by default a random sample (fixed --seed) is run and the score is given with
its 95% interval (Wilson); --sample 0 runs them all.

Each module is mutated alone in a scratch copy of the working tree (nothing is written here),
and only with the test files that cover it. Needs the `dev` extra (mutmut 3). mutmut
does not mutate decorated functions (a @contextmanager, @property or click command): the
code under them is covered by the mutant tests in tests/test_mutants.py instead.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def tests_of(*patterns: str) -> tuple[str, ...]:
    """The test files under tests/ that *patterns* name, globbed when the bench starts: a test file
    added later for the module (test_checker_classes5.py) counts without editing this table; the
    checker's tests count for press/lang too, whose readers they drive through whole texts."""
    return tuple(sorted({path.relative_to(REPO).as_posix()
                         for pattern in patterns for path in (REPO / "tests").glob(pattern)}))


@dataclass(frozen=True)
class Module:
    mutate: tuple[str, ...]
    """Globs of the files to mutate."""
    tests: tuple[str, ...]
    """The test files (or test ids) that cover them."""


MODULES = {
    "atomic": Module(("press/atomic.py",), ("tests/test_atomic.py", "tests/test_atomic_mutants.py",
                                            "tests/test_mutants.py")),
    "source": Module(("press/source.py", "press/schema.py"), ("tests/test_source.py",
                                                             "tests/test_source_fields.py",
                                                             "tests/test_source_history.py",
                                                             "tests/test_source_mutants.py",
                                                             "tests/test_bad_inputs.py")),
    "review": Module(("press/review/*",), ("tests/test_review.py", "tests/test_review_docx.py",
                                           "tests/test_review_notes.py", "tests/test_review_files.py",
                                           "tests/test_handoff.py", "tests/test_review_mutants.py",
                                           "tests/test_mutants.py")),
    "publication": Module(("press/model.py",), ("tests/test_publication_rule.py", "tests/test_model_rules.py",
                                                 "tests/test_publish.py",
                                                 "tests/test_publication.py",
                                                 "tests/test_publication_langs.py", "tests/test_source.py")),
    "lang": Module(("press/lang/*",), tests_of("test_lang*.py", "test_names.py", "test_forms.py",
                                               "test_form_oracles.py", "test_language_table.py",
                                               "test_kazakh_hyphenation.py", "test_check*.py")),
    "check": Module(("press/check/*",), tests_of("test_check*.py", "test_names.py", "test_mutants.py")),
}

EQUIVALENT = {
    "press.atomic.x_write_text__mutmut_7": '"UTF-8" and "utf-8" name the same codec',
    **{f"press.atomic.x_current_umask__mutmut_{n}": "/proc/self/status read with the locale's codec or "
       '"ASCII" instead of "ascii": the file is ASCII, every such codec reads it alike' for n in (2, 4, 8)},
    "press.atomic.x_current_umask__mutmut_21": "the fallback sets the umask to 0o023 (19) instead of 0o022 "
                                               "for the moment it reads it: the old mask is returned and put "
                                               "back either way",
    "press.review.docx.x_write__mutmut_75": "zip(strict=True) dropped: the rows always have as many "
                                            "cells as widths (both made from HEADERS)",
    "press.review.docx.x_write__mutmut_72": "table.autofit = None instead of False: python-docx writes "
                                            '"autofit" if value else "fixed", the same fixed layout',
    "press.review.xliff2.x__returned__mutmut_144": 'a unit without an id read as "XXXX" instead of "": '
                                                   "unreachable, the XLIFF 2 core schema requires unit/@id "
                                                   "and the reader validates before it reads a unit",
    "press.review.xliff2.x_read__mutmut_135": "a missing revision metadata read as None instead of \"\": "
                                              "the identity token was made over a 12-digit revision, so "
                                              "both are refused with the same message",
    "press.review.xliff2.x__returned__mutmut_75": 'a missing state read as "XXinitialXX" instead of '
                                                  '"initial": neither is in FROM_STATE, both mean translated',
    "press.review.xliff12.x_read__mutmut_100": 'a missing build-num read as "XXXX" instead of "": the '
                                               "identity check refuses both with the same message (an "
                                               "empty token, or one that is no sha256 prefix)",
    "press.review.xliff12.x__returned__mutmut_59": "the untranslated copy cleared to None instead of \"\": "
                                                   "the target is only tested for truth and passed on as "
                                                   "`target or None`, so both read as no target",
    "press.review.xliff12.x__returned__mutmut_76": 'a note without "from" read as "XXXX" instead of "": '
                                                   'neither starts with "press", both are the translator\'s',
    "press.model.x_source_hash__mutmut_13": '"UTF-8" and "utf-8" name the same codec',
    "press.model.xǁPublicationǁunfinished__mutmut_5": "approved.get(lang, None) instead of False: "
                                                      "`not` of either is True",
    "press.model.xǁPublicationǁunfinished__mutmut_7": "approved.get(lang) without the default False: "
                                                      "`not None` is True as well",
    "press.source.x__entities__mutmut_51": 'an entity\'s type defaulted to "OTHER", not "other": the '
                                           "loader requires a type (entities.*.type), so the default "
                                           "is never used",
    "press.source.x__write_compiled__mutmut_20": "the compiled termbase cache written with \\u "
                                                 "escapes (ensure_ascii left on): json.loads reads back "
                                                 "the same text",
    "press.source.x__meta__mutmut_176": "synthetic read with the default None instead of False: "
                                        "bool() of either is False",
    "press.lang.russian.x_inflect_name__mutmut_7": "the flags start as None instead of False: both "
                                                   "only ever meet `or` and `not`",
    "press.lang.read_dates.x__kazakh_possessed__mutmut_31": "қ → Ғ instead of ғ before a possessive: "
                                                            "no Kazakh month name (CLDR) ends in қ",
    "press.lang.english.x__english_common__mutmut_4": 'SpellChecker() without language="en": "en" is '
                                                       "its default",
    "press.check.script.x__looks_native__mutmut_6": "the Kazakh-ending test dropped from _looks_native: its "
                                                    "only caller (_impossible) has already returned True "
                                                    "for a word with such an ending",
    "press.check.unregistered.xǁFreeNamesǁ_odd_one__mutmut_12": "len(pa) < len(pb) → <= under "
                                                                 "len(pa) != len(pb): never equal there",
    "press.check.unregistered.xǁFreeNamesǁ_in_text__mutmut_18": "the probe word's start offset None: "
                                                                 "compare_words and _part_of read only "
                                                                 "its text and place",
    "press.check.unregistered.xǁFreeNamesǁ_form_in__mutmut_40": "next() without its default: a "
                                                                 "counterpart in the missing language "
                                                                 "would be SAME, so never missing there",
    "press.check.facts.x__one_part_off__mutmut_5": "zip(strict=None) instead of True: both tuples "
                                                   "are (year, month, day)",
    "press.check.recognise.x__next_is_name__mutmut_27": "the title test in _next_is_name never holds: "
                                                         "its only caller (_word_kind) has already "
                                                         "returned None for a title word",
    "press.check.facts.x__this_period__mutmut_21": 'patterns.get(lang) without the default "$^": every '
                                                   "language a bundle holds (en, kk, ru: a release has "
                                                   "no other, `press check --text` refuses others) has "
                                                   "a pattern",
    "press.check.unregistered.xǁFreeNamesǁ__init____mutmut_25": "found.get(lang, None) instead of []: "
                                                                  "every language of FreeNames.langs "
                                                                  "is a key of found (anchors come "
                                                                  "from the same paragraphs)",
    "press.check.names.x__near__mutmut_6": "dead code: _near was called nowhere (removed from "
                                           "press/check/names.py)",
    "press.lang.names.x_nominative__mutmut_52": "the Kazakh ending search starts one letter later: the "
                                                "first try was a one-letter tail, which len(tail) >= 2 "
                                                "refuses anyway",
    "press.lang.read_dates.x__russian_cases__mutmut_55": "«мартА»: nominative + а is the genitive (марта, "
                                                         "августа), which CLDR's names in MONTHS already "
                                                         "give in lower case; lookups are lower-case and "
                                                         "the date pattern ignores case",
    "press.lang.read_dates.x__with_year__mutmut_7": "_with_year drops the weekday: its one caller "
                                                    "(_share_range_years) runs before _with_weekdays "
                                                    "attaches any, so the weekday is always None there",
    "press.lang.read_numbers.x__digits__mutmut_78": 'the "-летия" guard: ORDINAL_TAIL_RE cannot match a '
                                                    'tail that starts "-л" (none of its endings begins '
                                                    "with л), so the guard never decides",
    **{f"press.check.recognise.x_warm_up__mutmut_{n}": "the start-up warm-up asks is_common of an unknown "
       'language ("XXenXX", "RU"): False, no error; that word list is loaded on its first use '
       "instead, the same list" for n in (1, 6)},
    "press.check.script.x__known_kazakh__mutmut_16": "the memo key of per_registers renamed "
                                                     '("XXscript.kazakhXX"): still unique (the other key is '
                                                     '"script.kk-plain"), the same value built once',
    "press.check.document.xǁBundleǁlocation__mutmut_1": 'the default location "XXXX" instead of "": its one '
                                                         "caller (names.py, a registered name missing) "
                                                         "passes a group with a paragraph in that "
                                                         "language, so the default is never reached",
    "press.check.unregistered.xǁFreeNamesǁ_cyrillic_odd_one__mutmut_56": "`english is None and "
        "spelt_as_russian_writes` for `or`: its one caller (_misspelt) has already returned {} when "
        "spelt_as_russian_writes holds for this same partner, and english is never None here "
        "(a SAME link is needed to get here; if it is the other Cyrillic version's, "
        "verdict.status != NEAR returns first)",
    "press.lang.read_dates.x__kk_range__mutmut_5": '"ДЕН" for "ден" in _kk_range: it is asked only after '
                                                   '_RANGE_GAP["kk"] (\\s*(?:[–—-]\\s*)?\\Z) has failed, '
                                                   "and that already matches every gap of spaces alone, "
                                                   "the only gap _kk_range accepts: it never decides",
    "press.lang.read_numbers.x__from_run__mutmut_42": '`"-" in last.text or lang == "en"`: unit_of is then '
                                                      "also asked of an English numeral without a hyphen "
                                                      "(five, hundred), no unit form, and of the part after "
                                                      "a hyphen of a Kazakh or Russian numeral (бес-ке: an "
                                                      "ending), no unit form either",
    "press.lang.read_numbers.x__kk_word__mutmut_14": "the pre-filter base[:-1] loosened to base[:1]: every "
                                                     "test after it needs the word to begin with the base "
                                                     "(the ordinal) or with base[:-1] and a voiced last "
                                                     "letter (matches_stem), so it only saves time",
    "press.lang.read_dates.x__russian_cases__mutmut_13": "a genitive in -я cut by two letters (января → "
                                                         "янваь): MONTHS lists every nominative too "
                                                         "(январь), which gives all the real case forms; "
                                                         "the extra ones (янвае, нояб, июю, сентябем) are "
                                                         "no Russian words",
    "press.lang.kazakh.x__numeral_sound__mutmut_33": "None instead of the milliard's sound for a multiple "
                                                     "of 10**9: case_ending then falls back to "
                                                     "_sound_class (final 0 is ASCII, not in "
                                                     "_LATIN_SOUND → voiceless) and is_front (no vowel "
                                                     "in digits → back), the same (voiceless, back)",
    "press.lang.kazakh.x_date_reading__mutmut_16": '"XXтыңXX" for "тың" among the genitive endings: no '
                                                   "Kazakh month form ends in -тың (the one month ending "
                                                   "in a voiceless consonant, қыркүйек, is front: "
                                                   "қыркүйектің); measured on month_forms and "
                                                   "abbreviated_forms of kk",
    "press.lang.read_dates.x__kazakh_possessed__mutmut_32": '"XXпXX" for "п" among the voiced stems: '
                                                            "_kazakh_possessed is called only by "
                                                            'month_forms("kk") on the names in MONTHS["kk"], '
                                                            "none of which ends in п; measured: "
                                                            'month_forms("kk") identical with the mutant',
    "press.lang.read_dates.x__share_range_years__mutmut_24": "first.end < second.start instead of <= when "
                                                             "slicing the text between two dates: when "
                                                             "the ends meet (first.end == second.start) "
                                                             'the slice text[a:a] is "" too, the value '
                                                             "the mutant's else branch gives",
    "press.lang.read_dates.x__with_relative_years__mutmut_19": "a gap of 0 between a date and the year "
                                                               "named after it refused: every relative "
                                                               "year pattern begins \\b and a letter, so "
                                                               "a date ending in a letter or digit is "
                                                               "always followed by a space or comma "
                                                               "first (gap >= 1); after an abbreviated "
                                                               "month (5 Dec.) a space is written too",
    "press.check.lexicon.x__kept_words__mutmut_4": '"UTF-8" and "utf-8" name the same codec',
    "press.check.suggest.x__entry__mutmut_56": 'names.nominative(…, "EN") for "en": any language but kk '
                                               "and ru takes the same last branch (the word less a "
                                               "possessive 's)",
    "press.check.recognise.x__word_kind__mutmut_70": 'lang != "XXenXX" lets is_surname count in English: '
                                                      "its endings (-ов, -ева, -ұлы) are Cyrillic and an "
                                                      "English word reaching that line is Latin (a "
                                                      "Cyrillic one returned None above)",
}
"""Mutants that cannot change behaviour, by mutmut's name, with the reason: left out of the score."""

COPY_IGNORE = shutil.ignore_patterns(".git", "mutants", "__pycache__", "*.egg-info", ".ruff_cache",
                                     ".pytest_cache", ".hypothesis", "node_modules", "out")
ALSO_COPY = ["releases", "templates", "locales", "bench", "scripts", "README.md", "babel.cfg",
             "package.json", "node_modules"]
PYTEST_ARGS = ["-p", "no:randomly", "-p", "no:cacheprovider", "-n", "0", "-q", "-x"]
DETECTED = {"killed", "timeout", "segfault", "caught by type check"}


def uncached() -> dict[str, str]:
    """The environment of a mutant's run: no user cache (press.usercache, the termbase cache).

    A table kept on disk between runs (the CLDR gazetteer) is read, not derived, so a mutant in
    the code that derives it would never run and survive unseen. Under /dev/null no cache can be
    read or written (both are allowed to fail), so every table is derived with the mutant."""
    return {**os.environ, "XDG_CACHE_HOME": os.devnull}


def mutmut() -> list[str]:
    found = shutil.which("mutmut", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "mutmut"]


def config(module: Module, keyword: str | None = None) -> str:
    def toml_list(items: tuple[str, ...] | list[str]) -> str:
        return "[" + ", ".join(f'"{item}"' for item in items) + "]"

    return (f"\n[tool.mutmut]\nsource_paths = [\"press\"]\nonly_mutate = {toml_list(module.mutate)}\n"
            f"pytest_add_cli_args_test_selection = {toml_list(module.tests)}\n"
            f"pytest_add_cli_args = {toml_list(PYTEST_ARGS + only(keyword))}\n"
            f"also_copy = {toml_list(ALSO_COPY)}\n"
            # each mutant's worker forks from a process that only imported the tests: a table built
            # once and cached (@cache month forms, compiled patterns) is built again with the mutant.
            # mutmut's default ("fork", from the process that ran the whole suite) would hand every
            # worker the tables the clean run built, and such mutants would survive unseen.
            'process_isolation = "forkserver"\n')


def only(keyword: str | None) -> list[str]:
    """pytest's -k for --keyword: leaves out a test of a fix made after the kept tree was copied
    (it fails on that tree's code whatever the mutant, and would count every mutant killed)."""
    return ["-k", keyword] if keyword else []


def scratch_copy(folder: Path, module: Module) -> None:
    """The working tree (committed or not) with a mutmut section for *module* in its pyproject."""
    shutil.copytree(REPO, folder, ignore=COPY_IGNORE, symlinks=True)
    if (REPO / "node_modules").exists():
        (folder / "node_modules").symlink_to(REPO / "node_modules")
    with (folder / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write(config(module))


def statuses(folder: Path) -> dict[str, str]:
    """mutmut's verdict on each mutant: killed, survived, no tests, timeout …"""
    shown = subprocess.run([*mutmut(), "results", "--all", "true"], cwd=folder, capture_output=True,
                           text=True, check=True).stdout
    return dict(re.findall(r"^\s*(\S+__mutmut_\d+): (.+)$", shown, re.MULTILINE))


def diff(folder: Path, name: str) -> str:
    shown = subprocess.run([*mutmut(), "show", name], cwd=folder, capture_output=True, text=True).stdout
    return " | ".join(line.strip() for line in shown.splitlines()
                      if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def sample_of(names: list[str], sample: int, seed: int) -> list[str]:
    """The mutants to run: all, or a seeded random sample (the same names for the same code)."""
    if sample <= 0 or sample >= len(names):
        return names
    return sorted(random.Random(seed).sample(names, sample))


def run_module(name: str, children: int, sample: int, seed: int, log: Path,
               tree: Path | None = None, keyword: str | None = None) -> tuple[dict[str, str], Path]:
    """mutmut's verdicts on the (sampled) mutants of module *name*, and the tree it ran in.

    With *tree* (a scratch copy kept by an earlier --keep run of the same module) the module's
    test files are copied again from this working tree and only the sampled mutants that were
    not detected run again: the same sample and code, measured again after tests were added.
    """
    run = [*mutmut(), "run", "--max-children", str(children)]
    before: dict[str, str] = {}
    with log.open("w", encoding="utf-8") as out:
        if tree is None:
            tree = Path(tempfile.mkdtemp(prefix=f"press-mutation-{name}-")) / "tree"
            scratch_copy(tree, MODULES[name])
            # generate the mutants and the test-coverage stats only (the filter matches no mutant)
            subprocess.run([*run, "no-such-mutant"], cwd=tree, stdout=out, stderr=subprocess.STDOUT,
                           env=uncached())
            names = sorted(statuses(tree))
            chosen = sample_of(names, sample, seed)
            todo = chosen
        else:
            before = statuses(tree)
            names = sorted(before)
            chosen = sample_of(names, sample, seed)
            todo = [m for m in chosen if before[m] not in DETECTED]
            for test_file in MODULES[name].tests:  # the module's test files as they are now
                shutil.copy2(REPO / test_file, tree / test_file)
            # today's test list and settings (a changed list makes mutmut collect its stats again)
            project = (tree / "pyproject.toml").read_text(encoding="utf-8")
            settings = config(MODULES[name], keyword)
            (tree / "pyproject.toml").write_text(project.split("\n[tool.mutmut]")[0] + settings,
                                                 encoding="utf-8")
        out.write(f"\n{len(todo)} of {len(names)} mutants run ({len(chosen)} in the sample)\n")
        out.flush()
        if todo:
            subprocess.run([*run, *todo], cwd=tree, stdout=out, stderr=subprocess.STDOUT, check=False,
                           env=uncached())
    verdicts = statuses(tree)
    print(f"\n{name}: {len(names)} mutants, {len(chosen)} in the sample, {len(todo)} run now")
    # a mutant detected before stays detected (tests were only added); the others: today's verdict
    return {m: verdicts[m] if m in todo else before[m] for m in chosen}, tree


def replay(name: str, tree: Path, tests: list[str], keyword: str | None = None) -> dict[str, str]:
    """The sampled mutants mutmut left undetected in a kept *tree*, each planted in a plain copy of
    it and run against *tests* (this working tree's files) in a fresh pytest process: a quicker
    second verdict than --again when only a few test files were added, and one that no cache in
    mutmut's worker process can hide."""
    verdicts = statuses(tree)
    undetected = [m for m in verdicts if verdicts[m] in ("survived", "no tests")]
    copy = Path(tempfile.mkdtemp(prefix=f"press-replay-{name}-")) / "tree"
    shutil.copytree(tree, copy, ignore=shutil.ignore_patterns("mutants", "node_modules", "__pycache__"))
    for test_file in tests:  # the tree's own conftest stays: today's may import code the tree lacks
        shutil.copy2(REPO / test_file, copy / test_file)
    project = (copy / "pyproject.toml").read_text(encoding="utf-8")
    (copy / "pyproject.toml").write_text(re.sub(r"(?m)^addopts = .*$", 'addopts = "-ra"', project),
                                         encoding="utf-8")
    env = {**uncached(), "PYTHONPATH": str(copy)}
    clean = subprocess.run([sys.executable, "-m", "pytest", *PYTEST_ARGS, *only(keyword), *tests], cwd=copy,
                           env=env, capture_output=True, text=True)
    if clean.returncode:  # failing without a mutant, they would count every mutant as killed
        tail = "\n".join((clean.stdout + clean.stderr).splitlines()[-15:])
        raise SystemExit(f"{' '.join(tests)} fail on the kept tree without a mutant (a test of a later "
                         f"fix? leave it out with --keyword); nothing replayed:\n{tail}")
    found = {}
    for mutant in undetected:
        shown = subprocess.run([*mutmut(), "show", mutant], cwd=tree, capture_output=True, text=True).stdout
        planted = plant(copy, shown[shown.index("--- "):] if "--- " in shown else "")
        if planted is None:
            found[mutant] = "not applied"
            continue
        test = subprocess.run([sys.executable, "-m", "pytest", *PYTEST_ARGS, *only(keyword), *tests],
                              cwd=copy, env=env, capture_output=True)
        planted[0].write_text(planted[1], encoding="utf-8")
        found[mutant] = "killed" if test.returncode else "survived"
        print(f"  {found[mutant]:10} {mutant}", flush=True)
    shutil.rmtree(copy.parent, ignore_errors=True)
    return found


def plant(root: Path, diff_text: str) -> tuple[Path, str] | None:
    """Apply mutmut's diff of one function to its file under *root*: (the file, its text before),
    or None when the changed lines are not found once (as shown, or indented as a method). The
    old lines are looked up as text, not by `patch`: mutmut numbers a hunk from the function's
    start, and GNU patch takes a hunk with no trailing context (a change in a function's last
    line) to belong at the end of the file."""
    lines = diff_text.splitlines()
    if len(lines) < 3 or not lines[0].startswith("--- "):
        return None
    path = root / lines[0][4:].strip()
    body = [line for line in lines[2:] if not line.startswith("@@")]
    if not path.exists():
        return None
    before = path.read_text(encoding="utf-8")
    for indent in ("", "    "):  # a method is shown dedented to its class's level
        old, new = ("".join(indent * bool(line[1:]) + line[1:] + "\n" for line in body if line[:1] in keep)
                    for keep in (" -", " +"))
        if before.count(old) == 1:
            path.write_text(before.replace(old, new), encoding="utf-8")
            return path, before
    return None


def wilson(killed: int, total: int) -> tuple[float, float]:
    """The 95% interval of a share estimated from a random sample."""
    if total == 0:
        return 0.0, 1.0
    z, p = 1.96, killed / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def report(name: str, verdicts: dict[str, str], tree: Path, seconds: float) -> float | None:
    equivalent = {m for m in verdicts if m in EQUIVALENT}
    counted = {m: s for m, s in verdicts.items() if m not in equivalent}
    killed = sum(s in DETECTED for s in counted.values())
    score = killed / len(counted) if counted else None
    low, high = wilson(killed, len(counted))
    shown = f"{score:.0%}, 95% interval {low:.0%}-{high:.0%}" if score is not None else "n/a"
    print(f"== {name}: {killed}/{len(counted)} killed ({shown}), {len(equivalent)} equivalent left out, "
          f"{seconds:.0f} s")
    for mutant, status in sorted(counted.items()):
        if status not in DETECTED:
            print(f"  {status:10} {mutant}: {diff(tree, mutant)}")
    for mutant in sorted(equivalent):
        print(f"  equivalent {mutant}: {EQUIVALENT[mutant]}")
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help=f"some of: {', '.join(MODULES)} (default: all)")
    parser.add_argument("--children", type=int, default=1, help="parallel mutmut workers")
    parser.add_argument("--sample", type=int, default=100, help="mutants run per module (0: all)")
    parser.add_argument("--seed", type=int, default=19, help="seed of the sample")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copies (for --again)")
    parser.add_argument("--replay", nargs="+", metavar="TEST_FILE",
                        help="with --again TREE: plant each undetected mutant in a copy and run these "
                             "test files on it, instead of mutmut")
    parser.add_argument("--again", type=Path, metavar="TREE",
                        help="a tree kept by --keep (one module): refresh its tests from here and run "
                             "the sampled mutants that were not detected again")
    parser.add_argument("--keyword", metavar="EXPR",
                        help="with --again: run only the tests pytest -k EXPR selects (leave out a "
                             "test of a fix the kept tree's code predates)")
    args = parser.parse_args()
    if args.again and len(args.modules) != 1:
        parser.error("--again measures one module: name it")
    unknown = [name for name in args.modules if name not in MODULES]
    if unknown:
        parser.error(f"unknown module {unknown[0]!r}; choose from {', '.join(MODULES)}")
    scores = {}
    if args.replay:
        if not args.again:
            parser.error("--replay needs --again TREE")
        found = replay(args.modules[0], args.again, args.replay, args.keyword)
        killed = sum(verdict == "killed" for verdict in found.values())
        print(f"{args.modules[0]}: {killed} of {len(found)} undetected mutants killed by "
              f"{' '.join(args.replay)}")
        return 0
    for name in args.modules or list(MODULES):
        start = time.monotonic()
        log = Path(tempfile.gettempdir()) / f"press-mutation-{name}.log"
        verdicts, tree = run_module(name, args.children, args.sample, args.seed, log, args.again,
                                     args.keyword)
        scores[name] = report(name, verdicts, tree, time.monotonic() - start)
        print(f"  (mutmut's log: {log}; tree: {tree})")
        if not args.keep and not args.again:
            shutil.rmtree(tree.parent, ignore_errors=True)
    print("\nmodule        score")
    for name, score in scores.items():
        print(f"{name:12}  {'n/a' if score is None else f'{score:.0%}'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
