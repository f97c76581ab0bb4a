"""Writing strategy files: edit only the bytes of the values that change (see document)."""
