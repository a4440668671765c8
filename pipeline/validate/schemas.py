"""One pandera model per stored table: the single source of truth.

The DuckDB DDL (`pipeline.storage.ddl`), the row-level quarantine
(`pipeline.validate.rows`) and the Dagster asset checks (`checks/`) are all
derived from these classes. Column order here is the column order in DuckDB.

A column whose DuckDB type is not the default for its pandas dtype names it in
`metadata={"sql": ...}` (dates travel as ISO strings and are stored as DATE).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

BOUNDS = ("exact", "lower", "upper", "approx", "range")
METRICS = (
    "killed", "wounded", "killed_or_wounded", "missing", "captured",
    "deployed", "equipment", "displaced", "money", "other",
)
SOURCE_TYPES = ("person", "government", "media", "ngo", "article", "other")
OUTCOMES = ("ingested", "duplicate", "rejected")

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
SHA256 = r"^[0-9a-f]{64}$"
DATE = {"sql": "DATE"}


class DocumentSchema(pa.DataFrameModel):
    """`documents`: one row per distinct text."""

    doc_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1, "max_value": 300})
    batch_id: Series[str] = pa.Field(str_length={"min_value": 1})
    content_hash: Series[str] = pa.Field(unique=True, str_matches=SHA256)
    input_ref: Series[str] = pa.Field(description="file path, and the record within it")
    title: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    published: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    n_chars: Series[int] = pa.Field(ge=1)
    ingested_at: Series[pd.Timestamp]

    class Config:
        strict = True
        coerce = True


class IngestLogSchema(pa.DataFrameModel):
    """`ingest_log`: exactly one row per input file or record."""

    batch_id: Series[str]
    input_ref: Series[str]
    doc_id: Series[str] = pa.Field(nullable=True)
    outcome: Series[str] = pa.Field(isin=OUTCOMES)
    reason: Series[str] = pa.Field(nullable=True)
    warning: Series[str] = pa.Field(nullable=True)
    duplicate_of: Series[str] = pa.Field(nullable=True)
    content_hash: Series[str] = pa.Field(nullable=True)
    logged_at: Series[pd.Timestamp]

    class Config:
        strict = True
        coerce = True
        unique = ["batch_id", "input_ref"]


class ClaimSchema(pa.DataFrameModel):
    """`claims`: one row per quantitative claim; fields as in the annotation guide."""

    claim_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    doc_id: Series[str] = pa.Field(str_length={"min_value": 1})
    batch_id: Series[str]
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    quantity_text: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[float] = pa.Field(ge=0, le=1e15)
    value_high: Series[float] = pa.Field(nullable=True, ge=0, le=1e15)
    bound: Series[str] = pa.Field(isin=BOUNDS)
    metric: Series[str] = pa.Field(isin=METRICS)
    unit: Series[str] = pa.Field(nullable=True)
    actor: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    source_type: Series[str] = pa.Field(isin=SOURCE_TYPES)
    date_text: Series[str] = pa.Field(nullable=True)
    date_resolved: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE)
    hedged: Series[bool]
    evidence: Series[str] = pa.Field(nullable=True)
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    extractor_version: Series[str]

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="range_has_high_end", element_wise=False)
    @classmethod
    def range_has_high_end(cls, df: pd.DataFrame) -> Series[bool]:
        """A range has a high end and only a range has one, and high >= low."""
        is_range = df["bound"] == "range"
        has_high = df["value_high"].notna()
        ordered = ~has_high | (df["value_high"] >= df["value"])
        return (is_range == has_high) & ordered

    @pa.dataframe_check(name="offsets_ordered", element_wise=False)
    @classmethod
    def offsets_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        """The number's span is non-empty."""
        return df["char_end"] > df["char_start"]


class ClaimRejectedSchema(pa.DataFrameModel):
    """`claims_rejected`: extracted rows that failed a row-level check, kept whole."""

    claim_id: Series[str] = pa.Field(nullable=True)
    doc_id: Series[str] = pa.Field(nullable=True)
    batch_id: Series[str]
    check_name: Series[str]
    column_name: Series[str] = pa.Field(nullable=True)
    reason: Series[str]
    row_json: Series[str] = pa.Field(description="the rejected row, as JSON")
    rejected_at: Series[pd.Timestamp]

    class Config:
        strict = True
        coerce = True


class ClaimsTimelineSchema(pa.DataFrameModel):
    """`claims_timeline`: claims with the date they refer to and its ISO week."""

    actor: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(isin=METRICS)
    source: Series[str]
    source_type: Series[str] = pa.Field(isin=SOURCE_TYPES)
    claim_date: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE)
    period: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE)
    value: Series[float] = pa.Field(ge=0)
    value_high: Series[float] = pa.Field(nullable=True)
    bound: Series[str] = pa.Field(isin=BOUNDS)
    unit: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    hedged: Series[bool]
    claim_id: Series[str] = pa.Field(unique=True)
    doc_id: Series[str]
    sentence: Series[str]

    class Config:
        strict = True
        coerce = True


class ClaimEstimateSchema(pa.DataFrameModel):
    """`claim_estimates`: low <= best <= high across sources, per group and week."""

    actor: Series[str]
    metric: Series[str] = pa.Field(isin=METRICS)
    unit: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    period: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE)
    low: Series[float] = pa.Field(ge=0)
    best: Series[float] = pa.Field(ge=0)
    high: Series[float] = pa.Field(ge=0)
    n_sources: Series[int] = pa.Field(ge=1)
    sources: Series[str]

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="low_best_high_ordered", element_wise=False)
    @classmethod
    def ordered(cls, df: pd.DataFrame) -> Series[bool]:
        """low <= best <= high."""
        return (df["low"] <= df["best"]) & (df["best"] <= df["high"])


class ClaimConflictSchema(pa.DataFrameModel):
    """`claim_conflicts`: two claims from different sources that disagree."""

    actor: Series[str]
    metric: Series[str] = pa.Field(isin=METRICS)
    unit: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    period: Series[str] = pa.Field(str_matches=ISO_DATE, metadata=DATE)
    claim_id_a: Series[str]
    source_a: Series[str]
    value_a: Series[float] = pa.Field(gt=0)
    claim_id_b: Series[str]
    source_b: Series[str]
    value_b: Series[float] = pa.Field(gt=0)
    ratio: Series[float] = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="different_sources", element_wise=False)
    @classmethod
    def different_sources(cls, df: pd.DataFrame) -> Series[bool]:
        """A conflict is between two sources."""
        return df["source_a"] != df["source_b"]


def _source_summary_model() -> type[pa.DataFrameModel]:
    """`source_summary`: one column of counts per metric, generated from METRICS."""
    fields = {f"n_{m}": pa.Field(ge=0) for m in METRICS}
    annotations = {
        "source": Series[str], "source_type": Series[str], "n_claims": Series[int],
        "n_documents": Series[int], **{f"n_{m}": Series[int] for m in METRICS},
        "first_date": Series[str], "last_date": Series[str],
    }
    namespace = {
        "__annotations__": annotations,
        "__doc__": "`source_summary`: per source, claim counts by metric and date span.",
        "source_type": pa.Field(isin=SOURCE_TYPES),
        "n_claims": pa.Field(ge=1),
        "n_documents": pa.Field(ge=1),
        **fields,
        "first_date": pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE),
        "last_date": pa.Field(nullable=True, str_matches=ISO_DATE, metadata=DATE),
        "Config": type("Config", (), {"strict": True, "coerce": True}),
    }
    return type("SourceSummarySchema", (pa.DataFrameModel,), namespace)


SourceSummarySchema = _source_summary_model()


#: the stored tables and their models
TABLE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentSchema,
    "ingest_log": IngestLogSchema,
    "claims": ClaimSchema,
    "claims_rejected": ClaimRejectedSchema,
}

#: the analytic tables (built by SQL) and their models
ANALYTIC_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "claims_timeline": ClaimsTimelineSchema,
    "claim_estimates": ClaimEstimateSchema,
    "claim_conflicts": ClaimConflictSchema,
    "source_summary": SourceSummarySchema,
}

#: every published table and its model
PUBLISHED_MODELS = {**TABLE_MODELS, **ANALYTIC_MODELS}

#: columns a claim row gets from the extractor (the rest the pipeline adds)
EXTRACTED_COLUMNS = tuple(
    c for c in ClaimSchema.to_schema().columns
    if c not in ("claim_id", "doc_id", "batch_id", "extractor_version")
)
