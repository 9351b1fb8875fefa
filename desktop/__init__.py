"""Comptoir: clients, appointments and SMS for small French businesses."""

__version__ = "0.1.0"
APP_NAME = "Comptoir"
APP_ID = "comptoir"
