"""Exports of a story: the public HTML recap, the PDF briefing, JSON and TimelineJS (Qt-free).

Use :func:`storyweaver.export.api.export_story`; WeasyPrint is only ever imported in the
PDF child process, so importing this package stays cheap.
"""
