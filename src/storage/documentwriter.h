#pragma once

#include "records.h"

#include "common/entity.h"
#include "common/parseddocument.h"
#include "common/result.h"

#include <QList>
#include <QStringList>

namespace Rapporteur::Storage {

class Database;

// Writes one ParsedDocument. Runs inside a transaction its caller (CorpusRepository) holds, so it
// may fail half-way: the caller's rollback undoes the rest.
class DocumentWriter final
{
    Q_DISABLE_COPY_MOVE(DocumentWriter)

public:
    explicit DocumentWriter(Database &db);

    Result<StoreOutcome> store(const ParsedDocument &doc, const QString &sourcePath,
                               const QString &contentHash, const QList<Entity> &entities);

private:
    Result<qint64> insertDocument(const ParsedDocument &doc, const QString &sourcePath,
                                  const QString &contentHash);
    Status updateDocument(qint64 documentId, const ParsedDocument &doc, const QString &sourcePath,
                          const QString &contentHash);
    Status writeMetadata(qint64 documentId, const ParsedDocument &doc);
    Result<QList<qint64>> writeSubmissions(qint64 documentId, const QList<Submission> &submissions);
    Result<QList<qint64>> writeParagraphs(qint64 documentId, const QList<Paragraph> &paragraphs,
                                          const QList<qint64> &submissionIds);
    Status insertParagraphs(qint64 documentId, const QList<Paragraph> &paragraphs,
                            const QList<qsizetype> &added, const QStringList &keys,
                            const QList<qint64> &submissionIds, QList<qint64> &ids);
    Status writeNotesAndLinks(const QList<Paragraph> &paragraphs, const QList<qint64> &ids);
    Status writeNotesAndWarnings(qint64 documentId, const ParsedDocument &doc);

    Database &m_db;
};

} // namespace Rapporteur::Storage
