"""Text stage: raw page text to normalised, measured lines."""
