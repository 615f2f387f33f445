#include "rollcallquery.h"

#include "statement.h"

#include <optional>

namespace Rapporteur::Storage {

namespace {

std::optional<QString> textOrNull(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

QByteArray RollCallQuery::whereSql()
{
    // session GLOB: "ES-10" is in no range of regular sessions. lower() folds ASCII only, which
    // is what the files' English titles need.
    return R"(
        WHERE (?1 IS NULL OR session = ?1) AND (?2 IS NULL OR resolution = ?2)
          AND (?3 = 0 OR (session NOT GLOB '*[^0-9]*'
                          AND CAST(session AS INTEGER) BETWEEN ?3 AND ?4))
          AND (?5 IS NULL OR EXISTS (SELECT 1 FROM roll_call_issue i
                                     WHERE i.roll_call_id = roll_call.id AND i.issue = ?5))
          AND (?6 = 0 OR important = 1) AND (?7 IS NULL OR draft = ?7)
          AND (?8 IS NULL OR instr(lower(title || ' ' || agenda_title || ' ' || short || ' ' ||
                                         descr), lower(?8)) > 0))";
}

void RollCallQuery::bindTo(Statement &statement) const
{
    statement.bind(1, textOrNull(session))
        .bind(2, textOrNull(resolution))
        .bind(3, firstSession)
        .bind(4, lastSession)
        .bind(5, textOrNull(issue))
        .bind(6, importantOnly ? 1 : 0)
        .bind(7, textOrNull(draft))
        .bind(8, textOrNull(titleContains.trimmed()));
}

} // namespace Rapporteur::Storage
