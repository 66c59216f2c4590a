"""Reading inputs: files and folders, decoding, Markdown and HTML, front matter, suppression."""
