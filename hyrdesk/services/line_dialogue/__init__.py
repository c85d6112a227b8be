"""The line-dialogue workbook (underlag för dialog i linjen): its data, its schema and its writer."""
