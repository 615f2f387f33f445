#include "stateplenaryvotes.h"

#include "statement.h"

namespace Rapporteur::Storage {

Result<QList<StatePlenaryVote>> readStatePlenaryVotes(const Database &db, const QString &entityCode)
{
    auto select = Statement::prepare(db, R"(
        SELECT r.id, r.source, r.rcid, r.undl_id, r.session, r.date, r.resolution, r.draft,
               CASE WHEN r.title <> '' THEN r.title ELSE r.short END,
               coalesce(r.amend, 0) OR coalesce(r.para, 0), v.position
        FROM roll_call_vote v JOIN roll_call r ON r.id = v.roll_call_id
        WHERE v.entity_code = ?1
        ORDER BY r.date, r.source, r.rcid, r.undl_id, r.id)");
    if (!select)
        return select.error();
    select->bind(1, entityCode);
    QList<StatePlenaryVote> out;
    if (auto read = select->forEachRow([&] {
            StatePlenaryVote &v = out.emplace_back();
            v.rollCallId = select->columnInt64(0);
            v.source =
                rollCallSourceFromName(select->columnText(1)).value_or(RollCallSource::Voeten);
            if (!select->isNull(2))
                v.rcid = select->columnInt64(2);
            v.undlId = select->columnText(3);
            v.session = select->columnText(4);
            v.date = QDate::fromString(select->columnText(5), Qt::ISODate);
            v.resolution = select->columnText(6);
            v.draft = select->columnText(7);
            v.title = select->columnText(8);
            v.onPart = select->columnInt(9) != 0;
            v.position = rollCallPositionFromName(select->columnText(10))
                             .value_or(RollCallPosition::NonVoting);
        });
        !read)
        return read.error();
    return out;
}

} // namespace Rapporteur::Storage
