#pragma once

#include "common/entity.h"
#include "common/result.h"

#include <QList>

namespace Rapporteur::Storage {

class Database;

// Writes the reference data that stored rows point at (data/entities.tsv): each entity inserted
// or brought up to date; rows already up to date are left untouched. Used by every writer whose
// rows name entities (documents, roll calls), inside their transaction.
Status upsertEntities(Database &db, const QList<Entity> &entities);

} // namespace Rapporteur::Storage
