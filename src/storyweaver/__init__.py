"""StoryWeaver: collect social posts, links and images and weave them into a recap."""

__version__ = "0.1.0"
