"""Import of public input (CSV, XLSX) into consultation rounds; may import plan and source."""
