#include "corpusfilterkeys.h"

#include "corpustreetexts.h"

#include "referencedata/entityregistry.h"
#include "text/pinyin.h"

#include <QHash>

namespace Rapporteur::Gui::CorpusFilterKeys {

namespace {

// The names of the entity with this code, from the entity table; transliterated once per code,
// since every vote names every member state.
const QStringList &entityNames(const QString &code)
{
    static QHash<QString, QStringList> cache;
    const auto cached = cache.constFind(code);
    if (cached != cache.cend())
        return *cached;
    QStringList names{code};
    if (const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(code)) {
        names << entity->iso2 << entity->nameEn << entity->aliasesEn;
        for (const QString &zh : QStringList{entity->nameZh} + entity->aliasesZh)
            names << zh << Text::pinyinSearchKey(zh);
    }
    names.removeAll(QString());
    for (QString &name : names)
        name = name.toLower();
    return *cache.insert(code, names);
}

} // namespace

QString ofDocument(const Storage::DocumentRecord &document)
{
    return (document.symbol + QLatin1Char('\n') + document.title).toLower();
}

QString ofSubmission(const Storage::SubmissionRecord &submission)
{
    QStringList keys{submission.heading.toLower(),
                     Text::pinyinSearchKey(CorpusTreeTexts::submissionName(submission))};
    if (submission.entity)
        keys << entityNames(submission.entity->code);
    return keys.join(QLatin1Char('\n'));
}

QString ofVote(const Storage::VoteRecord &vote)
{
    QStringList keys{vote.label.toLower(), vote.subject.toLower(), vote.draftSymbol.toLower()};
    const auto positions = vote.positions();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        keys << entityNames(it.key());
    return keys.join(QLatin1Char('\n'));
}

} // namespace Rapporteur::Gui::CorpusFilterKeys
