"""Reading archives safely: zip, tar.gz and folder members within limits, streamed
JavaScript/JSON arrays, and the open networks' account exports (Mastodon's outbox,
Bluesky's repository CAR) with the records in them."""
