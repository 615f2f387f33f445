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

    // In document order (documents in import order). An unknown symbol (or version) is
    // ErrorCode::NotFound; an empty symbol means every document. No language: the primary
    // version (storage/documentversions.h), which is also the only one read for every document,
    // so that a vote recorded in two language versions counts once.
    Result<QList<VoteRecord>> votes(const QString &documentSymbol = {},
                                    const QString &language = {}) const;
    Result<QList<SponsorshipRecord>> sponsorships(const QString &documentSymbol = {},
                                                  const QString &language = {}) const;
    // The paragraphs of the draft resolution a report recommends, in order.
    Result<QList<ResolutionParagraphRecord>> resolution(const QString &documentSymbol = {},
                                                        const QString &language = {}) const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
