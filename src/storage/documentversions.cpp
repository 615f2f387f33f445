#include "documentversions.h"

#include "statement.h"

namespace Rapporteur::Storage {

Result<std::optional<qint64>> findVersion(const Database &db, const QString &symbol,
                                          const QString &language)
{
    // UNIQUE (symbol, language) serves both: the versions of a symbol in id order.
    auto select = Statement::prepare(db, R"(
        SELECT id FROM document
        WHERE symbol = ?1 AND (?2 = '' OR language = ?2)
        ORDER BY id LIMIT 1)");
    if (!select)
        return select.error();
    select->bind(1, symbol).bind(2, language);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(select->columnInt64(0));
}

Error unknownVersion(const QString &symbol, const QString &language)
{
    return Error{ErrorCode::NotFound,
                 language.isEmpty()
                     ? QStringLiteral("no document %1 in the database").arg(symbol)
                     : QStringLiteral("no %1 version of %2 in the database").arg(language, symbol),
                 {}};
}

} // namespace Rapporteur::Storage
