#pragma once

#include "common/entity.h"
#include "common/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Rapporteur::ReferenceData {

// The states, observer states, organisations and former member states of data/entities.tsv,
// looked up by any of their Chinese names or aliases, by English name or alias or by code. Lookup
// ignores white space and line breaks inside a name ("白\n俄罗斯") and folds the variants of the
// middle dot.
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

    // The entity a vote data set means by an ISO 3166-1 alpha-3 or alpha-2 code or one of an
    // entity's other codes, on the day of the vote. A code some entities share (CS was
    // Czechoslovakia's, then Serbia and Montenegro's) is the one of them that still existed that
    // day and ceased first; a code only entities gone by then hold resolves to nothing.
    std::optional<Entity> byVoteCode(const QString &code, QDate day) const;
    // The days on which byVoteCode(code, day) can change its answer (the end dates of the
    // entities holding the code), sorted: between two of them the answer is the same.
    QList<QDate> voteCodeEndDates(const QString &code) const;

    // The longest name that the text starts with, for reading lists without separators.
    // Returns the entity and the number of UTF-16 units of `text` the name covers.
    std::optional<std::pair<Entity, qsizetype>> longestPrefix(QStringView text) const;

private:
    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_byKey; // matching key of every name → index in m_entities
    QHash<QString, QList<qsizetype>> m_byVoteCode; // upper-case code → indexes, in table order
};

} // namespace Rapporteur::ReferenceData
