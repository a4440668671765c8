"""Ingest: find input files, read them into candidate documents, log one outcome each."""
