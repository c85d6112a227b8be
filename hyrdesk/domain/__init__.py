"""Pure domain code: values, rules and calculations. Never imports Qt."""
