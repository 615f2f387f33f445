#pragma once

#include "codingrecords.h"

#include "common/result.h"

#include <QList>

#include <optional>

namespace Rapporteur::Storage {

class Database;

// Codings (migration 0006): a code applied by a coder to a span of a paragraph. Each write runs
// in a transaction of its own or joins the caller's (an import re-anchoring) as a savepoint.
class CodingRepository final
{
public:
    explicit CodingRepository(Database &db);

    Result<qint64> add(const NewCoding &coding);
    Status remove(qint64 id);
    Status setMemo(qint64 id, const QString &memo);
    // Moves a coding to where re-anchoring found its quote, or flags it orphaned (then only the
    // flag changes: the old anchor is what a later search needs).
    Status updateAnchor(qint64 id, const CodingAnchor &anchor);

    // In corpus order (document, paragraph, start), orphans of a document after its anchored
    // codings. The code path is filled in by the caller that knows the codebook.
    Result<QList<CodingRecord>> codings(const CodingFilter &filter = {}) const;
    Result<std::optional<CodingRecord>> coding(qint64 id) const;
    // Whether a coding with this REFI-QDA guid exists: reading an export back skips it.
    Result<bool> hasGuid(const QString &guid) const;

    // The paragraphs codings anchor to: one, or a whole document in reading order.
    Result<std::optional<ParagraphText>> paragraph(qint64 id) const;
    Result<QList<ParagraphText>> paragraphsOfDocument(qint64 documentId) const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
