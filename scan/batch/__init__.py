"""Many regions at once: the batch run and the index page comparing the regions."""
