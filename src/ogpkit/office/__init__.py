"""Word and OpenDocument files: reading filled templates, writing the compiled plan."""
