"""④ Actors: mentions in the text resolved to canonical actors with country, sector and role."""
