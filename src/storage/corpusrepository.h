#pragma once

#include "records.h"

#include "common/entity.h"
#include "common/parseddocument.h"
#include "common/result.h"

#include <optional>

namespace Rapporteur::Storage {

class Database;

// Reads and writes the imported corpus: documents, submissions, paragraphs and the entities they
// name. Every write runs in a transaction of its own (or joins the caller's, as a savepoint), so a
// failure leaves the database as it was.
class CorpusRepository final
{
public:
    explicit CorpusRepository(Database &db);

    // Stores a parsed document under its symbol. Same symbol and same contentHash: nothing changes
    // (Unchanged). Same symbol, other hash: the old document is replaced as a whole, but every
    // paragraph whose (kind, text) is unchanged keeps its id (Replaced). The entities are upserted
    // first so that submissions can refer to them.
    Result<StoreOutcome> storeDocument(const ParsedDocument &doc, const QString &sourcePath,
                                       const QString &contentHash, const QList<Entity> &entities);

    // Gives a document (every version of it) another symbol (a provisional "DOC-…" one its text did
    // not name, or a wrong one). The new symbol must be free; user data follows, since it points at
    // ids.
    Status renameDocument(const QString &symbol, const QString &newSymbol);

    // Documents in the order they were first imported (a re-import keeps a document's place),
    // every language version a row of its own.
    Result<QList<DocumentRecord>> documents() const;
    // A symbol with no language is its primary version (storage/documentversions.h).
    Result<std::optional<DocumentRecord>> document(const QString &symbol,
                                                   const QString &language = {}) const;
    // All submissions in document order (documents in import order); symbol empty = all documents,
    // every version of each. An unknown symbol (or version) is an ErrorCode::NotFound error.
    Result<QList<SubmissionRecord>> submissions(const QString &documentSymbol = {},
                                                const QString &language = {}) const;
    Result<std::optional<SubmissionRecord>> submission(qint64 id) const;
    // Paragraphs in reading order with their footnotes and links. An unknown submission id or
    // document symbol is an ErrorCode::NotFound error; a known one may have no paragraphs.
    Result<QList<ParagraphRecord>> paragraphsOfSubmission(qint64 submissionId) const;
    Result<QList<ParagraphRecord>> paragraphsOfDocument(const QString &documentSymbol,
                                                        const QString &language = {}) const;
    // One paragraph by id (where a hit or a coding points), or nothing when there is no such
    // paragraph (any more).
    Result<std::optional<ParagraphRecord>> paragraph(qint64 id) const;

private:
    Database &m_db;
};

} // namespace Rapporteur::Storage
