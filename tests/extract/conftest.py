"""Fixtures for the extractor's tests: the pipeline, loaded once per session."""

import pytest
from spacy.language import Language

from pipeline.extract import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()
