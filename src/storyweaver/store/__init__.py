"""The ``.storyweaver`` project file: one SQLite database used as an application file format."""

from storyweaver.store.project import Project

__all__ = ["Project"]
