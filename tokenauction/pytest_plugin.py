"""pytest plugin (entry point ``pytest11``): put aggregation rules under property tests."""
