"""The ways in: command line, HTTP API, terminal interview, FHIR, exports and rendering."""
