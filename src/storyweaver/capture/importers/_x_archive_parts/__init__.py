"""The X archive importer's own plumbing: safe zip members, streaming JavaScript arrays, notes."""
