"""The story as a TimelineJS 3 document, written to be published.

``document.py`` builds the JSON (text blocks, groups, media with alt, caption and credit);
``writer.py`` writes it, with its images as files beside it or by their original address.
"""
