"""The words: one catalogue of every sentence and label (Dutch, English), and number formats."""
