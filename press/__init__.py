"""press: trilingual (English, Kazakh, Russian) press releases for a government press office.

The data flows one way, and the package layout shows it:

    source      press/source.py, press/yamlio.py    release folders → the model (press/model.py)
    draft       press/draft/                        Word/HTML/text drafts → release sources
    localise    press/translate/, press/review/     machine drafts, human review, statuses
    check       press/check/                        names, dates, numbers agree in all versions
    render      press/localise.py, press/render/    one localised view → HTML, PDF, DOCX
    publish     press/build.py, press/archive/      dist/ for the press office, the archive site

press/lang/ is the one place that knows how each language writes (and reads back) dates,
numbers and names; press/commands/ holds one thin module per CLI command.
"""

__version__ = "0.1.0"
"""The toolkit's version, as in pyproject.toml (a test keeps the two equal): the archive's cache
is keyed on it, read here rather than through importlib.metadata, which costs a no-change
re-export a tenth of its time."""
