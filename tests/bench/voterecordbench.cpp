// The agreement matrix of the General Assembly's voting record against one GROUP BY count of the
// same votes in SQLite, in one process (see docs/performance.md, "The voting record").
//
// Voeten's real tables (../shared/data/ga-votes) are imported into a new database file when the
// benchmark starts. Then, in turns, so that a change in the machine's speed weighs on both alike:
//   matrix    what the analyses do before drawing or printing: the chosen roll calls' votes read
//             as a position table, the vote matrix built from it and every pair's agreement;
//   group by  SELECT entity_code, position, count(*) … GROUP BY 1, 2 over the same votes, stepped
//             to the end through the same kind of connection.
// Both over every roll call, and over the latest regular session alone. Usage:
//   bench_vote_record [RUNS]       (default 9; medians are printed, and their ratio)
#include "blocs/pairagreement.h"
#include "blocs/rollcallvotes.h"
#include "rollcalls/voteimport.h"
#include "storage/database.h"
#include "storage/rollcallpositions.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace Rapporteur;

namespace {

double secondsOf(const std::function<bool()> &run)
{
    const auto start = std::chrono::steady_clock::now();
    if (!run()) {
        std::fprintf(stderr, "bench_vote_record: a run failed\n");
        std::exit(1);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool agreementMatrix(Storage::Database &db, const Storage::RollCallQuery &query)
{
    auto table = Storage::readRollCallPositions(db, query);
    if (!table)
        return false;
    const auto agreement = Blocs::agreementMatrix(Blocs::rollCallMatrix(*table));
    return !agreement.codes.isEmpty();
}

bool groupBy(Storage::Database &db, const QByteArray &sql, const QString &session)
{
    auto select = Storage::Statement::prepare(db, sql.constData());
    if (!select)
        return false;
    if (!session.isEmpty())
        select->bind(1, session);
    qint64 rows = 0;
    while (true) {
        auto row = select->step();
        if (!row)
            return false;
        if (!*row)
            break;
        rows += select->columnInt64(2);
    }
    return rows > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    const QDir data(QStringLiteral(RAPPORTEUR_GA_VOTES_DIR));
    QTemporaryDir dir;
    auto db = Storage::Database::open(dir.filePath(QStringLiteral("record.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().userMessage));
        return 1;
    }
    QStringList files;
    for (const char *table : {"un_votes", "un_roll_calls", "un_roll_call_issues"})
        files.append(data.filePath(QString::fromLatin1(table) + QStringLiteral(".csv.gz")));
    if (auto imported = RollCalls::importVoteFiles(**db, files); !imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().userMessage));
        return 1;
    }
    // The latest regular session of the record, whichever it is.
    auto latest =
        Storage::Statement::prepare(**db, "SELECT max(CAST(session AS INTEGER)) FROM roll_call "
                                          "WHERE session NOT GLOB '*[^0-9]*'");
    if (!latest || !*latest->step())
        return 1;
    const QString session = QString::number(latest->columnInt64(0));
    latest->reset();

    struct Measure
    {
        const char *name;
        std::function<bool()> ours;
        std::function<bool()> reference;
    };
    const std::vector<Measure> measures{
        {"every roll call", [&] { return agreementMatrix(**db, {}); },
         [&] {
             return groupBy(**db,
                            "SELECT entity_code, position, count(*) FROM roll_call_vote "
                            "GROUP BY 1, 2",
                            {});
         }},
        {"the latest regular session",
         [&] { return agreementMatrix(**db, Storage::RollCallQuery::ofSession(session)); },
         [&] {
             return groupBy(**db,
                            "SELECT v.entity_code, v.position, count(*) FROM roll_call_vote v "
                            "JOIN roll_call r ON r.id = v.roll_call_id WHERE r.session = ?1 "
                            "GROUP BY 1, 2",
                            session);
         }},
    };
    std::printf("agreement matrix against GROUP BY, medians of %d; latest regular session: %s\n",
                runs, qPrintable(session));
    std::printf("%-30s %10s %10s %7s\n", "roll calls", "matrix s", "GROUP BY s", "ratio");
    for (const Measure &m : measures) {
        std::vector<double> ours;
        std::vector<double> reference;
        for (int i = 0; i < runs; ++i) {
            ours.push_back(secondsOf(m.ours));
            reference.push_back(secondsOf(m.reference));
        }
        const QString name = QString::fromLatin1(m.name);
        std::printf("%-30s %10.3f %10.3f %7.2f\n", qPrintable(name), median(ours),
                    median(reference), median(ours) / median(reference));
    }
    return 0;
}
