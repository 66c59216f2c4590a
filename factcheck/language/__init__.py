"""The language layer: how numbers are typed and written, and the word lists that frame them."""
