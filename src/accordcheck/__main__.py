from accordcheck.cli import run

run()
