#include "corpussnapshot.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QStringList>

namespace Rapporteur::Test {

QString corpusSnapshot(const QString &path)
{
    auto db = Storage::Database::open(path);
    if (!db)
        return QStringLiteral("cannot open: ") + db.error().userMessage;
    auto tables =
        Storage::Statement::prepare(**db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!tables)
        return QStringLiteral("cannot list tables");
    QStringList names;
    for (auto row = tables->step(); row && *row; row = tables->step())
        names.append(tables->columnText(0));
    QString out;
    for (const QString &name : names) {
        out += QStringLiteral("## ") + name + u'\n';
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\"").arg(name).toUtf8();
        auto rows = Storage::Statement::prepare(**db, (sql + " ORDER BY rowid").constData());
        if (!rows) // a WITHOUT ROWID table (the search index has two) reads in key order
            rows = Storage::Statement::prepare(**db, sql.constData());
        if (!rows)
            return QStringLiteral("cannot read ") + name;
        for (auto row = rows->step(); row && *row; row = rows->step()) {
            QStringList cells;
            for (int c = 0; c < rows->columnCount(); ++c)
                cells.append(rows->columnText(c));
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

int documentCount(const QString &path)
{
    auto db = Storage::Database::open(path);
    if (!db)
        return -1;
    auto documents = Storage::CorpusRepository(**db).documents();
    return documents ? static_cast<int>(documents->size()) : -1;
}

} // namespace Rapporteur::Test
