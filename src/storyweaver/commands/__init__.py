"""One module per command: ``run(args) -> exit code``; imported only when its command runs."""
