from press.cli import main

main()
