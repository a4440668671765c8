"""Timeline charts: one PNG per actor and metric, next to the database."""

import base64

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.resources import WRITER_POOL
from pipeline.report import charts

#: charts embedded in the materialization's metadata (the rest are in the folder)
EMBEDDED = 4


@dg.asset(deps=["claims_timeline"], group_name="analytics", kinds={"duckdb", "matplotlib"},
          pool=WRITER_POOL,
          description="Per actor and metric (the groups with the most dated claims), each "
                      "source's claims over time with their bounds, as PNGs in "
                      "`<db>.charts/` next to the database.")
def timeline_charts(duckdb: DuckDBResource) -> dg.MaterializeResult:
    with duckdb.get_connection() as con:  # short: read, then render without the connection
        frame = charts.load_timeline(con)
    folder = charts.charts_dir_for(duckdb.database)
    made = charts.render_all(frame, folder)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(made),
        "folder": dg.MetadataValue.path(str(folder)),
        "charts": dg.MetadataValue.md(charts_markdown(made)),
    })


def charts_markdown(made: list[charts.Chart], embedded: int = EMBEDDED) -> str:
    if not made:
        return f"No actor and metric has {charts.MIN_CLAIMS} or more dated claims yet."
    lines = []
    for chart in made[:embedded]:
        data = base64.b64encode(chart.png).decode("ascii")
        lines += [f"**{chart.group.title}** ({chart.group.n_claims} claims)", "",
                  f"![{chart.group.title}](data:image/png;base64,{data})", ""]
    rest = [c.path.name for c in made[embedded:] if c.path is not None]
    if rest:
        lines.append("More in the folder: " + ", ".join(f"`{name}`" for name in rest))
    return "\n".join(lines)
