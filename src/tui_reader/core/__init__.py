"""The pure core: loading, cleaning, analysis, notes. Imports neither Textual nor Rich."""
