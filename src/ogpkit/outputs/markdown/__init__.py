"""A Markdown field parsed once into a tree that render/ (HTML) and office/ (docx, odt) both walk. Imports markdown-it-py only; no other part of ogpkit."""
