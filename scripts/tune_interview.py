"""Run the simulated-patient study for one interview policy over several seeds, pooled.

    PYTHONPATH=src .venv/bin/python scripts/tune_interview.py \
        '{"seeds": [0, 1, 2, 3], "open_max": 0.15, "budget": 12}'

The JSON object holds `seeds`, `per_condition` (default 4), `noise` (false), `workers` (2) and
any `Policy` field; docs/interview.md's tuning tables were measured with it.
"""

from __future__ import annotations

import json
import sys

from twitchcheck._inference._interview import Policy
from twitchcheck._study._simulate import Noise, run_study


def main(argv: list[str]) -> None:
    args = json.loads(argv[1]) if len(argv) > 1 else {}
    seeds = args.pop("seeds", [0])
    per_condition = args.pop("per_condition", 4)
    noise = Noise() if args.pop("noise", False) else None
    workers = args.pop("workers", 2)
    policy = Policy(**args)
    compared = hits = 0
    for seed in seeds:
        st = run_study(
            per_condition=per_condition, seed=seed, policy=policy, workers=workers, noise=noise
        )
        a, e = st.adaptive, st.everything
        print(
            f"seed {seed}: top-1 {a.top1:.1%} / {e.top1:.1%}, top-3 {a.top3:.1%} / "
            f"{e.top3:.1%} (gap {100 * (e.top3 - a.top3):.1f}), questions "
            f"{a.mean_questions:.2f} (90th pct {a.p90_questions:.0f}, most "
            f"{a.max_questions}), items {a.mean_items:.1f}, paired top-3 "
            f"{st.top3_only_adaptive} / {st.top3_only_everything}, under-triaged "
            f"{st.under_triage}, red flags missed {a.red_flags_missed}, ended on the budget "
            f"{a.stopped_by_budget}",
            flush=True,
        )
        if noise is not None:
            print(
                f"  realistic: red flags caught {a.red_flags_caught} of {st.red_flags} "
                f"(missed after no / don't know: {a.red_flags_denied} / "
                f"{a.red_flags_doubted}); asking everything {e.red_flags_caught} "
                f"({e.red_flags_denied} / {e.red_flags_doubted}); triaged on a doubt "
                f"{st.doubt_triaged[0]} / {st.doubt_triaged[1]}; under-triaged against a "
                f"truthful patient {st.under_truth[0]} / {st.under_truth[1]}",
                flush=True,
            )
        compared += st.compared
        hits += round((e.top3 - a.top3) * st.compared)
    print(f"pooled over {compared} patients: top-3 gap {100 * hits / compared:.2f} points")


if __name__ == "__main__":
    main(sys.argv)
