"""One module a command: typer parameters in, an exit code out."""
