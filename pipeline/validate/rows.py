"""Row-level quarantine: split a frame into rows that pass a model and rows that don't.

pandera runs lazily (every check, every row), and each failing row is kept
whole, with the first check it failed, the column and a reason, so nothing is
dropped silently: len(valid) + len(rejected) == len(frame).
"""

from __future__ import annotations

import json

import pandas as pd
import pandera.pandas as pa


def failure_cases(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """pandera's failure cases for a frame (empty frame when it passes)."""
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return err.failure_cases
    return pd.DataFrame(columns=["schema_context", "column", "check", "check_number",
                                 "failure_case", "index"])


def split_valid(frame: pd.DataFrame, model: type[pa.DataFrameModel]
                ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, rejected rows). Rejected rows carry the original row as
    `row_json` and `check_name`, `column_name`, `reason` columns.

    A failure not tied to any row (a missing column, a wrong dtype of the whole
    column) rejects every row, since none can be trusted.
    """
    frame = frame.reset_index(drop=True)
    cases = failure_cases(frame, model)
    if cases.empty:
        return frame, _rejected(frame.iloc[0:0], {})
    reasons: dict[int, tuple[str, str | None, str]] = {}
    whole_frame = None
    for case in cases.itertuples(index=False):
        check = str(case.check)
        column = None if pd.isna(case.column) else str(case.column)
        if case.schema_context == "DataFrameSchema":
            column = None
        reason = f"{check} failed on {column or 'row'}: {_short(case.failure_case)}"
        if pd.isna(case.index):
            whole_frame = whole_frame or (check, column, reason)
            continue
        reasons.setdefault(int(case.index), (check, column, reason))
    if whole_frame is not None:
        reasons = {i: reasons.get(i, whole_frame) for i in range(len(frame))}
    bad = frame.index.isin(list(reasons))
    return frame[~bad], _rejected(frame[bad], reasons)


def _rejected(rows: pd.DataFrame, reasons: dict[int, tuple[str, str | None, str]]
              ) -> pd.DataFrame:
    out = pd.DataFrame({
        "check_name": [reasons[i][0] for i in rows.index],
        "column_name": [reasons[i][1] for i in rows.index],
        "reason": [reasons[i][2] for i in rows.index],
        "row_json": [json.dumps(r, default=str, ensure_ascii=False)
                     for r in rows.to_dict(orient="records")],
    }, index=rows.index)
    for col in ("claim_id", "doc_id", "batch_id"):
        out[col] = rows[col] if col in rows else None
    return out


def _short(value: object, width: int = 80) -> str:
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
