"""Timeline charts from `claims_timeline`: one PNG per actor and metric.

Plain matplotlib on the Agg canvas (no pyplot, no display, no Dagster), so the
same code serves the `timeline_charts` asset and `claimledger report`.

What a chart shows, for one actor and metric:

- x: the claim's date (the date it refers to, else the article's publication
  date); claims with neither cannot be placed and are counted in the footer.
- y: the claimed value; a log scale when the values span more than two orders
  of magnitude, so "at least 100" and "90,000" both stay readable.
- colour: the source (the most frequent ones; the rest share grey).
- marker: the bound. exact = dot, about = diamond, at least = up triangle with
  an arrow up (the true value may be higher), up to = down triangle with an
  arrow down, range = a bar from the low to the high figure. Hollow markers
  are hedged claims ("reportedly", "may").
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, DateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter
from matplotlib.transforms import Bbox

#: a group needs this many dated claims to get a chart
MIN_CLAIMS = 2
#: at most this many charts, the groups with the most claims first
TOP_GROUPS = 12
#: sources with their own colour; the others share grey
MAX_SOURCES = 8
#: a log scale when max / min of the values exceeds this (two orders of magnitude)
LOG_SPAN = 100.0
#: charts with at most this many claims label each point with its value
MAX_LABELS = 30
#: metrics left out: "other" mixes unrelated quantities (troops, kilometres, ...)
SKIP_METRICS = ("other",)

TIMELINE_SQL = """
SELECT actor, metric, source, claim_date, value, value_high, bound, unit, hedged, claim_id
FROM claims_timeline
WHERE actor IS NOT NULL AND value IS NOT NULL AND value > 0
ORDER BY actor, metric, claim_date, source, claim_id
"""

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
           "#17becf"]
OTHER_COLOUR = "#9a9a9a"
#: bound -> (marker, legend text)
MARKERS = {
    "exact": ("o", "exact"),
    "approx": ("D", "about (approximate)"),
    "lower": ("^", "at least (arrow: may be higher)"),
    "upper": ("v", "up to (arrow: may be lower)"),
    "range": ("_", "range: bar from low to high"),
}


@dataclass(frozen=True)
class ChartGroup:
    """One actor and metric with enough dated claims for a chart."""

    actor: str
    metric: str
    n_claims: int
    n_sources: int
    n_undated: int

    @property
    def title(self) -> str:
        return f"{self.actor} — {metric_label(self.metric)}"

    @property
    def slug(self) -> str:
        text = f"{self.actor}--{self.metric}".lower()
        return re.sub(r"[^a-z0-9-]+", "-", text).strip("-")[:80] or "chart"


@dataclass(frozen=True)
class Chart:
    group: ChartGroup
    png: bytes
    path: Path | None = None


def metric_label(metric: str) -> str:
    return metric.replace("_", " ")


def charts_dir_for(db_path: str | Path) -> Path:
    """The folder of chart PNGs that belongs to one database file."""
    db = Path(db_path)
    return db.parent / f"{db.stem}.charts"


def load_timeline(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The claims a chart can show (with an actor and a positive value)."""
    return con.execute(TIMELINE_SQL).df()


def select_groups(frame: pd.DataFrame, *, min_claims: int = MIN_CLAIMS,
                  top: int = TOP_GROUPS) -> list[ChartGroup]:
    """Actor and metric groups with >= min_claims dated claims, most claims first."""
    if frame.empty:
        return []
    frame = frame[~frame["metric"].isin(SKIP_METRICS)]
    dated = frame["claim_date"].notna()
    stats = (frame.assign(dated=dated)
             .groupby(["actor", "metric"], sort=False)
             .agg(n_claims=("dated", "sum"), n_all=("dated", "size"))
             .reset_index())
    sources = (frame[dated].groupby(["actor", "metric"])["source"]
               .nunique(dropna=False).rename("n_sources").reset_index())
    stats = stats.merge(sources, on=["actor", "metric"], how="left").fillna({"n_sources": 0})
    stats = stats[stats["n_claims"] >= min_claims]
    stats = stats.sort_values(["n_claims", "actor", "metric"],
                              ascending=[False, True, True]).head(top)
    return [ChartGroup(actor=r.actor, metric=r.metric, n_claims=int(r.n_claims),
                       n_sources=int(r.n_sources), n_undated=int(r.n_all - r.n_claims))
            for r in stats.itertuples(index=False)]


def render_all(frame: pd.DataFrame, out_dir: str | Path | None = None, *,
               min_claims: int = MIN_CLAIMS, top: int = TOP_GROUPS,
               dpi: int = 100) -> list[Chart]:
    """Render every selected group; with out_dir, also write `NN-actor--metric.png`.

    A chart whose rows did not change since the last call with the same folder is
    not drawn again; PNGs no longer selected are removed, so the folder holds
    exactly this set.
    """
    groups = select_groups(frame, min_claims=min_claims, top=top)
    folder = Path(out_dir) if out_dir is not None else None
    cache = _Cache(folder)
    charts = []
    for i, group in enumerate(groups, start=1):
        rows = frame[(frame["actor"] == group.actor) & (frame["metric"] == group.metric)]
        name = f"{i:02d}-{group.slug}.png"
        key = _digest(rows, group, dpi)
        png = cache.get(name, key)
        if png is None:  # only groups whose claims changed are drawn again
            png = render_group(rows, group, dpi=dpi)
        charts.append(Chart(group=group, png=png,
                            path=cache.put(name, key, png) if folder is not None else None))
    cache.close()
    return charts


#: bump when the drawing changes, so cached PNGs are drawn again
RENDER_VERSION = "1"


def _digest(rows: pd.DataFrame, group: ChartGroup, dpi: int) -> str:
    """What a chart depends on: its rows, its group and the drawing code's version."""
    import hashlib

    h = hashlib.sha256(f"{RENDER_VERSION}|{group}|{dpi}".encode())
    ordered = rows.sort_values(list(rows.columns)).reset_index(drop=True)
    h.update(pd.util.hash_pandas_object(ordered, index=False).values.tobytes())
    return h.hexdigest()


class _Cache:
    """The chart folder with a manifest (file name -> digest). PNGs not written again
    in this round are removed when it closes, so the folder holds exactly this set."""

    MANIFEST = "charts.json"

    def __init__(self, folder: Path | None) -> None:
        import json

        self.folder = folder
        self.old: dict[str, str] = {}
        self.new: dict[str, str] = {}
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        manifest = folder / self.MANIFEST
        if manifest.is_file():
            try:
                self.old = json.loads(manifest.read_text(encoding="utf-8"))
            except ValueError:
                self.old = {}

    def get(self, name: str, key: str) -> bytes | None:
        if self.folder is None or self.old.get(name) != key:
            return None
        path = self.folder / name
        return path.read_bytes() if path.is_file() else None

    def put(self, name: str, key: str, png: bytes) -> Path:
        path = self.folder / name
        if self.old.get(name) != key or not path.is_file():
            path.write_bytes(png)
        self.new[name] = key
        return path

    def close(self) -> None:
        import json

        if self.folder is None:
            return
        for old in self.folder.glob("*.png"):
            if old.name not in self.new:
                old.unlink()
        (self.folder / self.MANIFEST).write_text(json.dumps(self.new, indent=1),
                                                 encoding="utf-8")


def render_group(rows: pd.DataFrame, group: ChartGroup, *, dpi: int = 100) -> bytes:
    """One chart as PNG bytes."""
    rows = rows[rows["claim_date"].notna()].copy()
    rows["claim_date"] = pd.to_datetime(rows["claim_date"])
    rows["value_high"] = rows["value_high"].where(rows["bound"] == "range")
    highs = pd.to_numeric(rows["value_high"], errors="coerce").fillna(rows["value"])
    lo, hi = float(rows["value"].min()), float(highs.max())
    log = hi / lo > LOG_SPAN

    fig = Figure(figsize=(10, 5.2), dpi=dpi, layout="constrained")
    fig.get_layout_engine().set(rect=(0, 0.045, 1, 0.955))  # room for the footer
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    colours = _source_colours(rows)
    rows["x"] = _dodged_dates(rows)
    dodged = rows["claim_date"].duplicated().any()
    label_points = len(rows) <= MAX_LABELS
    mixed_units = rows["unit"].nunique() > 1
    labels = []
    arrow = _arrow_length(lo, hi, log)
    for r in rows.itertuples(index=False):
        colour = colours.get(_source_key(r.source), OTHER_COLOUR)
        _plot_claim(ax, r, colour, arrow, log)
        if label_points:
            text = value_text(r.value, r.value_high, r.bound)
            if mixed_units and isinstance(r.unit, str):
                text += f" {r.unit}"
            labels.append(ax.annotate(text, (r.x, r.value), xytext=(7, 0),
                                      textcoords="offset points", fontsize=7.5,
                                      color=colour, va="center", ha="left", zorder=5))

    _axes(ax, rows, group, log)
    _legends(ax, rows, colours)
    _hide_overlaps(fig, ax, labels)
    fig.text(0.005, 0.005, _footer(group, log, dodged), fontsize=8, color="#555555",
             ha="left", va="bottom")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def _hide_overlaps(fig: Figure, ax, labels: list) -> None:
    """Drop a value label that would overprint a marker or a label already placed."""
    if not labels:
        return
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    r = 4.5 * fig.dpi / 72  # a marker's radius in pixels
    placed = [Bbox.from_extents(x - r, y - r, x + r, y + r)
              for x, y in ax.transData.transform([lb.xy for lb in labels])]
    for label in labels:
        box = label.get_window_extent(renderer).expanded(1.05, 1.1)
        if any(box.overlaps(other) for other in placed):
            label.set_visible(False)
        else:
            placed.append(box)


def _source_colours(rows: pd.DataFrame) -> dict[str, str]:
    counts = rows["source"].fillna("(no source)").value_counts(sort=False)
    order = sorted(counts.index, key=lambda s: (-counts[s], s))
    return {s: PALETTE[i] for i, s in enumerate(order[:MAX_SOURCES])}


def _dodged_dates(rows: pd.DataFrame) -> pd.Series:
    """Matplotlib date numbers, claims on one date spread a little apart side by side."""
    x = pd.Series(date2num(rows["claim_date"].to_numpy()), index=rows.index)
    span = max(x.max() - x.min(), 14.0)
    step = span * 0.012
    for _, idx in rows.groupby("claim_date").groups.items():
        n = len(idx)
        if n > 1:
            offsets = [(i - (n - 1) / 2) * step for i in range(n)]
            x.loc[list(idx)] = x.loc[list(idx)] + offsets
    return x


def _arrow_length(lo: float, hi: float, log: bool) -> float:
    """How far an "at least" / "up to" arrow reaches: a factor on log, a span on linear."""
    if log:
        return max((hi / lo) ** 0.08, 1.6)
    return max((hi - lo) * 0.12, hi * 0.08)


def _plot_claim(ax, r, colour: str, arrow: float, log: bool) -> None:
    marker = MARKERS.get(r.bound, MARKERS["exact"])[0]
    face = "white" if r.hedged else colour
    v = float(r.value)
    if r.bound == "range" and not pd.isna(r.value_high):
        ax.errorbar([r.x], [v], yerr=[[0.0], [float(r.value_high) - v]], fmt="none",
                    ecolor=colour, elinewidth=2.2, capsize=6, capthick=2.2, zorder=3)
        return
    if r.bound in ("lower", "upper"):
        up = r.bound == "lower"
        length = (v * arrow - v) if log and up else (v - v / arrow) if log else arrow
        if not up and not log:
            length = min(length, v * 0.9)  # never below zero on a linear axis
        yerr = [[0.0], [length]] if up else [[length], [0.0]]
        ax.errorbar([r.x], [v], yerr=yerr, lolims=up, uplims=not up, fmt="none",
                    ecolor=colour, elinewidth=1.2, capsize=4, alpha=0.85, zorder=2)
    ax.plot([r.x], [v], linestyle="none", marker=marker, markersize=8 if marker != "D" else 7,
            markerfacecolor=face, markeredgecolor=colour, markeredgewidth=1.6, zorder=4)


def _axes(ax, rows: pd.DataFrame, group: ChartGroup, log: bool) -> None:
    ax.set_title(group.title, loc="left", fontsize=14, fontweight="bold")
    ax.set_xlabel("claim date (date referred to, else publication date)")
    units = [u for u in rows["unit"].dropna().value_counts().index[:3]]
    label = "claimed " + ("amount" if group.metric == "money" else "number")
    ax.set_ylabel(label + (f" ({', '.join(units)})" if units else ""))
    days = (rows["claim_date"].max() - rows["claim_date"].min()).days
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
    # every tick names its year: a reader should not have to infer it
    ax.xaxis.set_major_formatter(DateFormatter(
        "%Y" if days > 4 * 365 else "%b %Y" if days > 60 else "%-d %b %Y"))
    if days == 0:
        centre = rows["x"].mean()
        ax.set_xlim(centre - 7, centre + 7)
    if log:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10))
        ax.yaxis.set_minor_formatter(NullFormatter())
    else:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: _human(y)))
    ax.grid(True, which="major", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _legends(ax, rows: pd.DataFrame, colours: dict[str, str]) -> None:
    """One legend right of the plot: the sources (colour), then the markers (bound)."""
    def header(text: str) -> Line2D:
        return Line2D([], [], linestyle="none", marker="none", label=text)

    handles = [header("source")]
    handles += [Line2D([], [], linestyle="none", marker="s", markersize=9,
                       markerfacecolor=c, markeredgecolor=c, label=_short(s))
                for s, c in colours.items()]
    if rows["source"].map(lambda s: _source_key(s) not in colours).any():
        handles.append(Line2D([], [], linestyle="none", marker="s", markersize=9,
                              markerfacecolor=OTHER_COLOUR, markeredgecolor=OTHER_COLOUR,
                              label="other sources"))
    handles += [header(""), header("marker")]
    handles += [_bound_handle(b) for b in MARKERS if (rows["bound"] == b).any()]
    if rows["hedged"].fillna(False).any():
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=8,
                              markerfacecolor="white", markeredgecolor="#333333",
                              label="hollow: hedged (reportedly, may)"))
    legend = ax.get_figure().legend(handles=handles, loc="outside right upper", fontsize=8,
                                    frameon=False, alignment="left", handletextpad=0.6)
    for text in legend.get_texts():
        if text.get_text() in ("source", "marker"):
            text.set_fontweight("bold")
            text.set_fontsize(9)


def _bound_handle(bound: str):
    marker, label = MARKERS[bound]
    grey = "#333333"
    if bound == "range":
        return Line2D([], [], linestyle="none", marker="|", markersize=14,
                      markeredgewidth=2.2, color=grey, label=label)
    return Line2D([], [], linestyle="none", marker=marker, markersize=8, color=grey,
                  markerfacecolor=grey, label=label)


def _footer(group: ChartGroup, log: bool, dodged: bool) -> str:
    parts = [f"{group.n_claims} dated claim{'s' if group.n_claims != 1 else ''} "
             f"from {group.n_sources} source{'s' if group.n_sources != 1 else ''}"]
    if log:
        parts.append("log scale (values span more than 100x)")
    if group.n_undated:
        parts.append(f"{group.n_undated} claim{'s' if group.n_undated != 1 else ''} "
                     "without a date not shown")
    if dodged:
        parts.append("claims of the same day are drawn side by side")
    return "  ·  ".join(parts)


def _source_key(source: object) -> str:
    if source is None or (isinstance(source, float) and math.isnan(source)):
        return "(no source)"
    return str(source)


def source_label(source: object) -> str:
    """How a source is named on a chart; "<article>" is the article's own statement."""
    key = _source_key(source)
    return "the article (no source named)" if key == "<article>" else key


def _short(text: object, width: int = 32) -> str:
    s = source_label(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def value_text(value: float, value_high: float | None, bound: str) -> str:
    """The claim as a reader would say it: "≥ 100", "≈ 300", "≤ 3M", "1,000–2,000"."""
    v = _human(float(value), exact=True)
    if bound == "range" and value_high is not None and not pd.isna(value_high):
        return f"{v}–{_human(float(value_high), exact=True)}"
    return {"lower": "≥ ", "upper": "≤ ", "approx": "≈ "}.get(bound, "") + v


def _human(y: float, exact: bool = False) -> str:
    """1,000 / 25,000 / 1.2M / 4B: readable tick labels (no 10^x)."""
    if y <= 0:
        return "0"
    for size, suffix in ((1e9, "B"), (1e6, "M")):
        if y >= size and not (exact and y % (size / 10)):
            return f"{y / size:,.1f}".rstrip("0").rstrip(".") + suffix
    if y < 1:
        return f"{y:g}"
    return f"{y:,.0f}"
