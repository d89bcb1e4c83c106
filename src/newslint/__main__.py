"""``python -m newslint``: the same as the ``newslint`` command."""

from newslint.cli import main

if __name__ == "__main__":
    main()
