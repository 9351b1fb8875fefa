"""The dispatcher: claims due messages, sends them through each account, reconciles, polls statuses and replies."""
