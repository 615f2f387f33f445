#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Rapporteur::ReferenceData {
class EntityRegistry;
}

namespace Rapporteur::RollCalls {

// Resolves a state as a vote file gives it (a code, a name, on the day of the vote) to an entity
// code. The code decides (ISO 3166-1 alpha-3 or alpha-2, or an entity's other codes, read for
// that day: EntityRegistry::byVoteCode); the name is the fallback where the file gives no code
// (R's bare NA) or one the table does not know. Names in files vary ("Congo - Kinshasa",
// "TÜRKIYE" after "TURKEY"), so a name that disagrees with a code is not an error.
// Answers are cached: a vote file names the same few hundred states a million times, on some
// thousands of days. A cached state keeps one answer per period between the days its code can
// change meaning (EntityRegistry::voteCodeEndDates), so the day is no part of the key.
class StateResolver final
{
public:
    explicit StateResolver(const ReferenceData::EntityRegistry &registry);

    // The entity code, or an empty string when neither code nor name resolves.
    QString resolve(const QByteArray &code, bool codeGiven, const QByteArray &name, QDate day);

private:
    const ReferenceData::EntityRegistry &m_registry;
    struct Cached
    {
        QList<QDate> endDates;                 // of the code, sorted
        QList<std::optional<QString>> answers; // per period: before endDates[0], …, after the last
    };
    QString answer(const QByteArray &code, bool codeGiven, const QByteArray &name, QDate day) const;

    QHash<QByteArray, Cached> m_cache; // code \x1f name
    QByteArray m_key;                  // scratch space for the cache key
};

} // namespace Rapporteur::RollCalls
