"""The Dagster layer: thin assets over the plain functions in `pipeline/`."""
