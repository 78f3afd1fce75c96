"""Chinese text knowledge used everywhere, written once: numerals, outline markers, sentence
ends (`zh`), and the everyday words for the speeches' official ones (`colloquial.tsv`)."""
