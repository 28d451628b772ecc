"""Debian's Chromium driven by Playwright, for the browser tests (web page, diary page): the
`browser` fixture in conftest.py starts it with these settings."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
# Headless as root, and none of Chromium's background connections (the network is closed).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
