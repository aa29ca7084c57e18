"""Bringing a colleague's work in whole: another project (``project.py``) or a story bundle
(``bundle.py``), merged into this project in one transaction."""
