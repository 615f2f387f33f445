#pragma once

#include "common/parseddocument.h"
#include "common/result.h"

#include <QList>
#include <QtGlobal>

namespace Rapporteur::Storage {

class Database;

// Writes a document's recorded votes, sponsors and draft resolution (migration 0002). Called by
// DocumentWriter once the paragraphs are written, inside its caller's transaction, so a failure
// half-way is undone by the caller's rollback.
class VoteWriter final
{
    Q_DISABLE_COPY_MOVE(VoteWriter)

public:
    explicit VoteWriter(Database &db);

    // Replaces whatever the document had with what doc says. paragraphIds[i] is the id of
    // doc.paragraphs[i]. An index into doc.paragraphs out of range is ErrorCode::Internal.
    Status write(qint64 documentId, const ParsedDocument &doc, const QList<qint64> &paragraphIds);

private:
    Status removeOld(qint64 documentId);
    Status writeVotes(qint64 documentId, const QList<RecordedVote> &votes,
                      const QList<qint64> &paragraphIds);
    Status writeSponsors(qint64 documentId, const QList<Sponsorship> &sponsorships);
    Status writeResolution(qint64 documentId, const QList<ResolutionParagraph> &resolution,
                           const QList<qint64> &paragraphIds);

    Database &m_db;
};

} // namespace Rapporteur::Storage
