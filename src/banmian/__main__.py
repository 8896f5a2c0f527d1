"""`python -m banmian` is the `banmian` command."""

from banmian.cli import main

main()
