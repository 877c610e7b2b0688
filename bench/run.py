"""`make bench`: print the benchmark table (figures, never pass/fail)."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_hub import first_sync_large, incremental_sync_100
from bench_metrics import draw_chart, import_50k, spc_all
from bench_packs import (
    assurance_pack_all_places,
    assurance_pack_ratio,
    meeting_pack_ratio,
    meeting_pack_ten_papers,
)
from bench_startup import (
    attendance_table,
    memory_at_rest,
    startup_bare,
    startup_bare_pyqtgraph,
    startup_data,
    startup_placeboard,
    startup_ratio,
)
from bench_store import (
    demo_load,
    field_changes_batched,
    field_changes_per_call,
)
from bench_sync import (
    bundle_export_10k,
    bundle_import_10k,
    merge_edits,
    merge_longest_batch,
    merge_new_records,
)

Bench = Callable[[Path], tuple[float, str, str]]
BENCHES: list[tuple[str, Bench]] = [
    ("write: one service call a transaction", field_changes_per_call),
    ("write: metric values in one batch", field_changes_batched),
    ("demo --scale normal", lambda d: demo_load(d, "normal")),
    ("demo --scale large", lambda d: demo_load(d, "large")),
    ("start-up: bare Qt window", startup_bare),
    ("start-up: bare Qt window importing pyqtgraph", startup_bare_pyqtgraph),
    ("start-up: PlaceBoard window, large demo", startup_placeboard),
    ("start-up: PlaceBoard ÷ bare", startup_ratio),
    ("start-up: PlaceBoard records on screen, large demo", startup_data),
    ("memory at rest: PlaceBoard window, large demo", memory_at_rest),
    ("SPC: 40 metrics × 4 places × 120 points", spc_all),
    ("import metrics: 50,000-row CSV", import_50k),
    ("draw an SPC chart", draw_chart),
    ("attendance table: large demo, all time", lambda d: attendance_table(1)),
    ("attendance table: 40 × the large demo", lambda d: attendance_table(40)),
    ("pack: meeting pack, ten 20-page papers", meeting_pack_ten_papers),
    ("pack: meeting pack ÷ plain reportlab", meeting_pack_ratio),
    ("pack: assurance pack, all places, large demo", assurance_pack_all_places),
    ("pack: assurance pack ÷ plain reportlab", assurance_pack_ratio),
    ("sync merge: 10,000 new records", merge_new_records),
    ("sync merge: 10,000 records edited", merge_edits),
    ("sync merge: longest write transaction", merge_longest_batch),
    ("sync bundle: export 10,000 changes", bundle_export_10k),
    ("sync bundle: import 10,000 changes", bundle_import_10k),
    ("sync hub: first sync of the large demo", first_sync_large),
    ("sync hub: incremental sync of 100 changes", incremental_sync_100),
]


def main() -> int:
    rows = []
    for name, bench in BENCHES:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            figure, unit, aim = bench(Path(tmp))
            print(
                f"  {name}: {figure:,.1f} {unit} ({time.perf_counter() - started:.1f} s)",
                file=sys.stderr,
            )
            shown = f"{figure:,.2f}" if figure < 10 else f"{figure:,.1f}"  # ratios
            rows.append((name, f"{shown} {unit}", aim))
    widths = [max(len(r[i]) for r in [("benchmark", "figure", "aim"), *rows]) for i in range(3)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for row in [("benchmark", "figure", "aim"), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        if row[0] == "benchmark":
            print(line)
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
