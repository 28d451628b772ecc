"""The interview in a terminal: describe the twitch, check what was understood, answer the
questions one at a time, and get the result screen (with an offer to save it).

All decisions come from the library (`parse`, `next_question`, `assess`); this module only
asks, shows and remembers the answers so that the person can go back.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console, Group
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from .._assessment._assess import Assessment
from .._assessment._levels import TriageLevel
from .._inference._interview import (
    DEFAULT_BUDGET,
    Question,
    expected_left,
    next_question,
    not_ruled_out,
    questions_left,
)
from .._knowledge._evidence import Evidence
from .._knowledge._load import KnowledgeBase, load_knowledge_base

__all__ = ["run_interview"]

#: Exit status when the person quits (as for Ctrl-C).
QUIT = 130


class _Quit(Exception):
    """The person typed q, pressed Ctrl-C or closed the input."""


class _Back(Exception):
    """The person asked to go back one question."""


@dataclass
class _State:
    """Everything known so far; `history` holds what to restore when going back."""

    evidence: list[Evidence] = field(default_factory=list)
    age: int | None = None
    sex: str | None = None
    history: list[tuple[list[Evidence], int | None, str | None]] = field(default_factory=list)
    asked: int = 0

    def remember(self) -> None:
        self.history.append((list(self.evidence), self.age, self.sex))
        self.asked += 1

    def back(self) -> bool:
        if not self.history:
            return False
        self.evidence, self.age, self.sex = self.history.pop()
        self.asked -= 1
        return True


def _ask(console: Console, prompt: str) -> str:
    try:
        # A Text prompt is shown as is: no markup, no highlighting of the [y]-style keys.
        answer = console.input(Text.assemble(("› ", "bold cyan"), (prompt + " ", "bold"))).strip()
    except (EOFError, KeyboardInterrupt):
        raise _Quit from None
    if answer.lower() in ("q", "quit", "exit"):
        raise _Quit
    return answer


def run_interview(
    console: Console, *, kb: KnowledgeBase | None = None, budget: int = DEFAULT_BUDGET
) -> int:
    """Run the whole interview on `console`; the exit status (0 done, 130 quit)."""
    kb = kb or load_knowledge_base()
    console.print(
        Panel(
            Text.assemble(
                ("twitchcheck", "bold"),
                " · what is behind a twitching lip?\n",
                ("Not a diagnosis. Type ", "dim"),
                ("b", "bold"),
                (" to go back, ", "dim"),
                ("q", "bold"),
                (" to quit, at any question.", "dim"),
            ),
            expand=False,
        )
    )
    try:
        text, state = _describe(console, kb)
        _questions(console, kb, state, budget)
        return _finish(console, kb, text, state)
    except _Quit:
        console.print("\n[dim]Stopped. Nothing was saved.[/]")
        return QUIT


# --------------------------------------------------------------------------- the description


def _describe(console: Console, kb: KnowledgeBase) -> tuple[str, _State]:
    """Ask for the description, show what was understood, let the person correct it."""
    while True:
        text = _ask(console, "Describe your twitch in your own words:")
        if text:
            break
        console.print(
            "[dim]A sentence or two is enough, e.g. “my upper lip has been "
            "twitching for a few days”.[/]"
        )
    with console.status("Reading your description…"):
        from .._parse import parse  # spaCy is heavy: load it only now

        parsed = parse(text, kb)
    state = _State(list(parsed.evidence), parsed.age, parsed.sex)
    understood = _understood(kb, state)
    console.print(
        Panel(_highlight(text, state.evidence), title="What you wrote", title_align="left")
    )
    if not understood:
        console.print("I could not pick out anything specific; I will ask instead.")
        return text, state
    table = Table.grid(padding=(0, 1))
    for n, (label, _) in enumerate(understood, 1):
        table.add_row(Text(f"{n}.", style="bold"), label)
    console.print(Panel(table, title="What I understood", title_align="left"))
    while True:
        reply = _ask(
            console,
            "Press Enter if that is right, or type the numbers of anything "
            "I got wrong (I will ask about those instead):",
        )
        if reply.lower() == "b":
            console.print("[dim]This is the first step; there is nothing to go back to.[/]")
            continue
        try:
            wrong = _numbers(reply, len(understood))
        except ValueError as exc:
            console.print(f"[red]{exc}[/]")
            continue
        break
    for n in wrong:
        _, drop = understood[n - 1]
        if drop == "age":
            state.age = None
        elif drop == "sex":
            state.sex = None
        else:
            state.evidence = [e for e in state.evidence if e.finding != drop]
    if wrong:
        console.print(f"[dim]Removed {len(wrong)} item(s).[/]")
    return text, state


def _understood(kb: KnowledgeBase, state: _State) -> list[tuple[Text, str]]:
    rows: list[tuple[Text, str]] = []
    for item in state.evidence:
        finding = kb.finding[item.finding]
        if item.present:
            label = Text("✓ ", style="green").append(finding.name)
        elif item.absent:
            label = Text("✗ ", style="red").append(f"not: {finding.name}")
        else:
            label = Text("? ", style="yellow").append(f"unsure: {finding.name}")
        if item.text:
            label.append(f"  (“{item.text}”)", style="dim")
        rows.append((label, item.finding))
    if state.age is not None:
        rows.append((Text(f"• Age {state.age}"), "age"))
    if state.sex is not None:
        rows.append((Text(f"• Sex: {state.sex}"), "sex"))
    return rows


def _highlight(text: str, evidence: list[Evidence]) -> Text:
    from ._render import highlight_evidence

    return highlight_evidence(text, evidence)


def _numbers(reply: str, top: int) -> list[int]:
    """Whole numbers 1..top from a reply like "1 3" or "2,4" (empty: none)."""
    picked = []
    for part in reply.replace(",", " ").split():
        if not part.isdigit() or not 1 <= int(part) <= top:
            raise ValueError(f"Type numbers from 1 to {top}, separated by spaces.")
        picked.append(int(part))
    return sorted(set(picked))


# --------------------------------------------------------------------------- the questions


def _questions(console: Console, kb: KnowledgeBase, state: _State, budget: int) -> None:
    while True:
        urgent = _emergency(kb, state.evidence)
        if urgent:
            console.print(
                Panel(
                    Text(urgent, style="bold"),
                    style="bold white on red",
                    title="Urgent",
                    title_align="left",
                )
            )
            return
        question = next_question(state.evidence, age=state.age, sex=state.sex, kb=kb, budget=budget)
        if question is None:
            return
        console.print(_progress(kb, state, budget))
        try:
            _put(console, kb, state, question)
        except _Back:
            if not state.back():
                console.print("[dim]This is the first question; there is nothing to go back to.[/]")
            continue


def _progress(kb: KnowledgeBase, state: _State, budget: int) -> Table:
    # The estimate comes from the stop rule (the interview played forward with the commonest
    # answers); it never exceeds the most there can be.
    most = max(
        questions_left(state.evidence, age=state.age, sex=state.sex, kb=kb, budget=budget) - 1, 0
    )
    left = min(max(expected_left(state.evidence, age=state.age, sex=state.sex, kb=kb) - 1, 0), most)
    row = Table.grid(padding=(0, 1))
    row.add_row(
        Text(f"Question {state.asked + 1}", style="bold"),
        ProgressBar(total=state.asked + 1 + left, completed=state.asked + 1, width=24),
        Text(f"about {left} more after this" if left else "probably the last one", style="dim"),
    )
    return row


def _put(console: Console, kb: KnowledgeBase, state: _State, question: Question) -> None:
    """Ask one question and add its answer to the state (or raise _Back)."""
    console.print(Text(question.text, style="bold"))
    if question.reason:
        console.print(Text(f"Why: {question.reason}", style="dim italic"))
    if question.red_flag_screen:
        console.print("[dim]These are warning signs; please check them carefully.[/]")
    if question.kind == "age":
        state.remember()
        try:
            state.age = _age(console, kb, state)
        except _Back:
            state.back()
            raise
        return
    if question.kind == "sex":
        state.remember()
        try:
            _sex(console, kb, state, question)
        except _Back:
            state.back()
            raise
        return
    if question.kind == "single":
        reply = _choose(
            console, "[y] yes  [n] no  [?] don't know  [b] back:", {"y", "yes", "n", "no", "?", "b"}
        )
        state.remember()
        state.evidence += [
            _answer(
                question.items[0].finding,
                {"y": "present", "yes": "present", "n": "absent", "no": "absent", "?": "unknown"}[
                    reply
                ],
            )
        ]
        return
    table = Table.grid(padding=(0, 1))
    for n, item in enumerate(question.items, 1):
        table.add_row(Text(f"[{n}]", style="bold"), Text(item.text))
    console.print(table)
    pick_one = question.kind == "group_single"
    hint = (
        "one number, [0] none of these"
        if pick_one
        else "the numbers of all that apply (e.g. 1 3), [0] none of these"
    )
    while True:
        reply = _ask(console, f"Type {hint}, [?] don't know, [b] back:")
        if reply.lower() == "b":
            raise _Back
        if reply == "?":
            chosen, states = set[int](), "unknown"
            break
        if reply == "0":
            chosen, states = set(), "none"
            break
        try:
            chosen = set(_numbers(reply, len(question.items)))
        except ValueError as exc:
            console.print(f"[red]{exc}[/]")
            continue
        if not chosen:
            console.print("[red]Type at least one number, 0 for none, or ? if you are not sure.[/]")
            continue
        if pick_one and len(chosen) > 1:
            console.print("[red]Pick just one.[/]")
            continue
        states = "picked"
        break
    state.remember()
    for n, item in enumerate(question.items, 1):
        if states == "unknown":
            value = "unknown"
        else:
            value = "present" if n in chosen else "absent"
        state.evidence.append(_answer(item.finding, value))


def _choose(console: Console, prompt: str, allowed: set[str]) -> str:
    while True:
        reply = _ask(console, prompt).lower()
        if reply == "b":
            raise _Back
        if reply in allowed:
            return reply
        console.print("[red]Please type one of the letters shown.[/]")


def _answer(finding: str, state: str) -> Evidence:
    return Evidence(finding, state, origin="answer")  # type: ignore[arg-type]


def _age(console: Console, kb: KnowledgeBase, state: _State) -> int | None:
    while True:
        reply = _ask(console, "Age in years, [?] prefer not to say, [b] back:")
        if reply.lower() == "b":
            raise _Back
        if reply == "?":
            # "Don't know" for every age band: the interview then stops asking.
            state.evidence += [
                Evidence(f.id, "unknown", origin="context")
                for f in kb.findings
                if f.derive and f.derive.sex is None
            ]
            return None
        if reply.isdigit() and 0 <= int(reply) <= 120:
            return int(reply)
        console.print("[red]Type a whole number from 0 to 120.[/]")


def _sex(console: Console, kb: KnowledgeBase, state: _State, question: Question) -> None:
    keys = {item.text[0].lower(): item for item in question.items}
    shown = "  ".join(f"[{k}] {item.text.lower()}" for k, item in keys.items())
    reply = _choose(console, f"{shown}  [?] prefer not to say  [b] back:", set(keys) | {"?"})
    if reply == "?":
        state.evidence += [
            Evidence(f.id, "unknown", origin="context")
            for f in kb.findings
            if f.derive and f.derive.sex
        ]
        return
    state.sex = keys[reply].value


def _emergency(kb: KnowledgeBase, evidence: list[Evidence]) -> str | None:
    """The reason to stop asking now: a present finding that needs emergency care."""
    for item in evidence:
        rule = kb.finding[item.finding].triage
        if item.present and rule is not None and rule.level.rank >= TriageLevel.emergency.rank:
            return f"{rule.level.label}. {rule.reason} Your full result follows."
    return None


# --------------------------------------------------------------------------- the result


def _finish(console: Console, kb: KnowledgeBase, text: str, state: _State) -> int:
    from .._assessment._assess import assess
    from ._render import render_assessment

    with console.status("Working out the result…"):
        # The evidence already holds what the text said (as corrected): do not parse it again.
        result = assess(None, evidence=state.evidence, age=state.age, sex=state.sex, kb=kb)
        result = dataclasses.replace(result, text=text)
    console.rule("Your result")
    console.print(Group(render_assessment(result)))
    open_ids = not_ruled_out(kb, {c.id: c.probability for c in result.conditions})
    if open_ids:
        names = [kb.condition[cid].lay_name for cid in open_ids]
        console.print(Text("Not yet ruled out: " + "; ".join(names), style="bold"))
    _offer_save(console, result)
    return 0


def _offer_save(console: Console, result: Assessment) -> None:
    from ._export import FORMATS, export

    choices = {"m": "markdown", "h": "html", "j": "json"}
    reply = _ask(console, "Save this result? [m] Markdown  [h] HTML  [j] JSON  [Enter] no:")
    while reply and reply.lower() not in choices:
        reply = _ask(console, "Type m, h or j, or press Enter to finish:")
    if not reply:
        return
    fmt = choices[reply.lower()]
    default = f"twitchcheck-{_dt.datetime.now():%Y%m%d-%H%M%S}{FORMATS[fmt]}"
    while True:
        name = _ask(console, f"File name [{default}]:") or default
        path = Path(name).expanduser()
        try:
            path.write_text(export(result, fmt), encoding="utf-8")
        except OSError as exc:
            console.print(f"[red]Could not save to {path}: {exc.strerror or exc}[/]")
            continue
        console.print(f"[green]Saved[/] to {path.resolve()}")
        return
