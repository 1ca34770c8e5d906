"""⑥ Dates: temporal expressions found and resolved against the publication date."""
