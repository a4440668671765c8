"""End to end in a real browser: the Dagster UI over a warehouse built from the sample
corpus, and the HTML report opened from disk.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright; skips where it
is missing. Screenshots go to a temporary folder (printed) and are copied to
data/ui-screenshots/.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import dagster as dg
import pytest

from tests.conftest import ROOT, SAMPLE

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
ASSETS_BY_GROUP = {
    "ingest": ["documents", "ingest_log"],
    "extract": ["claims_extracted"],
    "validate": ["claims", "claims_rejected"],
    "analytics": ["claims_timeline", "claim_estimates", "claim_conflicts", "source_summary",
                  "analyst_copy", "timeline_charts"],
}
SERVER_TIMEOUT = 90
RUN_TIMEOUT = 120
UI_TIMEOUT_MS = 30_000

if os.environ.get("CLAIMLEDGER_REQUIRE_BROWSER") and not CHROMIUM.exists():
    raise RuntimeError(f"{CHROMIUM} is required here (CLAIMLEDGER_REQUIRE_BROWSER is set)")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} not installed (apt-get install -y chromium); browser tests skipped")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 5) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as r:  # noqa: S310 (local server)
        return r.read()


def _graphql(base: str, query: str) -> dict:
    req = urllib.request.Request(f"{base}/graphql", data=json.dumps({"query": query}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:  # noqa: S310 (local server)
        return json.loads(r.read())["data"]


def _wait(what: str, probe, timeout: float, proc: subprocess.Popen | None = None,
          log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"{what}: server exited ({proc.returncode}); log:\n"
                        + (log.read_text()[-3000:] if log else ""))
        try:
            value = probe()
        except OSError:
            value = None
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout}s waiting for {what}")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ui-screenshots")
    yield folder
    keep = ROOT / "data" / "ui-screenshots"
    keep.mkdir(parents=True, exist_ok=True)
    for png in folder.glob("*.png"):
        shutil.copy(png, keep / png.name)
    print(f"\nscreenshots: {folder} (copied to {keep})")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory):
    """The sample corpus run into a temporary warehouse and DAGSTER_HOME: (folder, env)."""
    from assets.runner import run_input
    from pipeline.config import Settings, state_dir_for

    folder = tmp_path_factory.mktemp("ui")
    home = folder / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    db = folder / "ledger.duckdb"
    settings = Settings(db_path=db, inbox=folder / "inbox", state_dir=state_dir_for(db))
    with dg.DagsterInstance.from_config(str(home)) as inst:
        summary = run_input(SAMPLE, settings, dagster_instance=inst)
    assert summary.success and "sources_disagree" in summary.failed_checks
    env = {**os.environ, "DAGSTER_HOME": str(home), "CLAIMLEDGER_DB": str(db),
           "CLAIMLEDGER_INBOX": str(settings.inbox)}
    env.pop("CLAIMLEDGER_STATE", None)
    return folder, env


@pytest.fixture(scope="module")
def server(warehouse):
    """`dagster dev` (webserver and daemon) on a free port; yields its base URL."""
    folder, env = warehouse
    port = _free_port()
    log = folder / "dagster-dev.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "dagster"), "dev", "-w", "workspace.yaml",
             "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait("the Dagster webserver", lambda: _get(f"{base}/server_info"), SERVER_TIMEOUT,
              proc, log)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the group of the process started above
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright not installed (pip install -e .[dev])")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    context.set_default_timeout(UI_TIMEOUT_MS)
    pg = context.new_page()
    yield pg
    context.close()


def _skip_welcome(page) -> None:
    """The first visit shows a 'Join the Dagster community' dialog; skip it if present."""
    skip = page.get_by_role("button", name="Skip")
    try:
        skip.wait_for(timeout=5000)
        skip.click()
    except Exception:  # noqa: BLE001 (not shown: nothing to do)
        pass


def test_dagster_ui(server, warehouse, page, shots) -> None:
    from playwright.sync_api import expect

    from pipeline.storage.readers import connect_readonly

    folder, _ = warehouse

    # every asset, group by group
    for i, (group, assets) in enumerate(ASSETS_BY_GROUP.items()):
        page.goto(f"{server}/locations/claimledger/asset-groups/{group}/list")
        if i == 0:
            _skip_welcome(page)
        for asset in assets:
            expect(page.locator(f'a[href="/assets/{asset}"]').first).to_be_visible()
        page.screenshot(path=shots / f"1-assets-{group}.png", full_page=True)
    page.goto(f"{server}/asset-groups")
    expect(page.get_by_text("analytics").first).to_be_visible()
    page.screenshot(path=shots / "1-lineage.png")

    # launch the refresh_analytics job from the UI and wait for its run to succeed
    page.goto(f"{server}/locations/claimledger/jobs/refresh_analytics")
    page.get_by_role("button", name="Materialize all").click()

    def run_status():
        runs = _graphql(server, '{ runsOrError(filter: {pipelineName: "refresh_analytics"}) '
                                "{ ... on Runs { results { runId status } } } }")
        results = runs["runsOrError"]["results"]
        if results and results[0]["status"] in ("SUCCESS", "FAILURE", "CANCELED"):
            return results[0]
        return None

    run = _wait("the refresh_analytics run", run_status, RUN_TIMEOUT)
    page.goto(f"{server}/runs/{run['runId']}")
    expect(page.get_by_text("Success").first).to_be_visible()
    page.screenshot(path=shots / "2-run.png")
    assert run["status"] == "SUCCESS"

    # the failed WARN check, with its failure count and sample rows
    con = connect_readonly(folder / "ledger.duckdb")
    try:
        n_failures, = con.execute(
            "SELECT n_failures FROM check_runs WHERE check_name = 'sources_disagree' "
            "AND run_id = ?", [run["runId"]]).fetchone()
        details = con.execute("SELECT details FROM check_failures WHERE "
                              "check_name = 'sources_disagree' AND run_id = ?",
                              [run["runId"]]).fetchall()
    finally:
        con.close()
    assert n_failures >= 1 and details
    page.goto(f"{server}/assets/claims_timeline?view=checks&checkDetail=sources_disagree")
    expect(page.get_by_text(f"{n_failures} failure(s)").first).to_be_visible()
    expect(page.get_by_text("Failed").first).to_be_visible()
    page.screenshot(path=shots / "3-check.png")
    page.locator("tr", has_text="sample").get_by_text("[Show Markdown]").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(str(details[0][0])[:25])
    page.wait_for_timeout(500)  # let the dialog finish fading in before the screenshot
    page.screenshot(path=shots / "3-check-sample.png")

    # the charts in the timeline_charts materialization's metadata
    page.goto(f"{server}/assets/timeline_charts")
    page.locator("tr", has_text="charts").get_by_text("[Show Markdown]").click()
    img = page.get_by_role("dialog").locator("img").first
    expect(img).to_be_visible()
    assert img.evaluate("i => i.naturalWidth") > 100
    page.wait_for_timeout(500)
    page.screenshot(path=shots / "4-charts-metadata.png")

    # the schedule and the sensor
    page.goto(f"{server}/automation")
    expect(page.get_by_text("daily_analytics", exact=True)).to_be_visible()
    expect(page.get_by_text("inbox_sensor", exact=True)).to_be_visible()
    page.screenshot(path=shots / "5-automation.png")


def test_report_opens_from_disk(warehouse, page, shots) -> None:
    from playwright.sync_api import expect

    from pipeline.report.html import write_report

    folder, _ = warehouse
    path, n_charts = write_report(folder / "ledger.duckdb", folder / "report")
    assert n_charts >= 1
    page.goto(path.resolve().as_uri())
    expect(page.get_by_role("heading", name="ClaimLedger report")).to_be_visible()
    images = page.locator("figure.chart img")
    expect(images).to_have_count(n_charts)
    widths = images.evaluate_all("imgs => imgs.map(i => i.complete && i.naturalWidth)")
    assert all(w and w > 100 for w in widths), widths
    assert page.locator("table.claim_estimates tbody tr").count() >= 1
    assert page.locator("table.claim_conflicts tbody tr").count() >= 1
    expect(page.get_by_text("sources_disagree").first).to_be_visible()
    page.screenshot(path=shots / "6-report.png", full_page=True)
