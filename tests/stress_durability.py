"""Durability stress: a writer saving answers through the store is killed with SIGKILL at random moments.

It proves atomicity and safety against a killed process, not durability on power loss (it passes with
`synchronous = OFF` too: the OS cache survives a killed process); see docs/decisions.md « Durability ».

After each kill the workspace must pass `check` (SQLite integrity, foreign keys, hashes) and hold every
answer whose save had returned. Run the full stress with `python -m tests.stress_durability --kills 200`
(or `make stress`); the test suite runs it with 100 kills.

The writer prints `ack <criterion> <seq>` after `save_answer` returned; the answer's note carries the
sequence number, so the check is: for every acknowledged (criterion, seq), the stored seq is ≥ seq.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def writer(data_dir: str, diag_id: str, start_seq: int) -> None:
    from ifdesk.core.diagnostic import Answer
    from ifdesk.store import Workspace

    ws = Workspace(data_dir, sync_referentiels=False)
    ref = ws.referentiels.current()
    crits = list(ref.criteria_by_id)
    rng = random.Random(start_seq)
    print("ready", flush=True)
    seq = start_seq
    while True:
        seq += 1
        crit = crits[seq % len(crits)]
        ws.diagnostics.save_answer(diag_id, Answer(criterion=crit, level=rng.randint(1, 5), target=5,
                                                   note=f"seq {seq} " + "x" * rng.randint(0, 400)))
        sys.stdout.write(f"ack {crit} {seq}\n")
        sys.stdout.flush()


def prepare(data_dir: Path) -> str:
    from ifdesk.core.company import new_company
    from ifdesk.store import Workspace

    with Workspace(data_dir) as ws:
        c = new_company(siret="73282932000074", name="Forges de test", region="84")
        ws.companies.add(c)
        return ws.diagnostics.create(c.siret, ws.referentiels.current(), None, "Stress")


def verify(data_dir: Path, acked: dict[str, int]) -> list[str]:
    from ifdesk.store import Workspace

    problems = []
    with Workspace(data_dir) as ws:  # also proves the lock died with the killed process
        problems += ws.check()
        stored = {c: int(n.split()[1]) for c, n in ws.db.execute("SELECT criterion, note FROM answers")}
    for crit, seq in acked.items():
        if stored.get(crit, -1) < seq:
            problems.append(f"lost answer: {crit} seq {seq} acknowledged, stored {stored.get(crit)}")
    return problems


def run(kills: int, seed: int = 0, max_wait: float = 0.25, verbose: bool = False) -> dict:
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "ws"
        diag_id = prepare(data_dir)
        acked: dict[str, int] = {}
        seq = 0
        total_acks = 0
        for k in range(kills):
            proc = subprocess.Popen([sys.executable, "-m", "tests.stress_durability", "--writer", str(data_dir), diag_id,
                                     str(seq)], stdout=subprocess.PIPE, text=True, env=env,
                                    cwd=Path(__file__).resolve().parent.parent)
            assert proc.stdout.readline().strip() == "ready"
            os.set_blocking(proc.stdout.fileno(), False)
            time.sleep(rng.uniform(0, max_wait))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            os.set_blocking(proc.stdout.fileno(), True)
            for line in proc.stdout.read().splitlines():
                parts = line.split()
                if len(parts) == 3 and parts[0] == "ack":
                    acked[parts[1]] = max(acked.get(parts[1], 0), int(parts[2]))
                    seq = max(seq, int(parts[2]))
                    total_acks += 1
            seq += 1000  # never reuse a sequence number a killed writer may have written unacknowledged
            problems = verify(data_dir, acked)
            if verbose:
                print(f"kill {k + 1}/{kills}: {total_acks} acknowledged saves so far, {len(problems)} problems", flush=True)
            if problems:
                return {"kills": k + 1, "acknowledged": total_acks, "problems": problems}
        return {"kills": kills, "acknowledged": total_acks, "problems": []}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--writer", nargs=3, metavar=("DATA_DIR", "DIAG_ID", "SEQ"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.writer:
        writer(args.writer[0], args.writer[1], int(args.writer[2]))
        return 0
    res = run(args.kills, args.seed, verbose=True)
    print(json.dumps(res, indent=2, ensure_ascii=False))
    return 0 if not res["problems"] else 1


if __name__ == "__main__":
    sys.exit(main())
