#include "corpusrepository.h"

#include "columncodec.h"
#include "database.h"
#include "documentversions.h"
#include "documentwriter.h"
#include "joinedreads.h"
#include "statement.h"
#include "storagelogging.h"
#include "tablewriter.h"
#include "transaction.h"

#include <QHash>

namespace Rapporteur::Storage {

using namespace ColumnCodec;

namespace {

Error withMessage(Error error, const QString &userMessage)
{
    error.userMessage = userMessage;
    return error;
}

QString readFailed()
{
    return QStringLiteral("Could not read the corpus database.");
}

// The reads join a query per table in memory (see joinedreads.h). Each helper takes a WHERE
// clause over the aliases its query defines and binds key to ?1.

template <typename Key>
Result<QList<DocumentRecord>> readDocuments(const Database &db, const char *where, const Key &key)
{
    auto select = prepareWith(db,
                              QByteArray(R"(
        SELECT d.id, d.symbol, d.symbol_provisional, d.title, d.language, d.source_path,
               d.content_hash, d.page_count, d.imported_at,
               (SELECT count(*) FROM submission s WHERE s.document_id = d.id),
               (SELECT count(*) FROM paragraph p WHERE p.document_id = d.id),
               d.date, d.original_languages
        FROM document d WHERE )") +
                                  where + " ORDER BY d.id",
                              key);
    if (!select)
        return select.error();
    QList<DocumentRecord> records;
    QHash<qint64, qsizetype> index;
    if (auto read = select->forEachRow([&] {
            DocumentRecord &r = records.emplace_back();
            r.id = select->columnInt64(0);
            r.symbol = select->columnText(1);
            r.symbolProvisional = select->columnInt(2) != 0;
            r.title = select->columnText(3);
            r.language = select->columnText(4);
            r.sourcePath = select->columnText(5);
            r.contentHash = select->columnText(6);
            r.pageCount = select->columnInt(7);
            r.importedAt = select->columnText(8);
            r.submissionCount = select->columnInt(9);
            r.paragraphCount = select->columnInt(10);
            r.date = QDate::fromString(select->columnText(11), Qt::ISODate);
            r.originalLanguages = decodeLanguages(select->columnText(12));
            index.insert(r.id, records.size() - 1);
        });
        !read)
        return read.error();

    auto warnings = prepareWith(db, QByteArray(R"(
        SELECT w.document_id, w.message
        FROM document_warning w JOIN document d ON d.id = w.document_id
        WHERE )") + where + " ORDER BY w.document_id, w.ordinal",
                                key);
    if (auto read = joinRows(warnings, records, index,
                             [](DocumentRecord &record, const Statement &row) {
                                 record.warnings.append(row.columnText(1));
                             });
        !read)
        return read.error();

    auto notes = prepareWith(db, QByteArray(R"(
        SELECT n.document_id, n.marker, n.text
        FROM document_note n JOIN document d ON d.id = n.document_id
        WHERE )") + where + " ORDER BY n.document_id, n.ordinal",
                             key);
    if (auto read = joinRows(notes, records, index,
                             [](DocumentRecord &record, const Statement &row) {
                                 record.notes.append(footnoteAt(row, 1));
                             });
        !read)
        return read.error();
    return records;
}

template <typename Key>
Result<QList<SubmissionRecord>> readSubmissions(const Database &db, const char *where,
                                                const Key &key)
{
    auto select = prepareWith(db, QByteArray(R"(
        SELECT s.id, d.symbol, s.ordinal, s.heading, s.entity_code, e.name_zh, e.name_en,
               s.languages, s.date, s.group_heading, s.section, s.page,
               (SELECT count(*) FROM paragraph p WHERE p.submission_id = s.id), d.language
        FROM submission s
        JOIN document d ON d.id = s.document_id
        LEFT JOIN entity e ON e.code = s.entity_code
        WHERE )") + where + " ORDER BY s.document_id, s.ordinal",
                              key);
    if (!select)
        return select.error();
    QList<SubmissionRecord> records;
    if (auto read = select->forEachRow([&] {
            SubmissionRecord &r = records.emplace_back();
            r.id = select->columnInt64(0);
            r.document = select->columnText(1);
            r.ordinal = select->columnInt(2);
            r.heading = select->columnText(3);
            if (!select->isNull(4))
                r.entity =
                    EntityRef{select->columnText(4), select->columnText(5), select->columnText(6)};
            r.languages = decodeLanguages(select->columnText(7));
            r.date = decodeDate(select->columnText(8));
            r.group = select->columnText(9);
            r.section = select->columnText(10);
            r.page = select->columnInt(11);
            r.paragraphCount = select->columnInt(12);
            r.documentLanguage = select->columnText(13);
        });
        !read)
        return read.error();
    return records;
}

template <typename Key>
Result<QList<ParagraphRecord>> readParagraphs(const Database &db, const char *where, const Key &key)
{
    auto select = prepareWith(db, QByteArray(R"(
        SELECT p.id, d.symbol, p.submission_id, p.ordinal, p.kind, p.section, p.page, p.text,
               p.sentence_ends, d.language
        FROM paragraph p JOIN document d ON d.id = p.document_id
        WHERE )") + where + " ORDER BY p.ordinal",
                              key);
    if (!select)
        return select.error();
    QList<ParagraphRecord> records;
    QHash<qint64, qsizetype> index;
    if (auto read = select->forEachRow([&] {
            ParagraphRecord &r = records.emplace_back();
            r.id = select->columnInt64(0);
            r.document = select->columnText(1);
            if (!select->isNull(2))
                r.submissionId = select->columnInt64(2);
            r.ordinal = select->columnInt(3);
            r.kind = paragraphKindFromName(select->columnText(4));
            r.section = select->columnText(5);
            r.page = select->columnInt(6);
            r.text = select->columnText(7);
            r.sentenceEnds = decodeOffsets(select->columnText(8));
            r.documentLanguage = select->columnText(9);
            index.insert(r.id, records.size() - 1);
        });
        !read)
        return read.error();
    if (records.isEmpty())
        return records;

    const QByteArray fromParagraphs =
        " JOIN paragraph p ON p.id = x.paragraph_id JOIN document d ON d.id = p.document_id "
        "WHERE " +
        QByteArray(where) + " ORDER BY p.ordinal, x.ordinal";
    auto footnotes = prepareWith(
        db, "SELECT x.paragraph_id, x.marker, x.text, x.anchor FROM footnote x" + fromParagraphs,
        key);
    if (auto read = joinRows(footnotes, records, index,
                             [](ParagraphRecord &record, const Statement &row) {
                                 record.footnotes.append(footnoteAt(row, 1));
                             });
        !read)
        return read.error();

    auto links = prepareWith(
        db, "SELECT x.paragraph_id, x.target, x.symbol FROM link x" + fromParagraphs, key);
    if (auto read = joinRows(links, records, index,
                             [](ParagraphRecord &record, const Statement &row) {
                                 record.links.append(Link{row.columnText(1), row.columnText(2)});
                             });
        !read)
        return read.error();
    return records;
}

// Tells an empty answer for a real document or submission from one for an unknown key.
template <typename Key>
Status checkExists(const Database &db, const char *sql, const Key &key, const QString &notFound)
{
    auto select = prepareWith(db, sql, key);
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    return *row ? success() : Status(Error{ErrorCode::NotFound, notFound, {}});
}

} // namespace

CorpusRepository::CorpusRepository(Database &db) : m_db(db) {}

Result<StoreOutcome> CorpusRepository::storeDocument(const ParsedDocument &doc,
                                                     const QString &sourcePath,
                                                     const QString &contentHash,
                                                     const QList<Entity> &entities)
{
    const QString failed = QStringLiteral("Could not store “%1” in the corpus.").arg(doc.symbol);
    if (m_db.isReadOnly())
        return *m_db.readOnlyReason();
    if (doc.symbol.isEmpty() || contentHash.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("A document needs a symbol and a content hash to be stored."),
                     sourcePath};
    }
    for (const Paragraph &paragraph : doc.paragraphs) {
        if (paragraph.submission < -1 || paragraph.submission >= doc.submissions.size()) {
            return Error{ErrorCode::Internal, failed,
                         QStringLiteral("paragraph refers to submission %1 of %2")
                             .arg(paragraph.submission)
                             .arg(doc.submissions.size())};
        }
    }
    for (const DocumentTable &table : doc.tables) {
        if (table.afterParagraph < -1 || table.afterParagraph >= doc.paragraphs.size()) {
            return Error{ErrorCode::Internal, failed,
                         QStringLiteral("a table follows paragraph %1 of %2")
                             .arg(table.afterParagraph)
                             .arg(doc.paragraphs.size())};
        }
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return withMessage(transaction.error(), failed);
    auto outcome = DocumentWriter(m_db).store(doc, sourcePath, contentHash, entities);
    if (!outcome) {
        // A document the writer refuses (another language's version of a stored one) is told as
        // the writer words it; a failure of the database gets the general sentence.
        if (outcome.error().code == ErrorCode::InvalidInput)
            return outcome.error(); // the transaction rolls back
        qCWarning(lcStorage) << "storing" << doc.symbol << "failed:" << outcome.error().detail;
        return withMessage(outcome.error(), failed); // the transaction rolls back
    }
    // The tables after the paragraphs, whose stored ids anchor them.
    if (outcome->kind != StoreOutcome::Kind::Unchanged) {
        if (auto tables =
                TableWriter(m_db).replace(outcome->documentId, doc.tables, outcome->paragraphIds);
            !tables) {
            qCWarning(lcStorage) << "storing the tables of" << doc.symbol
                                 << "failed:" << tables.error().detail;
            return withMessage(tables.error(), failed);
        }
    }
    if (auto committed = transaction->commit(); !committed)
        return withMessage(committed.error(), failed);
    return outcome;
}

Result<QList<DocumentRecord>> CorpusRepository::documents() const
{
    auto records = readDocuments(m_db, "1", 0);
    if (!records)
        return withMessage(records.error(), readFailed());
    return records;
}

Status CorpusRepository::renameDocument(const QString &symbol, const QString &newSymbol)
{
    if (auto exists = document(newSymbol); !exists || exists->has_value())
        return exists ? Error{ErrorCode::InvalidInput,
                              QStringLiteral("there is already a document %1").arg(newSymbol),
                              {}}
                      : exists.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto update = Statement::prepare(
        m_db, "UPDATE document SET symbol = ?2, symbol_provisional = 0 WHERE symbol = ?1");
    if (!update)
        return update.error();
    update->bind(1, symbol).bind(2, newSymbol);
    const qint64 before = m_db.totalChanges();
    if (auto ran = update->run(); !ran)
        return ran.error();
    if (m_db.totalChanges() == before)
        return unknownVersion(symbol, {});
    return transaction->commit();
}

Result<std::optional<DocumentRecord>> CorpusRepository::document(const QString &symbol,
                                                                 const QString &language) const
{
    auto id = findVersion(m_db, symbol, language);
    if (!id)
        return withMessage(id.error(), readFailed());
    if (!id->has_value())
        return std::optional<DocumentRecord>();
    auto records = readDocuments(m_db, "d.id = ?1", **id);
    if (!records)
        return withMessage(records.error(), readFailed());
    if (records->isEmpty())
        return std::optional<DocumentRecord>();
    return std::optional<DocumentRecord>(records->takeFirst());
}

Result<QList<SubmissionRecord>> CorpusRepository::submissions(const QString &documentSymbol,
                                                              const QString &language) const
{
    if (documentSymbol.isEmpty()) {
        auto records = readSubmissions(m_db, "1", 0);
        if (!records)
            return withMessage(records.error(), readFailed());
        return records;
    }
    auto id = findVersion(m_db, documentSymbol, language);
    if (!id)
        return withMessage(id.error(), readFailed());
    if (!id->has_value())
        return unknownVersion(documentSymbol, language);
    auto records = readSubmissions(m_db, "d.id = ?1", **id);
    if (!records)
        return withMessage(records.error(), readFailed());
    return records;
}

Result<std::optional<SubmissionRecord>> CorpusRepository::submission(qint64 id) const
{
    auto records = readSubmissions(m_db, "s.id = ?1", id);
    if (!records)
        return withMessage(records.error(), readFailed());
    if (records->isEmpty())
        return std::optional<SubmissionRecord>();
    return std::optional<SubmissionRecord>(records->takeFirst());
}

Result<std::optional<ParagraphRecord>> CorpusRepository::paragraph(qint64 id) const
{
    auto records = readParagraphs(m_db, "p.id = ?1", id);
    if (!records)
        return withMessage(records.error(), readFailed());
    if (records->isEmpty())
        return std::optional<ParagraphRecord>();
    return std::optional<ParagraphRecord>(records->takeFirst());
}

Result<QList<ParagraphRecord>> CorpusRepository::paragraphsOfSubmission(qint64 submissionId) const
{
    auto records = readParagraphs(m_db, "p.submission_id = ?1", submissionId);
    if (!records)
        return withMessage(records.error(), readFailed());
    if (records->isEmpty()) {
        if (auto exists = checkExists(
                m_db, "SELECT 1 FROM submission WHERE id = ?1", submissionId,
                QStringLiteral("There is no submission %1 in the corpus.").arg(submissionId));
            !exists)
            return exists.error();
    }
    return records;
}

Result<QList<ParagraphRecord>> CorpusRepository::paragraphsOfDocument(const QString &documentSymbol,
                                                                      const QString &language) const
{
    auto id = findVersion(m_db, documentSymbol, language);
    if (!id)
        return withMessage(id.error(), readFailed());
    if (!id->has_value())
        return unknownVersion(documentSymbol, language);
    auto records = readParagraphs(m_db, "d.id = ?1", **id);
    if (!records)
        return withMessage(records.error(), readFailed());
    return records;
}

} // namespace Rapporteur::Storage
