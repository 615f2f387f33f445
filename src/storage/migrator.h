#pragma once

#include "common/result.h"

#include <QString>
#include <QtGlobal>

namespace Rapporteur::Storage {

class Database;

// Brings a database up to the newest schema by applying the numbered SQL files built in from
// src/storage/migrations/ (NNNN_name.sql), in order, each in its own transaction, recording the
// number in PRAGMA user_version. A migration is never edited once released: changes go into a
// new file.
class Migrator final
{
    Q_DISABLE_COPY_MOVE(Migrator)

public:
    explicit Migrator(Database &db);

    // The number of the last migration built in; 0 only if the resources are missing (a bug).
    static int latestVersion();

    Status migrate();

private:
    Status apply(int version, const QString &resourcePath);
    Status checkForeignKeys(const QString &resourcePath);

    Database &m_db;
};

} // namespace Rapporteur::Storage
