"""① Reading: bytes from files, folders, globs and stdin become Documents (or Failures)."""
