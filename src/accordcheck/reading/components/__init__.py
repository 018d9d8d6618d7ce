"""The reader's components, one module each; :data:`accordcheck.reading.reader.COMPONENTS`
lists them in pipeline order."""
