"""The report to take to the doctor: one page, as PDF (matplotlib's own PDF backend) and as
HTML (the same figures as inline SVG): a calendar of twitch days, twitches per week, the
exposure table, the latest stored assessment and its triage, and the disclaimer."""

from __future__ import annotations

import html
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ._analysis import Analysis, Day, days
from ._schema import EntryOut

__all__ = ["Report", "build_report"]

_WEEKS_SHOWN = 26  # the calendar's last half year: enough for a doctor's "how often lately"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_A4 = (8.27, 11.69)


@dataclass(frozen=True)
class Report:
    """Everything the page shows, computed once; rendered to PDF or HTML."""

    title: str
    span: str
    summary: str
    diary: tuple[Day, ...]
    analysis: Analysis
    assessment: dict[str, Any] | None
    disclaimer: str
    generated: str

    def pdf(self) -> bytes:
        figure = _figure(self)
        out = io.BytesIO()
        # No creation date: the same diary gives the same file.
        figure.savefig(out, format="pdf", metadata={"CreationDate": None, "Title": self.title})
        return out.getvalue()

    def html(self) -> str:
        return _html(self)


def build_report(
    entries: Sequence[EntryOut],
    analysis: Analysis,
    assessment: dict[str, Any] | None,
    disclaimer: str,
    today: date | None = None,
) -> Report:
    diary = tuple(days(entries))
    today = today or date.today()
    if diary:
        span = f"{diary[0].day:%d %b %Y} to {diary[-1].day:%d %b %Y}"
        twitches = [e for e in entries if e.intensity > 0]
        sites = Counter(e.site for e in twitches if e.site)
        strengths = sorted(e.intensity for e in twitches)
        typical = strengths[len(strengths) // 2] if strengths else 0
        durations = sorted(e.duration_s for e in twitches if e.duration_s is not None)
        summary = (
            f"{len(diary)} days recorded, {sum(d.twitched for d in diary)} with "
            f"twitching ({len(twitches)} episodes). Typical strength {typical}/10"
            + (f", typical length {_seconds(durations[len(durations) // 2])}" if durations else "")
            + (
                ". Most often: "
                + ", ".join(f"{s.replace('_', ' ')} ({n})" for s, n in sites.most_common(3))
                if sites
                else ""
            )
            + "."
        )
    else:
        span, summary = "no entries yet", "The diary has no entries yet."
    return Report(
        "Twitch diary: a summary for your doctor",
        span,
        summary,
        diary,
        analysis,
        assessment,
        disclaimer,
        f"{today:%d %b %Y}",
    )


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value < 120 else f"{value / 60:.0f} min"


# --------------------------------------------------------------------------- figures


def _calendar(ax: Any, diary: Sequence[Day]) -> None:
    """Weeks across, weekdays down; colour is the day's strongest twitch (0-10), grey a
    recorded quiet day, blank a day without entries."""
    import numpy as np
    from matplotlib.colors import ListedColormap

    ax.set_title("Twitch days (colour: strongest twitch of the day, 0-10)", fontsize=9, loc="left")
    if not diary:
        ax.set_axis_off()
        return
    last = diary[-1].day
    spanned = (last - diary[0].day).days // 7 + 2
    shown = min(_WEEKS_SHOWN, spanned)
    first_monday = last - timedelta(days=last.weekday() + 7 * (shown - 1))
    grid = np.full((7, shown), np.nan)
    for d in diary:
        offset = (d.day - first_monday).days
        if offset >= 0:
            grid[offset % 7, offset // 7] = d.strongest
    cmap = ListedColormap(["#e6e6e6"] + [_heat(i / 10) for i in range(1, 11)]).with_extremes(
        bad="white"
    )
    ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=-0.5, vmax=10.5, aspect="equal")
    ax.set_yticks(range(7), _WEEKDAYS, fontsize=6)
    ticks = [w for w in range(shown) if w % 4 == 0]
    ax.set_xticks(ticks, [f"{first_monday + timedelta(weeks=w):%d %b}" for w in ticks], fontsize=6)
    ax.set_xticks(np.arange(-0.5, shown), minor=True)
    ax.set_yticks(np.arange(-0.5, 7), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.2)
    ax.tick_params(which="minor", length=0)
    for side in ax.spines.values():
        side.set_visible(False)


def _heat(x: float) -> str:
    # light yellow -> dark red, readable in grey print too
    low, high = (255, 237, 160), (165, 0, 38)
    return "#" + "".join(f"{round(a + (b - a) * x):02x}" for a, b in zip(low, high, strict=True))


def _weekly(ax: Any, diary: Sequence[Day]) -> None:
    """Episodes per week, and days with twitching per week."""
    ax.set_title("How often: twitch episodes and twitch days per week", fontsize=9, loc="left")
    if not diary:
        ax.set_axis_off()
        return
    start = diary[0].day - timedelta(days=diary[0].day.weekday())
    weeks = (diary[-1].day - start).days // 7 + 1
    episodes, twitch_days = [0] * weeks, [0] * weeks
    for d in diary:
        week = (d.day - start).days // 7
        episodes[week] += d.episodes
        twitch_days[week] += d.twitched
    mondays = [start + timedelta(weeks=w) for w in range(weeks)]
    ax.bar(mondays, episodes, width=5, color="#fdae61", label="episodes", align="edge")
    ax.plot(
        [m + timedelta(days=2.5) for m in mondays],
        twitch_days,
        color="#a50026",
        marker="o",
        markersize=2.5,
        linewidth=1,
        label="days with twitching",
    )
    ax.set_ylim(bottom=0)
    ax.tick_params(labelsize=6)
    ax.legend(fontsize=6, frameon=False, loc="upper left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _rows(analysis: Analysis) -> list[list[str]]:
    return [
        [
            f"{a.name} ({a.unit})",
            a.when,
            f"{a.odds_ratio:.2f}" if a.odds_ratio is not None else "-",
            f"{a.low:.2f} to {a.high:.2f}" if a.low is not None and a.high is not None else "-",
            str(a.days),
            a.text,
        ]
        for a in analysis.associations
    ]


_HEADER = ["Exposure", "Twitching", "Odds ratio", "95% interval", "Days", "In words"]


def _figure(report: Report) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=_A4)
    grid = fig.add_gridspec(
        7,
        1,
        height_ratios=[0.9, 1.4, 1.4, 2.5, 0.5, 0.9, 0.6],
        hspace=0.5,
        left=0.08,
        right=0.95,
        top=0.97,
        bottom=0.03,
    )
    head = fig.add_subplot(grid[0])
    head.set_axis_off()
    head.text(0, 1, report.title, fontsize=14, weight="bold", va="top")
    head.text(
        0, 0.55, f"{report.span} · made {report.generated}", fontsize=8, va="top", color="#444444"
    )
    head.text(0, 0.3, _wrap(report.summary, 110), fontsize=8, va="top")
    _calendar(fig.add_subplot(grid[1]), report.diary)
    _weekly(fig.add_subplot(grid[2]), report.diary)
    table_ax = fig.add_subplot(grid[3])
    table_ax.set_axis_off()
    table_ax.set_title(
        "Exposures and twitching (odds ratio of a twitch day; associations, not causes)",
        fontsize=9,
        loc="left",
    )
    analysis = report.analysis
    if analysis.enough:
        table = table_ax.table(
            cellText=_rows(analysis),
            colLabels=_HEADER,
            loc="upper left",
            cellLoc="left",
            colLoc="left",
            colWidths=[0.21, 0.09, 0.09, 0.12, 0.05, 0.44],
        )
        table.auto_set_font_size(False)
        table.set_fontsize(6.2)
        table.scale(1, 1.15)
        for (row, _), cell in table.get_celld().items():
            cell.set_edgecolor("#cccccc")
            if row == 0:
                cell.set_text_props(weight="bold")
            elif analysis.associations[row - 1].flagged:
                cell.set_facecolor("#fff3cd")
        note = fig.add_subplot(grid[4])
        note.set_axis_off()
        note.text(0, 1, _wrap(analysis.message + " " + analysis.caveat, 120), fontsize=7, va="top")
    else:
        table_ax.text(0, 0.9, _wrap(analysis.message, 110), fontsize=9, va="top")
    assess_ax = fig.add_subplot(grid[5])
    assess_ax.set_axis_off()
    assess_ax.set_title("Latest assessment", fontsize=9, loc="left")
    assess_ax.text(0, 0.85, _wrap(_assessment_text(report.assessment), 110), fontsize=8, va="top")
    foot = fig.add_subplot(grid[6])
    foot.set_axis_off()
    foot.text(
        0,
        0.9,
        _wrap("Not a diagnosis. " + report.disclaimer, 120),
        fontsize=7,
        va="top",
        style="italic",
        color="#333333",
    )
    return fig


def _assessment_text(assessment: dict[str, Any] | None) -> str:
    if not assessment:
        return (
            "No assessment is stored with this diary (`twitchcheck diary assessment FILE` "
            "keeps one)."
        )
    when = assessment.get("recorded_at", "")[:10]
    causes = ", ".join(
        f"{c['name']} ({c['probability']:.0%})" for c in assessment.get("conditions", [])
    )
    return (
        f"{when}: triage '{assessment['label']}' ({assessment['level']}). "
        + (f"Most likely causes then: {causes}. " if causes else "")
        + "The probabilities are estimates."
    )


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))


# --------------------------------------------------------------------------- HTML


def _svg(draw: Any, diary: Sequence[Day], height: float) -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, height))
    draw(fig.add_subplot(), diary)
    fig.tight_layout()
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None})
    text = out.getvalue()
    return text[text.index("<svg") :]  # drop the XML prolog and DOCTYPE


def _html(report: Report) -> str:
    e = html.escape
    analysis = report.analysis
    if analysis.enough:
        head = "".join(f"<th>{e(h)}</th>" for h in _HEADER)
        body = "".join(
            f"<tr{' class=flagged' if a.flagged else ''}>"
            + "".join(f"<td>{e(cell)}</td>" for cell in row)
            + "</tr>"
            for a, row in zip(analysis.associations, _rows(analysis), strict=True)
        )
        table = (
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"<p>{e(analysis.message)} {e(analysis.caveat)}</p>"
        )
    else:
        table = f"<p>{e(analysis.message)}</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(report.title)}</title>
<style>
@page {{ size: A4; margin: 12mm; }}
body {{ font: 11px/1.4 system-ui, sans-serif; max-width: 190mm; margin: 0 auto; color: #111; }}
h1 {{ font-size: 18px; margin: 0; }} h2 {{ font-size: 12px; margin: 10px 0 4px; }}
.meta {{ color: #444; }} svg {{ width: 100%; height: auto; }}
table {{ border-collapse: collapse; width: 100%; font-size: 10px; }}
th, td {{ border: 1px solid #ccc; padding: 2px 4px; text-align: left; }}
tr.flagged td {{ background: #fff3cd; }}
.disclaimer {{ font-style: italic; color: #333; border-top: 1px solid #ccc; padding-top: 4px; }}
</style></head><body>
<h1>{e(report.title)}</h1>
<p class="meta">{e(report.span)} · made {e(report.generated)}</p>
<p>{e(report.summary)}</p>
<h2>Twitch days (colour: strongest twitch of the day, 0-10)</h2>
{_svg(_calendar, report.diary, 1.6) if report.diary else ""}
<h2>How often</h2>
{_svg(_weekly, report.diary, 1.8) if report.diary else ""}
<h2>Exposures and twitching (odds ratio of a twitch day; associations, not causes)</h2>
{table}
<h2>Latest assessment</h2>
<p>{e(_assessment_text(report.assessment))}</p>
<p class="disclaimer">Not a diagnosis. {e(report.disclaimer)}</p>
</body></html>
"""
