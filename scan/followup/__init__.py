"""The follow-up scan: an earlier round read back, organisations matched, what changed."""
