#include "undlvotefile.h"

#include "csvreader.h"
#include "stateresolver.h"
#include "votefilekind.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Rapporteur::RollCalls {

namespace {

using Storage::RollCall;
using Storage::RollCallPosition;

std::optional<RollCallPosition> positionOfLetter(const QByteArray &letter)
{
    if (letter == "Y")
        return RollCallPosition::Yes;
    if (letter == "N")
        return RollCallPosition::No;
    if (letter == "A")
        return RollCallPosition::Abstain;
    if (letter == "X")
        return RollCallPosition::NonVoting;
    return std::nullopt;
}

// The columns by name: the file comes with or without vote_note.
struct Columns
{
    qsizetype undlId, code, name, vote, date, session, resolution, draft, committeeReport,
        meeting, title, agendaTitle, subjects, voteNote = -1, totalYes, totalNo, totalAbstain,
        totalNonVoting, totalMembers, link;

    static Columns of(const CsvRecord &header)
    {
        QHash<QByteArray, qsizetype> at;
        for (qsizetype i = 0; i < header.fields.size(); ++i)
            at.insert(header.fields[i].text, i);
        Columns c{};
        c.undlId = at.value("undl_id");
        c.code = at.value("ms_code");
        c.name = at.value("ms_name");
        c.vote = at.value("ms_vote");
        c.date = at.value("date");
        c.session = at.value("session");
        c.resolution = at.value("resolution");
        c.draft = at.value("draft");
        c.committeeReport = at.value("committee_report");
        c.meeting = at.value("meeting");
        c.title = at.value("title");
        c.agendaTitle = at.value("agenda_title");
        c.subjects = at.value("subjects");
        c.voteNote = at.value("vote_note", -1);
        c.totalYes = at.value("total_yes");
        c.totalNo = at.value("total_no");
        c.totalAbstain = at.value("total_abstentions");
        c.totalNonVoting = at.value("total_non_voting");
        c.totalMembers = at.value("total_ms");
        c.link = at.value("undl_link");
        return c;
    }
};

// A stated total: empty when the file gives none, else a non-negative whole number.
Result<std::optional<int>> total(const CsvReader &reader, const CsvRecord &row, qsizetype column,
                                 const char *name)
{
    const QByteArray &text = row.fields[column].text;
    if (text.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return reader.errorAt(row.line, QStringLiteral("%1 is not a count: %2")
                                            .arg(QString::fromLatin1(name), QString::fromUtf8(text)));
    return std::optional<int>(value);
}

Status readMetadata(const CsvReader &reader, const CsvRecord &row, const Columns &c, RollCall &rc)
{
    rc.source = Storage::RollCallSource::Undl;
    rc.undlId = fieldText(row, c.undlId);
    rc.session = fieldText(row, c.session).trimmed();
    if (rc.session.isEmpty())
        return reader.errorAt(row.line, QStringLiteral("the session is empty"));
    rc.date = QDate::fromString(fieldText(row, c.date), Qt::ISODate);
    if (!rc.date.isValid())
        return reader.errorAt(row.line,
                              QStringLiteral("the date %1 is not a date (YYYY-MM-DD)")
                                  .arg(fieldText(row, c.date)));
    rc.resolution = fieldText(row, c.resolution).trimmed();
    rc.draft = fieldText(row, c.draft).trimmed();
    rc.committeeReport = fieldText(row, c.committeeReport).trimmed();
    rc.meeting = fieldText(row, c.meeting).trimmed();
    rc.title = fieldText(row, c.title);
    rc.agendaTitle = fieldText(row, c.agendaTitle);
    rc.subjects = fieldText(row, c.subjects);
    rc.link = fieldText(row, c.link).trimmed();
    const std::pair<qsizetype, const char *> totals[] = {
        {c.totalYes, "total_yes"},           {c.totalNo, "total_no"},
        {c.totalAbstain, "total_abstentions"}, {c.totalNonVoting, "total_non_voting"},
        {c.totalMembers, "total_ms"}};
    std::optional<int> *targets[] = {&rc.totalYes, &rc.totalNo, &rc.totalAbstain,
                                     &rc.totalNonVoting, &rc.totalMembers};
    for (qsizetype i = 0; i < qsizetype(std::size(totals)); ++i) {
        auto value = total(reader, row, totals[i].first, totals[i].second);
        if (!value)
            return value.error();
        *targets[i] = *value;
    }
    return success();
}

} // namespace

Result<QList<RollCall>> readUndlVoteFile(const QByteArray &data, const QString &shownName,
                                         StateResolver &states)
{
    CsvReader reader(data, shownName);
    CsvRecord row;
    auto header = reader.next(row);
    if (!header)
        return header.error();
    if (!*header || voteFileKind(row) != VoteFileKind::Undl)
        return reader.errorAt(1, QStringLiteral("the header is not that of a UN Digital Library "
                                                "vote file"));
    const qsizetype width = row.fields.size();
    const Columns c = Columns::of(row);
    QList<RollCall> rollCalls;
    QHash<QString, qsizetype> byUndlId;
    QList<QSet<QString>> listed; // per roll call: the states given so far
    while (true) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (row.fields.size() != width)
            return reader.errorAt(row.line, QStringLiteral("%1 fields where the header has %2")
                                                .arg(row.fields.size())
                                                .arg(width));
        const QString undlId = fieldText(row, c.undlId).trimmed();
        if (undlId.isEmpty())
            return reader.errorAt(row.line, QStringLiteral("the undl_id is empty"));
        auto found = byUndlId.constFind(undlId);
        if (found == byUndlId.cend()) {
            RollCall rc;
            if (auto read = readMetadata(reader, row, c, rc); !read)
                return read.error();
            found = byUndlId.insert(undlId, rollCalls.size());
            rollCalls.append(std::move(rc));
            listed.append(QSet<QString>());
        }
        RollCall &rc = rollCalls[*found];
        const auto position = positionOfLetter(row.fields[c.vote].text.trimmed());
        if (!position)
            return reader.errorAt(row.line,
                                  QStringLiteral("the vote %1 is not Y, N, A or X")
                                      .arg(fieldText(row, c.vote)));
        const QByteArray code = row.fields[c.code].text.trimmed();
        const QByteArray name = row.fields[c.name].text.trimmed();
        const QString entity = states.resolve(code, !code.isEmpty(), name, rc.date);
        if (entity.isEmpty())
            return reader.errorAt(row.line, QStringLiteral("the state %1 (%2) is not in the "
                                                           "entity table")
                                                .arg(QString::fromUtf8(name),
                                                     QString::fromUtf8(code)));
        QSet<QString> &seen = listed[*found];
        if (seen.contains(entity))
            return reader.errorAt(row.line, QStringLiteral("%1 is given twice on roll call %2")
                                                .arg(entity, undlId));
        seen.insert(entity);
        rc.votes.append(Storage::RollCallVote{
            entity, *position, c.voteNote >= 0 ? fieldText(row, c.voteNote) : QString()});
    }
    for (RollCall &rc : rollCalls) {
        std::sort(rc.votes.begin(), rc.votes.end(),
                  [](const auto &a, const auto &b) { return a.code < b.code; });
    }
    return rollCalls;
}

} // namespace Rapporteur::RollCalls
