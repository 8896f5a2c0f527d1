"""Source adapters: bytes from a file or stdin to text the pipeline can read."""
