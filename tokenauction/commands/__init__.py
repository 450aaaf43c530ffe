"""One module per ``tokenauction`` subcommand."""
