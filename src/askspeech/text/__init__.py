"""Chinese text knowledge used everywhere, written once: numerals, outline markers, sentence
ends (`zh`)."""
