-- Full-text search over title and body, and the entities of each article for --entity.
-- The index holds the text as newsmon tokenises it (case-folded words; Chinese and Japanese one
-- character a word), so every language is searchable the same way; the store fills it on upsert.
CREATE VIRTUAL TABLE articles_fts USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE article_entities (
    article_id TEXT NOT NULL,
    entity_id TEXT,
    name TEXT NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX article_entities_by_article ON article_entities (article_id);
CREATE INDEX article_entities_by_id ON article_entities (entity_id);
CREATE INDEX article_entities_by_name ON article_entities (name);
CREATE INDEX articles_by_time ON articles (published);
CREATE INDEX articles_by_language ON articles (language);
