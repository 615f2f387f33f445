#pragma once

#include <QList>
#include <QString>

namespace Rapporteur::Search {

// One term or quoted phrase of a query, as the user wrote it.
struct QueryPhrase
{
    QString text;
    bool prefix = false; // term* on a Latin term: words that start with it
    bool operator==(const QueryPhrase &) const = default;
};

struct ParsedQuery
{
    // The FTS5 MATCH expression; empty when the input holds nothing to search for. Every term
    // is a quoted FTS5 string, so nothing the user types is read as FTS5 syntax.
    QString fts;
    // The terms a hit may contain (those not behind a NOT), for highlighting snippets.
    QList<QueryPhrase> positive;
};

// Reads a user's query:
//   words and "quoted phrases" (also “…”); a word is searched as written, so 出口管制 and
//   COVID-19 are phrases of their tokens (searchtokens.h);
//   AND (or nothing, or 与), OR (或), NOT (非) between two operands, NOT binding to the
//   operand on its right ("a b NOT c" is a and b, without c), AND before OR;
//   parentheses group, also （…）;
//   a trailing * makes a Latin term a prefix (MT* finds MTCR); a Chinese term already matches
//   inside longer strings, so * there is ignored.
// Nothing is an error: an operator without an operand on both sides is a word, unbalanced
// parentheses and quotes close at the end, a term of punctuation alone is dropped. At most
// kMaxTerms terms are read, and parentheses nest at most kMaxDepth deep (deeper ones are read as
// if absent), so FTS5's limit on expression depth is never reached.
ParsedQuery parseQuery(const QString &input);

// One phrase as an FTS5 string: quoted, quotes doubled, and "*" for a Latin prefix.
QString ftsPhrase(const QueryPhrase &phrase);

inline constexpr int kMaxTerms = 64;
inline constexpr int kMaxDepth = 16;

} // namespace Rapporteur::Search
