"""Charts, the HTML report and the progress line."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from pipeline import progress
from pipeline.cli import main
from pipeline.report import charts
from pipeline.report.html import render_page
from pipeline.storage.readers import connect_readonly

PNG = b"\x89PNG\r\n\x1a\n"


def test_run_writes_charts_next_to_the_database(sample_run) -> None:
    settings, _ = sample_run
    folder = charts.charts_dir_for(settings.db_path)
    pngs = sorted(folder.glob("*.png"))
    assert pngs and all(p.read_bytes().startswith(PNG) for p in pngs)
    assert pngs[0].name == "01-north-korea--killed.png"  # the group with the most claims


def test_groups_need_two_dated_claims_and_are_capped() -> None:
    rows = [("A", "killed", "s1", "2025-01-01", 10.0), ("A", "killed", "s2", "2025-01-02", 20.0),
            ("B", "killed", "s1", "2025-01-01", 5.0), ("B", "killed", "s1", None, 6.0),
            ("C", "other", "s1", "2025-01-01", 1.0), ("C", "other", "s1", "2025-01-03", 2.0)]
    frame = pd.DataFrame(rows, columns=["actor", "metric", "source", "claim_date", "value"])
    groups = charts.select_groups(frame)
    assert [(g.actor, g.metric, g.n_claims, g.n_sources) for g in groups] == [
        ("A", "killed", 2, 2)]
    assert charts.select_groups(frame, min_claims=1, top=1)[0].actor == "A"


def test_unchanged_charts_are_not_drawn_again(tmp_path: Path, monkeypatch) -> None:
    def frame(values: list[float]) -> pd.DataFrame:
        n = len(values)
        return pd.DataFrame({
            "actor": ["X"] * 2 + ["Y"] * (n - 2), "metric": "killed",
            "source": [f"s{i}" for i in range(n)],
            "claim_date": pd.to_datetime([f"2025-01-0{i + 1}" for i in range(n)]),
            "value": values, "value_high": None, "bound": "exact", "unit": "soldier",
            "hedged": False, "claim_id": [str(i) for i in range(n)]})

    first = charts.render_all(frame([1.0, 2.0, 3.0, 4.0]), tmp_path)
    drawn: list[str] = []
    real = charts.render_group

    def counting(rows: pd.DataFrame, group: charts.ChartGroup, **kw: object) -> bytes:
        drawn.append(group.actor)
        return real(rows, group, **kw)

    monkeypatch.setattr(charts, "render_group", counting)
    again = charts.render_all(frame([1.0, 2.0, 3.0, 4.0]), tmp_path)
    assert drawn == [] and [c.png for c in again] == [c.png for c in first]
    charts.render_all(frame([1.0, 2.0, 3.0, 9.0]), tmp_path)  # only Y's claims changed
    assert drawn == ["Y"]
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [c.path.name for c in first]


def test_value_text_reads_like_the_claim() -> None:
    assert charts.value_text(100, None, "lower") == "≥ 100"
    assert charts.value_text(3_000_000, None, "upper") == "≤ 3M"
    assert charts.value_text(1000, 2000, "range") == "1,000–2,000"
    assert charts.value_text(41_900, None, "approx") == "≈ 41,900"


def test_render_every_bound_and_a_log_scale() -> None:
    frame = pd.DataFrame({
        "actor": "X", "metric": "killed", "source": ["a", "b", "c", "d", None],
        "claim_date": pd.to_datetime(["2025-01-01", "2025-01-05", "2025-01-05",
                                      "2025-02-01", "2025-03-01"]),
        "value": [10.0, 100.0, 5000.0, 20.0, 300.0], "value_high": [None, None, None, 40.0, None],
        "bound": ["exact", "lower", "upper", "range", "approx"], "unit": "soldier",
        "hedged": [False, False, True, False, False], "claim_id": list("12345")})
    [chart] = charts.render_all(frame)
    assert chart.png.startswith(PNG) and chart.group.title == "X — killed"


def test_report_has_charts_tables_and_failed_checks(sample_run, tmp_path: Path) -> None:
    settings, summary = sample_run
    assert main(["report", "--db", str(settings.db_path), "--out", str(tmp_path)]) == 0
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') >= 1
    assert '<table class="claim_estimates">' in page
    assert '<table class="claim_conflicts">' in page
    for name in summary.failed_checks:
        assert f"<b>{name}</b>" in page


def test_report_escapes_values_from_the_data(sample_run) -> None:
    settings, _ = sample_run
    con = connect_readonly(settings.db_path)
    try:
        est = con.execute("SELECT * FROM claim_estimates LIMIT 1").df()
    finally:
        con.close()
    est["sources"] = "<script>alert(1)</script>"
    checks = pd.DataFrame([{"check_name": "<img src=x>", "asset": "claims_timeline",
                            "severity": "WARN", "n_failures": 1, "sql": "select '<b>'"}])
    rows = pd.DataFrame([{"check_name": "<img src=x>", "claim_ids": ["<i>"],
                          "details": "a & <b>b</b>"}])
    page = render_page("<db>", {"estimates": (est, 1), "conflicts": (pd.DataFrame(), 0),
                                "counts": {"documents": 1, "claims": 1}, "run_id": "<r>",
                                "checks": checks, "check_rows": rows}, [])
    assert "<script>" not in page and "<img src=x>" not in page and "<b>b</b>" not in page
    assert "&lt;script&gt;" in page and "a &amp; &lt;b&gt;b&lt;/b&gt;" in page


def test_progress_on_a_terminal_redraws_one_line() -> None:
    now = [0.0]
    stream = io.StringIO()
    display = progress.Display(stream, tty=True, clock=lambda: now[0])
    with progress.show(display):
        report = progress.for_extract(100, clock=lambda: now[0])
        for docs in range(1, 101):
            now[0] += 0.1
            report(docs, docs * 2)
    text = stream.getvalue()
    assert text.count("\r\x1b[2K") > 10
    assert "about" in text and "docs/s" in text
    assert text.rstrip().endswith("extract: 100/100 documents (100%), 200 claims, "
                                  "10.0 docs/s, in 10 s")


def test_progress_elsewhere_is_quiet_for_short_runs_and_line_oriented_for_long() -> None:
    for step, expect_lines in ((0.01, 0), (1.0, 4)):
        now = [0.0]

        def clock(now: list[float] = now) -> float:
            return now[0]

        stream = io.StringIO()
        logged: list[str] = []
        with progress.show(progress.Display(stream, tty=False, clock=clock)):
            report = progress.for_extract(100, logged.append, clock=clock,
                                          log_every_seconds=1e9, log_every_docs=50)
            for docs in range(1, 101):
                now[0] += step
                report(docs, 0)
        lines = stream.getvalue().splitlines()
        assert "\r" not in stream.getvalue()
        assert len(lines) == expect_lines, lines
        assert len(logged) == 2 and logged[-1].startswith("extract: 100/100")
