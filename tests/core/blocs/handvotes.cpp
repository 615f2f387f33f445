#include "handvotes.h"

namespace Rapporteur::Test {

namespace {

QList<Storage::ListedEntity> listed(const QStringList &codes)
{
    QList<Storage::ListedEntity> list;
    for (const QString &code : codes)
        list.append({code, code});
    return list;
}

} // namespace

QStringList words(const char *spaceSeparated)
{
    return QString::fromUtf8(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

Storage::VoteRecord handVote(const QString &document, const QString &label, const QStringList &yes,
                             const QStringList &no, const QStringList &abstain,
                             const QStringList &nonVoting)
{
    Storage::VoteRecord v;
    v.document = document;
    v.label = label;
    v.subject = QStringLiteral("执行部分第 1 段");
    v.yes = listed(yes);
    v.no = listed(no);
    v.abstain = listed(abstain);
    v.nonVoting = nonVoting;
    v.statedYes = int(yes.size());
    v.statedNo = int(no.size());
    v.statedAbstain = int(abstain.size());
    return v;
}

QList<Storage::VoteRecord> handVotes()
{
    const QString doc = QStringLiteral("A/0/1");
    QList<Storage::VoteRecord> votes{
        handVote(doc, QStringLiteral("(a)"), words("CHN RUS BRA"), words("FRA DEU"), words("IND"),
                 words("JPN KEN")),
        handVote(doc, QStringLiteral("(b)"), words("CHN RUS IND"), words("FRA DEU"), words("BRA"),
                 words("JPN KEN")),
        handVote(doc, QStringLiteral("(c)"), words("CHN BRA KEN"), words("FRA"), words("DEU IND"),
                 words("JPN RUS")),
        handVote(doc, QStringLiteral("(d)"), words("FRA DEU BRA IND CHN"), words("RUS"), {},
                 words("JPN KEN")),
    };
    for (qsizetype i = 0; i < votes.size(); ++i) {
        votes[i].id = i + 1;
        votes[i].ordinal = int(i);
    }
    return votes;
}

} // namespace Rapporteur::Test
