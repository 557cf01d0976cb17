"""How `press check --text` cuts a plain text into paragraphs (and says where each one is)."""

from __future__ import annotations

from press.check import split_paragraphs


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.location) for p in split_paragraphs(text, "ru.txt", "ru")]


def test_blank_lines_separate_paragraphs() -> None:
    assert _read("\nПервый абзац.\n\n\nВторой\nабзац.\n") == [
        ("Первый абзац.", "ru.txt:2"), ("Второй абзац.", "ru.txt:5")]


def test_web_copy_one_paragraph_per_line() -> None:
    lines = ["Заголовок новости", "Министр провёл встречу.", "Стороны подписали соглашение.", "Итоги в мае."]
    assert _read("\n".join(lines) + "\n") == [(line, f"ru.txt:{n}") for n, line in enumerate(lines, 1)]


def test_hand_wrapped_text_stays_one_paragraph() -> None:
    text = "Министр иностранных дел провёл\nвстречу с послом, в ходе которой\nстороны обсудили визит.\n"
    assert _read(text) == [("Министр иностранных дел провёл встречу с послом, в ходе которой "
                            "стороны обсудили визит.", "ru.txt:1")]


def test_blank_lines_win_over_line_ends() -> None:
    text = "Первое предложение.\nВторое предложение.\n\nТретье.\n"
    assert [t for t, _ in _read(text)] == ["Первое предложение. Второе предложение.", "Третье."]
