#include "matchfinder.h"

#include "searchindex/searchtokens.h"

#include <algorithm>
#include <string>
#include <vector>

namespace Rapporteur::Search {

namespace {

// UTF-16 index of each UTF-8 byte offset of the same text (the tokenizer reports bytes).
std::vector<qsizetype> utf16IndexOfBytes(const QByteArray &utf8)
{
    std::vector<qsizetype> index(static_cast<size_t>(utf8.size()) + 1, 0);
    qsizetype units = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        index[static_cast<size_t>(i)] = units;
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if ((byte & 0xC0) != 0x80)         // a lead byte starts a code point
            units += byte >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    index[static_cast<size_t>(utf8.size())] = units;
    return index;
}

std::vector<std::string> queryKeys(const QueryPhrase &phrase)
{
    std::vector<std::string> keys;
    tokenize(phrase.text.toUtf8().toStdString(), TokenizeMode::Query, [&](const SearchToken &t) {
        keys.emplace_back(t.key);
        return true;
    });
    return keys;
}

} // namespace

MatchFinder::MatchFinder(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::vector<qsizetype> index = utf16IndexOfBytes(utf8);
    tokenize(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())),
             TokenizeMode::Document, [&](const SearchToken &t) {
                 if (!t.colocated || m_positions.isEmpty())
                     m_positions.append(QList<Token>());
                 m_positions.last().append({std::string(t.key), index[static_cast<size_t>(t.start)],
                                            index[static_cast<size_t>(t.end)]});
                 return true;
             });
}

QList<TextMatch> MatchFinder::find(const QueryPhrase &phrase) const
{
    const std::vector<std::string> keys = queryKeys(phrase);
    // FTS5 makes the last token of a "…" * phrase a prefix; the parser sets prefix for Latin only.
    const bool prefix = phrase.prefix && !hasNgramCharacters(phrase.text.toUtf8().toStdString());
    QList<TextMatch> matches;
    if (keys.empty())
        return matches;
    const auto count = static_cast<qsizetype>(keys.size());
    for (qsizetype p = 0; p + count <= m_positions.size(); ++p) {
        TextMatch span{-1, -1};
        for (qsizetype j = 0; j < count; ++j) {
            const std::string &want = keys[static_cast<size_t>(j)];
            const bool lastAsPrefix = prefix && j == count - 1;
            const auto &tokens = m_positions[p + j];
            const auto hit = std::find_if(tokens.cbegin(), tokens.cend(), [&](const Token &t) {
                return lastAsPrefix ? t.key.compare(0, want.size(), want) == 0 : t.key == want;
            });
            if (hit == tokens.cend()) {
                span.start = -1;
                break;
            }
            span.start = span.start < 0 ? hit->start : std::min(span.start, hit->start);
            span.end = std::max(span.end, hit->end);
        }
        if (span.start >= 0)
            matches.append(span);
    }
    return matches;
}

QList<TextMatch> MatchFinder::findAll(const QList<QueryPhrase> &phrases) const
{
    QList<TextMatch> all;
    for (const QueryPhrase &phrase : phrases)
        all += find(phrase);
    std::sort(all.begin(), all.end(), [](const TextMatch &a, const TextMatch &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<TextMatch> merged;
    for (const TextMatch &m : all) {
        if (!merged.isEmpty() && m.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, m.end);
        else
            merged.append(m);
    }
    return merged;
}

} // namespace Rapporteur::Search
