"""One module per resource; each offers JSON under /api and, where a person looks at it, a page."""
