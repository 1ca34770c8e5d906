"""⑥ Places: event locations resolved against an offline gazetteer."""
