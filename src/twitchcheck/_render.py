"""Rich renderings of assessments and knowledge-base pages for the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ._assessment import Assessment
from ._knowledge import Condition, KnowledgeBase
from ._levels import TriageLevel

__all__ = ["LEVEL_STYLE", "render_assessment", "render_condition", "render_unasked",
           "highlight_evidence"]

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
    level = result.triage.level
    parts: list[RenderableType] = [
        Panel(Text(f"{level.label.upper()}\n", style=LEVEL_STYLE[level]).append(
            result.plan.now, style=LEVEL_STYLE[level]), style=LEVEL_STYLE[level],
            title="Triage", title_align="left"),
    ]
    why = Table.grid(padding=(0, 1))
    for reason in result.triage.reasons[:4]:
        mark = "⚠" if reason.red_flag else "•"
        why.add_row(mark, Text(reason.text + _cite(reason.sources)))
    parts.append(Panel(why, title="Why this level", title_align="left"))
    if result.unasked_red_flags:
        parts.append(render_unasked(result))

    causes = Table(show_header=True, header_style="bold", expand=True, box=None)
    causes.add_column("Possible cause", ratio=3)
    causes.add_column("Estimated probability", ratio=3)
    causes.add_column("Why", ratio=5)
    for c in result.conditions[:_SHOWN]:
        reasons = Text()
        for r in c.supporting[:3]:
            reasons.append("+ ", style="green").append(r.text)
            if r.words:
                reasons.append(f' ("{r.words}")', style="dim")
            reasons.append("\n")
        for r in c.conflicting[:2]:
            reasons.append("− ", style="red").append(r.text + "\n")
        causes.add_row(Text(f"{c.lay_name}\n", style="bold").append(c.name, style="dim"),
                       _bar(c.probability).append(f" {c.probability:.0%}"), reasons)
    if result.summarised:
        causes = Group(causes, Text(f"Many symptoms: {len(result.summarised)} of them were "
                                    "summarised, so these estimates are approximate (the "
                                    "triage's warning signs are not).", style="dim"))
    parts.append(Panel(causes, title="Most likely causes (estimates, not a diagnosis)",
                       title_align="left"))

    plan = Table.grid(padding=(0, 1))
    if result.plan.self_care:
        plan.add_row(Text("What you can do now", style="bold"))
        for item in result.plan.self_care[:6]:
            line = Text("• " + item.text)
            if item.why:
                line.append(f" — {item.why}", style="dim")
            plan.add_row(line.append(_cite(item.sources), style="dim"))
    plan.add_row(Text("When to seek care", style="bold"))
    for item in result.plan.seek_care[:8]:
        plan.add_row(Text("• " + item.text).append(_cite(item.sources), style="dim"))
    if result.plan.tests:
        plan.add_row(Text("What a doctor may test", style="bold"))
        for item in result.plan.tests[:5]:
            plan.add_row(Text(f"• {item.text}: {item.why or ''}").append(
                _cite(item.sources), style="dim"))
    parts.append(Panel(plan, title="Plan", title_align="left"))

    if result.sources:
        refs = Table.grid(padding=(0, 1))
        for sid, title in result.sources.items():
            refs.add_row(Text(f"[{sid}]", style="dim"), Text(title, style="dim"))
        parts.append(Panel(refs, title="Sources", title_align="left"))
    parts.append(Text(result.disclaimer, style="italic"))
    parts.append(Text(f"knowledge base {result.kb_version}", style="dim"))
    return Group(*parts)


def render_unasked(result: Assessment) -> RenderableType:
    """The warning-sign questions no one answered, and what a Yes to each would mean."""
    body = Table.grid(padding=(0, 1))
    body.add_row(Text("This result comes from what you wrote, and these warning-sign questions "
                      "were not answered. If the answer to any of them is yes, follow the advice "
                      "next to it instead:", style="bold"))
    for item in result.unasked_red_flags:
        body.add_row(Text("? ").append(item.question).append(
            f" → {item.level.label.lower()}", style="bold"))
    return Panel(body, title="Not asked yet", title_align="left", border_style="yellow")


def render_condition(kb: KnowledgeBase, condition: Condition) -> RenderableType:
    """A readable page about one condition: what it is, how it shows, what to do, sources."""
    body = Table.grid(padding=(0, 1))

    def section(title: str) -> None:
        body.add_row(Text(""))
        body.add_row(Text(title, style="bold underline"))

    body.add_row(Text(f"{condition.name} ({condition.lay_name})", style="bold"))
    body.add_row(Text(f"ICD-10 {condition.icd10}"
                      + (f" · SNOMED CT {condition.snomed}" if condition.snomed else "")
                      + f" · {condition.category.replace('_', ' ')}"
                      + f" · usual triage: {condition.triage.level.label.lower()}", style="dim"))
    section("What it is")
    body.add_row(Text(condition.description))
    section("How it shows")
    body.add_row(Text(condition.presentation))
    typical = sorted(condition.findings.items(), key=lambda kv: -kv[1].p)[:8]
    for fid, link in typical:
        body.add_row(Text(f"• {kb.finding[fid].name}: in about {link.p:.0%}"
                          + (" (estimate)" if link.estimate and not link.source else "")
                          + _cite(link.source), style=""))
    for title, items in (("What you can do", condition.self_care),
                         ("What a doctor may do", condition.treatments),
                         ("When to see a doctor", condition.seek_care)):
        if items:
            section(title)
            for item in items:
                body.add_row(Text("• " + item.text).append(_cite(item.source), style="dim"))
    if condition.tests:
        section("Tests a doctor may order")
        for test in condition.tests:
            body.add_row(Text(f"• {test.name}: {test.why}").append(_cite(test.source), style="dim"))
    section("Sources")
    for sid in condition.sources:
        body.add_row(Text(f"[{sid}] {kb.source[sid].title}", style="dim"))
    body.add_row(Text(""))
    body.add_row(Text(kb.disclaimer, style="italic"))
    return Panel(body, title=condition.id, title_align="left")


def print_renderable(renderable: RenderableType, console: Console | None = None) -> None:
    """Print to stdout (for commands that only render)."""
    (console or Console()).print(renderable)
