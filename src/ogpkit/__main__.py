from ogpkit.cli.app import main

main()
