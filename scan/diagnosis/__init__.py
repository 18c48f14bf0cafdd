"""The diagnosis: bottlenecks and quick wins, each with its evidence, and the findings outputs."""
