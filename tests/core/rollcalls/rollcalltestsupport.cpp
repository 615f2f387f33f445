#include "rollcalltestsupport.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <zlib.h>

namespace Rapporteur::Testing {

QString dumpRollCallTables(Storage::Database &db)
{
    QString dump;
    for (const char *sql :
         {"SELECT * FROM roll_call ORDER BY id", "SELECT * FROM roll_call_vote ORDER BY 1, 2",
          "SELECT * FROM roll_call_issue ORDER BY 1, 2", "SELECT * FROM vote_issue ORDER BY 1",
          "SELECT * FROM entity ORDER BY code", "SELECT seq FROM sqlite_sequence ORDER BY name"}) {
        auto s = Storage::Statement::prepare(db, sql);
        if (!s)
            return QStringLiteral("error: ") + s.error().userMessage;
        while (true) {
            auto row = s->step();
            if (!row || !*row)
                break;
            for (int i = 0; i < s->columnCount(); ++i)
                dump += (s->isNull(i) ? QStringLiteral("∅") : s->columnText(i)) + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

QString queryText(Storage::Database &db, const char *sql)
{
    auto s = Storage::Statement::prepare(db, sql);
    if (!s)
        return s.error().userMessage;
    auto row = s->step();
    if (!row || !*row)
        return QStringLiteral("(no row)");
    return s->columnText(0);
}

QByteArray gzipped(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

} // namespace Rapporteur::Testing
