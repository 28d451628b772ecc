"""Rich renderings of assessments and knowledge-base pages for the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .._assessment._assess import Assessment
from .._assessment._levels import TriageLevel
from .._knowledge._load import Condition, KnowledgeBase
from .._knowledge._wording import wording

__all__ = [
    "LEVEL_STYLE",
    "render_assessment",
    "render_condition",
    "render_unasked",
    "highlight_evidence",
]

LEVEL_STYLE = {
    TriageLevel.emergency_ambulance: "bold white on red",
    TriageLevel.emergency: "bold white on dark_orange3",
    TriageLevel.consultation_24: "bold black on yellow",
    TriageLevel.consultation: "bold white on blue",
    TriageLevel.self_care: "bold white on green",
}
_BAR_WIDTH = 24
_SHOWN = 5


def _bar(p: float) -> Text:
    filled = round(p * _BAR_WIDTH)
    return Text("█" * filled + "░" * (_BAR_WIDTH - filled), style="cyan")


def _cite(sources: tuple[str, ...] | list[str]) -> str:
    return f" [{', '.join(sources)}]" if sources else ""


def highlight_evidence(text: str, evidence: Any) -> Text:
    """The person's text with the words that produced evidence highlighted."""
    out = Text(text)
    for item in evidence:
        if item.span is not None:
            style = "bold green" if item.present else "strike dim"
            out.stylize(style, *item.span)
    return out


def render_assessment(result: Assessment) -> RenderableType:
    """Triage banner, top causes with bars and reasons, plan, sources and disclaimer."""
    w = wording().render
    level = result.triage.level
    parts: list[RenderableType] = [
        Panel(
            Text(f"{level.label.upper()}\n", style=LEVEL_STYLE[level]).append(
                result.plan.now, style=LEVEL_STYLE[level]
            ),
            style=LEVEL_STYLE[level],
            title=w.triage,
            title_align="left",
        ),
    ]
    why = Table.grid(padding=(0, 1))
    for reason in result.triage.reasons[:4]:
        mark = "⚠" if reason.red_flag else "•"
        why.add_row(mark, Text(reason.text + _cite(reason.sources)))
    parts.append(Panel(why, title=w.why_level, title_align="left"))
    if result.unasked_red_flags:
        parts.append(render_unasked(result))

    causes = Table(show_header=True, header_style="bold", expand=True, box=None)
    causes.add_column(w.cause, ratio=3)
    causes.add_column(w.probability, ratio=3)
    causes.add_column(w.why, ratio=5)
    for c in result.conditions[:_SHOWN]:
        reasons = Text()
        for r in c.supporting[:3]:
            reasons.append("+ ", style="green").append(r.text)
            if r.words:
                reasons.append(f' ("{r.words}")', style="dim")
            reasons.append("\n")
        for r in c.conflicting[:2]:
            reasons.append("− ", style="red").append(r.text + "\n")
        causes.add_row(
            Text(f"{c.lay_name}\n", style="bold").append(c.name, style="dim"),
            _bar(c.probability).append(f" {c.probability:.0%}"),
            reasons,
        )
    shown: RenderableType = causes
    if result.summarised:
        shown = Group(causes, Text(w.summarised.format(count=len(result.summarised)), style="dim"))
    parts.append(Panel(shown, title=w.causes, title_align="left"))

    plan = Table.grid(padding=(0, 1))
    if result.plan.self_care:
        plan.add_row(Text(w.do_now, style="bold"))
        for item in result.plan.self_care[:6]:
            line = Text("• " + item.text)
            if item.why:
                line.append(f" — {item.why}", style="dim")
            plan.add_row(line.append(_cite(item.sources), style="dim"))
    plan.add_row(Text(w.seek_care, style="bold"))
    for item in result.plan.seek_care[:8]:
        plan.add_row(Text("• " + item.text).append(_cite(item.sources), style="dim"))
    if result.plan.tests:
        plan.add_row(Text(w.tests, style="bold"))
        for item in result.plan.tests[:5]:
            plan.add_row(
                Text(f"• {item.text}: {item.why or ''}").append(_cite(item.sources), style="dim")
            )
    parts.append(Panel(plan, title=w.plan, title_align="left"))

    if result.sources:
        refs = Table.grid(padding=(0, 1))
        for sid, title in result.sources.items():
            refs.add_row(Text(f"[{sid}]", style="dim"), Text(title, style="dim"))
        parts.append(Panel(refs, title=w.sources, title_align="left"))
    parts.append(Text(result.disclaimer, style="italic"))
    parts.append(Text(w.kb_version.format(version=result.kb_version), style="dim"))
    layer = result.semantic_layer
    if layer is not None and layer.get("model") is None and layer.get("note"):
        parts.append(Text(str(layer["note"]), style="dim"))  # never off without saying so
    return Group(*parts)


def render_unasked(result: Assessment) -> RenderableType:
    """The warning-sign questions no one answered, and what a Yes to each would mean."""
    w = wording().render
    body = Table.grid(padding=(0, 1))
    body.add_row(Text(w.unasked, style="bold"))
    for item in result.unasked_red_flags:
        body.add_row(
            Text("? ").append(item.question).append(f" → {item.level.label.lower()}", style="bold")
        )
    return Panel(body, title=w.unasked_title, title_align="left", border_style="yellow")


def render_condition(kb: KnowledgeBase, condition: Condition) -> RenderableType:
    """A readable page about one condition: what it is, how it shows, what to do, sources."""
    w = wording().render
    body = Table.grid(padding=(0, 1))

    def section(title: str) -> None:
        body.add_row(Text(""))
        body.add_row(Text(title, style="bold underline"))

    body.add_row(Text(f"{condition.name} ({condition.lay_name})", style="bold"))
    body.add_row(
        Text(
            f"ICD-10 {condition.icd10}"
            + (f" · SNOMED CT {condition.snomed}" if condition.snomed else "")
            + f" · {condition.category.replace('_', ' ')}"
            + " · "
            + w.usual_triage.format(level=condition.triage.level.label.lower()),
            style="dim",
        )
    )
    section(w.what_it_is)
    body.add_row(Text(condition.description))
    section(w.how_it_shows)
    body.add_row(Text(condition.presentation))
    typical = sorted(condition.findings.items(), key=lambda kv: -kv[1].p)[:8]
    for fid, link in typical:
        share = f"{link.p:.0%}"
        body.add_row(
            Text(
                "• "
                + w.in_about.format(finding=kb.finding[fid].name, share=share)
                + (f" {w.estimate}" if link.estimate and not link.source else "")
                + _cite(link.source),
                style="",
            )
        )
    for title, items in (
        (w.self_care, condition.self_care),
        (w.treatments, condition.treatments),
        (w.when_to_see, condition.seek_care),
    ):
        if items:
            section(title)
            for item in items:
                body.add_row(Text("• " + item.text).append(_cite(item.source), style="dim"))
    if condition.tests:
        section(w.tests_ordered)
        for test in condition.tests:
            body.add_row(Text(f"• {test.name}: {test.why}").append(_cite(test.source), style="dim"))
    section(w.sources)
    for sid in condition.sources:
        body.add_row(Text(f"[{sid}] {kb.source[sid].title}", style="dim"))
    body.add_row(Text(""))
    body.add_row(Text(kb.disclaimer, style="italic"))
    return Panel(body, title=condition.id, title_align="left")


def print_renderable(renderable: RenderableType, console: Console | None = None) -> None:
    """Print to stdout (for commands that only render)."""
    (console or Console()).print(renderable)
