"""`press init DIR`: a new press office's project with the default brand and termbase."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from press.errors import PressError
from press.project import TOOLKIT_ROOT

README = """# Press releases

Release sources live under `releases/<year>/<date>-<slug>/`; the ministry's shared names
are in `locales/termbase.yaml`, the brand in `templates/brands/`. Build with `press build`.
"""


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--brand", default="mfa-kz", show_default=True, help="Brand to copy as the starting point.")
def init(directory: Path, brand: str) -> None:
    """Start a new press project in DIRECTORY.

    The toolkit is installed once; each press office keeps its releases, termbase and
    brand in its own repository. Edit templates/brands/<brand>/brand.yaml to make the
    brand yours.
    """
    source_brand = TOOLKIT_ROOT / "templates" / "brands" / brand
    if not (source_brand / "brand.yaml").exists():
        raise PressError(f"unknown brand {brand!r}")
    if (directory / "releases").exists():
        raise PressError(f"{directory}: already a press project (it has releases/)")
    (directory / "releases").mkdir(parents=True)
    (directory / "locales").mkdir(exist_ok=True)
    shutil.copy(TOOLKIT_ROOT / "locales" / "termbase.yaml", directory / "locales" / "termbase.yaml")
    shutil.copytree(source_brand, directory / "templates" / "brands" / brand)
    readme = directory / "README.md"
    if not readme.exists():
        readme.write_text(README, encoding="utf-8")
    click.echo(f"Started a press project in {directory} with the {brand} brand.")
    click.echo("Next: `press new SLUG` to draft a release, `press build` to render it.")
