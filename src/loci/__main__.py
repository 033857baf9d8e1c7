from loci.cli import main

main()
