"""The command line: parses options, calls the core, hands results to reporters."""
