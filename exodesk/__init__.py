"""ExoDesk: a desktop reference manager for a clinic."""

__version__ = "0.1.0"
# The app's name: its folders for data, settings and logs, the window's title,
# the name it gives web services and the PDFs it makes.
APP_NAME = "ExoDesk"
