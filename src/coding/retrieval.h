#pragma once

#include "storage/codingrecords.h"
#include "storage/voterecords.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rapporteur::Coding {

// Counts of codings (or paragraphs) in a table, with the ids behind each cell, so that a view can
// show the segments of a cell on click. Pure: the caller reads the codings (readCodings) and
// votes. Orphaned codings, which have no paragraph, count nowhere.
struct CodeMatrix
{
    QStringList rows;    // code paths, sorted
    QStringList columns; // what the columns are depends on the function
    // cells[row][column]: coding ids (paragraph ids for coOccurrence), in corpus order.
    QList<QList<QList<qint64>>> cells;

    int count(qsizetype row, qsizetype column) const
    {
        return static_cast<int>(cells[row][column].size());
    }
};

// Code × state: columns are the entity codes (sorted) of the submissions the codings lie in;
// codings outside any submission, or in one whose heading resolved to no entity, are left out.
CodeMatrix codeByState(const QList<Storage::CodingRecord> &codings);

// Code × the position each coded state took on one vote: columns yes, no, abstain, non_voting.
// A coding of a state with no position on the vote (an observer, the EU) is left out.
CodeMatrix codeByVotePosition(const QList<Storage::CodingRecord> &codings,
                              const Storage::VoteRecord &vote);

// Code × code: the paragraphs where both codes were applied (by anyone); the diagonal holds
// the paragraphs where the code was applied at all.
CodeMatrix coOccurrence(const QList<Storage::CodingRecord> &codings);

} // namespace Rapporteur::Coding
