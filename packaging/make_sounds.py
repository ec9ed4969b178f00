"""Writes time-up.wav: the end-of-round chime (three bell-like notes, 1.3 s, 22.05 kHz mono).

Synthesised here so the app ships a sound of its own (no licence to track):
    python packaging/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
NOTES = ((0.00, 784.0), (0.18, 988.0), (0.36, 1319.0))  # G5, B5, E6: start (s), pitch (Hz)
LENGTH = 1.3


def sample(t: float) -> float:
    value = 0.0
    for start, pitch in NOTES:
        if t < start:
            continue
        age = t - start
        envelope = min(1.0, age / 0.005) * math.exp(-age * 4.0)
        # A bell: the note and a quieter, faster-fading overtone.
        value += envelope * (
            math.sin(2 * math.pi * pitch * age)
            + 0.35 * math.exp(-age * 6.0) * math.sin(2 * math.pi * pitch * 2.76 * age)
        )
    return value / 1.6


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "time-up.wav"
    frames = bytearray()
    for i in range(int(RATE * LENGTH)):
        level = max(-1.0, min(1.0, sample(i / RATE)))
        frames += struct.pack("<h", int(level * 32767 * 0.8))
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(frames))
    print(out)


if __name__ == "__main__":
    main()
