"""Cross-claim consistency checks (WARN): claims that cannot all be right.

Each check is one SQL query over `claims_timeline` (claims with their dates)
returning offending groups as (claim_ids, details). Checks compare only
credible, comparable claims (not hedged, with an actor, metric not `other` or
`money`)
of the same unit. The thresholds are module constants, named in each check's
explanation.

A claim's interval: [value, value_high] for a range; [value, value] for an
exact, approximate or upper-bounded ("up to") figure (its stated maximum);
[value, +inf) for a lower bound ("at least"). Two claims contradict only when
their intervals cannot both hold, so "at least 100" never contradicts "300".
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from pipeline.analytics.tables import credible
from pipeline.validate.table_checks import CheckOutcome, failures_sql, record

#: two sources "disagree" when their values for one actor, metric, place and week
#: differ by this factor or more
DISAGREEMENT_FACTOR = 3.0
#: robust z-score (median / MAD of log10 values) above which a value is an outlier
OUTLIER_Z = 3.5
#: an actor and metric needs this many claims before outliers are judged
OUTLIER_MIN_CLAIMS = 5
#: words that mark a figure as a running total
CUMULATIVE_WORDS = ("since", "total", "toll", "so far", "to date", "in all", "overall",
                    "cumulative", "altogether")

#: the claims checks compare: credible, comparable claims (see pipeline.analytics.tables)
COMPARABLE = f"(SELECT * FROM claims_timeline WHERE {credible()})"

HIGH_END = "(CASE WHEN {t}.bound = 'lower' THEN 'infinity'::DOUBLE " \
           "ELSE coalesce({t}.value_high, {t}.value) END)"


@dataclass(frozen=True)
class ConsistencyCheck:
    name: str
    description: str
    explanation: str
    sql: str


KILLED_ABOVE_TOTAL = ConsistencyCheck(
    name="killed_not_above_casualties",
    description="For one source, actor and date, killed is not above killed_or_wounded.",
    explanation="A source's killed figure is part of its killed-or-wounded figure for "
                "the same actor, unit, place and date, so the lowest killed value it allows "
                "must not exceed the highest casualty value it allows.",
    sql=f"""
SELECT [k.claim_id, w.claim_id] AS claim_ids,
       k.source || ' on ' || k.claim_date || ': ' || k.value || ' killed > ' ||
       {HIGH_END.format(t='w')} || ' killed or wounded (' || k.actor || ')' AS details
FROM {COMPARABLE} k JOIN {COMPARABLE} w
  ON k.source = w.source AND k.actor = w.actor AND k.claim_date = w.claim_date
 AND k.unit IS NOT DISTINCT FROM w.unit AND k.location IS NOT DISTINCT FROM w.location
WHERE k.metric = 'killed' AND w.metric = 'killed_or_wounded'
  AND k.value > {HIGH_END.format(t='w')}
ORDER BY k.source, k.claim_date
""")



def is_total(alias: str = "") -> str:
    """SQL condition: the claim's sentence marks it as a running total."""
    p = f"{alias}." if alias else ""
    return "(" + " OR ".join(f"lower({p}sentence) LIKE '%{w}%'" for w in CUMULATIVE_WORDS) + ")"


_CUMULATIVE = is_total()

CUMULATIVE_DECREASE = ConsistencyCheck(
    name="cumulative_series_decreases",
    description="A running total from one source does not go down over time.",
    explanation="A claim is a running total when its sentence says so (" +
                ", ".join(f"'{w}'" for w in CUMULATIVE_WORDS) + "). For one source, "
                "actor, metric, unit and place, each running total is compared with the "
                "previous one by date; a total of a later date whose highest allowed value is "
                "below the earlier one's lowest is flagged.",
    sql=f"""
WITH series AS (
    SELECT *, lag(claim_id) OVER w AS prev_id, lag(value) OVER w AS prev_value,
           lag(claim_date) OVER w AS prev_date
    FROM {COMPARABLE}
    WHERE claim_date IS NOT NULL AND {_CUMULATIVE}
    WINDOW w AS (PARTITION BY source, actor, metric, unit, location
                 ORDER BY claim_date, claim_id)
)
SELECT [prev_id, claim_id] AS claim_ids,
       source || ': ' || metric || ' of ' || actor || coalesce(' in ' || location, '') ||
       ' fell from ' || prev_value || ' (' || prev_date || ') to ' || value ||
       ' (' || claim_date || ')' AS details
FROM series s
WHERE prev_id IS NOT NULL AND claim_date > prev_date
  AND {HIGH_END.format(t='s')} < prev_value
ORDER BY source, claim_date
""")

OUTLIER = ConsistencyCheck(
    name="value_outlier",
    description="A value far outside what the same metric, unit and actor usually show.",
    explanation=f"Per actor, metric and unit with at least {OUTLIER_MIN_CLAIMS} claims, values "
                "are compared on a log scale: robust z = |log10(v) - median| / "
                f"(1.4826 x MAD), with MAD floored at 0.05. z above {OUTLIER_Z:g} is "
                "flagged. Median and MAD are not moved by the outlier itself, unlike a "
                "mean and standard deviation.",
    sql=f"""
WITH v AS (
    SELECT *, log10(greatest(value, 1)) AS lv FROM {COMPARABLE} c
), centre AS (
    SELECT actor, metric, unit, median(lv) AS med, count(*) AS n FROM v GROUP BY ALL
    HAVING count(*) >= {OUTLIER_MIN_CLAIMS}
), spread AS (
    SELECT v.actor, v.metric, v.unit, any_value(c.med) AS med, any_value(c.n) AS n,
           greatest(median(abs(v.lv - c.med)), 0.05) AS mad
    FROM v JOIN centre c
      ON v.actor = c.actor AND v.metric = c.metric AND v.unit IS NOT DISTINCT FROM c.unit
    GROUP BY ALL
)
SELECT [v.claim_id] AS claim_ids,
       v.source || ': ' || v.value || ' ' || v.metric || ' (' || v.actor || '), robust z ' ||
       round(abs(v.lv - s.med) / (1.4826 * s.mad), 1) || ' against a median of ' ||
       round(power(10, s.med)) || ' over ' || s.n || ' claims' AS details
FROM v JOIN spread s
  ON v.actor = s.actor AND v.metric = s.metric AND v.unit IS NOT DISTINCT FROM s.unit
WHERE abs(v.lv - s.med) / (1.4826 * s.mad) > {OUTLIER_Z}
ORDER BY v.actor, v.metric
""")

SOURCES_DISAGREE = ConsistencyCheck(
    name="sources_disagree",
    description="Two sources' claims for one actor, metric, place and week differ by "
                f"a factor of {DISAGREEMENT_FACTOR:g} or more.",
    explanation=f"Pairs of claims from different sources for the same actor, metric, "
                "unit, place (both unnamed counts as the same) and ISO week, both running "
                "totals or both not (an incident is not compared with a total), whose intervals "
                f"cannot both hold and whose values differ by a factor of "
                f"{DISAGREEMENT_FACTOR:g} or more: the lower claim's highest allowed value "
                f"times {DISAGREEMENT_FACTOR:g} is still at or below the higher claim's "
                "lowest value.",
    sql=f"""
SELECT [a.claim_id, b.claim_id] AS claim_ids,
       a.actor || ' ' || a.metric || coalesce(' in ' || a.location, '') || ', week of ' ||
       a.period || ': ' || a.source || ' says ' || a.value || ', ' || b.source ||
       ' says ' || b.value AS details
FROM {COMPARABLE} a JOIN {COMPARABLE} b
  ON a.actor = b.actor AND a.metric = b.metric AND a.unit IS NOT DISTINCT FROM b.unit
 AND a.location IS NOT DISTINCT FROM b.location AND a.period = b.period
 AND a.source <> b.source AND {is_total("a")} = {is_total("b")}
WHERE {HIGH_END.format(t='a')} > 0
  AND {HIGH_END.format(t='a')} * {DISAGREEMENT_FACTOR} <= b.value
ORDER BY a.actor, a.metric, a.period
""")

CHECKS: dict[str, ConsistencyCheck] = {
    c.name: c for c in (KILLED_ABOVE_TOTAL, CUMULATIVE_DECREASE, OUTLIER, SOURCES_DISAGREE)
}


def run_check(con: duckdb.DuckDBPyConnection, name: str, run_id: str) -> CheckOutcome:
    """Run one consistency check over `claims_timeline` and record what it flags."""
    check = CHECKS[name]
    found: pd.DataFrame = con.execute(check.sql).df()
    sql = failures_sql(name, run_id)
    record(con, name, "claims_timeline", run_id, "WARN", found, sql)
    return CheckOutcome(name, "claims_timeline", "WARN", found.empty, len(found),
                        found.head(10), sql, explanation=check.explanation)
