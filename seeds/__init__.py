"""The demo library: five real saved pages about exosome and MSC research."""
