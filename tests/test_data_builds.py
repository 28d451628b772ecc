"""The outside writers' test sets are what their generators write: a hand edit of a jsonl file
(or of its generator without rebuilding) fails here, so the README's counts and the measured
baselines keep describing the file that is tested."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

BUILDS = {
    "build_cases_g.py": ("cases_g.jsonl", "cases_g_tune.jsonl", "cases_g_hold.jsonl"),
    "build_cases_i.py": ("cases_i.jsonl",),
    "build_cases_j.py": ("cases_j.jsonl",),
    "build_cases_k.py": ("cases_k.jsonl",),
    "build_redteam_f.py": ("redteam_f.jsonl",),
    "build_redteam_h.py": ("redteam_h.jsonl",),
    "build_redteam_i.py": ("redteam_i.jsonl",),
    "build_redteam_j.py": ("redteam_j.jsonl",),
    "build_redteam_k.py": ("redteam_k.jsonl",),
}


@pytest.mark.parametrize("script", sorted(BUILDS))
def test_the_generator_rebuilds_the_shipped_files_byte_for_byte(
    script: str, tmp_path: Path
) -> None:
    shutil.copy(DATA / script, tmp_path / script)
    subprocess.run([sys.executable, script], cwd=tmp_path, check=True, capture_output=True)
    for name in BUILDS[script]:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
