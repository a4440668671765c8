"""What people look at: timeline charts and a self-contained HTML report."""
