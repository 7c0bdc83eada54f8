// Nothing to import: the target only defines the program's entry point.
