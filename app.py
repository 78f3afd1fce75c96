"""Start the askspeech web chat on the embedded defaults (builds the index first if missing)."""

from askspeech.ui import main

if __name__ == "__main__":
    main()
