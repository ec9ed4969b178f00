"""Sessions as a series: the Follow-up page, the obstacle board, recognition, the dashboard,
customer-feedback import and the value-ideas backlog (issue 6).

Importing ``ui.series.follow_up`` registers the Follow-up page; importing
``ui.series.actions`` registers the menu commands.
"""
