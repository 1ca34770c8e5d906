"""`python -m eventmill` runs the command line."""

from eventmill.cli.app import main

main()
