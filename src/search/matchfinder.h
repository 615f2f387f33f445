#pragma once

#include "querysyntax.h"

#include <QList>
#include <QString>

namespace Rapporteur::Search {

// A stretch of a paragraph's text that a phrase matched, in UTF-16 units of the text.
struct TextMatch
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last unit
    bool operator==(const TextMatch &) const = default;
};

// Finds where phrases stand in one text the way FTS5 matched them: both sides are cut by the
// same tokenizer (searchtokens.h) and a phrase matches at consecutive token positions, so every
// paragraph FTS5 returns has at least one match here. One object per text: it tokenizes once.
class MatchFinder
{
public:
    explicit MatchFinder(const QString &text);

    // Every occurrence of the phrase, in text order; occurrences may overlap (哈哈 twice in
    // 哈哈哈).
    QList<TextMatch> find(const QueryPhrase &phrase) const;
    // The occurrences of all phrases, sorted, with overlapping and touching ones merged.
    QList<TextMatch> findAll(const QList<QueryPhrase> &phrases) const;

private:
    struct Token
    {
        std::string key;
        qsizetype start = 0; // UTF-16 units
        qsizetype end = 0;
    };

    QList<QList<Token>> m_positions; // the tokens at each token position
};

} // namespace Rapporteur::Search
