#include "concordance.h"

#include "matchfinder.h"
#include "searchindex/searchtokens.h"

#include "text/offsets.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace Rapporteur::Search {

namespace {

QueryPhrase termPhrase(const QString &term)
{
    QString text = term.trimmed();
    QueryPhrase phrase;
    while (text.endsWith(u'*')) {
        phrase.prefix = true;
        text.chop(1);
    }
    // A term given in quotes is the same term: the concordance reads one phrase anyway.
    static const QString quotes = QStringLiteral("\"“”＂");
    while (!text.isEmpty() && quotes.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && quotes.contains(text.back()))
        text.chop(1);
    while (text.endsWith(u'*')) { // "MT"* as well as MT*
        phrase.prefix = true;
        text.chop(1);
    }
    phrase.text = text;
    return phrase;
}

QList<uint> codePoints(const QString &s, bool reversed)
{
    QList<uint> out = s.toUcs4();
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

Result<Concordance> concordance(Storage::Database &db, const QString &term,
                                const Storage::SearchScope &scope, int context)
{
    Concordance result;
    result.term = termPhrase(term);
    if (!hasSearchTokens(result.term.text.toUtf8().toStdString()))
        return result;
    auto rows = Storage::SearchRepository(db).inCorpusOrder(ftsPhrase(result.term), scope);
    if (!rows)
        return rows.error();

    QHash<QString, qsizetype> countIndex;
    QHash<QString, qint64> lastParagraph; // per entity, the paragraph last counted
    for (const Storage::SearchRow &row : *rows) {
        const QList<TextMatch> matches = MatchFinder(row.text).find(result.term);
        if (matches.isEmpty())
            continue;
        qsizetype &index = countIndex[row.entityCode];
        if (index == 0) {
            result.counts.append({row.entityCode, 0, 0});
            index = result.counts.size(); // 1-based, so 0 means "not seen yet"
        }
        ConcordanceCount &count = result.counts[index - 1];
        // A paragraph's text and its footnotes come one after another: count the paragraph once.
        if (std::exchange(lastParagraph[row.entityCode], row.paragraphId) != row.paragraphId)
            ++count.paragraphs;
        count.occurrences += static_cast<int>(matches.size());
        for (const TextMatch &m : matches) {
            ConcordanceLine &line = result.lines.emplace_back();
            line.document = row.document;
            line.submissionId = row.submissionId;
            line.entityCode = row.entityCode;
            line.paragraphId = row.paragraphId;
            line.footnote = row.footnote;
            line.footnoteMarker = row.footnoteMarker;
            line.page = row.page;
            line.offset = Text::toCodePointOffset(row.text, m.start);
            const qsizetype endPoint = Text::toCodePointOffset(row.text, m.end);
            const qsizetype leftFrom =
                Text::toUtf16Offset(row.text, std::max<qsizetype>(0, line.offset - context));
            const qsizetype rightTo = Text::toUtf16Offset(row.text, endPoint + context);
            line.left = row.text.mid(leftFrom, m.start - leftFrom);
            line.hit = row.text.mid(m.start, m.end - m.start);
            line.right = row.text.mid(m.end, rightTo - m.end);
        }
    }
    std::stable_sort(result.counts.begin(), result.counts.end(),
                     [](const ConcordanceCount &a, const ConcordanceCount &b) {
                         return a.occurrences != b.occurrences ? a.occurrences > b.occurrences
                                                               : a.entityCode < b.entityCode;
                     });
    return result;
}

void sortConcordance(QList<ConcordanceLine> &lines, ConcordanceOrder order)
{
    if (order == ConcordanceOrder::Corpus)
        return; // concordance() hands them out in corpus order
    const bool left = order == ConcordanceOrder::Left;
    std::stable_sort(
        lines.begin(), lines.end(), [left](const ConcordanceLine &a, const ConcordanceLine &b) {
            const QList<uint> ka = codePoints(left ? a.left : a.right, left);
            const QList<uint> kb = codePoints(left ? b.left : b.right, left);
            return std::lexicographical_compare(ka.cbegin(), ka.cend(), kb.cbegin(), kb.cend());
        });
}

} // namespace Rapporteur::Search
