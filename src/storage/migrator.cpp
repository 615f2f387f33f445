#include "migrator.h"

#include "database.h"
#include "statement.h"
#include "storagelogging.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <utility>

namespace Rapporteur::Storage {

namespace {

const QString kMigrationsDir = QStringLiteral(":/storage/migrations");

struct Migration
{
    int version = 0;
    QString resourcePath;
};

// The built-in migrations in order. Numbers must run 1, 2, 3 ... without gaps or repeats: a gap
// means a file missing from qt_add_resources, which must fail loudly rather than skip a step.
Result<QList<Migration>> builtInMigrations()
{
    const QStringList names =
        QDir(kMigrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> migrations;
    for (const QString &name : names) {
        bool isNumber = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&isNumber);
        if (!isNumber || version != migrations.size() + 1) {
            return Error{ErrorCode::Internal,
                         QStringLiteral("The database migrations built into Rapporteur are "
                                        "inconsistent."),
                         QStringLiteral("unexpected migration %1 after %2")
                             .arg(name)
                             .arg(migrations.size())};
        }
        migrations.append({version, kMigrationsDir + QLatin1Char('/') + name});
    }
    return migrations;
}

} // namespace

Migrator::Migrator(Database &db) : m_db(db) {}

int Migrator::latestVersion()
{
    const auto migrations = builtInMigrations();
    return migrations && !migrations->isEmpty() ? migrations->constLast().version : 0;
}

Status Migrator::migrate()
{
    const auto migrations = builtInMigrations();
    if (!migrations)
        return migrations.error();
    if (migrations->isEmpty()) {
        return Error{ErrorCode::Internal,
                     QStringLiteral("No database migrations are built into Rapporteur."),
                     kMigrationsDir};
    }
    // Up to date, the common case: no write lock, so opening never waits for another writer.
    const auto current = m_db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current >= migrations->constLast().version)
        return success();

    // Foreign keys off while migrating: SQLite's recipe for changing a table (create the new one,
    // copy, drop the old, rename) breaks references mid-way. apply() checks them before commit.
    // The pragma is a no-op inside a transaction, so the caller must not hold one.
    if (auto off = m_db.exec("PRAGMA foreign_keys=OFF"); !off)
        return off;
    for (const Migration &migration : *migrations) {
        if (migration.version <= *current)
            continue;
        if (auto applied = apply(migration.version, migration.resourcePath); !applied)
            return applied;
    }
    return success();
}

Status Migrator::checkForeignKeys(const QString &resourcePath)
{
    auto check = Statement::prepare(m_db, "PRAGMA foreign_key_check");
    if (!check)
        return check.error();
    auto violation = check->step();
    if (!violation)
        return violation.error();
    if (*violation) {
        return Error{ErrorCode::Database,
                     QStringLiteral("Updating the database left broken references."),
                     QStringLiteral("migration %1: table %2 row %3")
                         .arg(resourcePath, check->columnText(0), check->columnText(1))};
    }
    return success();
}

Status Migrator::apply(int version, const QString &resourcePath)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // Read inside the write lock: another process may have migrated while we waited for it.
    const auto current = m_db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current >= version)
        return success(); // the destructor ends the empty transaction

    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Internal,
                     QStringLiteral("A database migration built into Rapporteur is unreadable."),
                     resourcePath};
    }
    const QByteArray sql = file.readAll();
    qCInfo(lcStorage) << "applying migration" << resourcePath;
    if (auto ran = m_db.exec(sql.constData()); !ran)
        return ran;

    if (auto checked = checkForeignKeys(resourcePath); !checked)
        return checked;
    // PRAGMA takes no parameters; the number is ours, not user input.
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
    if (auto set = m_db.exec(setVersion.constData()); !set)
        return set;
    return transaction->commit();
}

} // namespace Rapporteur::Storage
