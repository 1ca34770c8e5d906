"""⑦ Output: records turned into the versioned JSON contract and written in each format."""
