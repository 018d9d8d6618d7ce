from accordcheck.cli.commands import run

run()
