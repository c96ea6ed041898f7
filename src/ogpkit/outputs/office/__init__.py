"""The compiled plan as office documents: a block layout, written as .docx and .odt."""
