"""Engine settings: a [translate] table in the project's press.toml, overridable per user.

    # press.toml (project)                 # ~/.config/press/press.toml (user, wins)
    [translate]                            [translate]
    engine = "libre"                       url = "http://localhost:5000/"
    url = "https://mt.mfa.example/"
    api_key_env = "PRESS_LIBRE_KEY"

API keys are read only from the environment variable the settings name: a key in a file would
end up in the repository and in backups, so a file that holds one is refused (without echoing it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from press.errors import PressError
from press.project import CONFIG_NAME, read_config_table

SECRET_KEYS = ("api_key", "key", "auth_key", "secret", "token", "password")

DEFAULT_KEY_ENV: dict[str, str] = {
    "libre": "LIBRE_API_KEY",
    "deepl": "DEEPL_API_KEY",
    "yandex": "YANDEX_API_KEY",
    "microsoft": "MICROSOFT_API_KEY",
    "qcri": "QCRI_KEY",
    "papago": "PAPAGO_SECRET_KEY",
    "chatgpt": "OPENAI_API_KEY",
    "baidu": "BAIDU_APPKEY",
}
"""Where each engine's key is looked for unless the settings name another variable."""


@dataclass(frozen=True)
class Settings:
    """How to reach one engine and how patiently."""

    engine: str = "libre"
    url: str = "http://127.0.0.1:5000/"
    api_key_env: str = ""
    timeout: float = 30.0
    """Seconds one request may take before it counts as failed."""
    retries: int = 3
    """Further tries after a timeout, a refused connection, 429 or 5xx."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled before each further one."""
    fuzzy: float = 0.85
    """Lowest similarity (0–1) at which a memory match is used as a draft."""

    @property
    def key_env(self) -> str:
        return self.api_key_env or DEFAULT_KEY_ENV.get(self.engine, "")

    def api_key(self) -> str | None:
        """The key from the environment, or None; never stored on the settings themselves."""
        return os.environ.get(self.key_env) or None if self.key_env else None


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "press" / CONFIG_NAME


def load_settings(project_root: Path, **overrides: Any) -> Settings:
    """Defaults, then the project's file, then the user's file, then command-line options."""
    settings = Settings()
    for path in (project_root / CONFIG_NAME, user_config_path()):
        settings = replace(settings, **_read_table(path))
    given = {key: value for key, value in overrides.items() if value is not None}
    return replace(settings, **given)


def _read_table(path: Path) -> dict[str, Any]:
    table = read_config_table(path, "translate")
    known = {f.name: f.type for f in fields(Settings)}
    for key, value in table.items():
        if key in SECRET_KEYS:
            raise PressError(f"{path}: translate.{key}: API keys are read only from an environment "
                             "variable; remove it from the file and name the variable in api_key_env")
        if key not in known:
            raise PressError(f"{path}: translate.{key}: unknown setting; expected one of "
                             + ", ".join(known))
        _check_type(path, key, value, Settings.__dataclass_fields__[key].default)
    return dict(table)


def _check_type(path: Path, key: str, value: Any, default: Any) -> None:
    wanted = (int, float) if isinstance(default, float) else type(default)
    if isinstance(value, bool) or not isinstance(value, wanted):
        raise PressError(f"{path}: translate.{key}: expected {type(default).__name__}, got {value!r}")
