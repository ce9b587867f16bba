"""Dropoff Buddy: a calm, offline morning game that helps small children with daycare drop-off."""

__version__ = "0.1.0"
