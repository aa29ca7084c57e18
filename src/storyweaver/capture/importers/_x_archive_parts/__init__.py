"""The X archive importer's own plumbing: the notes (long posts) an archive keeps apart."""
