#pragma once

#include "coding/agreement.h"
#include "coding/retrieval.h"
#include "common/result.h"
#include "storage/codingrecords.h"
#include "storage/voterecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

// Everything the coding-analysis view computes its tables from, read in one go off the GUI
// thread. The matrices are computed from it on the GUI thread (Coding::codeByState and the
// others are linear in the codings), so that changing a filter needs no new read.
struct CodingAnalysisData
{
    QList<Storage::CodingRecord> codings; // every coder's, in corpus order, orphans included
    QList<Storage::CodeRecord> codes;     // the codebook, parents first
    QList<Storage::VoteRecord> votes;     // every recorded vote, in document order
    QStringList coders;                   // everyone who has coded, sorted
};

Result<CodingAnalysisData> readCodingAnalysis(Storage::Database &db);

// A paragraph of the agreement's disagreement list, enough to recognise it without opening it.
struct AgreementParagraph
{
    int page = 0;
    QString entityCode; // of its submission; empty outside one
    QString text;
};

// The agreement between two coders and the paragraphs where they disagree.
struct AgreementData
{
    Coding::AgreementReport report;
    QHash<qint64, AgreementParagraph> paragraphs; // every paragraph of a disagreement
};

Result<AgreementData> readAgreementData(Storage::Database &db, const QString &first,
                                        const QString &second, bool excludeUncoded);

// Pure helpers over the codings the view holds.

// The codings of one coder, or (coder empty) all of them.
QList<Storage::CodingRecord> codingsBy(const QList<Storage::CodingRecord> &codings,
                                       const QString &coder);
// The codings of a code; with its sub-codes also those of every code below it.
QList<Storage::CodingRecord> codingsOfCode(const QList<Storage::CodingRecord> &codings,
                                           const QString &codePath, bool withSubcodes);
// The codings with these ids, in the order of `codings` (corpus order).
QList<Storage::CodingRecord> codingsWithIds(const QList<Storage::CodingRecord> &codings,
                                            const QList<qint64> &ids);
// The segments behind a co-occurrence cell: the codings of either code in these paragraphs.
QList<Storage::CodingRecord> codingsInParagraphs(const QList<Storage::CodingRecord> &codings,
                                                 const QList<qint64> &paragraphIds,
                                                 const QString &codeA, const QString &codeB);

} // namespace Rapporteur::Gui
