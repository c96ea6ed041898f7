from ogpkit.cli.main import main

main()
