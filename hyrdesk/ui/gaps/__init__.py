"""The Bemanningsluckor page: quick entry, the browse table and the monthly summary."""
