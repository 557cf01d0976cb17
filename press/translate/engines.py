"""deep-translator engines behind a deadline, retries with back-off and clear refusals.

deep-translator has two gaps this module closes:

* **No timeout.** Every engine calls `requests.get/post(...)` without `timeout=`, so a hung
  engine hangs the program. Patching `requests` would change every other caller in the process,
  and re-implementing `translate()` would fork deep-translator's code. Instead the engine's own
  `translate()` runs in a daemon worker thread and we wait for it at most `Settings.timeout`
  seconds (`call_with_deadline`). A request that overruns is abandoned: its thread ends when the
  server finally answers or closes, and being a daemon it never keeps the process alive. This
  works the same for every engine deep-translator offers, not only LibreTranslate.
* **No Kazakh for LibreTranslate.** `LIBRE_LANGUAGES_TO_CODES` lacks kk, although self-hosted
  servers speaking the LibreTranslate API can serve it. `PressLibreTranslator` widens the table
  for its own instances only (the module constant is left alone), and before the first segment
  the server's own /languages list is asked whether it translates the pair at all.

Errors never carry the API key: deep-translator's `AuthorizationException` and requests'
exceptions quote it (in the message or in the URL's query), so only our own messages are shown,
and `redact` removes the key from anything else as a last guard.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from press.errors import PressError
from press.lang import ENGINE_CODES, ENGLISH_NAMES, LANGS
from press.translate.config import Settings

T = TypeVar("T")

ENGINE_CLASSES: dict[str, str] = {
    "libre": "LibreTranslator",
    "google": "GoogleTranslator",
    "deepl": "DeeplTranslator",
    "mymemory": "MyMemoryTranslator",
    "yandex": "YandexTranslator",
    "microsoft": "MicrosoftTranslator",
    "pons": "PonsTranslator",
    "linguee": "LingueeTranslator",
    "papago": "PapagoTranslator",
    "qcri": "QcriTranslator",
    "chatgpt": "ChatGptTranslator",
    "baidu": "BaiduTranslator",
}
"""Engine names accepted by --engine, and the deep-translator class behind each."""


class EngineError(PressError):
    """The engine as a whole cannot serve this run (unreachable, refused, unsupported): stop."""


class SegmentFailed(Exception):
    """This one text could not be translated (server error, malformed answer): go on."""


class _Retryable(Exception):
    """A failure worth another try; carries the message to show when tries run out."""

    def __init__(self, message: str, fatal: bool):
        super().__init__(message)
        self.fatal = fatal


def call_with_deadline(func: Callable[[], T], seconds: float) -> T:
    """Run *func* in a daemon thread and wait at most *seconds* (see the module docstring)."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # handed to the caller's thread below
            box["error"] = exc

    worker = threading.Thread(target=work, name="press-translate-request", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def redact(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _press_libre_class() -> type:
    """LibreTranslator with every language of press's table (built lazily: deep_translator is heavy)."""
    from deep_translator import LibreTranslator

    class PressLibreTranslator(LibreTranslator):  # type: ignore[misc, valid-type]
        """deep-translator's LibreTranslator, unchanged but for press's languages (kk) in its table.

        BaseTranslator maps the language codes with `_map_language_to_code` right after storing
        the table, so widening the table there is the one hook that needs no copied code.
        A server that needs no key gets none: deep-translator insists on one, so a stand-in is
        passed to its constructor and removed before any request is made.
        """

        def __init__(self, source: str, target: str, api_key: str | None, custom_url: str):
            super().__init__(source=source, target=target, api_key=api_key or "-",
                             custom_url=custom_url)
            self.api_key = api_key

        def _map_language_to_code(self, *languages: str) -> Any:
            known = set(self._languages.values())
            self._languages = {**self._languages, **{ENGLISH_NAMES[lang]: ENGINE_CODES[lang]
                                                     for lang in LANGS if ENGINE_CODES[lang] not in known}}
            self._supported_languages = list(self._languages)
            return super()._map_language_to_code(*languages)

    return PressLibreTranslator


@dataclass
class Engine:
    """One engine for one language pair, with the run's patience settings."""

    settings: Settings
    source: str
    target: str
    translator: Any
    api_key: str | None = None
    sleep: Callable[[float], None] = time.sleep
    requests_made: int = 0

    @property
    def name(self) -> str:
        return self.settings.engine

    def translate(self, text: str) -> str:
        """The engine's translation of *text*, retried with back-off on transient failures."""
        delay = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            try:
                self.requests_made += 1
                return self._once(text)
            except _Retryable as exc:
                if attempt == self.settings.retries:
                    message = redact(str(exc), self.api_key)
                    raise (EngineError(message) if exc.fatal else SegmentFailed(message)) from None
                self.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _once(self, text: str) -> str:
        try:
            result = call_with_deadline(lambda: self.translator.translate(text), self.settings.timeout)
        except BaseException as exc:
            raise self._classify(exc) from None
        if not isinstance(result, str) or not result.strip():
            raise SegmentFailed(f"{self.where}: the engine answered with an empty translation")
        return result

    @property
    def where(self) -> str:
        return f"engine {self.name} at {self.settings.url}" if self.name == "libre" else \
            f"engine {self.name}"

    def _classify(self, exc: BaseException) -> Exception:
        """Our own message for a failure: deep-translator's and requests' may quote the key."""
        import requests
        from deep_translator import exceptions as dt

        where, kind = self.where, type(exc).__name__
        if isinstance(exc, TimeoutError | requests.Timeout):
            return _Retryable(f"{where} did not answer within {self.settings.timeout:g} s "
                              f"({self.settings.retries + 1} tries)", fatal=True)
        if isinstance(exc, requests.ConnectionError | ConnectionError):
            return _Retryable(f"{where} is unreachable (connection refused or dropped; "
                              f"{self.settings.retries + 1} tries)", fatal=True)
        if isinstance(exc, dt.AuthorizationException):
            return EngineError(f"{where} refused the API key (403); check ${self.settings.key_env}")
        if isinstance(exc, dt.ApiKeyException):
            return EngineError(f"{where} needs an API key: set ${self.settings.key_env}")
        if isinstance(exc, dt.TooManyRequests):
            return _Retryable(f"{where} refuses more requests (429: quota or rate limit reached); "
                              "try again later", fatal=True)
        if isinstance(exc, dt.ServerException):
            return self._server_error(exc)
        if isinstance(exc, dt.LanguageNotSupportedException | dt.InvalidSourceOrTargetLanguage):
            return EngineError(f"{where} does not translate {self.source} → {self.target}")
        if isinstance(exc, ValueError | KeyError | TypeError):
            return _Retryable(f"{where} answered with malformed JSON ({kind})", fatal=False)
        if isinstance(exc, dt.TranslationNotFound | dt.BaseError):
            return SegmentFailed(f"{where} found no translation ({kind})")
        if isinstance(exc, requests.RequestException):
            return _Retryable(f"{where}: request failed ({kind})", fatal=False)
        return exc if isinstance(exc, Exception) else SegmentFailed(kind)

    def _server_error(self, exc: BaseException) -> Exception:
        from deep_translator.exceptions import ServerException

        codes = {name: code for code, name in ServerException.errors.items()}
        message = str(exc.args[0]) if exc.args else ""
        code = codes.get(message)
        if code == 429:
            return _Retryable(f"{self.where} refuses more requests (429: quota or rate limit "
                              "reached); try again later", fatal=True)
        if code in (401, 402, 403):
            return EngineError(f"{self.where} refused the API key ({code}); "
                               f"check ${self.settings.key_env}")
        if code in (400, 501):
            return EngineError(f"{self.where} does not translate {self.source} → {self.target}")
        status = f"HTTP {code}" if code else "server error"
        return _Retryable(f"{self.where} failed with {status}", fatal=False)


def make_engine(settings: Settings, source: str, target: str) -> Engine:
    """An engine for *source* → *target*; LibreTranslate servers are asked about the pair first."""
    if settings.engine not in ENGINE_CLASSES:
        from press.errors import did_you_mean

        raise EngineError(f"unknown engine {settings.engine!r}"
                          + did_you_mean(settings.engine, list(ENGINE_CLASSES))
                          + f"; expected one of {', '.join(ENGINE_CLASSES)}")
    key = settings.api_key()
    probe = Engine(settings, source, target, translator=None, api_key=key)
    try:
        translator = _construct(settings, source, target, key)
    except PressError:
        raise
    except Exception as exc:
        error = probe._classify(exc)
        raise (EngineError(str(error)) if isinstance(error, _Retryable | SegmentFailed) else error) from None
    engine = Engine(settings, source, target, translator, api_key=key)
    if settings.engine == "libre":
        _check_libre_pair(engine)
    return engine


def _construct(settings: Settings, source: str, target: str, key: str | None) -> Any:
    if settings.engine == "libre":
        libre = _press_libre_class()
        return libre(ENGINE_CODES[source], ENGINE_CODES[target], key, _with_slash(settings.url))
    import deep_translator

    cls = getattr(deep_translator, ENGINE_CLASSES[settings.engine])
    kwargs: dict[str, Any] = {"source": ENGINE_CODES[source], "target": ENGINE_CODES[target]}
    if key:
        kwargs["api_key"] = key
    return cls(**kwargs)


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _check_libre_pair(engine: Engine) -> None:
    """Ask the server's /languages whether it translates the pair, so a refusal comes up front.

    Under the same deadline as every request (a server trickling bytes defeats requests' own
    timeout, which is per read), and the answer is read up to MAX_LANGUAGES_BYTES only.
    """
    import requests

    url = _with_slash(engine.settings.url) + "languages"
    seconds = engine.settings.timeout
    try:
        languages = call_with_deadline(lambda: _get_json(url, seconds), seconds)
    except (requests.Timeout, TimeoutError):
        raise EngineError(f"{engine.where} did not answer within {seconds:g} s") from None
    except requests.ConnectionError:
        raise EngineError(f"{engine.where} is unreachable (connection refused)") from None
    except (requests.RequestException, ValueError):
        return  # a server without a usable /languages may still translate; the first request tells
    targets = {str(entry.get("code")): {str(t) for t in entry.get("targets") or () if isinstance(t, str)}
               if isinstance(entry.get("targets"), list) else set()
               for entry in languages if isinstance(entry, dict)} if isinstance(languages, list) else {}
    source, target = ENGINE_CODES[engine.source], ENGINE_CODES[engine.target]
    if source not in targets or target not in targets[source]:
        raise EngineError(f"{engine.where} does not translate {engine.source} → {engine.target} "
                          f"(its /languages offers: {', '.join(sorted(targets)) or 'nothing'})")


MAX_LANGUAGES_BYTES = 1024 * 1024
"""A /languages list is a few kilobytes."""


def _get_json(url: str, timeout: float) -> Any:
    import json

    import requests

    with requests.get(url, timeout=timeout, stream=True) as answer:
        answer.raise_for_status()
        data = answer.raw.read(MAX_LANGUAGES_BYTES + 1, decode_content=True)
    if len(data) > MAX_LANGUAGES_BYTES:
        raise ValueError("the /languages answer is too large")
    return json.loads(data)
