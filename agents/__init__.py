"""Thin Faust agents, one module per stage. Importing this package registers them all on the app."""

from agents import alerts, entities, language, sink, stories

__all__ = ["alerts", "entities", "language", "sink", "stories"]
