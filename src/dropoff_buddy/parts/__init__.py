"""The child's world: home and the parts of the morning (one module, or package, per part)."""
