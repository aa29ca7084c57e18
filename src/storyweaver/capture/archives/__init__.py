"""Reading archives safely: zip and folder members within limits, streamed JavaScript/JSON arrays."""
