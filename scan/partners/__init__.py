"""What goes back to the partners: data-request workbooks and feedback pages."""
