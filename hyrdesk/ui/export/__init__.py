"""The Export och delning page: the line-dialogue workbook, deliveries and the roll-up."""
