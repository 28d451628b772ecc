"""An assessment as a file to keep or share: Markdown, a standalone HTML page, or JSON.

All three carry the same content as the result screen: the triage level and why, the likely
causes with their probabilities and reasons, the plan, the sources and the disclaimer. The
person's own words are escaped in every format, so nothing they typed can become markup.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Literal

from .._assessment._assess import Assessment
from .._assessment._levels import TriageLevel

__all__ = ["FORMATS", "ExportFormat", "export", "format_for_path"]

ExportFormat = Literal["markdown", "html", "json"]
#: Formats and their file extensions.
FORMATS: dict[str, str] = {"markdown": ".md", "html": ".html", "json": ".json"}

_SHOWN = 5  # conditions listed, as on the result screen
_BAR = 20  # characters in a Markdown probability bar
_COLOURS = {  # banner colours, the same families as the terminal's
    TriageLevel.emergency_ambulance: ("#b00020", "#ffffff"),
    TriageLevel.emergency: ("#c75000", "#ffffff"),
    TriageLevel.consultation_24: ("#f2c200", "#000000"),
    TriageLevel.consultation: ("#1f4fa3", "#ffffff"),
    TriageLevel.self_care: ("#1e7b34", "#ffffff"),
}


def format_for_path(path: str | Path) -> ExportFormat:
    """The format a file name asks for, by its extension; ValueError for any other."""
    suffix = Path(path).suffix.lower()
    for name, ext in FORMATS.items():
        if (
            suffix == ext
            or (name == "markdown" and suffix == ".markdown")
            or (name == "html" and suffix == ".htm")
        ):
            return name  # type: ignore[return-value]
    raise ValueError(
        f"cannot tell the format of {str(path)!r}: use a name ending in "
        + ", ".join(FORMATS.values())
    )


def export(result: Assessment, fmt: str) -> str:
    """The assessment as text in `fmt` ("markdown", "html" or "json")."""
    if fmt == "json":
        return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return _markdown(result)
    if fmt == "html":
        return _html(result)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


# --------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def _md(text: str) -> str:
    """Plain text for Markdown: markup characters escaped and HTML neutralised."""
    escaped = html.escape(text, quote=False)
    return _MD_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def _md_cite(sources: tuple[str, ...]) -> str:
    return f" \\[{', '.join(_md(s) for s in sources)}\\]" if sources else ""


def _markdown(result: Assessment) -> str:
    level = result.triage.level
    out = [
        "# twitchcheck assessment",
        "",
        f"> **{_md(level.label.upper())}**: {_md(result.plan.now)}",
        "",
    ]
    if result.text:
        out += ["## What you told us", "", _md_highlighted(result), ""]
    context = [
        f"age {result.age}" if result.age is not None else "",
        f"sex {result.sex}" if result.sex else "",
    ]
    if any(context):
        out += [_md(", ".join(c for c in context if c).capitalize()), ""]
    out += ["## Why this level", ""]
    for reason in result.triage.reasons[:4]:
        flag = "**Red flag:** " if reason.red_flag else ""
        out.append(f"- {flag}{_md(reason.text)}{_md_cite(reason.sources)}")
    out += [
        "",
        "## Most likely causes (estimates, not a diagnosis)",
        "",
        "| Possible cause | Probability | Why |",
        "| --- | --- | --- |",
    ]
    for c in result.conditions[:_SHOWN]:
        filled = round(c.probability * _BAR)
        bar = "█" * filled + "░" * (_BAR - filled)
        why = [
            f"\\+ {_md(r.text)}" + (f" (“{_md(r.words)}”)" if r.words else "")
            for r in c.supporting[:3]
        ]
        why += [f"− {_md(r.text)}" for r in c.conflicting[:2]]
        out.append(
            f"| **{_md(c.lay_name)}** ({_md(c.name)}) | `{bar}` {c.probability:.0%} | "
            + "<br>".join(why)
            + " |"
        )
    out += ["", "## What to do", ""]
    if result.plan.self_care:
        out += ["### What you can do now", ""]
        for item in result.plan.self_care:
            because = f": {_md(item.why)}" if item.why else ""
            out.append(f"- {_md(item.text)}{because}{_md_cite(item.sources)}")
        out.append("")
    out += ["### When to seek care", ""]
    out += [f"- {_md(item.text)}{_md_cite(item.sources)}" for item in result.plan.seek_care]
    if result.plan.tests:
        out += ["", "### What a doctor may test", ""]
        out += [
            f"- {_md(item.text)}: {_md(item.why or '')}{_md_cite(item.sources)}"
            for item in result.plan.tests
        ]
    if result.sources:
        out += ["", "## Sources", ""]
        out += [f"- \\[{_md(sid)}\\] {_md(title)}" for sid, title in result.sources.items()]
    out += [
        "",
        "---",
        "",
        f"*{_md(result.disclaimer)}*",
        "",
        f"Knowledge base {_md(result.kb_version)}",
        "",
    ]
    return "\n".join(out)


def _spans(result: Assessment) -> list[tuple[int, int, bool]]:
    """Non-overlapping (start, end, present) spans of the text that produced evidence."""
    text = result.text or ""
    spans = sorted(
        (e.span[0], e.span[1], e.present)
        for e in result.evidence
        if e.span is not None and e.span[1] <= len(text) and e.span[0] < e.span[1]
    )
    kept: list[tuple[int, int, bool]] = []
    for start, end, present in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, present))
    return kept


def _md_highlighted(result: Assessment) -> str:
    text = result.text or ""
    parts, at = [], 0
    for start, end, present in _spans(result):
        parts.append(_md(text[at:start]))
        words = _md(text[start:end])
        parts.append(f"**{words}**" if present else f"~~{words}~~")
        at = end
    parts.append(_md(text[at:]))
    return "> " + "".join(parts)


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;
padding:0 1rem;line-height:1.45;color:#1b1b1b}
.banner{padding:1rem 1.25rem;border-radius:.5rem;margin:1rem 0}
.banner strong{display:block;font-size:1.3rem;letter-spacing:.02em}
blockquote{border-left:4px solid #999;margin:0;padding:.25rem 1rem;background:#f6f6f6}
mark{background:#c8f0c8;font-weight:600}del{color:#777}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;
padding:.4rem;border-bottom:1px solid #ddd}
.bar{background:#e6e6e6;border-radius:3px;height:.7rem;width:10rem;display:inline-block;
vertical-align:middle}.bar span{display:block;height:100%;background:#1b8fb3;border-radius:3px}
.for{color:#1e7b34}.against{color:#b00020}.cite{color:#666;font-size:.9em}
.red{font-weight:700;color:#b00020}.disclaimer{font-style:italic;border-top:1px solid #ccc;
padding-top:1rem;margin-top:2rem}
@media print{.banner{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _h(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _h_cite(sources: tuple[str, ...]) -> str:
    return f' <span class="cite">[{_h(", ".join(sources))}]</span>' if sources else ""


def _html(result: Assessment) -> str:
    level = result.triage.level
    background, foreground = _COLOURS[level]
    body = [
        "<h1>twitchcheck assessment</h1>",
        f'<div class="banner" style="background:{background};color:{foreground}" '
        f'role="alert"><strong>{_h(level.label.upper())}</strong>{_h(result.plan.now)}'
        "</div>",
    ]
    if result.text:
        body += [
            "<h2>What you told us</h2>",
            f"<blockquote>{_html_highlighted(result)}</blockquote>",
        ]
    context = [
        f"age {result.age}" if result.age is not None else "",
        f"sex {result.sex}" if result.sex else "",
    ]
    if any(context):
        body.append(f"<p>{_h(', '.join(c for c in context if c).capitalize())}</p>")
    body += ["<h2>Why this level</h2>", "<ul>"]
    for reason in result.triage.reasons[:4]:
        flag = '<span class="red">Red flag:</span> ' if reason.red_flag else ""
        body.append(f"<li>{flag}{_h(reason.text)}{_h_cite(reason.sources)}</li>")
    body += [
        "</ul>",
        "<h2>Most likely causes <small>(estimates, not a diagnosis)</small></h2>",
        "<table><thead><tr><th>Possible cause</th><th>Probability</th><th>Why</th></tr>"
        "</thead><tbody>",
    ]
    for c in result.conditions[:_SHOWN]:
        why = [
            f'<div class="for">+ {_h(r.text)}'
            + (f" (“{_h(r.words)}”)" if r.words else "")
            + "</div>"
            for r in c.supporting[:3]
        ]
        why += [f'<div class="against">− {_h(r.text)}</div>' for r in c.conflicting[:2]]
        width = f"{100 * c.probability:.1f}%"
        body.append(
            f"<tr><td><strong>{_h(c.lay_name)}</strong><br><small>{_h(c.name)}</small>"
            f'</td><td><span class="bar" role="img" aria-label="{c.probability:.0%}">'
            f'<span style="width:{width}"></span></span> {c.probability:.0%}</td>'
            f"<td>{''.join(why)}</td></tr>"
        )
    body += ["</tbody></table>", "<h2>What to do</h2>"]
    if result.plan.self_care:
        body += ["<h3>What you can do now</h3>", "<ul>"]
        for item in result.plan.self_care:
            because = f" — {_h(item.why)}" if item.why else ""
            body.append(f"<li>{_h(item.text)}{because}{_h_cite(item.sources)}</li>")
        body.append("</ul>")
    body += ["<h3>When to seek care</h3>", "<ul>"]
    body += [f"<li>{_h(item.text)}{_h_cite(item.sources)}</li>" for item in result.plan.seek_care]
    body.append("</ul>")
    if result.plan.tests:
        body += ["<h3>What a doctor may test</h3>", "<ul>"]
        body += [
            f"<li>{_h(item.text)}: {_h(item.why)}{_h_cite(item.sources)}</li>"
            for item in result.plan.tests
        ]
        body.append("</ul>")
    if result.sources:
        body += ["<h2>Sources</h2>", "<ul>"]
        body += [f"<li>[{_h(sid)}] {_h(title)}</li>" for sid, title in result.sources.items()]
        body.append("</ul>")
    body += [
        f'<p class="disclaimer">{_h(result.disclaimer)}</p>',
        f'<p class="cite">Knowledge base {_h(result.kb_version)}</p>',
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>twitchcheck: {_h(level.label)}</title><style>{_CSS}</style></head>"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _html_highlighted(result: Assessment) -> str:
    text = result.text or ""
    parts, at = [], 0
    for start, end, present in _spans(result):
        parts.append(_h(text[at:start]))
        tag = "mark" if present else "del"
        parts.append(f"<{tag}>{_h(text[start:end])}</{tag}>")
        at = end
    parts.append(_h(text[at:]))
    return "".join(parts)
