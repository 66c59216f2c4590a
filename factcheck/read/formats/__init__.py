"""Input formats beyond plain text: what to skip in Markdown, how to read text out of HTML."""
