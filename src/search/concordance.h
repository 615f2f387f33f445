#pragma once

#include "querysyntax.h"

#include "common/result.h"
#include "storage/searchrepository.h"

#include <QList>
#include <QString>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Search {

// One occurrence of a term with its context (keyword in context).
struct ConcordanceLine
{
    QString document;
    std::optional<qint64> submissionId;
    QString entityCode; // empty outside a submission or for an unresolved one
    qint64 paragraphId = 0;
    int page = 0;
    int footnote = -1; // the ordinal of the footnote the hit is in; -1: the paragraph's text
    QString footnoteMarker;
    qsizetype offset = 0; // of the hit in that text (paragraph or footnote), in code points
    QString left;         // up to `context` code points before the hit, within the paragraph
    QString hit;          // as written in the text
    QString right;
};

// How many times each entity's submissions use the term; entity "" is text outside submissions
// (or in one whose state was not resolved).
struct ConcordanceCount
{
    QString entityCode;
    int occurrences = 0;
    int paragraphs = 0;
};

struct Concordance
{
    QueryPhrase term;
    QList<ConcordanceLine> lines;   // in corpus order
    QList<ConcordanceCount> counts; // most occurrences first, then by code
};

enum class ConcordanceOrder
{
    Corpus, // document, then reading order, then offset
    Left,   // by the left context read backwards from the hit (the nearest character first)
    Right,  // by the right context
};

// The term is one phrase (a word, several words, or Chinese characters: quotes around it are
// dropped); a trailing * makes a Latin term a prefix. Occurrences are found as search finds
// them (matchfinder.h), so the paragraphs listed are the paragraphs `search "TERM"` finds.
Result<Concordance> concordance(Storage::Database &db, const QString &term,
                                const Storage::SearchScope &scope, int context = 20);

// Sorts by code point order, ties in corpus order.
void sortConcordance(QList<ConcordanceLine> &lines, ConcordanceOrder order);

} // namespace Rapporteur::Search
