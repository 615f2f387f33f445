#include "profileloader.h"

#include "gui/common/backgroundread.h"

#include "referencedata/entityregistry.h"

namespace Rapporteur::Gui {

ProfileLoader::ProfileLoader(QObject *parent) : QObject(parent) {}

ProfileLoader::~ProfileLoader()
{
    waitForBackgroundWork(this);
}

void ProfileLoader::loadProfile(const QString &databasePath, const QString &entity)
{
    // The name is resolved on the worker too: the first lookup builds the entity table.
    auto work = [databasePath, entity] {
        return readDatabase<Analysis::EntityProfile>(
            databasePath, [&entity](Storage::Database &db) -> Result<Analysis::EntityProfile> {
                const auto found = ReferenceData::EntityRegistry::builtIn().resolve(entity);
                if (!found)
                    return Error{ErrorCode::NotFound,
                                 tr("No state or organisation is called “%1”.").arg(entity),
                                 {}};
                return Analysis::readProfile(db, *found);
            });
    };
    m_read.run(std::move(work), [this, entity](const BackgroundResult<Analysis::EntityProfile> &r) {
        if (r.error.isEmpty())
            emit profileLoaded(r.value);
        else
            emit profileFailed(entity, r.error);
    });
}

} // namespace Rapporteur::Gui
