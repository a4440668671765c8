"""Validation: pandera models (one per table) and row-level quarantine."""
