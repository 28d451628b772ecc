"""Saving an assessment as Markdown, HTML or JSON: the same content, and the person's words
never become markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from twitchcheck import assess
from twitchcheck._assessment._assess import Assessment
from twitchcheck._interfaces._export import FORMATS, export, format_for_path

HOSTILE = (
    "My upper lip twitches <script>alert('x')</script> & my face droops "
    "*since* [yesterday](javascript:alert(1)) <img src=x onerror=alert(2)>"
)


@pytest.fixture(scope="module")
def result() -> Assessment:
    return assess(HOSTILE, age=70, sex="female")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def test_the_example_produced_evidence_with_spans(result: Assessment) -> None:
    assert any(e.span is not None for e in result.evidence)


def test_json_is_the_assessments_json_form(result: Assessment) -> None:
    assert json.loads(export(result, "json")) == json.loads(json.dumps(result.to_dict()))


def test_html_escapes_the_persons_text(result: Assessment) -> None:
    page = export(result, "html")
    parsed = _parse(page)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    assert not any((attrs.get("href") or "").startswith("javascript") for _, attrs in parsed.tags)
    # The words themselves are still there, as text.
    shown = "".join(parsed.text)
    assert "<script>alert('x')</script>" in shown
    assert "<img src=x onerror=alert(2)>" in shown


def test_html_has_the_result_screens_content(result: Assessment) -> None:
    page = export(result, "html")
    shown = " ".join(_parse(page).text)
    assert result.triage.level.label.upper() in shown
    assert result.plan.now in shown
    assert result.disclaimer in shown
    for condition in result.conditions[:5]:
        assert condition.lay_name in shown
        assert f"{condition.probability:.0%}" in shown
    for sid, title in result.sources.items():
        assert f"[{sid}] {title}" in shown
    for item in result.plan.seek_care:
        assert item.text in shown


def test_html_highlights_the_words_that_were_understood(result: Assessment) -> None:
    parsed = _parse(export(result, "html"))
    assert any(tag in ("mark", "del") for tag, _ in parsed.tags)
    for item in result.evidence:
        if item.span is not None:
            assert HOSTILE[item.span[0] : item.span[1]] in "".join(parsed.text)


def test_markdown_renders_without_the_persons_markup(result: Assessment) -> None:
    text = export(result, "markdown")
    rendered = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)
    parsed = _parse(rendered)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert not any((attrs.get("href") or "").startswith("javascript") for _, attrs in parsed.tags)
    shown = "".join(parsed.text)
    assert "[yesterday](javascript:alert(1))" in shown
    assert "*since*" in shown


def test_markdown_has_the_result_screens_content(result: Assessment) -> None:
    rendered = MarkdownIt("commonmark").enable("table").render(export(result, "markdown"))
    shown = " ".join(_parse(rendered).text)
    assert result.triage.level.label.upper() in shown
    assert result.disclaimer in shown
    for condition in result.conditions[:5]:
        assert condition.lay_name in shown
    for sid in result.sources:
        assert f"[{sid}]" in shown


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.md", "markdown"),
        ("b.MARKDOWN", "markdown"),
        ("c.html", "html"),
        ("d.htm", "html"),
        ("e.json", "json"),
    ],
)
def test_format_follows_the_file_name(name: str, fmt: str) -> None:
    assert format_for_path(name) == fmt


def test_unknown_formats_are_clear_errors(result: Assessment) -> None:
    with pytest.raises(ValueError, match="cannot tell the format"):
        format_for_path("result.pdf")
    with pytest.raises(ValueError, match="unknown export format"):
        export(result, "pdf")
    assert set(FORMATS) == {"markdown", "html", "json"}
