#include "codingrepository.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QUuid>

namespace Rapporteur::Storage {

namespace {

// The columns every reading of a coding selects, in this order (see readCoding).
constexpr const char *kSelectCodings = R"(
    SELECT g.id, g.guid, g.code_id, g.paragraph_id, g.document_id,
           coalesce(d.symbol, g.document_symbol), g.paragraph_ordinal, g.start_offset,
           g.end_offset, g.quote, g.left_context, g.right_context, g.orphaned, g.coder,
           g.created_at, g.memo, ifnull(p.page, 0), p.submission_id, ifnull(s.entity_code, '')
    FROM coding g
    LEFT JOIN document d ON d.id = g.document_id
    LEFT JOIN paragraph p ON p.id = g.paragraph_id AND g.orphaned = 0
    LEFT JOIN submission s ON s.id = p.submission_id)";

CodingRecord readCoding(const Statement &s)
{
    CodingRecord c;
    c.id = s.columnInt64(0);
    c.guid = s.columnText(1);
    c.codeId = s.columnInt64(2);
    c.anchor.paragraphId = s.columnInt64(3);
    c.anchor.documentId = s.columnInt64(4);
    c.anchor.documentSymbol = s.columnText(5);
    c.anchor.paragraphOrdinal = s.columnInt(6);
    c.anchor.start = s.columnInt(7);
    c.anchor.end = s.columnInt(8);
    c.anchor.quote = s.columnText(9);
    c.anchor.leftContext = s.columnText(10);
    c.anchor.rightContext = s.columnText(11);
    c.anchor.orphaned = s.columnInt(12) != 0;
    c.coder = s.columnText(13);
    c.createdAt = s.columnText(14);
    c.memo = s.columnText(15);
    c.page = s.columnInt(16);
    if (!s.isNull(17))
        c.submissionId = s.columnInt64(17);
    c.entityCode = s.columnText(18);
    return c;
}

ParagraphText readParagraph(const Statement &s)
{
    return {s.columnInt64(0), s.columnInt64(1), s.columnText(2), s.columnInt(3), s.columnText(4)};
}

// Runs a statement that changes the coding `id`: NotFound when no row changed, so no such coding.
Status runOnCoding(Database &db, Statement &statement, qint64 id)
{
    const qint64 before = db.totalChanges();
    if (auto ran = statement.run(); !ran)
        return ran;
    if (db.totalChanges() == before)
        return Error{ErrorCode::NotFound, QStringLiteral("there is no coding %1").arg(id), {}};
    return success();
}

} // namespace

CodingRepository::CodingRepository(Database &db) : m_db(db) {}

Result<qint64> CodingRepository::add(const NewCoding &coding)
{
    const CodingAnchor &a = coding.anchor;
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO coding (guid, code_id, paragraph_id, document_id, document_symbol,
                            paragraph_ordinal, start_offset, end_offset, quote, left_context,
                            right_context, coder, created_at, memo, orphaned)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                coalesce(?13, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?14, ?15))");
    if (!insert)
        return insert.error();
    insert
        ->bind(1, coding.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                        : coding.guid)
        .bind(2, coding.codeId)
        .bind(3, a.paragraphId)
        .bind(4, a.documentId)
        .bind(5, a.documentSymbol)
        .bind(6, a.paragraphOrdinal)
        .bind(7, a.start)
        .bind(8, a.end)
        .bind(9, a.quote)
        .bind(10, a.leftContext)
        .bind(11, a.rightContext)
        .bind(12, coding.coder)
        .bind(14, coding.memo)
        .bind(15, a.orphaned ? 1 : 0);
    if (coding.createdAt.isEmpty())
        insert->bindNull(13);
    else
        insert->bind(13, coding.createdAt);
    if (auto ran = insert->run(); !ran) {
        Error error = m_db.error(QStringLiteral("the coding was refused (unknown code, empty "
                                                "span or coder, or a guid already present)"));
        error.code = ErrorCode::InvalidInput;
        return error;
    }
    return m_db.lastInsertRowId();
}

Status CodingRepository::remove(qint64 id)
{
    auto statement = Statement::prepare(m_db, "DELETE FROM coding WHERE id = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return runOnCoding(m_db, *statement, id);
}

Status CodingRepository::setMemo(qint64 id, const QString &memo)
{
    auto statement = Statement::prepare(m_db, "UPDATE coding SET memo = ?2 WHERE id = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, id).bind(2, memo.isNull() ? QStringLiteral("") : memo);
    return runOnCoding(m_db, *statement, id);
}

Status CodingRepository::updateAnchor(qint64 id, const CodingAnchor &a)
{
    auto statement = Statement::prepare(m_db, R"(
        UPDATE coding SET paragraph_id = ?2, document_id = ?3, document_symbol = ?4,
            paragraph_ordinal = ?5, start_offset = ?6, end_offset = ?7, quote = ?8,
            left_context = ?9, right_context = ?10, orphaned = ?11
        WHERE id = ?1)");
    if (!statement)
        return statement.error();
    statement->bind(1, id)
        .bind(2, a.paragraphId)
        .bind(3, a.documentId)
        .bind(4, a.documentSymbol)
        .bind(5, a.paragraphOrdinal)
        .bind(6, a.start)
        .bind(7, a.end)
        .bind(8, a.quote)
        .bind(9, a.leftContext)
        .bind(10, a.rightContext)
        .bind(11, a.orphaned ? 1 : 0);
    return statement->run();
}

Result<QList<CodingRecord>> CodingRepository::codings(const CodingFilter &filter) const
{
    const QByteArray sql = QByteArray(kSelectCodings) + R"(
        WHERE (?1 IS NULL OR g.code_id = ?1) AND (?2 = '' OR g.coder = ?2)
          AND (?3 IS NULL OR g.document_id = ?3)
        ORDER BY g.document_id, g.orphaned, ifnull(p.ordinal, g.paragraph_ordinal),
                 g.start_offset, g.end_offset, g.id)";
    auto select = Statement::prepare(m_db, sql.constData());
    if (!select)
        return select.error();
    select->bind(1, filter.codeId)
        .bind(2, filter.coder.isNull() ? QStringLiteral("") : filter.coder)
        .bind(3, filter.documentId);
    return select->collect<CodingRecord>([&] { return readCoding(*select); });
}

Result<std::optional<CodingRecord>> CodingRepository::coding(qint64 id) const
{
    const QByteArray sql = QByteArray(kSelectCodings) + " WHERE g.id = ?1";
    auto select = Statement::prepare(m_db, sql.constData());
    if (!select)
        return select.error();
    select->bind(1, id);
    return select->first<CodingRecord>([&] { return readCoding(*select); });
}

Result<bool> CodingRepository::hasGuid(const QString &guid) const
{
    auto select = Statement::prepare(m_db, "SELECT 1 FROM coding WHERE guid = ?1");
    if (!select)
        return select.error();
    select->bind(1, guid);
    return select->step();
}

Result<std::optional<ParagraphText>> CodingRepository::paragraph(qint64 id) const
{
    auto select = Statement::prepare(m_db, R"(
        SELECT p.id, p.document_id, d.symbol, p.ordinal, p.text
        FROM paragraph p JOIN document d ON d.id = p.document_id WHERE p.id = ?1)");
    if (!select)
        return select.error();
    select->bind(1, id);
    return select->first<ParagraphText>([&] { return readParagraph(*select); });
}

Result<QList<ParagraphText>> CodingRepository::paragraphsOfDocument(qint64 documentId) const
{
    auto select = Statement::prepare(m_db, R"(
        SELECT p.id, p.document_id, d.symbol, p.ordinal, p.text
        FROM paragraph p JOIN document d ON d.id = p.document_id
        WHERE p.document_id = ?1 ORDER BY p.ordinal)");
    if (!select)
        return select.error();
    select->bind(1, documentId);
    return select->collect<ParagraphText>([&] { return readParagraph(*select); });
}

} // namespace Rapporteur::Storage
