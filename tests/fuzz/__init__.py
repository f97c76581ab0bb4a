"""A fuzzing harness for the readers: mutants of every fixture and example, checked in-process.

`python -m tests.fuzz --seed 1 --seconds 55` is the CI run; see bench/README.md for a long run.
"""
