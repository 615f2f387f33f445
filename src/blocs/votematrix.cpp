#include "votematrix.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Rapporteur::Blocs {

namespace {

// "(a)", "（a）", " A " → "a".
QString labelKey(QStringView label)
{
    QString key;
    for (const QChar c : label) {
        if (c.isSpace() || c == u'(' || c == u')' || c == QChar(0xFF08) || c == QChar(0xFF09))
            continue;
        key.append(c);
    }
    return key.toCaseFolded();
}

bool sameDocument(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool canVote(const QString &code, const ReferenceData::EntityRegistry &registry)
{
    if (code.isEmpty())
        return false;
    const auto entity = registry.byCode(code);
    return !entity || entity->kind == EntityKind::MemberState ||
           entity->kind == EntityKind::FormerMemberState;
}

QStringList inEntityTableOrder(QStringList codes, const ReferenceData::EntityRegistry &registry)
{
    QHash<QString, qsizetype> tableOrder;
    for (qsizetype i = 0; i < registry.entities().size(); ++i)
        tableOrder.insert(registry.entities()[i].code, i);
    std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = tableOrder.value(a, tableOrder.size());
        const qsizetype ib = tableOrder.value(b, tableOrder.size());
        return ia != ib ? ia < ib : a < b;
    });
    return codes;
}

VoteSelector VoteSelector::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    if (colon < 0)
        return {QString(), trimmed.toString()};
    return {trimmed.left(colon).trimmed().toString(), trimmed.mid(colon + 1).trimmed().toString()};
}

bool VoteSelector::matches(const Storage::VoteRecord &vote) const
{
    if (!document.isEmpty() && !sameDocument(document, vote.document))
        return false;
    return labelKey(label) == labelKey(vote.label);
}

QString voteKey(const Storage::VoteRecord &vote, const QList<Storage::VoteRecord> &votes)
{
    if (vote.label.isEmpty()) // a plenary roll call: its document alone names it
        return vote.document + QLatin1Char(':');
    const VoteSelector bare{QString(), vote.label};
    const auto sameLabel =
        std::count_if(votes.cbegin(), votes.cend(),
                      [&](const Storage::VoteRecord &v) { return bare.matches(v); });
    if (sameLabel <= 1 && !vote.label.isEmpty())
        return vote.label;
    return vote.document + QLatin1Char(':') + vote.label;
}

Result<QList<Storage::VoteRecord>> selectVotes(const QList<Storage::VoteRecord> &votes,
                                               const QStringList &selectors)
{
    if (selectors.isEmpty())
        return votes;
    QList<VoteSelector> parsed;
    for (const QString &text : selectors) {
        const VoteSelector selector = VoteSelector::parse(text);
        const bool found =
            std::any_of(votes.cbegin(), votes.cend(),
                        [&](const Storage::VoteRecord &v) { return selector.matches(v); });
        if (!found) {
            return Error{
                ErrorCode::NotFound,
                selector.document.isEmpty()
                    ? QStringLiteral("no recorded vote %1 in the corpus").arg(selector.label)
                    : QStringLiteral("no recorded vote %1 in %2")
                          .arg(selector.label, selector.document),
                text};
        }
        parsed.append(selector);
    }
    QList<Storage::VoteRecord> chosen;
    for (const Storage::VoteRecord &v : votes) {
        if (std::any_of(parsed.cbegin(), parsed.cend(),
                        [&](const VoteSelector &s) { return s.matches(v); }))
            chosen.append(v);
    }
    return chosen;
}

VoteMatrix buildVoteMatrix(const QList<Storage::VoteRecord> &votes,
                           const ReferenceData::EntityRegistry &registry)
{
    VoteMatrix matrix;
    matrix.votes = votes;

    // Each voter's positions, indexed once by code, by the rule of VoteRecord::positionOf: the
    // first list naming a code in a vote wins; a voter in no list of a vote is non-voting on it.
    // One row per code rather than a table per vote keeps the whole record (6,000 roll calls) one
    // pass.
    QHash<QString, qsizetype> rowOf;
    QList<QList<VotePosition>> rows;
    QSet<QString> nonVoting;
    QHash<QString, bool> voters; // canVote per code: the registry looks codes up one by one
    const auto isVoter = [&](const QString &code) {
        auto found = voters.constFind(code);
        if (found == voters.cend())
            found = voters.insert(code, canVote(code, registry));
        return *found;
    };
    for (qsizetype v = 0; v < votes.size(); ++v) {
        votes[v].forEachListed([&](const QString &code, VotePosition position) {
            if (!isVoter(code))
                return;
            auto row = rowOf.constFind(code);
            if (row == rowOf.cend()) {
                row = rowOf.insert(code, rows.size());
                rows.append(QList<VotePosition>(votes.size(), VotePosition::NonVoting));
            }
            VotePosition &cell = rows[*row][v];
            // Unset cells are NonVoting; one already set by an earlier list stays.
            if (cell == VotePosition::NonVoting)
                cell = position;
        });
        for (const QString &code : votes[v].nonVoting)
            nonVoting.insert(code);
    }

    matrix.states = inEntityTableOrder(rowOf.keys(), registry);
    for (const QString &code : std::as_const(matrix.states))
        matrix.positions.append(std::move(rows[rowOf.value(code)]));
    for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it)
        nonVoting.remove(it.key());
    matrix.absentThroughout =
        inEntityTableOrder(QStringList(nonVoting.cbegin(), nonVoting.cend()), registry);
    return matrix;
}

} // namespace Rapporteur::Blocs
