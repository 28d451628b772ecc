#!/usr/bin/env python3
"""Distil static (model2vec) embeddings from the packaged MiniLM weights, offline.

    PYTHONPATH=<dir with skeletoken> .venv/bin/python scripts/distill_static.py OUT_DIR [--pca 256]

The packaged weights are hash-checked first (data/parse/semantic.yaml); the result is a
model2vec directory (model.safetensors, tokenizer.json, config.json) whose weight file's
sha256 is printed, to be pinned before the directory is used. Needs model2vec's `distill`
extra (skeletoken, transformers, torch), which the run-time layer does not.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--pca", type=int, default=256)
    args = ap.parse_args(argv)

    from twitchcheck._parse._semantic import (
        _config,
        _offline,
        sha256_of,
        verify_weights,
        weights_path,
    )

    _offline()
    spec = _config()["models"]["minilm"]
    path = weights_path(spec)
    verify_weights(path, str(spec["sha256"]))
    from model2vec.distill import distill

    t0 = time.perf_counter()
    model = distill(model_name=str(path.parent), pca_dims=args.pca, device="cpu")
    out = Path(args.out)
    model.save_pretrained(str(out))
    print(f"distilled in {time.perf_counter() - t0:.1f} s -> {out}")
    for f in sorted(out.iterdir()):
        print(f"  {f.name}: {f.stat().st_size / 1e6:.1f} MB")
    print(f"sha256 of model.safetensors: {sha256_of(out / 'model.safetensors')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
