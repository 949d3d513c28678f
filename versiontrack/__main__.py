from versiontrack.cli import main

main(prog_name="versiontrack")
