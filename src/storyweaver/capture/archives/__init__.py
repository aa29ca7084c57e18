"""Account archives of the open networks (Mastodon's outbox, Bluesky's repository), read in
memory with limits: the containers (zip, tar.gz, a folder, a CAR file) and the records in them."""
