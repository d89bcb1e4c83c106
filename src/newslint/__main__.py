"""``python -m newslint`` and the ``newslint`` command."""

from newslint.cli import main

if __name__ == "__main__":
    main()
