"""The parser's worst cases at the text length limit: CPU ms of `parse` per shape.

Shapes that were quadratic in spaCy's tokenizer (runs of symbols), many tiny tokens, long
words, and an ordinary description repeated to the limit. Best of 3 after one warm-up parse
(the pipeline's build is not counted); each shape is new to the tokenizer's cache.

    .venv/bin/python benchmarks/bench_parse_worst.py
"""

from __future__ import annotations

import time

from twitchcheck._parse import parse
from twitchcheck._parse._guard import MAX_TEXT_CHARS

SHAPES = {
    "$ run": "$",
    "( run": "(",
    "' run": "'",
    "emoji run": "\U0001f600",
    "_ run": "_",
    "- run": "-",
    "letters": "a",
    "digits": "1",
    "a$": "a$",
    ",a": ",a",
    "a,": "a,",
    "'a": "'a",
    "$ ": "$ ",
    "a ": "a ",
    "no ": "no ",
    "lip ": "lip ",
    "no lip ": "no lip ",
    "not ": "not ",
    "no. ": "no. ",
    "lip, no ": "lip, no ",
    "ordinary": "My upper lip has been twitching for three days and I drink a lot of coffee. ",
}


def main() -> None:
    parse("my lip twitches")
    print(f"text of {MAX_TEXT_CHARS} characters; CPU ms, best of 3")
    worst = ("", 0.0)
    for name, unit in SHAPES.items():
        text = (unit * (MAX_TEXT_CHARS // len(unit) + 1))[:MAX_TEXT_CHARS]
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            parse(text)
            best = min(best, (time.process_time() - start) * 1000)
        worst = max(worst, (name, best), key=lambda w: w[1])
        print(f"{name!r:12} {best:8.1f} ms", flush=True)
    print(f"worst: {worst[0]!r} {worst[1]:.1f} ms")


if __name__ == "__main__":
    main()
