#include "plenarychainloader.h"

#include "gui/common/backgroundread.h"

#include "analysis/votechain.h"

#include <QCoreApplication>

namespace Rapporteur::Gui {

PlenaryChainLoader::PlenaryChainLoader(QObject *parent) : QObject(parent) {}

PlenaryChainLoader::~PlenaryChainLoader()
{
    waitForBackgroundWork(this);
}

void PlenaryChainLoader::load(const QString &databasePath, const QString &draft)
{
    using Found = QList<Storage::RollCall>;
    m_read.run(
        [databasePath, draft] {
            return readDatabase<Found>(databasePath,
                                       [&draft](Storage::Database &db) -> Result<Found> {
                                           auto chain = Analysis::plenaryVotesOn(db, {draft});
                                           if (!chain)
                                               return chain.error();
                                           return chain->value(draft);
                                       });
        },
        [this, draft](const BackgroundResult<Found> &read) {
            if (read.error.isEmpty())
                emit loaded(draft, read.value);
            else
                emit failed(draft, read.error);
        });
}

QString plenaryChainLine(const Storage::RollCall &rollCall)
{
    int counts[4] = {};
    for (const Storage::RollCallVote &v : rollCall.votes)
        ++counts[static_cast<int>(v.position)];
    const auto count = [&](Storage::RollCallPosition p) { return counts[static_cast<int>(p)]; };
    return QCoreApplication::translate("Rapporteur::Gui::VotePanel",
                                       "%1, %2: %3 in favour, %4 against, %5 abstaining")
        .arg(Storage::rollCallDocument(rollCall.resolution, rollCall.rcid, rollCall.undlId),
             rollCall.date.toString(Qt::ISODate))
        .arg(count(Storage::RollCallPosition::Yes))
        .arg(count(Storage::RollCallPosition::No))
        .arg(count(Storage::RollCallPosition::Abstain));
}

} // namespace Rapporteur::Gui
