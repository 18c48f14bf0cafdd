"""Getting the data right: the data request (schema), reading, checking, naming, merging."""
