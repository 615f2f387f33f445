#include "documentwriter.h"

#include "rowbatch.h"

#include "columncodec.h"
#include "database.h"
#include "entitywriter.h"
#include "paragraphkey.h"
#include "statement.h"
#include "votewriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

namespace Rapporteur::Storage {

using namespace ColumnCodec;

namespace {

struct OldSubmission
{
    qint64 id = 0;
    QString entityCode;
    QString heading;
};

// Ordinals are unique per document. Moving the old rows to negative ordinals first lets the rows
// that are kept take their new positions in any order without colliding.
Status moveOrdinalsAside(Database &db, const char *sql, qint64 documentId)
{
    return runEachWithKey(db, {sql}, documentId);
}

// The columns of a document's row that the import sets, ?2 to ?7 of both its INSERT and its
// UPDATE.
void bindImportedColumns(Statement &statement, const ParsedDocument &doc, const QString &sourcePath,
                         const QString &contentHash)
{
    statement.bind(2, doc.symbolProvisional ? 1 : 0)
        .bind(3, doc.title)
        .bind(4, doc.language)
        .bind(5, sourcePath)
        .bind(6, contentHash)
        .bind(7, doc.pageCount);
}

// How much text one INSERT of many rows carries before the next begins. FTS5 writes what it has
// gathered as a new index segment at the end of every statement (see insertParagraphs), so fewer
// boundaries mean fewer, larger segments and less merging; the bound keeps the copies of a large
// import's text that the statement needs (ours and SQLite's) at a few tens of megabytes.
constexpr qsizetype kBytesPerStatement = 32 * 1024 * 1024;

} // namespace

DocumentWriter::DocumentWriter(Database &db) : m_db(db) {}

Result<StoreOutcome> DocumentWriter::store(const ParsedDocument &doc, const QString &sourcePath,
                                           const QString &contentHash,
                                           const QList<Entity> &entities)
{
    // The same symbol in another language is another version of the document, stored beside
    // this one (storage/documentversions.h); only the same language is a new reading of it. A
    // document stored without a language (an old import) is taken to be in this one's.
    auto existing = Statement::prepare(m_db, R"(
        SELECT id, content_hash FROM document
        WHERE symbol = ?1 AND (language = ?2 OR language = '' OR ?2 = '')
        ORDER BY language = ?2 DESC, id LIMIT 1)");
    if (!existing)
        return existing.error();
    existing->bind(1, doc.symbol).bind(2, doc.language);
    auto found = existing->step();
    if (!found)
        return found.error();

    StoreOutcome outcome;
    if (*found) {
        outcome.documentId = existing->columnInt64(0);
        if (existing->columnText(1) == contentHash) {
            outcome.kind = StoreOutcome::Kind::Unchanged;
            return outcome; // nothing written, not even the entities
        }
        outcome.kind = StoreOutcome::Kind::Replaced;
    }
    existing->reset();

    if (auto upserted = upsertEntities(m_db, entities); !upserted)
        return upserted.error();

    if (outcome.kind == StoreOutcome::Kind::Replaced) {
        if (auto updated = updateDocument(outcome.documentId, doc, sourcePath, contentHash);
            !updated)
            return updated.error();
    } else {
        auto inserted = insertDocument(doc, sourcePath, contentHash);
        if (!inserted)
            return inserted.error();
        outcome.documentId = *inserted;
    }

    if (auto written = writeMetadata(outcome.documentId, doc); !written)
        return written.error();
    auto submissionIds = writeSubmissions(outcome.documentId, doc.submissions);
    if (!submissionIds)
        return submissionIds.error();
    auto paragraphIds = writeParagraphs(outcome.documentId, doc.paragraphs, *submissionIds);
    if (!paragraphIds)
        return paragraphIds.error();
    if (auto written = writeNotesAndLinks(doc.paragraphs, *paragraphIds); !written)
        return written.error();
    if (auto written = VoteWriter(m_db).write(outcome.documentId, doc, *paragraphIds); !written)
        return written.error();
    if (auto written = writeNotesAndWarnings(outcome.documentId, doc); !written)
        return written.error();
    outcome.paragraphIds = std::move(paragraphIds).value();
    return outcome;
}

Status DocumentWriter::writeMetadata(qint64 documentId, const ParsedDocument &doc)
{
    auto update = Statement::prepare(
        m_db, "UPDATE document SET date = ?2, original_languages = ?3 WHERE id = ?1");
    if (!update)
        return update.error();
    update->bind(1, documentId).bind(3, encodeLanguages(doc.originalLanguages));
    if (doc.date.isValid())
        update->bind(2, doc.date.toString(Qt::ISODate));
    else
        update->bindNull(2);
    return update->run();
}

Result<qint64> DocumentWriter::insertDocument(const ParsedDocument &doc, const QString &sourcePath,
                                              const QString &contentHash)
{
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO document (symbol, symbol_provisional, title, language, source_path,
                              content_hash, page_count, imported_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    if (!insert)
        return insert.error();
    insert->bind(1, doc.symbol);
    bindImportedColumns(*insert, doc, sourcePath, contentHash);
    if (auto ran = insert->run(); !ran)
        return ran.error();
    return m_db.lastInsertRowId();
}

Status DocumentWriter::updateDocument(qint64 documentId, const ParsedDocument &doc,
                                      const QString &sourcePath, const QString &contentHash)
{
    // The row is kept, not deleted and re-inserted: its id is what later data (and the import
    // order) hangs on, and deleting it would cascade through the paragraphs we want to keep.
    auto update = Statement::prepare(m_db, R"(
        UPDATE document SET symbol_provisional = ?2, title = ?3, language = ?4, source_path = ?5,
            content_hash = ?6, page_count = ?7,
            imported_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        WHERE id = ?1)");
    if (!update)
        return update.error();
    update->bind(1, documentId);
    bindImportedColumns(*update, doc, sourcePath, contentHash);
    if (auto ran = update->run(); !ran)
        return ran;

    // Warnings, footnotes and links have no identity of their own: rewritten as a whole.
    return runEachWithKey(m_db,
                          {"DELETE FROM document_warning WHERE document_id = ?1",
                           "DELETE FROM document_note WHERE document_id = ?1",
                           "DELETE FROM footnote WHERE paragraph_id IN "
                           "(SELECT id FROM paragraph WHERE document_id = ?1)",
                           "DELETE FROM link WHERE paragraph_id IN "
                           "(SELECT id FROM paragraph WHERE document_id = ?1)"},
                          documentId);
}

Result<QList<qint64>> DocumentWriter::writeSubmissions(qint64 documentId,
                                                       const QList<Submission> &submissions)
{
    QList<OldSubmission> old;
    {
        auto select = Statement::prepare(m_db, "SELECT id, entity_code, heading FROM submission "
                                               "WHERE document_id = ?1 ORDER BY ordinal");
        if (!select)
            return select.error();
        select->bind(1, documentId);
        Result<bool> row = select->step();
        for (; row && *row; row = select->step())
            old.append({select->columnInt64(0), select->columnText(1), select->columnText(2)});
        if (!row)
            return row.error();
    }
    if (auto moved = moveOrdinalsAside(
            m_db, "UPDATE submission SET ordinal = -1 - ordinal WHERE document_id = ?1",
            documentId);
        !moved)
        return moved.error();

    // An old submission lends its id to the first new one by the same entity; the rest are then
    // matched by heading (unresolved names). Two passes, so that a heading match never takes an
    // id an entity match needs.
    QList<qint64> ids(submissions.size(), 0);
    QList<bool> taken(old.size(), false);
    const auto match = [&](auto sameAs) {
        for (qsizetype i = 0; i < submissions.size(); ++i) {
            for (qsizetype j = 0; ids[i] == 0 && j < old.size(); ++j) {
                if (!taken[j] && sameAs(submissions[i], old[j])) {
                    ids[i] = old[j].id;
                    taken[j] = true;
                }
            }
        }
    };
    match([](const Submission &s, const OldSubmission &o) {
        return !s.entityCode.isEmpty() && s.entityCode == o.entityCode;
    });
    match([](const Submission &s, const OldSubmission &o) { return s.heading == o.heading; });

    auto remove = Statement::prepare(m_db, "DELETE FROM submission WHERE id = ?1");
    if (!remove)
        return remove.error();
    for (qsizetype j = 0; j < old.size(); ++j) {
        if (taken[j])
            continue;
        remove->bind(1, old[j].id);
        if (auto ran = remove->run(); !ran)
            return ran.error();
    }

    // ?1 is the id when updating, the document when inserting: the same columns follow.
    auto update = Statement::prepare(m_db, R"(
        UPDATE submission SET ordinal = ?2, heading = ?3, entity_code = ?4, languages = ?5,
            date = ?6, group_heading = ?7, section = ?8, page = ?9
        WHERE id = ?1)");
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO submission (document_id, ordinal, heading, entity_code, languages, date,
                                group_heading, section, page)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
    if (!update)
        return update.error();
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        const Submission &s = submissions[i];
        Statement &statement = ids[i] != 0 ? *update : *insert;
        statement.bind(1, ids[i] != 0 ? ids[i] : documentId)
            .bind(2, static_cast<qint64>(i))
            .bind(3, s.heading)
            .bind(4, nullIfEmpty(s.entityCode))
            .bind(5, encodeLanguages(s.languages))
            .bind(6, encodeDate(s.date))
            .bind(7, s.group)
            .bind(8, s.section)
            .bind(9, s.page);
        if (auto ran = statement.run(); !ran)
            return ran.error();
        if (ids[i] == 0)
            ids[i] = m_db.lastInsertRowId();
    }
    return ids;
}

Result<QList<qint64>> DocumentWriter::writeParagraphs(qint64 documentId,
                                                      const QList<Paragraph> &paragraphs,
                                                      const QList<qint64> &submissionIds)
{
    QHash<QString, qint64> old; // key -> id
    {
        auto select =
            Statement::prepare(m_db, "SELECT key, id FROM paragraph WHERE document_id = ?1");
        if (!select)
            return select.error();
        select->bind(1, documentId);
        Result<bool> row = select->step();
        for (; row && *row; row = select->step())
            old.insert(select->columnText(0), select->columnInt64(1));
        if (!row)
            return row.error();
    }
    if (auto moved = moveOrdinalsAside(
            m_db, "UPDATE paragraph SET ordinal = -1 - ordinal WHERE document_id = ?1", documentId);
        !moved)
        return moved.error();

    const QStringList keys = paragraphKeys(paragraphs);
    QList<qint64> ids(paragraphs.size(), 0);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        ids[i] = old.take(keys[i]); // 0 when the text is new

    // Paragraphs whose text is gone go first, so that no key is held twice at any moment. One
    // statement for all of them, as for the inserts below: each deletion also goes through the
    // search index.
    if (!old.isEmpty()) {
        QStringList gone;
        gone.reserve(old.size());
        for (const qint64 id : std::as_const(old))
            gone.append(QString::number(id));
        auto remove = Statement::prepare(
            m_db, "DELETE FROM paragraph WHERE id IN (SELECT value FROM json_each(?1))");
        if (!remove)
            return remove.error();
        remove->bind(1, QLatin1Char('[') + gone.join(QLatin1Char(',')) + QLatin1Char(']'));
        if (auto ran = remove->run(); !ran)
            return ran.error();
    }

    // The key and the text of a kept paragraph are unchanged by definition; the rest may move.
    auto update = Statement::prepare(m_db, R"(
        UPDATE paragraph SET submission_id = ?2, ordinal = ?3, kind = ?4, section = ?5, page = ?6,
            sentence_ends = ?7
        WHERE id = ?1)");
    if (!update)
        return update.error();
    QList<qsizetype> added; // indexes of the paragraphs whose text is new
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (ids[i] == 0) {
            added.append(i);
            continue;
        }
        const Paragraph &p = paragraphs[i];
        std::optional<qint64> submissionId;
        if (p.submission >= 0)
            submissionId = submissionIds[p.submission];
        update->bind(1, ids[i])
            .bind(2, submissionId)
            .bind(3, static_cast<qint64>(i))
            .bind(4, paragraphKindName(p.kind))
            .bind(5, p.section)
            .bind(6, p.page)
            .bind(7, encodeOffsets(p.sentenceEnds));
        if (auto ran = update->run(); !ran)
            return ran.error();
    }
    if (auto inserted = insertParagraphs(documentId, paragraphs, added, keys, submissionIds, ids);
        !inserted)
        return inserted.error();
    return ids;
}

// New paragraphs go in many rows per INSERT, not one statement per row. The search index's
// trigger writes FTS5 in the same statement, and FTS5 (SQLite 3.40) writes its pending terms out
// as a new index segment at every statement boundary of a transaction (xSavepoint/xRelease): one
// statement per paragraph made one segment per paragraph, merged again and again. For A/77/96's
// 607 paragraphs the index took 47 of the 50 ms of storing them that way, 10 ms this way.
//
// The rows come as one JSON array (RowBatch), not as bound values: bound values cap a statement
// at a few thousand rows (SQLITE_LIMIT_VARIABLE_NUMBER), and at 500 rows a statement a 200 MB text
// made 1,200 segments, whose merging grew faster than the text (automerge merges each level of
// four segments into the next, so every token was rewritten once per level: six levels at
// 200 MB, two at 2 MB). A statement now carries kBytesPerStatement of text, more than FTS5 buffers
// (hashsize, migration 0010), so its buffer, not our statements, decides how large segments are.
Status DocumentWriter::insertParagraphs(qint64 documentId, const QList<Paragraph> &paragraphs,
                                        const QList<qsizetype> &added, const QStringList &keys,
                                        const QList<qint64> &submissionIds, QList<qint64> &ids)
{
    // Each row's ordinal comes back with its id: RETURNING promises no order.
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO paragraph (document_id, submission_id, ordinal, page, kind, section,
                               sentence_ends, key, text)
        SELECT ?1, value ->> 0, value ->> 1, value ->> 2,
               CAST(substr(?3, value ->> 3, value ->> 4) AS TEXT),
               CAST(substr(?3, value ->> 5, value ->> 6) AS TEXT),
               CAST(substr(?3, value ->> 7, value ->> 8) AS TEXT),
               CAST(substr(?3, value ->> 9, value ->> 10) AS TEXT),
               CAST(substr(?3, value ->> 11, value ->> 12) AS TEXT)
        FROM json_each(?2)
        RETURNING id, ordinal)");
    if (!insert)
        return insert.error();
    RowBatch batch;
    for (qsizetype n = 0; n < added.size(); ++n) {
        const qsizetype i = added[n];
        const Paragraph &p = paragraphs[i];
        std::optional<qint64> submissionId;
        if (p.submission >= 0)
            submissionId = submissionIds[p.submission];
        batch.row()
            .number(submissionId)
            .number(i)
            .number(p.page)
            .string(paragraphKindName(p.kind))
            .string(p.section)
            .string(encodeOffsets(p.sentenceEnds))
            .string(keys[i])
            .string(p.text);
        if (batch.bytes() < kBytesPerStatement && n + 1 < added.size())
            continue;
        insert->bind(1, documentId);
        batch.bindTo(*insert, 2);
        Result<bool> row = insert->step();
        for (; row && *row; row = insert->step()) {
            const qint64 ordinal = insert->columnInt64(1);
            if (ordinal >= 0 && ordinal < ids.size())
                ids[ordinal] = insert->columnInt64(0);
        }
        insert->reset();
        if (!row)
            return row.error();
    }
    for (const qsizetype i : added) {
        if (ids[i] == 0)
            return Error{ErrorCode::Internal, QStringLiteral("The database refused an operation."),
                         QStringLiteral("no id came back for paragraph %1").arg(i)};
    }
    return success();
}

// Footnotes go in many rows per statement too (see insertParagraphs): their index, footnote_fts,
// would otherwise write a segment for every footnote.
Status DocumentWriter::writeNotesAndLinks(const QList<Paragraph> &paragraphs,
                                          const QList<qint64> &ids)
{
    auto footnote = Statement::prepare(m_db, R"(
        INSERT INTO footnote (paragraph_id, ordinal, anchor, marker, text)
        SELECT value ->> 0, value ->> 1, value ->> 2,
               CAST(substr(?2, value ->> 3, value ->> 4) AS TEXT),
               CAST(substr(?2, value ->> 5, value ->> 6) AS TEXT)
        FROM json_each(?1))");
    auto link = Statement::prepare(m_db, "INSERT INTO link (paragraph_id, ordinal, target, symbol) "
                                         "VALUES (?1, ?2, ?3, ?4)");
    if (!footnote)
        return footnote.error();
    if (!link)
        return link.error();
    RowBatch footnotes;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        for (qsizetype n = 0; n < p.footnotes.size(); ++n) {
            const Footnote &f = p.footnotes[n];
            footnotes.row()
                .number(ids[i])
                .number(n)
                .number(f.anchor >= 0 ? std::optional<qint64>(f.anchor) : std::nullopt)
                .string(f.marker)
                .string(f.text);
        }
        if (footnotes.rows() > 0 &&
            (footnotes.bytes() >= kBytesPerStatement || i + 1 == paragraphs.size())) {
            footnotes.bindTo(*footnote, 1);
            if (auto ran = footnote->run(); !ran)
                return ran;
        }
        for (qsizetype n = 0; n < p.links.size(); ++n) {
            const Link &l = p.links[n];
            link->bind(1, ids[i])
                .bind(2, static_cast<qint64>(n))
                .bind(3, l.target)
                .bind(4, nullIfEmpty(l.symbol));
            if (auto ran = link->run(); !ran)
                return ran;
        }
    }
    return success();
}

// A document's own notes and its warnings: rows numbered in order, each list written by one
// statement from a JSON array.
Status DocumentWriter::writeNotesAndWarnings(qint64 documentId, const ParsedDocument &doc)
{
    QJsonArray notes;
    for (const Footnote &note : doc.notes)
        notes.append(QJsonArray{note.marker, note.text});
    const QList<std::pair<const char *, QJsonArray>> lists{
        {"INSERT INTO document_note (document_id, ordinal, marker, text) "
         "SELECT ?1, key, value ->> 0, value ->> 1 FROM json_each(?2)",
         notes},
        {"INSERT INTO document_warning (document_id, ordinal, message) "
         "SELECT ?1, key, value FROM json_each(?2)",
         QJsonArray::fromStringList(doc.warnings)}};
    for (const auto &[sql, list] : lists) {
        auto insert = Statement::prepare(m_db, sql);
        if (!insert)
            return insert.error();
        insert->bind(1, documentId)
            .bind(2, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        if (auto ran = insert->run(); !ran)
            return ran;
    }
    return success();
}

} // namespace Rapporteur::Storage
