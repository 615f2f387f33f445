#include "rollcallrow.h"

#include "statement.h"

#include <iterator>

namespace Rapporteur::Storage::RollCallRow {

namespace {

// The columns a roll call is written with, in the order bindValues() binds them (?1 …).
constexpr const char *kColumns[] = {
    "source",           "source_key",    "rcid",
    "undl_id",          "session",       "date",
    "resolution",       "draft",         "committee_report",
    "meeting",          "title",         "agenda_title",
    "subjects",         "short",         "descr",
    "important",        "amend",         "para",
    "total_yes",        "total_no",      "total_abstain",
    "total_non_voting", "total_members", "link",
};
constexpr int kColumnCount = int(std::size(kColumns));

std::optional<QString> textOrNull(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<int> flag(const std::optional<bool> &value)
{
    if (!value)
        return std::nullopt;
    return *value ? 1 : 0;
}

std::optional<bool> flagAt(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.columnInt(column) != 0;
}

std::optional<int> intAt(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.columnInt(column);
}

} // namespace

void bindValues(Statement &s, const RollCall &rc)
{
    s.bind(1, rollCallSourceName(rc.source))
        .bind(2, rc.sourceKey())
        .bind(3, rc.rcid)
        .bind(4, textOrNull(rc.undlId))
        .bind(5, rc.session)
        .bind(6, rc.date.isValid() ? std::optional<QString>(rc.date.toString(Qt::ISODate))
                                   : std::nullopt)
        .bind(7, textOrNull(rc.resolution))
        .bind(8, textOrNull(rc.draft))
        .bind(9, textOrNull(rc.committeeReport))
        .bind(10, textOrNull(rc.meeting))
        .bind(11, rc.title)
        .bind(12, rc.agendaTitle)
        .bind(13, rc.subjects)
        .bind(14, rc.shortTitle)
        .bind(15, rc.description)
        .bind(16, flag(rc.important))
        .bind(17, flag(rc.amend))
        .bind(18, flag(rc.para))
        .bind(19, rc.totalYes)
        .bind(20, rc.totalNo)
        .bind(21, rc.totalAbstain)
        .bind(22, rc.totalNonVoting)
        .bind(23, rc.totalMembers)
        .bind(24, textOrNull(rc.link));
}

QByteArray insertSql()
{
    QByteArray names;
    QByteArray values;
    for (int i = 0; i < kColumnCount; ++i) {
        names += (i ? ", " : "") + QByteArray(kColumns[i]);
        values += (i ? ", ?" : "?") + QByteArray::number(i + 1);
    }
    return "INSERT INTO roll_call (" + names + ") VALUES (" + values + ")";
}

// Updates the roll call with ?1/?2 as its key only where a column differs, so that the number
// of changed rows says whether anything did.
QByteArray updateSql()
{
    QByteArray set;
    QByteArray differs;
    for (int i = 2; i < kColumnCount; ++i) {
        const QByteArray param = "?" + QByteArray::number(i + 1);
        set += (i > 2 ? ", " : "") + QByteArray(kColumns[i]) + " = " + param;
        differs += (i > 2 ? " OR " : "") + QByteArray(kColumns[i]) + " IS NOT " + param;
    }
    return "UPDATE roll_call SET " + set + " WHERE source = ?1 AND source_key = ?2 AND (" +
           differs + ")";
}

QByteArray selectSql(const QByteArray &where)
{
    QByteArray names;
    for (int i = 0; i < kColumnCount; ++i)
        names += ", " + QByteArray(kColumns[i]);
    return "SELECT id" + names + " FROM roll_call" + where +
           " ORDER BY date, source, rcid, undl_id, id";
}

RollCall read(const Statement &s)
{
    RollCall rc;
    rc.id = s.columnInt64(0);
    rc.source = rollCallSourceFromName(s.columnText(1)).value_or(RollCallSource::Voeten);
    if (!s.isNull(3))
        rc.rcid = s.columnInt64(3);
    rc.undlId = s.columnText(4);
    rc.session = s.columnText(5);
    rc.date = QDate::fromString(s.columnText(6), Qt::ISODate);
    rc.resolution = s.columnText(7);
    rc.draft = s.columnText(8);
    rc.committeeReport = s.columnText(9);
    rc.meeting = s.columnText(10);
    rc.title = s.columnText(11);
    rc.agendaTitle = s.columnText(12);
    rc.subjects = s.columnText(13);
    rc.shortTitle = s.columnText(14);
    rc.description = s.columnText(15);
    rc.important = flagAt(s, 16);
    rc.amend = flagAt(s, 17);
    rc.para = flagAt(s, 18);
    rc.totalYes = intAt(s, 19);
    rc.totalNo = intAt(s, 20);
    rc.totalAbstain = intAt(s, 21);
    rc.totalNonVoting = intAt(s, 22);
    rc.totalMembers = intAt(s, 23);
    rc.link = s.columnText(24);
    return rc;
}

} // namespace Rapporteur::Storage::RollCallRow
