"""Dagster assets: thin wiring around the pure modules in `pipelines.text` and `pipelines.nlp`."""
