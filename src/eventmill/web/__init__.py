"""The HTTP API and web UI over the store: `create_app` in app.py, one routes module per resource."""
