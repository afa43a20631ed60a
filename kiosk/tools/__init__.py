"""Developer tools that generate the demo assets (floor plans, staff portraits)."""
