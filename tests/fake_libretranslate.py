"""A local stand-in for a LibreTranslate server (127.0.0.1 only), started by the tests.

It speaks the parts of the API deep-translator uses (POST /translate with q, source, target,
format, api_key as query or form parameters; GET /languages) and translates deterministically
with a small phrase table of real Kazakh, English and Russian sentences around the placeholders,
so the drafts the tests read are target-language text. Unknown text comes back unchanged, as an
engine that cannot translate a phrase would copy it.

Failure modes, per request (`script`, consumed first) or for every request (`mode`):
ok, timeout (answer after `hang` seconds), 429, 500, 403, malformed (invalid JSON),
drop (the first placeholder vanishes), surname (the first placeholder is replaced by a
"translated" surname, as engines do with Кудь-Сверчков → Cricket). `delay` slows every answer.
Every /translate request is recorded in `requests`.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

PHRASES: dict[tuple[str, str], dict[str, str]] = {
    ("ru", "kk"): {
        "⟦1⟧ провёл переговоры с делегацией ⟦2⟧":
            "⟦1⟧ ⟦2⟧ делегациясымен келіссөздер жүргізді",
        "⟦1⟧ в ⟦2⟧ заместитель министра иностранных дел ⟦3⟧ ⟦4⟧ встретился с делегацией ⟦5⟧.":
            "⟦1⟧ ⟦2⟧ ⟦3⟧ Сыртқы істер министрінің орынбасары ⟦4⟧ ⟦5⟧ делегациясымен кездесті.",
        "Стороны обсудили подготовку к запуску научного спутника с ⟦1⟧, намеченному на ⟦2⟧, "
        "и совместную программу стоимостью ⟦3⟧ евро.":
            "Тараптар ⟦2⟧ жоспарланған ғылыми серікті ⟦1⟧ ұшыруға дайындықты және құны ⟦3⟧ еуро "
            "болатын бірлескен бағдарламаны талқылады.",
        "⟦1⟧ подчеркнул, что ⟦2⟧ открыт для сотрудничества с ⟦3⟧.":
            "⟦1⟧ ⟦2⟧-ның ⟦3⟧ ынтымақтастыққа ашық екенін атап өтті.",
    },
    ("ru", "en"): {
        "⟦1⟧ провёл переговоры с делегацией ⟦2⟧": "⟦1⟧ holds talks with ⟦2⟧ delegation",
        "⟦1⟧ в ⟦2⟧ заместитель министра иностранных дел ⟦3⟧ ⟦4⟧ встретился с делегацией ⟦5⟧.":
            "⟦1⟧, Deputy Minister of Foreign Affairs of ⟦3⟧ ⟦4⟧ met a delegation of the ⟦5⟧ in ⟦2⟧.",
        "Стороны обсудили подготовку к запуску научного спутника с ⟦1⟧, намеченному на ⟦2⟧, "
        "и совместную программу стоимостью ⟦3⟧ евро.":
            "The parties discussed preparations for the launch of a scientific satellite from ⟦1⟧, "
            "scheduled for ⟦2⟧, and a joint programme worth ⟦3⟧ euros.",
        "⟦1⟧ подчеркнул, что ⟦2⟧ открыт для сотрудничества с ⟦3⟧.":
            "⟦1⟧ stressed that ⟦2⟧ is open to cooperation with ⟦3⟧.",
    },
    ("kk", "ru"): {
        "⟦1⟧ ⟦2⟧ ⟦3⟧ ғарыш кемесі ұшырылды.": "⟦1⟧ с ⟦2⟧ был запущен космический корабль ⟦3⟧.",
    },
    ("kk", "en"): {
        "⟦1⟧ ⟦2⟧ ⟦3⟧ ғарыш кемесі ұшырылды.": "⟦1⟧ the ⟦3⟧ spacecraft lifted off from ⟦2⟧.",
    },
}
WORDS: dict[tuple[str, str], dict[str, str]] = {
    ("ru", "en"): {"Сверчков": "Cricketov", "Сейткали": "Seitkaly"},
    ("ru", "kk"): {"Сверчков": "Шегірткеев"},
}
"""What an engine does to surnames it is shown: the reason names are protected."""

TOKEN = re.compile(r"⟦\d+⟧")


def translate(text: str, source: str, target: str) -> str:
    """The phrase table's translation, word by word for surnames, else the text unchanged."""
    known = PHRASES.get((source, target), {})
    if text in known:
        return known[text]
    for word, translation in WORDS.get((source, target), {}).items():
        text = text.replace(word, translation)
    return text


class FakeLibreTranslate:
    """The server: `with FakeLibreTranslate() as fake: fake.url` …"""

    def __init__(self, languages: tuple[str, ...] = ("en", "kk", "ru"), key: str | None = None):
        self.languages = languages
        self.key = key
        self.mode = "ok"
        self.script: deque[str] = deque()
        self.delay = 0.0
        self.hang = 5.0
        self.requests: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        # shutdown() waits for the loop to look again: at the default 0.5 s that was ~0.4 s of
        # every test's teardown
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> FakeLibreTranslate:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def next_mode(self) -> str:
        with self.lock:
            return self.script.popleft() if self.script else self.mode

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                pass

            def do_GET(self) -> None:
                if urlparse(self.path).path.rstrip("/") != "/languages":
                    return self._send(404, {"error": "Not Found"})
                codes = list(fake.languages)
                self._send(200, [{"code": c, "name": c, "targets": [t for t in codes if t != c]}
                                 for c in codes])

            def do_POST(self) -> None:
                if urlparse(self.path).path.rstrip("/") != "/translate":
                    return self._send(404, {"error": "Not Found"})
                params = self._params()
                with fake.lock:
                    fake.requests.append(params)
                time.sleep(fake.delay)
                self._answer(fake.next_mode(), params)

            def _answer(self, mode: str, params: dict[str, str]) -> None:
                if fake.key is not None and params.get("api_key") != fake.key:
                    return self._send(403, {"error": "Invalid API key"})
                if mode == "timeout":
                    time.sleep(fake.hang)
                statuses = {"429": "Slowdown: 20 per 1 minute", "500": "Internal error",
                            "403": "Invalid API key"}
                if mode in statuses:
                    return self._send(int(mode), {"error": statuses[mode]})
                if mode == "malformed":
                    return self._raw(200, b'{"translatedText": "\xd0')
                source, target = params.get("source", ""), params.get("target", "")
                if source not in fake.languages or target not in fake.languages:
                    return self._send(400, {"error": f"{source}->{target} is not supported"})
                text = translate(params.get("q", ""), source, target)
                if mode == "drop":
                    text = TOKEN.sub("", text, count=1)
                elif mode == "surname":
                    text = TOKEN.sub("Шегірткеев" if target == "kk" else "Cricketov", text, count=1)
                self._send(200, {"translatedText": text})

            def _params(self) -> dict[str, str]:
                query = parse_qs(urlparse(self.path).query)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8") if length else ""
                if body.startswith("{"):
                    query.update({k: [str(v)] for k, v in json.loads(body).items()})
                elif body:
                    query.update(parse_qs(body))
                return {key: values[0] for key, values in query.items()}

            def _send(self, status: int, payload: Any) -> None:
                self._raw(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

            def _raw(self, status: int, body: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): nothing to answer

        return Handler


if __name__ == "__main__":
    with FakeLibreTranslate() as fake:
        print(f"fake LibreTranslate at {fake.url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            fake.thread.join()
