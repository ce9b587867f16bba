"""The grown-ups' world: every page behind the parent gate, each built on ``parent.page``."""
