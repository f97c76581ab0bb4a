from stratkit.cli.app import main

main()
