"""③ Language analysis: the only place spaCy is loaded; segments become parsed sentences."""
