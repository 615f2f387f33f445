#include "referencerepository.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace Rapporteur::Storage {

ReferenceRepository::ReferenceRepository(Database &db) : m_db(db) {}

Result<QList<ReferenceSourceRecord>> ReferenceRepository::sources() const
{
    auto select = Statement::prepare(m_db, R"(
        SELECT d.id, d.symbol, r.source FROM document d
        LEFT JOIN reference_source r ON r.document_id = d.id
        ORDER BY d.id)");
    if (!select)
        return select.error();
    return select->collect<ReferenceSourceRecord>([&] {
        return ReferenceSourceRecord{select->columnInt64(0), select->columnText(1),
                                     select->columnText(2)};
    });
}

Status ReferenceRepository::replaceDocumentReferences(qint64 documentId,
                                                      const QList<ReferenceRow> &rows,
                                                      const QString &source)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto remove = Statement::prepare(m_db, R"(
        DELETE FROM reference WHERE paragraph_id IN
            (SELECT id FROM paragraph WHERE document_id = ?1))");
    if (!remove)
        return remove.error();
    remove->bind(1, documentId);
    if (auto ran = remove->run(); !ran)
        return ran;

    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO reference (paragraph_id, target_kind, target, place, mentions)
        VALUES (?1, ?2, ?3, ?4, ?5))");
    if (!insert)
        return insert.error();
    for (const ReferenceRow &r : rows) {
        insert->bind(1, r.paragraphId)
            .bind(2, r.targetKind)
            .bind(3, r.target)
            .bind(4, r.place)
            .bind(5, r.mentions);
        if (auto ran = insert->run(); !ran)
            return ran;
    }

    auto record = Statement::prepare(m_db, R"(
        INSERT INTO reference_source (document_id, source) VALUES (?1, ?2)
        ON CONFLICT (document_id) DO UPDATE SET source = excluded.source)");
    if (!record)
        return record.error();
    record->bind(1, documentId).bind(2, source);
    if (auto ran = record->run(); !ran)
        return ran;
    return transaction->commit();
}

Result<QList<CitationRecord>> ReferenceRepository::citations(const QString &targetKind,
                                                             const QString &target) const
{
    // One query whatever the number of rows, in corpus order so that callers can group without
    // sorting. A filter names its columns outright, so that reference_target serves it.
    QByteArray where = "1";
    if (!targetKind.isEmpty())
        where = target.isEmpty() ? "r.target_kind = ?1" : "r.target_kind = ?1 AND r.target = ?2";
    const QByteArray sql = R"(
        SELECT r.paragraph_id, r.target_kind, r.target, r.place, r.mentions,
               d.symbol, p.ordinal, p.page, p.submission_id, s.entity_code, e.name_zh, e.name_en
        FROM reference r
        JOIN paragraph p ON p.id = r.paragraph_id
        JOIN document d ON d.id = p.document_id
        LEFT JOIN submission s ON s.id = p.submission_id
        LEFT JOIN entity e ON e.code = s.entity_code
        WHERE )" + where + R"(
        ORDER BY d.id, p.ordinal, r.target_kind, r.target,
                 CASE r.place WHEN 'text' THEN 0 WHEN 'footnote' THEN 1 ELSE 2 END)";
    auto select = Statement::prepare(m_db, sql.constData());
    if (!select)
        return select.error();
    if (!targetKind.isEmpty())
        select->bind(1, targetKind);
    if (!targetKind.isEmpty() && !target.isEmpty())
        select->bind(2, target);
    QList<CitationRecord> records;
    if (auto read = select->forEachRow([&] {
            CitationRecord &c = records.emplace_back();
            c.row = {select->columnInt64(0), select->columnText(1), select->columnText(2),
                     select->columnText(3), select->columnInt(4)};
            c.document = select->columnText(5);
            c.paragraphOrdinal = select->columnInt(6);
            c.page = select->columnInt(7);
            if (!select->isNull(8))
                c.submissionId = select->columnInt64(8);
            if (!select->isNull(9))
                c.entity = EntityRef{select->columnText(9), select->columnText(10),
                                     select->columnText(11)};
        });
        !read)
        return read.error();
    return records;
}

} // namespace Rapporteur::Storage
