"""Wire records (pydantic models) and their exported JSON Schema files."""

from schemas.records import (
    Alert,
    ArticleAlert,
    DeadLetter,
    EnrichedArticle,
    Entity,
    Language,
    Match,
    RawArticle,
)

__all__ = ["Alert", "ArticleAlert", "DeadLetter", "EnrichedArticle", "Entity", "Language", "Match", "RawArticle"]
