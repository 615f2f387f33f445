#pragma once

#include "common/entity.h"
#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Rapporteur::Segmentation {

// The states, observer states and organisations of data/entities.tsv, looked up by any of their
// Chinese names or aliases, by English name or by code. Lookup ignores white space and line
// breaks inside a name ("白\n俄罗斯") and folds the variants of the middle dot.
class EntityRegistry final
{
public:
    // The table compiled into the program (data/entities.tsv).
    static const EntityRegistry &builtIn();
    // Parses a table in the same format; an error names the first bad line.
    static Result<EntityRegistry> fromTsv(const QString &tsv);

    std::optional<Entity> resolve(QStringView name) const;
    std::optional<Entity> byCode(const QString &code) const;
    const QList<Entity> &entities() const { return m_entities; }
    QList<Entity> memberStates() const;

    // The longest name that the text starts with, for reading lists without separators.
    // Returns the entity and the number of UTF-16 units of `text` the name covers.
    std::optional<std::pair<Entity, qsizetype>> longestPrefix(QStringView text) const;

private:
    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_byKey; // matching key of every name → index in m_entities
};

} // namespace Rapporteur::Segmentation
