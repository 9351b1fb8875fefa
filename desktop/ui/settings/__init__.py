"""Réglages: the settings view, its pages and the widgets they are made of."""
