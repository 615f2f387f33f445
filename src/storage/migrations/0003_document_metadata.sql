-- What a PDF's masthead says of the document itself: its date and original language(s).
-- Text imports leave them empty (a compilation report's text has no masthead).
ALTER TABLE document ADD COLUMN date TEXT
    CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE document ADD COLUMN original_languages TEXT; -- ISO 639-1, comma-separated
