"""Caregiver Companion: offline lessons and private tools for families caring for someone with a
mental illness."""

__version__ = "0.1.0"
