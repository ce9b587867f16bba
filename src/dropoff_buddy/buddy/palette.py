"""Colours for buddies and people: every named colour in ``storage.models`` mapped to hex shades.

Each named colour has a base fill plus derived shades: ``dark`` (outlines, a gentle darker
shade of the fill), ``mid`` (patterns such as spots and stripes) and ``light`` (muzzles,
bellies, paw pads). The tables are read-only mappings; the ``*_tokens`` helpers return fresh
dictionaries ready for ``assets.fill_tokens``.
"""

from __future__ import annotations

import colorsys
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dropoff_buddy.storage.models import (
    BUDDY_COLOURS,
    CLOTHES_COLOURS,
    HAIR_COLOURS,
    SKIN_TONES,
    AvatarLook,
    BuddyLook,
)


@dataclass(frozen=True)
class Shades:
    """One named colour: ``base`` fill and its derived ``dark``, ``mid`` and ``light`` shades (``#rrggbb``)."""

    base: str
    dark: str
    mid: str
    light: str


@dataclass(frozen=True)
class BuddyColours:
    """The token colours of one buddy fur colour."""

    body: str
    body_dark: str
    body_mid: str
    body_light: str
    inner: str


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(channel * 255))):02x}" for channel in rgb)


def _mix(a: str, b: str, amount: float) -> str:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    ra, rb = _rgb(a), _rgb(b)
    return _hex((ra[0] + (rb[0] - ra[0]) * amount, ra[1] + (rb[1] - ra[1]) * amount, ra[2] + (rb[2] - ra[2]) * amount))


def _darker(hex_colour: str, factor: float) -> str:
    """Lower the lightness by ``factor`` (0.6 keeps 60 %), nudging saturation up so shades stay warm."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*_rgb(hex_colour))
    return _hex(colorsys.hls_to_rgb(hue, lightness * factor, min(1.0, saturation * 0.62 + 0.06)))


def shades(base: str, *, dark: float = 0.62, mid: float = 0.86, light: float = 0.55) -> Shades:
    """Derive the dark/mid/light shades of ``base``: ``light`` is the share of cream mixed in."""
    return Shades(base=base, dark=_darker(base, dark), mid=_darker(base, mid), light=_mix(base, "#fffaf0", light))


_PINK_INNER = "#f5b3c1"

# Real soft-toy browns, creams and greys, plus a few gentle brights.
_BUDDY_BASE: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "honey": ("#e8b66c", _PINK_INNER),
        "chocolate": ("#8e5f3e", "#f2b2b8"),
        "caramel": ("#c98c55", _PINK_INNER),
        "cream": ("#f2e2c2", _PINK_INNER),
        "white": ("#f6f3ee", _PINK_INNER),
        "grey": ("#b7b4b2", _PINK_INNER),
        "charcoal": ("#64626a", "#eeaab8"),
        "pink": ("#f5b7c5", "#ec8ea6"),
        "sky": ("#a6d1ef", _PINK_INNER),
        "mint": ("#a5dec3", _PINK_INNER),
        "lilac": ("#c8b5e6", _PINK_INNER),
        "sunshine": ("#f8d665", "#f4a8a6"),
    }
)


def _buddy_colours(name: str) -> BuddyColours:
    base, inner = _BUDDY_BASE[name]
    very_pale = colorsys.rgb_to_hls(*_rgb(base))[1] > 0.85
    shade = shades(base, dark=0.55 if very_pale else 0.62, mid=0.9 if very_pale else 0.87)
    light = "#fffdf9" if very_pale else shade.light
    return BuddyColours(body=base, body_dark=shade.dark, body_mid=shade.mid, body_light=light, inner=inner)


BUDDY_PALETTE: Mapping[str, BuddyColours] = MappingProxyType({name: _buddy_colours(name) for name in BUDDY_COLOURS})

# The palettes below are data tables (a base colour per name), alike in shape by design.
SKIN_PALETTE: Mapping[str, Shades] = MappingProxyType(
    {
        name: shades(base, dark=0.72, light=0.35)
        for name, base in {
            "porcelain": "#fbe2d3",
            "peach": "#f4c6a4",
            "sand": "#e4b389",
            "olive": "#c79a6c",
            "bronze": "#a7704a",
            "umber": "#7e5036",
            "deep": "#5b3a28",
        }.items()
    }
)

HAIR_PALETTE: Mapping[str, Shades] = MappingProxyType(
    {
        name: shades(base, dark=0.62, light=0.3)
        for name, base in {
            "black": "#2e2a2c",
            "dark_brown": "#4d3429",
            "brown": "#7d5336",
            "auburn": "#a84a2c",
            "blonde": "#e7c47c",
            "grey": "#bdb9b5",
        }.items()
    }
)

CLOTHES_PALETTE: Mapping[str, Shades] = MappingProxyType(
    {
        name: shades(base, dark=0.7, light=0.4)
        for name, base in {
            "red": "#e5625c",
            "orange": "#f0994c",
            "yellow": "#f4cc55",
            "green": "#7cc27a",
            "teal": "#4fb3ad",
            "blue": "#5c9cdb",
            "purple": "#9c7bd0",
            "pink": "#f093b5",
            "grey": "#a2a6ab",
        }.items()
    }
)

assert set(SKIN_PALETTE) == set(SKIN_TONES)
assert set(HAIR_PALETTE) == set(HAIR_COLOURS)
assert set(CLOTHES_PALETTE) == set(CLOTHES_COLOURS)


def buddy_tokens(look: BuddyLook) -> dict[str, str]:
    """SVG tokens for a buddy: ``body``, ``body_dark``, ``body_mid``, ``body_light``, ``inner``."""
    colours = BUDDY_PALETTE[look.colour]
    return {
        "body": colours.body,
        "body_dark": colours.body_dark,
        "body_mid": colours.body_mid,
        "body_light": colours.body_light,
        "inner": colours.inner,
    }


def person_tokens(look: AvatarLook) -> dict[str, str]:
    """SVG tokens for a person: ``skin``/``skin_dark``, ``hair``/``hair_dark``, ``clothes``/``clothes_dark``, ...

    Also ``skin_light``, ``hair_light`` and ``clothes_light`` for highlights.
    """
    skin, hair, clothes = SKIN_PALETTE[look.skin], HAIR_PALETTE[look.hair_colour], CLOTHES_PALETTE[look.clothes]
    return {
        "skin": skin.base,
        "skin_dark": skin.dark,
        "skin_light": skin.light,
        "hair": hair.base,
        "hair_dark": hair.dark,
        "hair_light": hair.light,
        "clothes": clothes.base,
        "clothes_dark": clothes.dark,
        "clothes_light": clothes.light,
    }
