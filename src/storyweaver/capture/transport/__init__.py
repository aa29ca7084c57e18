"""The capture transport between the editor and its capture child.

``parent_side`` runs in the editor (a Reader that stores what the child sends); ``child_side``
is the child process itself (``python -m storyweaver.capture.transport.child_side``);
``frames`` is the wire format both speak.
"""
