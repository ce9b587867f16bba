#!/usr/bin/env python3
"""Synthesise every sound effect and music loop of Dropoff Buddy.

Kept as one file because it is one recipe, read top to bottom: the oscillators and envelopes,
then each effect, then each loop and its score. Anyone changing a sound reads the whole of it,
and the script runs alone from a fresh checkout with nothing but the standard library.

Run from the repository root::

    python tools/make_sounds.py            # writes assets/sounds/*.wav and assets/music/*.wav
    python tools/make_sounds.py --only tap --only press --out /tmp/x

Only the Python standard library is used and all randomness comes from ``random.Random`` with
fixed seeds, so the output is byte-for-byte the same on every run (on the same platform; the
oscillators are plain IEEE arithmetic, so other platforms should match too).

Format: 44.1 kHz, 16-bit, mono WAV for effects *and* music (the whole set stays well under 8 MB,
so there is no need to drop the music to 22.05 kHz).

Sound design rules (see shared DESIGN.md, "Calm senses"):

* every effect is soft and rounded: raised-cosine fades of at least 5 ms at both ends, the first
  and last samples are exactly zero, no DC offset;
* pitches come from the C major pentatonic scale (C D E G A), so effects never clash with the
  music, which uses the same scale for its melodies;
* loudness is consistent: every effect is normalised so that its loudest 300 ms window has the
  same RMS (``EFFECT_TARGET_DB``, with a small per-effect trim that only ever makes a sound
  *softer*), and no peak goes above -3 dBFS;
* music loops are quieter (``MUSIC_TARGET_DB`` RMS over the whole loop, peak at most -6 dBFS) and
  are rendered cyclically: every note tail and echo that runs past the end wraps round to the
  start, so the end joins the start without a click.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import sys
import wave
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
MUSIC_RATE = 44100
TAU = 2.0 * math.pi

EFFECT_TARGET_DB = -20.0  # RMS of the loudest 300 ms window
LOUDNESS_WINDOW_S = 0.3
EFFECT_PEAK_LIMIT_DB = -3.0
MUSIC_TARGET_DB = -27.0  # RMS of the whole loop
MUSIC_PEAK_LIMIT_DB = -6.0
MIN_FADE_S = 0.005

ROOT = Path(__file__).resolve().parent.parent
SOUNDS_DIR = ROOT / "assets" / "sounds"
MUSIC_DIR = ROOT / "assets" / "music"

Signal = list[float]
Partial = tuple[float, float, float]  # (frequency ratio, amplitude, decay-time scale)

# --------------------------------------------------------------------------------------------
# pitches


_NOTE_INDEX = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def midi(name: str) -> int:
    """MIDI number of a note name such as ``"C4"``, ``"A5"`` or ``"F#3"``."""
    letter, rest = name[0], name[1:]
    shift = 0
    if rest.startswith("#"):
        shift, rest = 1, rest[1:]
    elif rest.startswith("b"):
        shift, rest = -1, rest[1:]
    return 12 * (int(rest) + 1) + _NOTE_INDEX[letter] + shift


def hz(note: str | int) -> float:
    number = midi(note) if isinstance(note, str) else note
    return 440.0 * math.pow(2.0, (number - 69) / 12.0)


def constant(value: float) -> Callable[[float], float]:
    """A function of time that is always ``value`` (a steady pitch or level)."""

    def at(_t: float) -> float:
        return value

    return at


# --------------------------------------------------------------------------------------------
# building blocks


def count(seconds: float, rate: int = RATE) -> int:
    return max(1, round(seconds * rate))


def silence(seconds: float, rate: int = RATE) -> Signal:
    return [0.0] * count(seconds, rate)


def mix(dst: Signal, src: Sequence[float], at: float = 0.0, gain: float = 1.0, rate: int = RATE) -> Signal:
    """Add ``src`` into ``dst`` starting at ``at`` seconds (``dst`` grows if needed)."""
    offset = round(at * rate)
    end = offset + len(src)
    if end > len(dst):
        dst.extend([0.0] * (end - len(dst)))
    for i, value in enumerate(src):
        dst[offset + i] += gain * value
    return dst


def mix_cyclic(dst: Signal, src: Sequence[float], offset: int, gain: float = 1.0) -> None:
    """Add ``src`` into the loop ``dst`` at sample ``offset``; whatever runs past the end wraps to the start."""
    size = len(dst)
    for i, value in enumerate(src):
        dst[(offset + i) % size] += gain * value


def damped(freq: float, seconds: float, tau: float, amp: float = 1.0, rate: int = RATE) -> Signal:
    """``amp * exp(-t / tau) * sin(2 pi f t)`` by the two-term recurrence (no per-sample libm calls)."""
    n = count(seconds, rate)
    w = TAU * freq / rate
    r = math.exp(-1.0 / (tau * rate))
    c = 2.0 * r * math.cos(w)
    r2 = r * r
    out = [0.0] * n
    s0 = 0.0
    s1 = amp * r * math.sin(w) if n > 1 else 0.0
    if n > 1:
        out[1] = s1
    for i in range(2, n):
        s = c * s1 - r2 * s0
        out[i] = s
        s0 = s1
        s1 = s
    return out


def struck(
    freq: float,
    seconds: float,
    tau: float,
    partials: Iterable[Partial],
    attack: float = 0.004,
    rate: int = RATE,
) -> Signal:
    """A struck bar or bell: decaying partials with a short raised-cosine mallet attack."""
    n = count(seconds, rate)
    out = [0.0] * n
    for ratio, amp, scale in partials:
        if freq * ratio >= rate * 0.45:
            continue
        part = damped(freq * ratio, seconds, tau * scale, amp, rate)
        for i in range(n):
            out[i] += part[i]
    shape_attack(out, attack, rate)
    return fade_tail(out, 0.3 * seconds, rate)


MARIMBA: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (4.0, 0.16, 0.22), (9.9, 0.035, 0.08))
MUSIC_BOX: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (2.0, 0.16, 0.55), (3.0, 0.05, 0.35), (5.4, 0.018, 0.15))
BELL: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (2.0, 0.28, 0.6), (3.0, 0.1, 0.4), (4.07, 0.04, 0.25))
WOOD: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (2.76, 0.22, 0.45), (5.4, 0.06, 0.25))


def shape_attack(x: Signal, seconds: float, rate: int = RATE) -> Signal:
    m = min(len(x), count(seconds, rate))
    for i in range(m):
        x[i] *= 0.5 - 0.5 * math.cos(math.pi * i / m)
    return x


def fade_tail(x: Signal, seconds: float, rate: int = RATE) -> Signal:
    """Raised-cosine fade over the last ``seconds``, so a cut-off decay never ends in a step."""
    n = len(x)
    m = min(n, count(seconds, rate))
    for j in range(m):  # j = 0 is the last sample
        x[n - 1 - j] *= 0.5 - 0.5 * math.cos(math.pi * j / m)
    return x


def glide(
    seconds: float,
    freq: Callable[[float], float],
    harmonics: Sequence[float] = (1.0,),
    amp: Callable[[float], float] | None = None,
    rate: int = RATE,
) -> Signal:
    """A tone whose pitch follows ``freq(t)``; ``harmonics`` are amplitudes of harmonics 1, 2, 3..."""
    n = count(seconds, rate)
    out = [0.0] * n
    phase = 0.0
    step = TAU / rate
    for i in range(n):
        t = i / rate
        value = 0.0
        for k, a in enumerate(harmonics, start=1):
            if a:
                value += a * math.sin(k * phase)
        out[i] = value * (amp(t) if amp is not None else 1.0)
        phase += step * freq(t)
        if phase > TAU * 64.0:
            phase -= TAU * 64.0
    return out


def noise(seconds: float, rng: random.Random, rate: int = RATE) -> Signal:
    return [rng.uniform(-1.0, 1.0) for _ in range(count(seconds, rate))]


def lowpass(x: Sequence[float], cutoff: float, rate: int = RATE) -> Signal:
    a = 1.0 - math.exp(-TAU * cutoff / rate)
    y = 0.0
    out = [0.0] * len(x)
    for i, v in enumerate(x):
        y += a * (v - y)
        out[i] = y
    return out


def bandpass(x: Sequence[float], centre: Callable[[float], float], q: float, rate: int = RATE) -> Signal:
    """State-variable band-pass whose centre frequency follows ``centre(t)`` (Hz)."""
    damping = 1.0 / q
    low = band = 0.0
    out = [0.0] * len(x)
    for i, v in enumerate(x):
        f = 2.0 * math.sin(math.pi * min(centre(i / rate), rate / 7.0) / rate)
        low += f * band
        high = v - low - damping * band
        band += f * high
        out[i] = band
    return out


def envelope(x: Signal, shape: Callable[[float], float], rate: int = RATE) -> Signal:
    for i in range(len(x)):
        x[i] *= shape(i / rate)
    return x


def smoothstep(u: float) -> float:
    u = 0.0 if u < 0.0 else 1.0 if u > 1.0 else u
    return u * u * (3.0 - 2.0 * u)


def hann_window(t: float, start: float, length: float) -> float:
    """0 outside [start, start + length], a raised-cosine hump inside."""
    u = (t - start) / length
    if u <= 0.0 or u >= 1.0:
        return 0.0
    return 0.5 - 0.5 * math.cos(TAU * u)


# --------------------------------------------------------------------------------------------
# measuring


def peak_db(x: Sequence[float]) -> float:
    peak = max((abs(v) for v in x), default=0.0)
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def rms_db(x: Sequence[float]) -> float:
    if not x:
        return -math.inf
    mean_square = math.fsum(v * v for v in x) / len(x)
    return 10.0 * math.log10(mean_square) if mean_square > 0 else -math.inf


def loudness_db(x: Sequence[float], rate: int = RATE) -> float:
    """RMS of the loudest ``LOUDNESS_WINDOW_S`` window (the whole sound if it is shorter)."""
    n = len(x)
    if n == 0:
        return -math.inf
    window = min(n, count(LOUDNESS_WINDOW_S, rate))
    prefix = [0.0] * (n + 1)
    total = 0.0
    for i, v in enumerate(x):
        total += v * v
        prefix[i + 1] = total
    hop = max(1, rate // 200)
    best = max(prefix[i + window] - prefix[i] for i in range(0, n - window + 1, hop))
    best = max(best, prefix[n] - prefix[n - window])
    return 10.0 * math.log10(best / window) if best > 0 else -math.inf


# --------------------------------------------------------------------------------------------
# finishing and writing


def finish_effect(x: Signal, trim_db: float = 0.0, fade_in: float = MIN_FADE_S, fade_out: float = 0.03) -> Signal:
    """Remove DC, fade both ends (first and last samples exactly 0) and normalise the loudness."""
    if not x:
        return x
    x = list(x)
    m_in = min(len(x), count(max(fade_in, MIN_FADE_S)))
    for i in range(m_in):
        x[i] *= 0.5 - 0.5 * math.cos(math.pi * i / m_in)
    m_out = min(len(x), count(max(fade_out, MIN_FADE_S)))
    n = len(x)
    for j in range(m_out):  # j = 0 is the last sample
        x[n - 1 - j] *= 0.5 - 0.5 * math.cos(math.pi * j / m_out)
    # Remove DC without touching the silent ends: subtract a scaled Hann bump spanning the sound
    # (a component far below anything audible, zero at both ends).
    bump = [0.5 - 0.5 * math.cos(TAU * i / (n - 1)) for i in range(n)] if n > 2 else [0.0] * n
    bump_sum = math.fsum(bump)
    if bump_sum > 0:
        scale = math.fsum(x) / bump_sum
        x = [v - scale * b for v, b in zip(x, bump, strict=True)]
    gain = 10.0 ** ((EFFECT_TARGET_DB + trim_db - loudness_db(x)) / 20.0)
    peak_room = 10.0 ** ((EFFECT_PEAK_LIMIT_DB - 0.05) / 20.0) / max(abs(v) for v in x)
    gain = min(gain, peak_room)
    return [v * gain for v in x]


def to_pcm16(x: Sequence[float]) -> bytes:
    ints = array("h", (max(-32767, min(32767, round(v * 32767.0))) for v in x))
    if sys.byteorder == "big":
        ints.byteswap()
    return ints.tobytes()


def wav_bytes(x: Sequence[float], rate: int = RATE) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(to_pcm16(x))
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# effects (each returns raw samples; ``EFFECTS`` below holds the trim and the fades)


def fx_tap() -> Signal:
    """A soft wooden 'tok' on G5: reaches its peak within ~5 ms and is gone by 70 ms."""
    f = hz("G5")
    out = glide(0.07, lambda t: f * (1.0 + 0.18 * math.exp(-t / 0.006)), (1.0, 0.08), lambda t: math.exp(-t / 0.016))
    mix(out, damped(f * 2.76, 0.07, 0.006, 0.22))
    rng = random.Random(101)
    click = fade_tail(shape_attack(lowpass(noise(0.004, rng), 2500.0), 0.001), 0.002)
    mix(out, click, gain=0.25)
    return out


def fx_press() -> Signal:
    """An even softer, shorter tick on C6 for pointer-down feedback."""
    f = hz("C6")
    out = struck(f, 0.045, 0.009, ((1.0, 1.0, 1.0), (2.76, 0.12, 0.5)), attack=0.002)
    return lowpass(out, 5000.0)


def fx_pop() -> Signal:
    """A bubble pop: a quick upward sweep from about 350 Hz to E5."""
    top = hz("E5")
    return glide(
        0.22, lambda t: 350.0 + (top - 350.0) * (1.0 - math.exp(-t / 0.018)), (1.0, 0.12), lambda t: math.exp(-t / 0.05)
    )


def fx_chime() -> Signal:
    """Two soft bell strikes a fifth apart (A5, then E6)."""
    out = struck(hz("A5"), 1.2, 0.42, BELL, attack=0.004)
    mix(out, struck(hz("E6"), 1.1, 0.36, BELL, attack=0.004), at=0.1, gain=0.65)
    return out[: count(1.2)]


def fx_whoosh() -> Signal:
    """Band-passed noise sweeping up then down, swelling and fading."""
    rng = random.Random(202)
    length = 0.8
    sweep = bandpass(noise(length, rng), lambda t: 400.0 + 1800.0 * math.sin(math.pi * min(t / length, 1.0)), 1.3)
    out = lowpass(lowpass(sweep, 4000.0), 6000.0)
    return envelope(out, lambda t: math.sin(math.pi * min(t / length, 1.0) ** 0.8) ** 2)


def fx_boing() -> Signal:
    """A springy 'boing': G3 rising towards D4 with a wobble that settles."""
    lo, hi = hz("G3"), hz("D4")

    def freq(t: float) -> float:
        base = lo + (hi - lo) * smoothstep(t / 0.5)
        return base * (1.0 + 0.16 * math.exp(-t / 0.16) * math.sin(TAU * 11.0 * t))

    return glide(0.65, freq, (1.0, 0.5, 0.22, 0.08), lambda t: math.exp(-t / 0.22))


def fx_giggle() -> Signal:
    """A bubbly trill of eight quick blips that skip around the pentatonic scale."""
    notes = ("C6", "A5", "G5", "A5", "G5", "E5", "G5", "A5")
    out = silence(0.9)

    def bubbly(f: float) -> Callable[[float], float]:
        def freq(t: float) -> float:
            return f * (0.86 + 0.14 * min(1.0, t / 0.025)) * (1.0 + 0.02 * math.sin(TAU * 30 * t))

        return freq

    for index, name in enumerate(notes):
        blip = glide(
            0.085, bubbly(hz(name)), (1.0, 0.22, 0.08), lambda t: math.sin(math.pi * min(t / 0.085, 1.0)) ** 1.5
        )
        mix(out, blip, at=index * 0.1, gain=1.0 - 0.05 * index)
    return out


def fx_squeeze() -> Signal:
    """A squeaky plush toy: a rising squeak on squeeze and a softer falling one on release."""
    rng = random.Random(303)

    def squeak(seconds: float, f0: float, f1: float) -> Signal:
        def freq(t: float) -> float:
            return (f0 + (f1 - f0) * smoothstep(t / seconds)) * (1.0 + 0.02 * math.sin(TAU * 24 * t))

        tone = glide(
            seconds, freq, (1.0, 0.35, 0.14, 0.05), lambda t: min(1.0, t / 0.02) * min(1.0, (seconds - t) / 0.06)
        )
        air = bandpass(noise(seconds, rng), constant(2200.0), 2.0)
        mix(tone, air, gain=0.05)
        return lowpass(tone, 4500.0)

    out = squeak(0.3, hz("A5"), hz("E6"))
    mix(out, squeak(0.22, hz("D6"), hz("A5")), at=0.38, gain=0.6)
    return out


def fx_heart_fill() -> Signal:
    """A warm fifth (C4 + G4) gliding up an octave while little bells count up C5 E5 G5 C6."""
    length = 1.5

    def freq(t: float) -> float:
        return hz("C4") * math.pow(2.0, smoothstep(t / 1.3))

    def amp(t: float) -> float:
        return (0.35 + 0.65 * smoothstep(t / 1.2)) * (1.0 + 0.08 * math.sin(TAU * 5.0 * t))

    out = glide(length, freq, (1.0, 0.25, 0.0, 0.06), amp)
    mix(out, glide(length, lambda t: 1.5 * freq(t), (1.0, 0.12), amp), gain=0.45)
    for index, name in enumerate(("C5", "E5", "G5", "C6")):
        mix(out, struck(hz(name), 0.5, 0.16, BELL), at=0.25 + index * 0.28, gain=0.28 + 0.06 * index)
    return out[: count(length)]


def fx_kiss() -> Signal:
    """'Mwah': a closed-lips hum that opens (brighter, pitch up) and then relaxes down."""
    length = 0.42

    def freq(t: float) -> float:
        if t < 0.08:
            return 300.0
        if t < 0.17:
            return 300.0 + 230.0 * smoothstep((t - 0.08) / 0.09)
        return 530.0 - 120.0 * smoothstep((t - 0.17) / 0.25)

    n = count(length)
    out = [0.0] * n
    phase = 0.0
    for i in range(n):
        t = i / RATE
        open_ = smoothstep((t - 0.07) / 0.06) * (1.0 - 0.6 * smoothstep((t - 0.2) / 0.2))
        level = 0.45 + 0.55 * smoothstep((t - 0.06) / 0.08)
        level *= 1.0 - smoothstep((t - 0.18) / (length - 0.18)) * 0.9
        out[i] = level * (math.sin(phase) + 0.45 * open_ * math.sin(2 * phase) + 0.18 * open_ * math.sin(3 * phase))
        phase += TAU * freq(t) / RATE
    rng = random.Random(404)
    smack = lowpass(noise(0.012, rng), 1800.0)
    fade_tail(shape_attack(envelope(smack, lambda t: math.exp(-t / 0.003)), 0.0015), 0.005)
    mix(out, lowpass(smack, 1400.0), at=0.075, gain=0.22)
    return out


def fx_high_five() -> Signal:
    """A bright, soft clap (three quick noise bursts) and two sparkly bells (E6, A6)."""
    rng = random.Random(505)
    out = silence(0.6)
    for start, tau, gain in ((0.0, 0.004, 0.6), (0.009, 0.004, 0.7), (0.018, 0.035, 1.0)):
        burst = bandpass(noise(0.2, rng), constant(1700.0), 1.4)
        decay = math.exp(-1.0 / (tau * RATE))
        for i in range(len(burst)):
            burst[i] *= decay**i
        fade_tail(burst, 0.05)
        mix(out, burst, at=start, gain=gain)
    out = lowpass(out, 6000.0)
    mix(out, struck(hz("E6"), 0.5, 0.14, BELL), at=0.05, gain=0.35)
    mix(out, struck(hz("A6"), 0.45, 0.12, BELL), at=0.11, gain=0.3)
    return out[: count(0.6)]


def fx_fist_bump() -> Signal:
    """A soft padded bump followed by a little marimba 'ba-dum' (G4, C5)."""
    rng = random.Random(606)
    thump = glide(0.3, lambda t: 120.0 + 110.0 * math.exp(-t / 0.03), (1.0, 0.4, 0.15), lambda t: math.exp(-t / 0.06))
    fade_tail(thump, 0.08)
    body = lowpass(noise(0.1, rng), 600.0)
    fade_tail(envelope(body, lambda t: math.exp(-t / 0.02)), 0.03)
    mix(thump, body, gain=0.7)
    out = silence(0.55)
    mix(out, thump)
    mix(out, struck(hz("G4"), 0.4, 0.12, MARIMBA), at=0.11, gain=0.5)
    mix(out, struck(hz("C5"), 0.32, 0.1, MARIMBA), at=0.21, gain=0.45)
    return out[: count(0.55)]


def fx_wave() -> Signal:
    """An airy shimmer: high pentatonic sines entering one by one, with a breath of air."""
    length = 1.0
    out = silence(length)

    def twinkle(rate_hz: float, seconds: float) -> Callable[[float], float]:
        def level(t: float) -> float:
            swell = smoothstep(t / 0.04) * (1.0 - smoothstep((t - 0.25) / (seconds - 0.25)))
            return (0.8 + 0.2 * math.sin(TAU * rate_hz * t)) * swell

        return level

    for index, name in enumerate(("C6", "D6", "E6", "G6", "A6")):
        start = 0.05 * index
        shimmer = glide(length - start, constant(hz(name)), (1.0,), twinkle(6.0 + 0.7 * index, length - start))
        mix(out, shimmer, at=start, gain=0.35)
    rng = random.Random(707)
    air = bandpass(noise(length, rng), lambda t: 3000.0 + 2000.0 * t, 1.0)
    envelope(air, lambda t: smoothstep(t / 0.08) * (1.0 - smoothstep((t - 0.2) / (length - 0.2))))
    mix(out, lowpass(air, 7000.0), gain=0.25)
    return out


def fx_thumbs_up() -> Signal:
    """A cheerful rising fifth on marimba (C5 then G5) with a faint octave sparkle."""
    out = struck(hz("C5"), 0.75, 0.2, MARIMBA)
    mix(out, struck(hz("G5"), 0.62, 0.22, MARIMBA), at=0.13)
    mix(out, struck(hz("G6"), 0.5, 0.14, BELL), at=0.14, gain=0.12)
    return out[: count(0.75)]


def fx_sparkle() -> Signal:
    """Tiny bells running up the pentatonic scale: C6 E6 G6 A6 C7."""
    out = silence(1.0)
    for index, name in enumerate(("C6", "E6", "G6", "A6", "C7")):
        mix(out, struck(hz(name), 0.7, 0.17, BELL, attack=0.003), at=0.06 * index, gain=0.7 - 0.06 * index)
    return out[: count(1.0)]


def fx_page_turn() -> Signal:
    """Paper: a crinkly noise swish rising in brightness, ending in a soft flop."""
    rng = random.Random(808)
    length = 0.55
    swish = bandpass(noise(length, rng), lambda t: 700.0 + 1900.0 * smoothstep(t / 0.4), 0.9)
    grain = lowpass([rng.uniform(0.0, 1.0) for _ in range(len(swish))], 60.0)
    swish = [s * (0.55 + 0.9 * g) for s, g in zip(swish, grain, strict=True)]
    envelope(swish, lambda t: smoothstep(t / 0.14) * (1.0 - smoothstep((t - 0.2) / 0.3)))
    out = lowpass(lowpass(swish, 3500.0), 5000.0)
    flop = lowpass(noise(0.08, rng), 450.0)
    fade_tail(envelope(flop, lambda t: math.exp(-t / 0.02)), 0.03)
    mix(out, flop, at=0.4, gain=0.9)
    return out[: count(length)]


def fx_door() -> Signal:
    """A gentle door close: a padded wooden thunk and, just after, a tiny latch click."""
    rng = random.Random(909)
    out = silence(0.8)
    thunk = glide(0.6, lambda t: 150.0 + 40.0 * math.exp(-t / 0.02), (1.0, 0.5, 0.2), lambda t: math.exp(-t / 0.09))
    fade_tail(thunk, 0.15)
    mix(out, thunk, at=0.01)
    mix(out, struck(360.0, 0.3, 0.05, WOOD), at=0.01, gain=0.35)
    body = lowpass(noise(0.15, rng), 500.0)
    fade_tail(envelope(body, lambda t: math.exp(-t / 0.025)), 0.05)
    mix(out, body, at=0.01, gain=0.9)
    latch = struck(1400.0, 0.05, 0.006, ((1.0, 1.0, 1.0), (1.57, 0.5, 0.7)), attack=0.001)
    mix(out, lowpass(latch, 4000.0), at=0.075, gain=0.12)
    return out[: count(0.8)]


def fx_footsteps() -> Signal:
    """Four soft padded steps, heel then toe, left a little louder than right."""
    rng = random.Random(1010)
    out = silence(1.2)
    for index in range(4):
        at = 0.02 + 0.28 * index
        gain = 1.0 if index % 2 == 0 else 0.82
        for offset, part_gain, pitch in ((0.0, 1.0, 185.0), (0.03, 0.45, 220.0)):
            scuff = lowpass(noise(0.12, rng), 800.0)
            envelope(scuff, lambda t: math.exp(-t / 0.025))
            fade_tail(scuff, 0.04)
            thud = fade_tail(damped(pitch - 10.0 * (index % 2), 0.15, 0.035, 0.7), 0.05)
            mix(scuff, thud)
            mix(out, scuff, at=at + offset, gain=gain * part_gain)
    return out[: count(1.2)]


def fx_sticker_fanfare() -> Signal:
    """A music-box fanfare: C5 E5 G5 C6 up, a held chord over a warm pad, and a last sparkle."""
    out = silence(2.4)
    for index, name in enumerate(("C5", "E5", "G5", "C6")):
        mix(out, struck(hz(name), 0.9, 0.3, MUSIC_BOX), at=0.12 * index, gain=0.55)
    for name in ("C5", "E5", "G5", "C6"):
        mix(out, struck(hz(name), 1.8, 0.6, MUSIC_BOX), at=0.6, gain=0.32)
    for index, name in enumerate(("E6", "G6", "A6", "C7")):
        mix(out, struck(hz(name), 0.6, 0.15, BELL, attack=0.003), at=0.72 + 0.08 * index, gain=0.2)
    pad_length = 1.75
    for name, gain in (("C4", 0.25), ("G4", 0.18), ("E5", 0.1)):
        pad = glide(pad_length, constant(hz(name)), (1.0, 0.15), lambda t: hann_window(t, 0.0, pad_length) ** 0.7)
        mix(out, pad, at=0.55, gain=gain)
    return out[: count(2.4)]


def _breath(length: float, f_from: float, f_to: float, shape: Callable[[float], float], seed: int) -> Signal:
    rng = random.Random(seed)
    air = bandpass(noise(length, rng), lambda t: f_from + (f_to - f_from) * smoothstep(t / length), 0.7)
    air = lowpass(air, 4000.0)
    lo, hi = (hz("C4"), hz("G4")) if f_to > f_from else (hz("G4"), hz("C4"))
    tone = glide(length, lambda t: lo + (hi - lo) * smoothstep(t / length), (1.0, 0.2))
    out = [a + 0.22 * b for a, b in zip(air, tone, strict=True)]
    return envelope(out, shape)


def fx_breathe_in() -> Signal:
    """Breathing in (3 s): air brightening from 350 Hz to 1.4 kHz and a soft tone rising C4 to G4."""
    length = 3.0

    def shape(t: float) -> float:
        return smoothstep(t / 0.2) * (0.3 + 0.7 * smoothstep(t / 2.5)) * (1.0 - smoothstep((t - 2.6) / 0.4))

    return _breath(length, 350.0, 1400.0, shape, 1111)


def fx_breathe_out() -> Signal:
    """Breathing out (4 s): air darkening from 1.4 kHz to 300 Hz, tone falling G4 to C4, fading slowly."""
    length = 4.0
    return _breath(
        length,
        1400.0,
        300.0,
        lambda t: smoothstep(t / 0.35) * (0.5 + 0.5 * math.cos(math.pi * min(1.0, t / length))) ** 1.3,
        1212,
    )


def fx_hint() -> Signal:
    """A gentle doorbell 'ding-dong': E5 then C5, soft mallet."""
    out = struck(hz("E5"), 1.2, 0.45, BELL, attack=0.008)
    mix(out, struck(hz("C5"), 0.8, 0.45, BELL, attack=0.008), at=0.4, gain=0.9)
    return out[: count(1.2)]


def fx_gate_open() -> Signal:
    """A soft 'unlocked': a tone gliding up G4 to C5, then a C5 + G5 chime."""
    out = glide(
        0.3,
        lambda t: hz("G4") + (hz("C5") - hz("G4")) * smoothstep(t / 0.22),
        (1.0, 0.2),
        lambda t: hann_window(t, 0.0, 0.3) ** 0.5,
    )
    mix(out, [0.0] * count(0.7), at=0.3)
    chime = struck(hz("C5"), 0.75, 0.28, BELL)
    mix(chime, struck(hz("G5"), 0.75, 0.25, BELL), gain=0.6)
    mix(out, chime, at=0.24, gain=0.8)
    return out[: count(1.0)]


def fx_soft_no() -> Signal:
    """A neutral, round 'bloop' (G4): not a fail sound, just 'let's try another'."""
    lo, top = 300.0, hz("G4")
    return glide(
        0.38,
        lambda t: lo + (top - lo) * smoothstep(t / 0.06),
        (1.0, 0.25, 0.06),
        lambda t: min(1.0, t / 0.01) * math.exp(-t / 0.11),
    )


@dataclass(frozen=True)
class Effect:
    synth: Callable[[], Signal]
    max_seconds: float
    trim_db: float = 0.0  # never above 0: an effect may be softer than the target, never louder
    fade_in: float = MIN_FADE_S
    fade_out: float = 0.03


EFFECTS: dict[str, Effect] = {
    "tap": Effect(fx_tap, 0.08, trim_db=-2.0, fade_out=0.015),
    "press": Effect(fx_press, 0.08, trim_db=-5.0, fade_out=0.012),
    "pop": Effect(fx_pop, 1.2),
    "chime": Effect(fx_chime, 1.2, fade_out=0.15),
    "whoosh": Effect(fx_whoosh, 1.2),
    "boing": Effect(fx_boing, 1.2, fade_out=0.08),
    "giggle": Effect(fx_giggle, 1.2),
    "squeeze": Effect(fx_squeeze, 1.2),
    "heart_fill": Effect(fx_heart_fill, 1.6, fade_out=0.12),
    "kiss": Effect(fx_kiss, 1.2, fade_out=0.05),
    "high_five": Effect(fx_high_five, 1.2, fade_out=0.1),
    "fist_bump": Effect(fx_fist_bump, 1.2, fade_out=0.1),
    "wave": Effect(fx_wave, 1.2),
    "thumbs_up": Effect(fx_thumbs_up, 1.2, fade_out=0.1),
    "sparkle": Effect(fx_sparkle, 1.2, fade_out=0.15),
    "page_turn": Effect(fx_page_turn, 1.2),
    "door": Effect(fx_door, 1.2, fade_out=0.1),
    "footsteps": Effect(fx_footsteps, 1.2, fade_out=0.1),
    "sticker_fanfare": Effect(fx_sticker_fanfare, 2.5, fade_out=0.3),
    "breathe_in": Effect(fx_breathe_in, 3.2, trim_db=-3.0, fade_in=0.05),
    "breathe_out": Effect(fx_breathe_out, 4.2, trim_db=-3.0, fade_in=0.05, fade_out=0.1),
    "hint": Effect(fx_hint, 1.2, trim_db=-1.0, fade_in=0.008, fade_out=0.15),
    "gate_open": Effect(fx_gate_open, 1.2, fade_out=0.15),
    "soft_no": Effect(fx_soft_no, 1.2, trim_db=-2.0, fade_in=0.01, fade_out=0.05),
}


def render_effect(name: str) -> Signal:
    spec = EFFECTS[name]
    return finish_effect(spec.synth(), spec.trim_db, spec.fade_in, spec.fade_out)


# --------------------------------------------------------------------------------------------
# music


@dataclass(frozen=True)
class Song:
    """A loop: ``melody`` and ``chords`` are (start beat, length in beats, notes)."""

    bpm: float
    beats: int
    melody: tuple[tuple[float, float, str], ...]
    chords: tuple[tuple[float, float, tuple[str, ...]], ...]
    bass: tuple[tuple[float, float, str], ...]
    lead: tuple[Partial, ...]
    lead_tau: float
    lead_seconds: float
    echo_beats: float
    echo_feedback: float
    sparkle_every: int  # a soft bell an octave up on every n-th melody note (0 for none)


CALM_MORNING = Song(
    bpm=72.0,
    beats=32,  # 8 bars of 4/4: 26.7 s
    melody=(
        (0, 1, "E5"),
        (1, 1, "G5"),
        (2, 2, "C6"),
        (4, 1.5, "A5"),
        (5.5, 0.5, "G5"),
        (6, 2, "E5"),
        (8, 1, "A4"),
        (9, 1, "C5"),
        (10, 1, "D5"),
        (11, 1, "C5"),
        (12, 3, "D5"),
        (15, 1, "G4"),
        (16, 1, "E5"),
        (17, 1, "G5"),
        (18, 1, "A5"),
        (19, 1, "G5"),
        (20, 1, "E5"),
        (21, 1, "C5"),
        (22, 2, "A4"),
        (24, 1, "C5"),
        (25, 1, "D5"),
        (26, 1, "E5"),
        (27, 1, "G5"),
        (28, 3, "D5"),
        (31, 1, "G4"),
    ),
    chords=(
        (0, 4, ("C3", "G3", "E4")),
        (4, 4, ("A2", "E3", "C4")),
        (8, 4, ("F2", "C3", "A3")),
        (12, 4, ("G2", "D3", "B3")),
        (16, 4, ("C3", "G3", "E4")),
        (20, 4, ("A2", "E3", "C4")),
        (24, 4, ("F2", "C3", "A3")),
        (28, 4, ("G2", "D3", "B3")),
    ),
    bass=(
        (0, 4, "C2"),
        (4, 4, "A1"),
        (8, 4, "F1"),
        (12, 4, "G1"),
        (16, 4, "C2"),
        (20, 4, "A1"),
        (24, 4, "F1"),
        (28, 4, "G1"),
    ),
    lead=MUSIC_BOX,
    lead_tau=0.75,
    lead_seconds=3.0,
    echo_beats=0.75,
    echo_feedback=0.3,
    sparkle_every=4,
)

GENTLE_DAY = Song(
    bpm=78.0,
    beats=36,  # 12 bars of 3/4: 27.7 s
    melody=(
        (0, 1, "C5"),
        (1, 1, "D5"),
        (2, 1, "E5"),
        (3, 2, "G5"),
        (5, 1, "E5"),
        (6, 1, "D5"),
        (7, 1, "C5"),
        (8, 1, "D5"),
        (9, 3, "E5"),
        (12, 1, "A4"),
        (13, 1, "C5"),
        (14, 1, "D5"),
        (15, 2, "E5"),
        (17, 1, "G5"),
        (18, 2, "A5"),
        (20, 1, "G5"),
        (21, 3, "E5"),
        (24, 1, "G5"),
        (25, 1, "E5"),
        (26, 1, "D5"),
        (27, 2, "C5"),
        (29, 1, "A4"),
        (30, 1, "C5"),
        (31, 1, "D5"),
        (32, 1, "C5"),
        (33, 2, "D5"),
        (35, 1, "G4"),
    ),
    chords=(
        (0, 6, ("C3", "G3", "E4")),
        (6, 6, ("G2", "D3", "B3")),
        (12, 6, ("A2", "E3", "C4")),
        (18, 6, ("F2", "C3", "A3")),
        (24, 6, ("C3", "G3", "E4")),
        (30, 6, ("G2", "D3", "B3")),
    ),
    bass=(
        (0, 3, "C2"),
        (3, 3, "G1"),
        (6, 3, "G1"),
        (9, 3, "D2"),
        (12, 3, "A1"),
        (15, 3, "E2"),
        (18, 3, "F1"),
        (21, 3, "C2"),
        (24, 3, "C2"),
        (27, 3, "G1"),
        (30, 3, "G1"),
        (33, 3, "D2"),
    ),
    lead=MARIMBA,
    lead_tau=0.45,
    lead_seconds=2.2,
    echo_beats=1.0,
    echo_feedback=0.25,
    sparkle_every=3,
)

SONGS: dict[str, Song] = {"calm_morning": CALM_MORNING, "gentle_day": GENTLE_DAY}


def _pad_note(freq: float, seconds: float, attack: float, release: float, rate: int) -> Signal:
    """Two slightly detuned sines and a soft octave: slow beating, warm, no sharp edges."""
    total = seconds + release
    n = count(total, rate)
    out = [0.0] * n
    for ratio, amp in ((0.9975, 0.5), (1.0025, 0.5), (2.0, 0.08)):
        w = TAU * freq * ratio / rate
        c = 2.0 * math.cos(w)
        s0, s1 = 0.0, amp * math.sin(w)
        out[1] += s1
        for i in range(2, n):
            s = c * s1 - s0
            out[i] += s
            s0, s1 = s1, s
    n_attack = count(attack, rate)
    n_hold = count(seconds, rate)
    n_release = n - n_hold
    for i in range(n):
        if i < n_attack:
            out[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_attack)
        elif i >= n_hold:
            out[i] *= 0.5 + 0.5 * math.cos(math.pi * (i - n_hold) / n_release)
    return out


def _cyclic_echo(x: Signal, delay: int, feedback: float, cutoff: float, rate: int) -> Signal:
    """``y[n] = x[n] + feedback * lowpass(y[n - delay])`` on a loop; converges in a few passes."""
    size = len(x)
    y = list(x)
    a = 1.0 - math.exp(-TAU * cutoff / rate)
    state = 0.0
    for _ in range(3):
        for i in range(size):
            state += a * (y[i - delay] - state)
            y[i] = x[i] + feedback * state
    return y


def render_music(name: str, rate: int = MUSIC_RATE) -> Signal:
    song = SONGS[name]
    beat = 60.0 / song.bpm
    size = round(song.beats * beat * rate)
    lead = [0.0] * size
    for index, (start, _length, note) in enumerate(song.melody):
        at = round(start * beat * rate)
        mix_cyclic(lead, struck(hz(note), song.lead_seconds, song.lead_tau, song.lead, 0.004, rate), at, 0.5)
        if song.sparkle_every and index % song.sparkle_every == 0:
            mix_cyclic(lead, struck(hz(note) * 2.0, 1.2, 0.3, BELL, 0.004, rate), at, 0.06)
    wet = _cyclic_echo(lead, round(song.echo_beats * beat * rate), song.echo_feedback, 2500.0, rate)
    out = [0.0] * size
    for start, length, notes in song.chords:
        at = round(start * beat * rate)
        for note in notes:
            mix_cyclic(out, _pad_note(hz(note), length * beat, 0.9, 1.6, rate), at, 0.12)
    for start, length, note in song.bass:
        at = round(start * beat * rate)
        f = hz(note) * 2.0  # up an octave so small laptop speakers can still carry it
        mix_cyclic(out, _pad_note(f, length * beat * 0.9, 0.06, 0.5, rate), at, 0.07)
    for i in range(size):
        out[i] += wet[i]
    mean = math.fsum(out) / size
    out = [v - mean for v in out]
    gain = 10.0 ** ((MUSIC_TARGET_DB - rms_db(out)) / 20.0)
    gain = min(gain, 10.0 ** ((MUSIC_PEAK_LIMIT_DB - 0.05) / 20.0) / max(abs(v) for v in out))
    return [v * gain for v in out]


# --------------------------------------------------------------------------------------------
# command line


def _row(name: str, x: Sequence[float], rate: int, size: int) -> str:
    return (
        f"{name:<16} {len(x) / rate:7.3f} {peak_db(x):8.2f} {rms_db(x):8.2f} {loudness_db(x, rate):9.2f}"
        f" {size / 1024:8.1f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="write everything into this one folder instead of assets/sounds and assets/music",
    )
    parser.add_argument("--only", action="append", default=[], help="make only this sound (repeatable)")
    args = parser.parse_args(argv)
    names = args.only or [*EFFECTS, *SONGS]
    unknown = [name for name in names if name not in EFFECTS and name not in SONGS]
    if unknown:
        parser.error(f"unknown sound(s): {', '.join(unknown)}")
    print(f"{'name':<16} {'seconds':>7} {'peak dB':>8} {'RMS dB':>8} {'loud300':>9} {'KiB':>8}")
    total = 0
    for name in names:
        if name in EFFECTS:
            samples, rate = render_effect(name), RATE
            folder = args.out or SOUNDS_DIR
        else:
            samples, rate = render_music(name), MUSIC_RATE
            folder = args.out or MUSIC_DIR
        data = wav_bytes(samples, rate)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.wav").write_bytes(data)
        total += len(data)
        print(_row(name, samples, rate, len(data)))
    print(f"total {total / 1024 / 1024:.2f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
