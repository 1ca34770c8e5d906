"""Evaluate event records against gold annotations (`eventmill evaluate`)."""
