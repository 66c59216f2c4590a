"""Report writers: one module per output format."""
