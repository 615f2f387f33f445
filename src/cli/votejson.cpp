#include "votejson.h"

namespace Rapporteur::Cli {

namespace {
QJsonValue orNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}
QJsonValue statedJson(int n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}
QJsonValue codeJson(const QString &code)
{
    return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code);
}
} // namespace

QJsonArray listedJson(const QList<Storage::ListedEntity> &list)
{
    QJsonArray out;
    for (const auto &e : list)
        out.append(QJsonObject{{QStringLiteral("code"), codeJson(e.code)},
                               {QStringLiteral("written"), e.written}});
    return out;
}

QJsonObject voteJson(const Storage::VoteRecord &v)
{
    QJsonArray nonVoting;
    for (const QString &code : v.nonVoting)
        nonVoting.append(QJsonObject{{QStringLiteral("code"), code}});
    QJsonArray notes;
    for (const auto &n : v.notes)
        notes.append(QJsonObject{{QStringLiteral("code"), codeJson(n.code)},
                                 {QStringLiteral("written"), n.written},
                                 {QStringLiteral("intended"), votePositionName(n.intended)},
                                 {QStringLiteral("text"), n.text}});
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("document"), v.document},
        {QStringLiteral("label"), v.label},
        {QStringLiteral("subject"), v.subject},
        {QStringLiteral("subject_kind"), voteSubjectKindName(v.subjectKind)},
        {QStringLiteral("subject_number"),
         v.subjectNumber > 0 ? QJsonValue(v.subjectNumber) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("subject_paragraph"), orNull(v.subjectParagraphId)},
        {QStringLiteral("paragraph"), orNull(v.paragraphId)},
        {QStringLiteral("draft"), v.draftSymbol},
        {QStringLiteral("date"), v.date.isValid() ? QJsonValue(v.date.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("meeting"), v.meeting > 0 ? QJsonValue(v.meeting) : QJsonValue()},
        {QStringLiteral("outcome"), v.outcome},
        {QStringLiteral("stated"),
         QJsonObject{{QStringLiteral("yes"), statedJson(v.statedYes)},
                     {QStringLiteral("no"), statedJson(v.statedNo)},
                     {QStringLiteral("abstain"), statedJson(v.statedAbstain)}}},
        {QStringLiteral("counted"),
         QJsonObject{{QStringLiteral("yes"), v.yes.size()},
                     {QStringLiteral("no"), v.no.size()},
                     {QStringLiteral("abstain"), v.abstain.size()},
                     {QStringLiteral("non_voting"), v.nonVoting.size()}}},
        {QStringLiteral("yes"), listedJson(v.yes)},
        {QStringLiteral("no"), listedJson(v.no)},
        {QStringLiteral("abstain"), listedJson(v.abstain)},
        {QStringLiteral("non_voting"), nonVoting},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("counts_match"), v.countsMatch()},
        {QStringLiteral("page"), v.page},
    };
}

QJsonObject sponsorshipJson(const Storage::SponsorshipRecord &s)
{
    return QJsonObject{{QStringLiteral("document"), s.document},
                       {QStringLiteral("draft"), s.draftSymbol},
                       {QStringLiteral("main"), listedJson(s.main)},
                       {QStringLiteral("joined"), listedJson(s.joined)}};
}

QJsonObject resolutionParagraphJson(const Storage::ResolutionParagraphRecord &r)
{
    QJsonArray footnotes;
    for (const auto &f : r.footnotes)
        footnotes.append(
            QJsonObject{{QStringLiteral("marker"), f.marker}, {QStringLiteral("text"), f.text}});
    return QJsonObject{
        {QStringLiteral("id"), r.paragraphId},
        {QStringLiteral("kind"),
         r.operative ? QStringLiteral("operative") : QStringLiteral("preambular")},
        {QStringLiteral("number"), r.number},
        {QStringLiteral("text"), r.text},
        {QStringLiteral("footnotes"), footnotes},
    };
}

} // namespace Rapporteur::Cli
