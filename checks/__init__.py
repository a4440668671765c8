"""Dagster asset checks, generated from the pandera models and the consistency rules."""
