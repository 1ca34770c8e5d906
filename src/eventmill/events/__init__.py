"""⑤ Events: predicates coded as PLOVER events with roles, modality, counts and quotes."""
