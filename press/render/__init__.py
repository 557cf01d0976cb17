"""Renderers: one module per format, each fed the same `LocalisedRelease`.

    html.py   semantic HTML5 page (Jinja2 template from templates/html)
    pdf.py    the same page through WeasyPrint with the print stylesheet
    docx.py   python-docx with real Word styles and w:lang per language
"""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("html", "pdf", "docx")
