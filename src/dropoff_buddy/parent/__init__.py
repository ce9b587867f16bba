"""The grown-ups' corner: the page frame (``page``), the editors set-up and settings share, and the pages."""
