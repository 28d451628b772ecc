"""The diary page in real Chromium against a real server: make a diary, add entries, see
them and the analysis; a second person's browser sees none of them."""

from __future__ import annotations

import os
import signal

import pytest

from test_diary_durability import start_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("diary-browser")
    base, process = start_server(f"sqlite:///{folder}/diary.sqlite3", folder / "server.log")
    yield base
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def open_page(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    # A Content-Security-Policy violation is a console error; a failed request a response.
    page.on(
        "console",
        lambda m: (
            problems.append(m.text)
            if m.type == "error" and "Failed to load resource" not in m.text
            else None
        ),
    )
    page.on(
        "response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None
    )
    page.goto(f"{base_url}/diary")
    return context, page, problems


def test_make_a_diary_add_entries_and_only_its_owner_sees_them(browser, base_url):
    context, page, problems = open_page(browser, base_url)
    page.click("#create")
    page.wait_for_selector("#diary:not([hidden])")
    assert page.locator("#new-token code").inner_text().startswith("tcd_")
    form = page.locator("#entry")
    form.locator('select[name="site"]').select_option("upper_lip")
    form.locator('input[name="intensity"]').fill("6")
    form.locator('input[name="caffeine_mg"]').fill("380")
    form.locator('textarea[name="note"]').fill("<b>not markup</b>")
    form.locator('button[type="submit"]').click()
    page.wait_for_selector("#entries tbody tr")
    row = page.locator("#entries tbody tr").first.inner_text()
    assert "upper lip" in row and "380 mg" in row
    assert "Not enough data yet" in page.locator("#analysis-message").inner_text()
    # Intensity 6 without a site: the server's message is shown, nothing is added.
    form.locator('select[name="site"]').select_option("")
    form.locator('button[type="submit"]').click()
    page.wait_for_selector("#error:not([hidden])")
    assert "say where on the face" in page.locator("#error").inner_text()
    assert page.locator("#entries tbody tr").count() == 1
    assert problems == [f"422 {base_url}/v1/diary/entries"], problems

    other, other_page, other_problems = open_page(browser, base_url)
    other_page.click("#create")
    other_page.wait_for_selector("#diary:not([hidden])")
    other_page.wait_for_selector("#analysis-message:not(:empty)")
    assert other_page.locator("#entries tbody tr").count() == 0
    assert other_problems == []
    other.close()
    context.close()
