#include "resolutionseries.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Rapporteur::Analysis {

QChar seriesLetter(Storage::RollCallPosition position)
{
    switch (position) {
    case Storage::RollCallPosition::Yes:
        return u'Y';
    case Storage::RollCallPosition::No:
        return u'N';
    case Storage::RollCallPosition::Abstain:
        return u'A';
    case Storage::RollCallPosition::NonVoting:
        break;
    }
    return u'·';
}

QString seriesKey(const QString &title)
{
    QString key = title.simplified().toCaseFolded();
    while (!key.isEmpty() && (key.back().isPunct() || key.back().isSpace()))
        key.chop(1);
    return key;
}

QList<ResolutionSeries> resolutionSeries(const QList<Storage::StatePlenaryVote> &votes)
{
    QHash<QString, qsizetype> indexOf;
    QList<ResolutionSeries> all;
    QList<QSet<QString>> sessions;
    for (const Storage::StatePlenaryVote &v : votes) {
        if (v.onPart)
            continue;
        const QString key = seriesKey(v.title);
        if (key.isEmpty())
            continue;
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            found = indexOf.insert(key, all.size());
            all.emplace_back();
            sessions.emplace_back();
        }
        all[*found].votes.append(v);
        sessions[*found].insert(v.session);
    }
    QList<ResolutionSeries> out;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (sessions[i].size() < 2)
            continue;
        ResolutionSeries &series = all[i];
        std::stable_sort(series.votes.begin(), series.votes.end(),
                         [](const auto &a, const auto &b) { return a.date < b.date; });
        series.title = series.votes.constLast().title.simplified();
        series.sessions = static_cast<int>(sessions[i].size());
        out.append(std::move(series));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const QDate da = a.votes.constFirst().date;
        const QDate db = b.votes.constFirst().date;
        return da != db ? da < db : a.title < b.title;
    });
    return out;
}

} // namespace Rapporteur::Analysis
