"""A press project: the folder with releases/ (found like git finds its repository).

The toolkit is installed once; each press office keeps its releases, termbase and brands in
its own repository. Anything a project does not have (templates, brands, catalogs) falls
back to the toolkit's own copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from press.brand import Brand, load_brand
from press.errors import PressError, SourceError, did_you_mean
from press.model import Entity, Release

TOOLKIT_ROOT = Path(__file__).resolve().parent.parent
"""Where the toolkit's default templates/ and locales/ live (an editable install)."""


def load_tag_labels(path: Path) -> dict[str, dict[str, str]]:
    """lang → tag → label from a tags.yaml, checked like a source (file:line: field: problem)."""
    from press.lang import LANGS
    from press.schema import Checker, Field, is_map, is_str
    from press.yamlio import line_of, load_yaml

    doc = load_yaml(path)
    checker = Checker(path)
    labels: dict[str, dict[str, str]] = {}
    if checker.mapping(doc, {"tags": Field(is_map, required=True)}) and isinstance(doc.get("tags"), dict):
        forms = {lang: Field(is_str) for lang in LANGS}
        for tag, node in doc["tags"].items():
            if checker.mapping(node, forms, f"tags.{tag}", line_of(doc["tags"], tag)):
                for lang, label in node.items():
                    labels.setdefault(str(lang), {})[str(tag)] = str(label)
    if checker.problems:
        raise SourceError(checker.problems)
    return labels


CONFIG_NAME = "press.toml"
"""The project's settings file; `press init` writes a commented one."""


def read_config_table(path: Path, table: str) -> dict[str, Any]:
    """The [table] of a press.toml as a dict ({} when the file or the table is absent)."""
    import tomllib

    if not path.is_file():
        return {}
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PressError(f"{path}: not valid TOML: {exc}") from None
    found = doc.get(table, {})
    if not isinstance(found, dict):
        raise PressError(f"{path}: {table}: expected a table [{table}]")
    return found


@dataclass(frozen=True)
class ProjectSettings:
    """The [project] table of press.toml: what `press new` fills in when no option is given."""

    brand: str = "mfa-kz"
    source_lang: str = "ru"
    """Most of the ministry's releases are drafted in Russian (the demo is an exception: it was
    published in English first)."""
    dateline: str = "astana"

    @classmethod
    def read(cls, path: Path) -> ProjectSettings:
        from press.lang import LANGS

        table = read_config_table(path, "project")
        known = {f.name for f in fields(cls)}
        for key, value in table.items():
            if key not in known:
                raise PressError(f"{path}: project.{key}: unknown setting; expected one of "
                                 + ", ".join(sorted(known)) + did_you_mean(key, sorted(known)))
            if not isinstance(value, str) or not value:
                raise PressError(f"{path}: project.{key}: expected a text value, got {value!r}")
        if table.get("source_lang", cls.source_lang) not in LANGS:
            raise PressError(f"{path}: project.source_lang: {table['source_lang']!r} is not one of "
                             + ", ".join(LANGS))
        return cls(**table)


class ProjectNotFound(PressError):
    pass


@dataclass
class Project:
    root: Path
    _brands: dict[str, Brand] = field(default_factory=dict, repr=False)
    _loaded: dict[str, Path] = field(default_factory=dict, repr=False)
    """Release id → the folder it was loaded from: a second folder with the same id is refused."""

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The nearest folder at or above *start* that has a releases/ folder."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "releases").is_dir():
                return cls(folder)
        raise ProjectNotFound(
            f"{here}: not inside a press project (no releases/ folder here or above); "
            "use --project DIR or start one with `press init DIR`"
        )

    @cached_property
    def settings(self) -> ProjectSettings:
        """The project's press.toml [project] table, with defaults for what it does not say."""
        return ProjectSettings.read(self.root / CONFIG_NAME)

    @property
    def releases_dir(self) -> Path:
        return self.root / "releases"

    def resource(self, relative: str) -> Path:
        """A project file, or the toolkit's default when the project has none."""
        own = self.root / relative
        return own if own.exists() else TOOLKIT_ROOT / relative

    @property
    def templates_dir(self) -> Path:
        """The page templates and fonts: the project's when it has its own templates/html."""
        return self.resource("templates/html").parent

    @property
    def locales_dir(self) -> Path:
        """The gettext catalogs: the project's when it has translated the interface itself."""
        return self.resource("locales/en/LC_MESSAGES").parent.parent

    @cached_property
    def termbase(self) -> dict[str, Entity]:
        from press.source import load_termbase

        path = self.resource("locales/termbase.yaml")
        return load_termbase(path) if path.exists() else {}

    @cached_property
    def tag_labels(self) -> dict[str, dict[str, str]]:
        """lang → tag → label, from locales/tags.yaml (a tag without one shows as written)."""
        path = self.resource("locales/tags.yaml")
        return load_tag_labels(path) if path.exists() else {}

    def brand(self, name: str) -> Brand:
        if name not in self._brands:
            folder = self.brand_folder(name)
            if not (folder / "brand.yaml").exists():
                known = [p.name for p in (self.templates_dir / "brands").iterdir() if p.is_dir()]
                raise PressError(f"unknown brand {name!r}{did_you_mean(name, known)}")
            self._brands[name] = load_brand(folder)
        return self._brands[name]

    def brand_folder(self, name: str) -> Path:
        """templates/brands/<name> of the project, else of the toolkit; never anywhere else.

        A brand name is a folder name (no "/", no ".."), and the folder, symlinks resolved,
        must lie inside one of the two brands folders: a release cannot make press read,
        hash or inline files from elsewhere (/etc, /proc/self, another project).
        """
        from press.source import SAFE_ID

        if not SAFE_ID.fullmatch(name) or ".." in name:
            raise PressError(f"brand {name!r}: a brand is a folder name under templates/brands/ "
                             "(Latin letters, digits and hyphens, like mfa-kz)")
        folder = self.resource(f"templates/brands/{name}")
        allowed = [(base / "templates" / "brands").resolve() for base in (self.root, TOOLKIT_ROOT)]
        if not any(folder.resolve().is_relative_to(base) for base in allowed):
            raise PressError(f"brand {name!r}: {folder} lies outside templates/brands/; refused")
        return folder

    def release_folders(self, names: list[str] | tuple[str, ...] = ()) -> list[Path]:
        """Folders of the named releases (by id or path), or of every release."""
        from press.source import find_release_folders

        every = find_release_folders(self.releases_dir)
        by_id: dict[str, Path] = {}
        for folder in every:
            if folder.name in by_id:
                raise PressError(f"release {folder.name!r} appears twice: {by_id[folder.name]} and {folder}; "
                                 "two releases cannot share an id (dist/<id>/ would mix them)")
            by_id[folder.name] = folder
        if not names:
            return every
        chosen = []
        for name in names:
            path = Path(name)
            if (path / "release.yaml").exists():
                chosen.append(path.resolve())
            elif name in by_id:
                chosen.append(by_id[name])
            else:
                raise PressError(f"unknown release {name!r}{did_you_mean(name, list(by_id))}")
        return chosen

    def load(self, folder: Path) -> Release:
        from press.errors import Problem, SourceError
        from press.source import RELEASE_FILE, load_release

        release = load_release(folder, self.termbase)
        self._zone_embargo(release)
        other = self._loaded.setdefault(release.id, folder.resolve())
        if other != folder.resolve():
            raise SourceError(Problem(folder / RELEASE_FILE, 0, f"release {release.id!r} appears twice: "
                                      f"{other} has the same id; two releases cannot share an id", "id"))
        return release

    def _zone_embargo(self, release: Release) -> None:
        """An embargo written without an offset is read in the brand's time zone (an unknown
        brand is reported by the build; until then the default zone reads it)."""
        from press.model import DEFAULT_TIMEZONE, aware

        embargo = release.meta.embargo
        if embargo is None or embargo.tzinfo is not None:
            return
        try:
            zone = self.brand(release.meta.brand).timezone
        except PressError:
            zone = DEFAULT_TIMEZONE
        release.meta.embargo = aware(embargo, zone)
    def stage(self, paths: list[Path]) -> None:
        """`git add` new files when the project is a git work tree, so that nothing press
        writes into the sources is left untracked (outputs are ignored by .gitignore)."""
        import shutil
        import subprocess

        git = shutil.which("git")
        if not paths or git is None or not (self.root / ".git").exists():
            return
        subprocess.run([git, "-C", str(self.root), "add", "--", *map(str, paths)],
                       capture_output=True, check=False)

    def load_all(self, names: list[str] | tuple[str, ...] = ()) -> list[Release]:
        return [self.load(folder) for folder in self.release_folders(names)]
