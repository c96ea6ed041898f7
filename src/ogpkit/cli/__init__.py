"""The command line: the typer app and one module a command (options in, one core call, print, an exit code). May import every package of ogpkit."""
