"""The names inside a story bundle (``export --bundle``), shared by its writer and its reader."""

BUNDLE_FORMAT = "storyweaver-bundle"
DOCUMENT = "story.json"  # the export --json document, with every library item in full under "items"
MEDIA = "media/"  # media/<sha256>: every file the project keeps, named by its content hash
