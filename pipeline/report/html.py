"""`claimledger report`: one self-contained HTML file a browser opens without a server.

The charts are embedded as base64 PNGs, the styles are inline, there is no
script; every value from the data is HTML-escaped. The database is opened
read-only (and locked down), so a report can be made while nothing else runs
and never changes the warehouse.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from pathlib import Path

import pandas as pd

from pipeline.report import charts
from pipeline.storage.readers import connect_readonly, failed_checks

#: rows shown per table (the rest are counted)
MAX_ROWS = 300
#: failing rows shown per check
MAX_CHECK_ROWS = 25

ESTIMATE_COLUMNS = ["actor", "metric", "location", "period", "low", "best", "high",
                    "n_sources", "sources"]
CONFLICT_COLUMNS = ["actor", "metric", "location", "period", "source_a", "value_a",
                    "source_b", "value_b", "ratio"]

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
       max-width: 1180px; padding: 1.2em 1.5em 3em; color: #1d1d1d; }
h1 { margin-bottom: .1em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
.meta, .note { color: #555; font-size: 13px; }
nav a { margin-right: 1.2em; }
figure { margin: 1.5em 0; } figure img { max-width: 100%; border: 1px solid #e3e3e3; }
table { border-collapse: collapse; font-size: 13px; margin: .6em 0; }
th, td { border-bottom: 1px solid #e6e6e6; padding: .25em .6em; text-align: left;
         vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.check { margin: 1.2em 0; padding: .6em 1em; border-left: 4px solid #d08c00;
         background: #fffaf0; }
.check.ERROR { border-color: #c62828; background: #fff5f5; }
.sev { font-weight: bold; } code { font-size: 12px; white-space: pre-wrap; }
"""


def write_report(db_path: str | Path, out_dir: str | Path, *,
                 top: int = charts.TOP_GROUPS) -> tuple[Path, int]:
    """Write `out_dir/index.html`; returns its path and the number of charts."""
    con = connect_readonly(db_path)
    try:
        data = _load(con)
    finally:
        con.close()
    made = charts.render_all(data["timeline"], None, top=top)
    page = render_page(db_path, data, made)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path, len(made)


def _load(con) -> dict:
    def table(name: str, columns: list[str]) -> tuple[pd.DataFrame, int]:
        exists = con.execute("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = ?", [name]).fetchone()[0]
        if not exists:
            return pd.DataFrame(columns=columns), 0
        total = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        frame = con.execute(f"SELECT {', '.join(columns)} FROM {name} LIMIT {MAX_ROWS}").df()
        return frame, total

    has_timeline = con.execute("SELECT count(*) FROM information_schema.tables "
                               "WHERE table_name = 'claims_timeline'").fetchone()[0]
    timeline = charts.load_timeline(con) if has_timeline else pd.DataFrame()
    estimates = table("claim_estimates", ESTIMATE_COLUMNS)
    conflicts = table("claim_conflicts", CONFLICT_COLUMNS)
    counts = {}
    for name in ("documents", "claims"):
        counts[name] = table(name, ["1 AS one"])[1]
    has_checks = con.execute("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = 'check_runs'").fetchone()[0]
    run_id, checks, rows = (failed_checks(con) if has_checks
                            else (None, pd.DataFrame(), pd.DataFrame()))
    return {"timeline": timeline, "estimates": estimates, "conflicts": conflicts,
            "counts": counts, "run_id": run_id, "checks": checks, "check_rows": rows}


def render_page(db_path: str | Path, data: dict, made: list[charts.Chart]) -> str:
    e = html.escape
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>ClaimLedger report</title>", f"<style>{CSS}</style></head><body>",
        "<h1>ClaimLedger report</h1>",
        f'<p class="meta">database <code>{e(str(db_path))}</code> · made {e(stamp)} · '
        f'{data["counts"]["documents"]:,} documents · {data["counts"]["claims"]:,} claims'
        + (f' · latest checked run <code>{e(str(data["run_id"]))}</code>'
           if data["run_id"] else "") + "</p>",
        '<nav><a href="#charts">Charts</a><a href="#estimates">Estimates</a>'
        '<a href="#conflicts">Conflicts</a><a href="#checks">Failed checks</a></nav>',
    ]
    parts += _charts_section(made)
    est, n_est = data["estimates"]
    parts += ['<h2 id="estimates">Estimates across sources</h2>',
              '<p class="note">Per actor, metric, place and week: the lowest and highest '
              "figure any credible source allows, and the median of the sources' largest "
              "figures (best).</p>",
              _table(est, n_est, "claim_estimates")]
    con_, n_con = data["conflicts"]
    parts += ['<h2 id="conflicts">Where sources disagree</h2>',
              '<p class="note">Pairs of claims from different sources for the same actor, '
              "metric, place and week whose values differ by a factor of 2 or more.</p>",
              _table(con_, n_con, "claim_conflicts")]
    parts += _checks_section(data["run_id"], data["checks"], data["check_rows"])
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _charts_section(made: list[charts.Chart]) -> list[str]:
    out = ['<h2 id="charts">Timelines</h2>',
           '<p class="note">One chart per actor and metric with at least '
           f"{charts.MIN_CLAIMS} dated claims (the {charts.TOP_GROUPS} with the most "
           "claims). Colour: source. Marker: dot exact, diamond about, up triangle with an "
           "arrow up &ldquo;at least&rdquo;, down triangle &ldquo;up to&rdquo;, bar a range; "
           "hollow markers are hedged claims.</p>"]
    if not made:
        out.append("<p>No actor and metric has enough dated claims for a chart.</p>")
    for chart in made:
        data = base64.b64encode(chart.png).decode("ascii")
        title = html.escape(chart.group.title)
        out.append(f'<figure class="chart"><img alt="{title}" '
                   f'src="data:image/png;base64,{data}"></figure>')
    return out


def _checks_section(run_id, checks: pd.DataFrame, rows: pd.DataFrame) -> list[str]:
    e = html.escape
    out = ['<h2 id="checks">Failed checks of the latest run</h2>']
    if run_id is None:
        return out + ["<p>No checks have run yet.</p>"]
    if checks.empty:
        return out + [f"<p>Every check of run <code>{e(str(run_id))}</code> passed.</p>"]
    out.append(f'<p class="note">Run <code>{e(str(run_id))}</code>: {len(checks)} failed '
               "check(s). WARN checks flag claims that cannot all be right; they do not "
               "stop a run.</p>")
    for c in checks.itertuples(index=False):
        sev = str(c.severity)
        out.append(f'<div class="check {e(sev)}"><p><span class="sev">[{e(sev)}]</span> '
                   f"<b>{e(str(c.check_name))}</b> on <code>{e(str(c.asset))}</code>: "
                   f"{int(c.n_failures):,} failure(s)</p>")
        mine = rows[rows["check_name"] == c.check_name]
        if not mine.empty:
            out.append("<ul>")
            for r in mine.head(MAX_CHECK_ROWS).itertuples(index=False):
                ids = ", ".join(r.claim_ids) if r.claim_ids is not None else ""
                out.append(f"<li>{e(str(r.details))}"
                           + (f' <span class="meta">[{e(ids)}]</span>' if ids else "")
                           + "</li>")
            out.append("</ul>")
            if len(mine) > MAX_CHECK_ROWS:
                out.append(f'<p class="note">{len(mine) - MAX_CHECK_ROWS:,} more; '
                           "<code>claimledger failures</code> lists them all.</p>")
        out.append(f"<details><summary>SQL that lists them</summary>"
                   f"<code>{e(str(c.sql))}</code></details></div>")
    return out


def _table(frame: pd.DataFrame, total: int, name: str) -> str:
    if frame.empty:
        return f"<p>No rows in <code>{name}</code>.</p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = "".join(_cell(v) for v in row)
        body.append(f"<tr>{cells}</tr>")
    more = (f'<p class="note">Showing {len(frame):,} of {total:,} rows; '
            f"<code>claimledger sql</code> shows the rest.</p>" if total > len(frame) else "")
    return (f'<table class="{name}"><thead><tr>{head}</tr></thead><tbody>'
            + "\n".join(body) + f"</tbody></table>{more}")


def _cell(value: object) -> str:
    if value is None or (not isinstance(value, str | list) and pd.isna(value)):
        return "<td></td>"
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"
        return f'<td class="num">{text}</td>'
    if isinstance(value, pd.Timestamp | dt.date):
        return f"<td>{value:%Y-%m-%d}</td>"
    return f"<td>{html.escape(str(value))}</td>"
