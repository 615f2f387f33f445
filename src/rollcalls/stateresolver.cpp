#include "stateresolver.h"

#include "segmentation/entityregistry.h"

namespace Rapporteur::RollCalls {

StateResolver::StateResolver(const Segmentation::EntityRegistry &registry) : m_registry(registry)
{
}

QString StateResolver::resolve(const QByteArray &code, bool codeGiven, const QByteArray &name,
                               QDate day)
{
    QByteArray key = codeGiven ? code : QByteArray();
    key += '\x1f';
    key += name;
    key += '\x1f';
    key += QByteArray::number(day.toJulianDay());
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
        return *cached;
    QString resolved;
    if (codeGiven && !code.isEmpty()) {
        if (const auto entity = m_registry.byVoteCode(QString::fromUtf8(code), day))
            resolved = entity->code;
    }
    if (resolved.isEmpty() && !name.isEmpty()) {
        if (const auto entity = m_registry.resolve(QString::fromUtf8(name)))
            resolved = entity->code;
    }
    m_cache.insert(key, resolved);
    return resolved;
}

} // namespace Rapporteur::RollCalls
