-- Articles, alerts, entities, and full-text search: `tokens` holds the text as newsmon tokenises it
-- (case-folded words; Chinese and Japanese one character a word), indexed with the 'simple'
-- configuration so that every language is searched the same way as in the SQLite store.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    published TIMESTAMPTZ,
    record JSONB NOT NULL,
    first_stored_at TIMESTAMPTZ NOT NULL,
    last_stored_at TIMESTAMPTZ NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1,
    tokens TEXT NOT NULL DEFAULT '',
    search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED
);
CREATE INDEX articles_search ON articles USING GIN (search);
CREATE INDEX articles_by_time ON articles (published);
CREATE INDEX articles_by_language ON articles (language);
CREATE TABLE alerts (
    alert_id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    article_id TEXT NOT NULL,
    detected_at TIMESTAMPTZ NOT NULL,
    record JSONB NOT NULL
);
CREATE INDEX alerts_by_article ON alerts (article_id);
CREATE INDEX alerts_by_rule ON alerts (rule, detected_at);
CREATE TABLE article_entities (
    article_id TEXT NOT NULL,
    entity_id TEXT,
    name TEXT NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX article_entities_by_article ON article_entities (article_id);
CREATE INDEX article_entities_by_id ON article_entities (entity_id);
CREATE INDEX article_entities_by_name ON article_entities (name);
