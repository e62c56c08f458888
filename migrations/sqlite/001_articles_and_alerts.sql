-- The walking skeleton's tables (IF NOT EXISTS: stores created before migrations existed have them).
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    published TEXT,
    record TEXT NOT NULL,
    first_stored_at TEXT NOT NULL,
    last_stored_at TEXT NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS alerts (
    alert_id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    article_id TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_by_article ON alerts (article_id);
CREATE INDEX IF NOT EXISTS alerts_by_rule ON alerts (rule, detected_at);
