#include "retrieval.h"

#include "common/recordedvote.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace Rapporteur::Coding {

using Storage::CodingRecord;

namespace {

CodeMatrix emptyMatrix(QStringList rows, QStringList columns)
{
    rows.removeDuplicates();
    std::sort(rows.begin(), rows.end());
    CodeMatrix m;
    m.rows = rows;
    m.columns = columns;
    m.cells = QList<QList<QList<qint64>>>(rows.size(), QList<QList<qint64>>(columns.size()));
    return m;
}

QStringList codePaths(const QList<CodingRecord> &codings)
{
    QStringList paths;
    for (const CodingRecord &c : codings) {
        if (!c.anchor.orphaned)
            paths.append(c.codePath);
    }
    return paths;
}

} // namespace

CodeMatrix codeByState(const QList<CodingRecord> &codings)
{
    QStringList states;
    for (const CodingRecord &c : codings) {
        if (!c.anchor.orphaned && !c.entityCode.isEmpty() && !states.contains(c.entityCode))
            states.append(c.entityCode);
    }
    std::sort(states.begin(), states.end());
    CodeMatrix m = emptyMatrix(codePaths(codings), states);
    for (const CodingRecord &c : codings) {
        const qsizetype column = states.indexOf(c.entityCode);
        if (c.anchor.orphaned || c.entityCode.isEmpty() || column < 0)
            continue;
        m.cells[m.rows.indexOf(c.codePath)][column].append(c.id);
    }
    return m;
}

CodeMatrix codeByVotePosition(const QList<CodingRecord> &codings, const Storage::VoteRecord &vote)
{
    QStringList columns;
    for (const VotePosition p :
         {VotePosition::Yes, VotePosition::No, VotePosition::Abstain, VotePosition::NonVoting})
        columns.append(votePositionName(p));
    CodeMatrix m = emptyMatrix(codePaths(codings), columns);
    for (const CodingRecord &c : codings) {
        if (c.anchor.orphaned || c.entityCode.isEmpty())
            continue;
        const auto position = vote.positionOf(c.entityCode);
        if (position)
            m.cells[m.rows.indexOf(c.codePath)][columns.indexOf(votePositionName(*position))]
                .append(c.id);
    }
    return m;
}

CodeMatrix coOccurrence(const QList<CodingRecord> &codings)
{
    const QStringList paths = codePaths(codings);
    CodeMatrix m = emptyMatrix(paths, {});
    m.columns = m.rows;
    m.cells = QList<QList<QList<qint64>>>(m.rows.size(), QList<QList<qint64>>(m.rows.size()));

    // paragraph -> the codes applied in it, paragraphs in corpus order
    QList<qint64> order;
    QHash<qint64, QSet<qsizetype>> codesIn;
    for (const CodingRecord &c : codings) {
        if (c.anchor.orphaned)
            continue;
        if (!codesIn.contains(c.anchor.paragraphId))
            order.append(c.anchor.paragraphId);
        codesIn[c.anchor.paragraphId].insert(m.rows.indexOf(c.codePath));
    }
    for (const qint64 paragraph : std::as_const(order)) {
        const QSet<qsizetype> &codes = codesIn[paragraph];
        for (const qsizetype a : codes) {
            for (const qsizetype b : codes)
                m.cells[a][b].append(paragraph);
        }
    }
    return m;
}

} // namespace Rapporteur::Coding
