"""The analytic tables, each one CREATE OR REPLACE statement over the stored claims.

Definitions (also in docs/queries.md):

- period: the ISO week (Monday) of the claim's resolved date, else of the
  document's publication date; claims with neither fall in no period (NULL).
- credible claim: a validated claim that is not hedged ("reportedly", "may"),
  names an actor, and counts something comparable: people or equipment (any
  metric but `other` and `money`, whose claims count unrelated things:
  budgets, prices, aid and damages are not estimates of one quantity).
  Estimates and conflicts use credible claims only, and compare claims of
  the same unit ("soldier" with "soldier", never "officer" with "soldier").
- low / high: the smallest low end and the largest high end of the credible
  claims in the group. best: the median over sources of each source's largest
  claim in the group (a source's latest, most complete figure), so one loud
  source cannot move it alone; low <= best <= high always holds.
- conflict: two credible claims from different sources for the same actor,
  metric, unit, place (both NULL counts as the same) and period whose values
  differ by a factor of CONFLICT_FACTOR or more.
"""

from __future__ import annotations

import duckdb

from pipeline.validate.schemas import METRICS

CONFLICT_FACTOR = 2.0

CLAIM_DATES = """
    SELECT c.*, d.published,
           coalesce(c.date_resolved, d.published) AS claim_date,
           date_trunc('week', coalesce(c.date_resolved, d.published))::DATE AS period
    FROM claims c JOIN documents d USING (doc_id)
"""

CLAIMS_TIMELINE = f"""
CREATE OR REPLACE TABLE claims_timeline AS
SELECT actor, metric, source, source_type, claim_date, period, value, value_high, bound,
       unit, location, hedged, claim_id, doc_id, sentence
FROM ({CLAIM_DATES})
ORDER BY actor NULLS LAST, metric, claim_date NULLS LAST, source, claim_id
"""



def credible(alias: str = "") -> str:
    """SQL condition: the claim (of table alias `alias`) is credible and comparable."""
    p = f"{alias}." if alias else ""
    return (f"NOT {p}hedged AND {p}actor IS NOT NULL "
            f"AND {p}metric NOT IN ('other', 'money')")


CLAIM_ESTIMATES = f"""
CREATE OR REPLACE TABLE claim_estimates AS
WITH credible AS (
    SELECT * FROM claims_timeline WHERE {credible()}
), per_source AS (
    SELECT actor, metric, unit, location, period, source,
           min(value) AS lo, max(coalesce(value_high, value)) AS hi, max(value) AS top
    FROM credible
    GROUP BY ALL
)
SELECT actor, metric, unit, location, period,
       min(lo) AS low,
       least(greatest(median(top), min(lo)), max(hi)) AS best,
       max(hi) AS high,
       count(DISTINCT source) AS n_sources,
       string_agg(DISTINCT source, '; ' ORDER BY source) AS sources
FROM per_source
GROUP BY ALL
ORDER BY actor, metric, unit NULLS LAST, location NULLS LAST, period NULLS LAST
"""

CLAIM_CONFLICTS = f"""
CREATE OR REPLACE TABLE claim_conflicts AS
SELECT a.actor, a.metric, a.unit, a.location, a.period,
       a.claim_id AS claim_id_a, a.source AS source_a, a.value AS value_a,
       b.claim_id AS claim_id_b, b.source AS source_b, b.value AS value_b,
       round(greatest(a.value, b.value) / least(a.value, b.value), 3) AS ratio
FROM claims_timeline a JOIN claims_timeline b
  ON a.actor = b.actor AND a.metric = b.metric
 AND a.unit IS NOT DISTINCT FROM b.unit
 AND a.location IS NOT DISTINCT FROM b.location
 AND a.period = b.period
 AND a.source <> b.source AND a.claim_id < b.claim_id
WHERE {credible("a")} AND {credible("b")} AND least(a.value, b.value) > 0
  AND greatest(a.value, b.value) / least(a.value, b.value) >= {CONFLICT_FACTOR}
ORDER BY ratio DESC, a.actor, a.metric
"""

_METRIC_COUNTS = ",\n       ".join(
    f"count(*) FILTER (WHERE metric = '{m}') AS n_{m}" for m in METRICS)

SOURCE_SUMMARY = f"""
CREATE OR REPLACE TABLE source_summary AS
SELECT source, source_type,
       count(*) AS n_claims,
       count(DISTINCT doc_id) AS n_documents,
       {_METRIC_COUNTS},
       min(claim_date) AS first_date,
       max(claim_date) AS last_date
FROM claims_timeline
GROUP BY source, source_type
ORDER BY n_claims DESC, source
"""

#: table name -> statement, in dependency order
TABLES: dict[str, str] = {
    "claims_timeline": CLAIMS_TIMELINE,
    "claim_estimates": CLAIM_ESTIMATES,
    "claim_conflicts": CLAIM_CONFLICTS,
    "source_summary": SOURCE_SUMMARY,
}


def build(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """(Re)build one analytic table; returns its row count."""
    con.execute(TABLES[table])
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
