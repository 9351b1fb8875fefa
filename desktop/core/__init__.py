"""Pure rules of the product: SMS encoding, phone numbers, sending hours, templates, compliance.

Nothing here imports Qt, SQLAlchemy, requests or any other part of the project.
"""
