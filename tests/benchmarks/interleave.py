"""Whole processes timed in turn (A B A B ...), for the benchmarks' ratios.

Each benchmark script under tests/benchmarks/ imports this file from beside
itself: pairs are run one after the other, so a drift of the machine's speed
moves both sides of a ratio. A ratio is taken pair by pair; the median of those
is quoted with the lowest and highest (the spread). Wall time is read around
the child; CPU time (user + system) comes from the kernel's accounting of it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Samples:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    value: list[float] = field(default_factory=list)  # what the child reported, if anything

    def median(self, kind: str = "wall") -> float:
        return statistics.median(getattr(self, kind))


def run(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run *command* to its end: (wall seconds, CPU seconds, standard output)."""
    before = os.times()
    start = time.monotonic()
    done = subprocess.run(
        list(command), capture_output=True, text=True, env=env, check=False, cwd=ROOT
    )
    wall = time.monotonic() - start
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"{command[:3]}... failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, done.stdout


def interleave(
    commands: dict[str, Sequence[str]],
    runs: int,
    *,
    env: dict[str, str] | None = None,
    warmup: int = 1,
    report: Callable[[str, float], float | None] | None = None,
) -> dict[str, Samples]:
    """Run every command once per round, *runs* rounds (after *warmup* uncounted rounds).

    *report(stdout, launched)*, if given, turns a child's output into its figure
    (``launched`` is ``time.monotonic()`` just before the child started).
    """
    samples = {name: Samples() for name in commands}
    for round_no in range(warmup + runs):
        for name, command in commands.items():
            launched = time.monotonic()
            wall, cpu, out = run(command, env)
            if round_no < warmup:
                continue
            samples[name].wall.append(wall)
            samples[name].cpu.append(cpu)
            if report is not None:
                value = report(out, launched)
                if value is not None:
                    samples[name].value.append(value)
    return samples


def ratios(a: list[float], b: list[float]) -> tuple[float, float, float]:
    """Median, lowest and highest of the pairwise ratios a[i] / b[i]."""
    pairs = [x / y for x, y in zip(a, b, strict=True) if y > 0]
    return statistics.median(pairs), min(pairs), max(pairs)


def describe(name: str, values: list[float], unit: str = "s") -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    med = statistics.median(values) * scale
    return (
        f"{name}: median {med:.3g} {unit} "
        f"({min(values) * scale:.3g}-{max(values) * scale:.3g}, {len(values)} runs)"
    )


def ratio_line(
    label: str, a: list[float], b: list[float], target: float | None
) -> tuple[str, bool]:
    med, low, high = ratios(a, b)
    ok = target is None or med <= target
    verdict = "" if target is None else f"  target <= {target:g}x: {'met' if ok else 'NOT met'}"
    return f"{label}: {med:.2f}x (pairs {low:.2f}-{high:.2f}){verdict}", ok


def load() -> str:
    """The load average now (as ``uptime`` prints it), for the figures' context."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} ({os.cpu_count()} CPUs)"


def app_command() -> list[str]:
    """The ``delight-workshop`` command of this Python (the installed script, else -m)."""
    script = Path(sys.executable).with_name("delight-workshop")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "ui.app.launcher"]


def bytecode() -> None:
    """Compile the project's modules once, as an installed app has them (pip compiles)."""
    import compileall

    for package in ("workshop", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
