#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace Rapporteur::Search {

// How the full-text index cuts text into tokens. The FTS5 tokenizer (fts5tokenizer.h) and the
// code that finds hits in a paragraph (matchfinder.h) both use it, so a hit that FTS5 reports is
// always one the snippet and the concordance can point at.
//
// * Han, hiragana and katakana (“n-gram characters”): Chinese has no spaces and ICU's words split
//   中国 inside 发展中国家, so every character position gets a token of its own. In a document,
//   position i of a run c0…cn-1 holds the bigram ci ci+1 and, colocated, the unigram ci; the
//   run's last character holds its unigram alone (so that bigrams of two runs are never
//   adjacent). A query of one character is its unigram; a query of n ≥ 2 characters is the
//   phrase of its n−1 bigrams, which matches exactly where the string stands in the text. In a
//   query, a run followed by more tokens also gives its last unigram, to keep the positions of
//   what follows in step with the document.
// * Letters, digits and combining marks of other scripts: words, split at anything else, so
//   COVID-19 is the phrase “covid 19” on both sides and matches as a word.
// * Everything else (punctuation, spaces, symbols) separates and is not indexed.
// Keys are NFKC with case folding (ＭＴＣＲ and mtcr are MTCR) and without Latin accents (cote
// is Côte); the text itself stays as it is.

enum class TokenizeMode
{
    Document, // what is indexed (also what the snippet and concordance code reads)
    Query,    // a term or a quoted phrase of a query
};

struct SearchToken
{
    std::string_view key; // valid during the callback only
    int start = 0;        // byte offsets of the token in the UTF-8 input
    int end = 0;
    bool colocated = false; // at the same position as the token before it
};

// Calls sink for each token in order; stops early (and returns false) when sink returns false.
bool tokenize(std::string_view utf8, TokenizeMode mode,
              const std::function<bool(const SearchToken &)> &sink);

// The same with a plain callback, for the FTS5 tokenizer (no std::function on the index's path).
using TokenCallback = bool (*)(void *context, const SearchToken &token);
bool tokenize(std::string_view utf8, TokenizeMode mode, TokenCallback sink, void *context);

// Whether a term has anything the index holds (a term of punctuation alone searches nothing).
bool hasSearchTokens(std::string_view utf8);
// Whether a term has n-gram characters (Han, kana): such a term already matches inside longer
// strings, so a prefix * means nothing for it.
bool hasNgramCharacters(std::string_view utf8);

} // namespace Rapporteur::Search
