"""Embedded resources of ScratchNN (MNIST, icons, translations), installed as a package."""
