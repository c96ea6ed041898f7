from ogpkit.cli import main

main()
