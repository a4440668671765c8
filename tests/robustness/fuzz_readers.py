"""Byte-level fuzzing of the file readers, driven by hypothesis.

    python tests/robustness/fuzz_readers.py --seconds 300

Writes random (and mutated sample) bytes to a file of each supported suffix,
ingests it and checks the invariants of `_support.check_invariants`: no
exception, one known outcome per row, reasons for rejections, normalised and
storable texts. A failing input is saved to tests/robustness/fuzz_crashes/, which
tests/robustness/test_fuzz_readers.py replays as regression tests. Exit status 1
when something failed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.robustness._support import SUFFIXES, check_invariants, ingest_bytes  # noqa: E402

CRASHES = Path(__file__).resolve().parent / "fuzz_crashes"
SAMPLE = ROOT / "sample" / "corpus"

#: fragments that steer random bytes towards the formats' interesting corners
TOKENS = [b"{", b"}", b"[", b"]", b'"text"', b'"id"', b'"date"', b":", b",", b'"', b"\\u",
          b"\\ud800", b"NaN", b"1e999", b"9" * 40, b"\n", b"\r\n", b"\x00", b"<script>",
          b"</script>", b"<p>", b"<title>", b"&nbsp;", b"&#0;", b"&#xd800;", b"<!--", b"# ",
          b"**", b"id,text\n", b'"a""b"', b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x93",
          b"\x81", b"\xc3", b"\xe2\x80\xaf", b"\xe2\x80\x8b", b"\xcc\x81"]


def seeds() -> list[bytes]:
    return [p.read_bytes()[:4000] for p in sorted(SAMPLE.rglob("*")) if p.is_file()]


def inputs() -> st.SearchStrategy[bytes]:
    pieces = st.lists(st.one_of(st.sampled_from(TOKENS), st.binary(max_size=8),
                                st.text(max_size=8).map(lambda t: t.encode())), max_size=40)
    mutated = st.tuples(st.sampled_from(seeds() or [b""]), st.integers(0, 4000),
                        st.integers(0, 64), st.binary(max_size=16)).map(
        lambda t: t[0][:t[1]] + t[3] + t[0][t[1] + t[2]:])
    return st.one_of(st.binary(max_size=512), pieces.map(b"".join), mutated)


def check(data: bytes, suffix: str) -> None:
    """The fuzz target: one input, every invariant."""
    docs, log = ingest_bytes(data, suffix)
    check_invariants(docs, log, suffix)


def target(max_examples: int, seed: int | None = None, database=None):
    """A hypothesis test over the readers; call it to run it."""
    from hypothesis import seed as with_seed

    @settings(max_examples=max_examples, deadline=None, database=database,
              suppress_health_check=list(HealthCheck), print_blob=True)
    @given(st.sampled_from(SUFFIXES), inputs())
    def fuzz(suffix: str, data: bytes) -> None:
        try:
            check(data, suffix)
        except Exception:
            save_crash(data, suffix)
            raise

    return with_seed(seed)(fuzz) if seed is not None else fuzz


def save_crash(data: bytes, suffix: str) -> Path:
    CRASHES.mkdir(exist_ok=True)
    path = CRASHES / f"{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz")
    p.add_argument("--batch", type=int, default=500, help="examples per hypothesis run")
    args = p.parse_args(argv)
    deadline = time.monotonic() + args.seconds
    runs, failed = 0, False
    while time.monotonic() < deadline:
        try:
            target(args.batch, seed=runs)()
        except Exception:       # hypothesis has shrunk it and saved the input
            traceback.print_exc()
            failed = True
            break
        runs += 1
    print(f"fuzz_readers: {runs} run(s) of {args.batch} examples, "
          f"{'FAILED, input saved in ' + str(CRASHES) if failed else 'no failures'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
