"""`press init DIR`: a new press office's project with the default brand and termbase."""

from __future__ import annotations

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
    if directory.exists() and not directory.is_dir():
        raise PressError(f"{directory}: exists and is not a folder")
    files = {Path("locales/termbase.yaml"): (TOOLKIT_ROOT / "locales" / "termbase.yaml").read_bytes(),
             Path("README.md"): README.encode("utf-8")}
    for item in sorted(source_brand.rglob("*")):
        if item.is_file() and not item.is_symlink():
            files[Path("templates/brands", brand, item.relative_to(source_brand))] = item.read_bytes()
    (directory / "releases").mkdir(parents=True, exist_ok=True)
    kept = [relative for relative, data in files.items() if not _create(directory / relative, data)]
    for relative in kept:
        click.echo(f"kept {relative} (it was already there; press never replaces a file)")
    click.echo(f"Started a press project in {directory} with the {brand} brand.")
    click.echo("Next: `press new SLUG` to draft a release, `press build` to render it.")


def _create(path: Path, data: bytes) -> bool:
    """Write a new file; False (nothing written) when anything — a file, a folder, a symlink —
    is already at *path*. O_EXCL makes "is it there?" and "create it" one step."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)  # umask applies
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return True
