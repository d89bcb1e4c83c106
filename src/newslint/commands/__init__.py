"""The subcommands of ``newslint``, one module each; :mod:`newslint.cli` registers them."""
