"""Writers: what turns a section's facts into prose.

The default writer (``default``: lists, numbers, articles, dates; ``text``: statements
with their links and language spans) is deterministic and data-driven: no network, no
model, and the same words for the same knowledge base. Sections call it while they
compose, so every sentence is built from, and cites, the facts it states. Another
writer (a model behind an OpenAI-compatible endpoint, say) would rewrite statements
one by one and keep their facts, so that the checker can verify each draft against them.
"""
