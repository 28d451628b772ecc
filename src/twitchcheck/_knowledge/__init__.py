"""The knowledge base: loading and checking the data files, compiled arrays, evidence."""
