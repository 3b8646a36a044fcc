"""What the tests share besides fixtures: stores and data they build, sample documents, the command
line run in-process and the windows the GUI tests show. Imported as tests.support.NAME."""
