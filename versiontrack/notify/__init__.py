"""Notifications: events from the audit of changed stories, an outbox in the state file, and
delivery through Apprise (``events``, ``outbox``, ``send``, ``run``)."""
