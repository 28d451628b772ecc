"""Studying the system: evaluation on vignettes, simulated patients, baselines."""
