#pragma once

#include "voterecords.h"

#include "common/result.h"

namespace Rapporteur::Storage {

class Database;

// Reads the recorded votes, sponsors and draft resolutions of imported committee reports. They
// are written with their document by CorpusRepository::storeDocument (through VoteWriter).
class VoteRepository final
{
public:
    explicit VoteRepository(Database &db);

    // In document order (documents in import order). An unknown symbol is ErrorCode::NotFound;
    // an empty symbol means every document.
    Result<QList<VoteRecord>> votes(const QString &documentSymbol = {}) const;
    Result<QList<SponsorshipRecord>> sponsorships(const QString &documentSymbol = {}) const;
    // The paragraphs of the draft resolution a report recommends, in order.
    Result<QList<ResolutionParagraphRecord>> resolution(const QString &documentSymbol = {}) const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
