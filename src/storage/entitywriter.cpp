#include "entitywriter.h"

#include "columncodec.h"
#include "database.h"
#include "statement.h"

namespace Rapporteur::Storage {

using namespace ColumnCodec;

Status upsertEntities(Database &db, const QList<Entity> &entities)
{
    // The WHERE leaves rows that are already up to date untouched, so a re-import with the same
    // reference data writes no entity pages.
    auto upsert = Statement::prepare(db, R"(
        INSERT INTO entity (code, kind, name_en, name_zh, aliases_zh) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (code) DO UPDATE SET
            kind = excluded.kind, name_en = excluded.name_en, name_zh = excluded.name_zh,
            aliases_zh = excluded.aliases_zh
        WHERE kind IS NOT excluded.kind OR name_en IS NOT excluded.name_en
            OR name_zh IS NOT excluded.name_zh OR aliases_zh IS NOT excluded.aliases_zh)");
    if (!upsert)
        return upsert.error();
    for (const Entity &entity : entities) {
        upsert->bind(1, entity.code)
            .bind(2, entityKindName(entity.kind))
            .bind(3, entity.nameEn)
            .bind(4, entity.nameZh)
            .bind(5, encodeStrings(entity.aliasesZh));
        if (auto ran = upsert->run(); !ran)
            return ran;
    }
    return success();
}

} // namespace Rapporteur::Storage
