#include "stateresolver.h"

#include "referencedata/entityregistry.h"

#include <algorithm>

namespace Rapporteur::RollCalls {

StateResolver::StateResolver(const ReferenceData::EntityRegistry &registry) : m_registry(registry)
{
}

QString StateResolver::resolve(const QByteArray &code, bool codeGiven, const QByteArray &name,
                               QDate day)
{
    // The key is built in a buffer kept between calls: a lookup allocates nothing.
    QByteArray &key = m_key;
    key.resize(0);
    if (codeGiven)
        key += code;
    key += '\x1f';
    key += name;
    auto cached = m_cache.find(key);
    if (cached == m_cache.end()) {
        Cached fresh;
        if (codeGiven && !code.isEmpty())
            fresh.endDates = m_registry.voteCodeEndDates(QString::fromUtf8(code));
        fresh.answers.resize(fresh.endDates.size() + 1);
        cached = m_cache.insert(key, fresh);
    }
    // The period the day falls in: an entity is gone on its end date (byVoteCode).
    const qsizetype period =
        day.isValid() ? std::upper_bound(cached->endDates.cbegin(), cached->endDates.cend(), day) -
                            cached->endDates.cbegin()
                      : 0;
    std::optional<QString> &slot = cached->answers[period];
    if (!slot)
        slot = answer(code, codeGiven, name, day);
    return *slot;
}

QString StateResolver::answer(const QByteArray &code, bool codeGiven, const QByteArray &name,
                              QDate day) const
{
    if (codeGiven && !code.isEmpty()) {
        if (const auto entity = m_registry.byVoteCode(QString::fromUtf8(code), day))
            return entity->code;
    }
    if (!name.isEmpty()) {
        if (const auto entity = m_registry.resolve(QString::fromUtf8(name)))
            return entity->code;
    }
    return QString();
}

} // namespace Rapporteur::RollCalls
