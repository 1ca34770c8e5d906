"""② Cleaning: a Document becomes an Article with paragraphs, detached posts and segments."""
