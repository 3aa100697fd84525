"""Chapter 4 of Deep Learning from Scratch as a small numpy library (see README)."""
