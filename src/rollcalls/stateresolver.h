#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

namespace Rapporteur::Segmentation {
class EntityRegistry;
}

namespace Rapporteur::RollCalls {

// Resolves a state as a vote file gives it (a code, a name, on the day of the vote) to an entity
// code. The code decides (ISO 3166-1 alpha-3 or alpha-2, or an entity's other codes, read for
// that day: EntityRegistry::byVoteCode); the name is the fallback where the file gives no code
// (R's bare NA) or one the table does not know. Names in files vary ("Congo - Kinshasa",
// "TÜRKIYE" after "TURKEY"), so a name that disagrees with a code is not an error.
// Answers are cached: a vote file names the same few hundred states a million times.
class StateResolver final
{
public:
    explicit StateResolver(const Segmentation::EntityRegistry &registry);

    // The entity code, or an empty string when neither code nor name resolves.
    QString resolve(const QByteArray &code, bool codeGiven, const QByteArray &name, QDate day);

private:
    const Segmentation::EntityRegistry &m_registry;
    QHash<QByteArray, QString> m_cache;
};

} // namespace Rapporteur::RollCalls
