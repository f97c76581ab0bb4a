"""stratkit: follow up municipal strategies kept as YAML files in git."""

__version__ = "0.1.0"
