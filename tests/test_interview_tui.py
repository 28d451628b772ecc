"""The real `twitchcheck` command in a pseudo-terminal: a whole interview, typed as a person
would, down to the result screen and the saved file."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from twitchcheck import load_knowledge_base  # noqa: E402
from twitchcheck._inference._interview import DEFAULT_BUDGET  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COMMAND = ROOT / ".venv" / "bin" / "twitchcheck"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SPINNER = re.compile(r"[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏][^\n]*?…")
# What each kind of question ends its prompt with, and a reply that moves on.
PROMPTS = [
    r"\[y\] yes",
    r"Type the numbers of all",
    r"Type one number",
    r"Age in years",
    r"\[f\] female",
    r"Save this result",
    r"Press Enter if that is right",
]

pytestmark = pytest.mark.skipif(not COMMAND.exists(), reason="needs the installed command")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", SPINNER.sub("", ANSI.sub("", text)))


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[object]:
    children = []

    def start() -> object:
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "50"}
        env.pop("NO_COLOR", None)
        child = pexpect.spawn(
            str(COMMAND),
            encoding="utf-8",
            timeout=90,
            cwd=str(tmp_path),
            dimensions=(50, 120),
            env=env,
        )
        children.append(child)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)


def test_a_whole_interview_ends_on_the_result_screen_and_saves_it(spawn, tmp_path: Path) -> None:
    kb = load_knowledge_base()
    child = spawn()
    child.expect("Describe your twitch in your own words")
    child.sendline(
        "The corner of my upper lip keeps twitching, I drink about 6 coffees a day "
        "and I am very stressed at work"
    )
    child.expect("What I understood")
    child.expect(PROMPTS[-1])
    understood = _plain(child.before)
    assert "Lip or mouth twitching" in understood
    child.sendline("")
    transcript: list[str] = []
    went_back = False
    while True:
        index = child.expect(PROMPTS[:-1])
        transcript.append(_plain(child.before))
        if index == 5:  # the result screen is above the save prompt
            break
        # The budget, the four questions everyone gets, and the one asked again after "b".
        assert len(transcript) <= DEFAULT_BUDGET + 5, "the interview should stop on its own"
        if index in (0, 1, 2) and not went_back and len(transcript) > 4:
            # Go back once: the previous question comes again, and is answered again.
            child.sendline("b")
            index = child.expect(PROMPTS[:-1])
            again = _plain(child.before)
            assert _question_text(again) == _question_text(transcript[-2])
            transcript[-1] = again
            went_back = True
        child.sendline(_reply(index, len(transcript)))
    screen_raw = child.before
    screen = _plain(screen_raw)
    # Every step showed where it was, counting up from 1.
    numbers = [int(re.search(r"Question (\d+)", step).group(1)) for step in transcript[:-1]]
    assert numbers[0] == 1 and re.search(r"about \d+ more after this", transcript[0])
    # Every question says why it is asked.
    assert all("Why: " in step for step in transcript[:-1])
    assert len(numbers) >= 4
    # The red-flag screen was the first question.
    assert "warning signs" in transcript[0]
    assert went_back
    # The result screen: a coloured triage banner, causes with bars, plan, sources, disclaimer.
    labels = [level.label.upper() for level in _levels()]
    shown = [label for label in labels if label in screen]
    assert shown, "a triage level is shown"
    assert re.search(
        r"\x1b\[[0-9;]*(4[1-7]|48;5;\d+|48;2;[\d;]+)m[^\x1b]*" + re.escape(shown[0]), screen_raw
    ), "the banner has a background colour"
    assert "Most likely causes" in screen and "█" in screen and "%" in screen
    assert "When to seek care" in screen
    assert "Sources" in screen
    assert _plain(kb.disclaimer) in screen
    assert any(c.lay_name in screen for c in kb.conditions)
    # Save it as HTML.
    child.sendline("h")
    child.expect("File name")
    child.sendline("result.html")
    child.expect("Saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    page = (tmp_path / "result.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and kb.disclaimer in page
    assert "I drink about 6 coffees a day" in re.sub(r"<[^>]+>", "", page)


def _reply(index: int, step: int) -> str:
    """A person's answer to the prompt PROMPTS[index]: some yeses, otherwise no / none."""
    return {0: "y" if step % 3 == 0 else "n", 1: "0", 2: "0", 3: "35", 4: "f"}[index]


def _question_text(step: str) -> str:
    """The question part of a step: after "Question n <bar> ... more after this"."""
    match = re.search(
        r"Question \d+ \S* (?:about \d+ more after this|probably the last one) (.*)", step
    )
    return match.group(1).strip() if match else step


def _levels() -> list:
    from twitchcheck import TriageLevel

    return list(TriageLevel)


def test_a_red_flag_stops_the_questions_and_shows_the_emergency(spawn) -> None:
    kb = load_knowledge_base()
    child = spawn()
    child.expect("Describe your twitch in your own words")
    child.sendline("my lip is twitching")
    child.expect(r"Press Enter if that is right|I will ask instead")
    if "Press Enter" in child.after:
        child.sendline("")
    child.expect("Type the numbers of all")
    screen_items = _plain(child.before)
    ambulance = [
        f
        for f in kb.findings
        if f.red_flag and f.triage and f.triage.level.value == "emergency_ambulance"
    ]
    number = next(
        re.search(rf"\[(\d+)\] {re.escape(f.name)}", screen_items).group(1)
        for f in ambulance
        if f.name in screen_items
    )
    child.sendline(number)
    child.expect("Urgent")
    child.expect("Save this result")
    screen = _plain(child.before)
    assert "CALL AN AMBULANCE NOW" in screen
    assert "Age in years" not in screen
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_quitting_says_nothing_was_saved(spawn) -> None:
    child = spawn()
    child.expect("Describe your twitch in your own words")
    child.sendline("q")
    child.expect("Nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_the_interview_command_is_the_same_as_no_arguments() -> None:
    if shutil.which("env") is None:
        pytest.skip("needs env")
    child = pexpect.spawn(
        str(COMMAND), ["interview"], encoding="utf-8", timeout=60, dimensions=(50, 120)
    )
    child.expect("Describe your twitch in your own words")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
