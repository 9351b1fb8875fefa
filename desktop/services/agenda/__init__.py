"""The agenda: appointments, orders and interventions, and the notices planned for them."""
