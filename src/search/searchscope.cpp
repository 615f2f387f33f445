#include "searchscope.h"

#include "storage/voterepository.h"

namespace Rapporteur::Search {

namespace {

// "(c)", "（c）", " c " and "C" all name vote (c).
QString labelKey(const QString &label)
{
    QString key;
    for (const QChar c : label) {
        if (!c.isSpace() && c != u'(' && c != u')' && c != u'（' && c != u'）')
            key += c.toCaseFolded();
    }
    return key;
}

} // namespace

Result<Storage::VoteRecord> findVote(Storage::Database &db, const QString &given)
{
    const qsizetype colon = given.indexOf(u':');
    const QString document = colon >= 0 ? given.left(colon).trimmed() : QString();
    const QString label = labelKey(colon >= 0 ? given.mid(colon + 1) : given);
    auto votes = Storage::VoteRepository(db).votes(document);
    if (!votes)
        return votes.error();
    QList<Storage::VoteRecord> found;
    for (const auto &v : *votes) {
        if (labelKey(v.label) == label)
            found.append(v);
    }
    if (found.isEmpty())
        return Error{ErrorCode::NotFound,
                     QStringLiteral("no recorded vote %1 in the database").arg(given),
                     {}};
    if (found.size() > 1) {
        QStringList where;
        for (const auto &v : found)
            where.append(v.document + u':' + v.label);
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("several reports have a vote %1: name one of %2")
                         .arg(given, where.join(QStringLiteral(", "))),
                     {}};
    }
    return found.constFirst();
}

namespace {

bool sectionMatches(const QString &section, const QString &wanted)
{
    if (section == wanted)
        return true;
    // "二. 答复": its number "二" and its title "答复" name it too.
    const qsizetype dot = section.indexOf(QStringLiteral(". "));
    return dot > 0 && (section.left(dot) == wanted || section.mid(dot + 2) == wanted);
}

} // namespace

Result<Storage::SearchScope> resolveScope(Storage::Database &db, const SearchFilters &filters,
                                          const QList<Entity> &entities)
{
    Storage::SearchScope scope;
    scope.documentSymbol = filters.document;
    scope.language = filters.language;
    if (!filters.entity.isEmpty())
        scope.entityCodes = QStringList{filters.entity};
    if (filters.vote) {
        auto vote = findVote(db, filters.vote->vote);
        if (!vote)
            return vote.error();
        QStringList codes;
        for (const Entity &e : entities) {
            if (vote->positionOf(e.code) == filters.vote->position &&
                (!scope.entityCodes || scope.entityCodes->contains(e.code)))
                codes.append(e.code);
        }
        scope.entityCodes = codes;
    }
    if (!filters.section.trimmed().isEmpty()) {
        const QString wanted = filters.section.trimmed();
        auto sections = Storage::SearchRepository(db).sections();
        if (!sections)
            return sections.error();
        QStringList matching;
        for (const QString &s : *sections) {
            if (sectionMatches(s, wanted))
                matching.append(s);
        }
        if (matching.isEmpty())
            return Error{ErrorCode::NotFound,
                         QStringLiteral("no section \"%1\" in the database").arg(wanted),
                         {}};
        scope.sections = matching;
    }
    return scope;
}

} // namespace Rapporteur::Search
