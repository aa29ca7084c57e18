"""The Qt-free domain model: captured items, story blocks and the instants they carry."""
