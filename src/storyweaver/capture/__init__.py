"""Capture: turn addresses, files and archives into library items, through one network layer."""
