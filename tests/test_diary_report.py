"""The report for the doctor: one A4 page whose picture (pdftoppm) is whole, and the same
content as HTML."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest

from twitchcheck._diary._analysis import analyse
from twitchcheck._diary._report import build_report
from twitchcheck._diary._schema import EntryOut
from twitchcheck._diary._synthetic import PLANTED, synthetic_diary

DISCLAIMER = "This test report is not a diagnosis and does not replace a doctor."
ASSESSMENT = {
    "level": "consultation",
    "label": "Book a doctor's appointment",
    "conditions": [{"id": "caffeine", "name": "Too much caffeine", "probability": 0.41}],
    "recorded_at": "2026-11-30T10:00:00",
}
DPI = 50


def stored(entries):
    return [
        EntryOut(**e.model_dump(), id=i, recorded_at=datetime(2026, 1, 1))
        for i, e in enumerate(entries, 1)
    ]


@pytest.fixture(scope="module")
def report():
    entries = stored(synthetic_diary(150, seed=7, effects=PLANTED))
    return build_report(entries, analyse(entries), ASSESSMENT, DISCLAIMER, today=date(2026, 12, 1))


@pytest.fixture(scope="module")
def pdf_bytes(report):
    return report.pdf()


def poppler(tool):
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} not installed (Debian's poppler-utils; scripts/test installs it)")
    return found


def picture(pdf_bytes, tmp_path):
    """The page as an RGB array, and the page count pdfinfo reports."""
    from matplotlib.image import imread

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(pdf_bytes)
    info = subprocess.run(
        [poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    subprocess.run(
        [
            poppler("pdftoppm"),
            "-r",
            str(DPI),
            "-png",
            "-singlefile",
            str(pdf),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    return imread(tmp_path / "page.png")[:, :, :3], pages


def test_the_pdf_is_one_whole_a4_page(pdf_bytes, tmp_path):
    image, pages = picture(pdf_bytes, tmp_path)
    assert pages == 1
    height, width = image.shape[:2]
    # A4 portrait (pdftoppm rounds the pixel size either way)
    assert abs(width - 8.27 * DPI) <= 1 and abs(height - 11.69 * DPI) <= 1
    ink = image.min(axis=2) < 0.9
    assert 0.03 < ink.mean() < 0.5, "blank or black page"
    rows = ink.mean(axis=1)
    band = height // 10
    # The title at the top and the disclaimer near the bottom are both on the page, and no
    # tenth of the page is solid ink (an element drawn over another).
    assert rows[:band].max() > 0 and rows[-2 * band :].max() > 0
    assert max(rows[i : i + band].mean() for i in range(0, height - band, band)) < 0.6
    red = (image[:, :, 0] > 0.55) & (image[:, :, 1] < 0.35) & (image[:, :, 2] < 0.35)
    assert red.sum() > 50, "the calendar's strong-twitch days are missing"


def test_the_pdf_says_what_the_doctor_needs(pdf_bytes, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(pdf_bytes)
    text = subprocess.run(
        [poppler("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    squashed = " ".join(text.split())
    for words in (
        "Twitch diary",
        "150 days recorded",
        "Caffeine (per 100 mg)",
        "same day",
        "next day",
        "Book a doctor's appointment",
        "Too much caffeine (41%)",
        "not causes",
        "Not a diagnosis",
        "does not replace a doctor",
    ):
        assert words in squashed, words


def test_html_has_the_same_parts_and_escapes_what_people_wrote(report):
    page = report.html()
    for words in (
        "Twitch diary",
        "<svg",
        "Odds ratio",
        "Book a doctor&#x27;s appointment",
        "not causes",
        "Not a diagnosis",
        DISCLAIMER,
    ):
        assert words in page, words
    assert page.count("<svg") == 2
    hostile = stored(
        [
            e.model_copy(update={"note": "<script>alert(1)</script>"})
            for e in synthetic_diary(3, seed=1)
        ]
    )
    small = build_report(hostile, analyse(hostile), None, DISCLAIMER).html()
    assert "<script>" not in small and "Not enough data yet" in small
    assert "No assessment is stored" in small


def test_an_empty_diary_still_gives_one_page(tmp_path):
    empty = build_report([], analyse([]), None, DISCLAIMER)
    image, pages = picture(empty.pdf(), tmp_path)
    assert pages == 1 and (image.min(axis=2) < 0.9).mean() > 0.001
    assert "no entries yet" in empty.html()


def test_the_same_diary_gives_the_same_pdf(report, pdf_bytes):
    assert pdf_bytes.startswith(b"%PDF-") and report.pdf() == pdf_bytes
