"""Turning social posts (X v1.1 and v2, Mastodon, Bluesky) into library items.

Shared by the file importers, the address captures and the searches, so a post reads
the same whichever way it arrived.
"""
