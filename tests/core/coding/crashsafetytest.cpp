// Codings live in the corpus's own file, written through WAL: a committed coding survives the
// process dying at once, without closing the database.
#include "codingtestsupport.h"

#include "coding/codingservice.h"
#include "storage/codingrepository.h"
#include "storage/statement.h"

#include <sys/wait.h>
#include <unistd.h>

using namespace Rapporteur;

namespace {
using CrashSafety = Test::CodingFixture;

QString queryText(const Storage::Database &db, const char *sql)
{
    auto statement = Storage::Statement::prepare(db, sql);
    EXPECT_TRUE(statement.ok());
    auto row = statement->step();
    return row.ok() && *row ? statement->columnText(0) : QString();
}
} // namespace

TEST_F(CrashSafety, CodingsAreInTheSameFileInWalMode)
{
    EXPECT_EQ(queryText(*m_db, "PRAGMA journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(queryText(*m_db, "SELECT count(*) FROM main.sqlite_schema WHERE name IN "
                               "('code', 'coding', 'memo', 'paragraph')"),
              QStringLiteral("4"));
}

TEST_F(CrashSafety, ACommittedCodingSurvivesTheProcessDyingAtOnce)
{
    const qint64 paragraph = paragraphId(Rapporteur::Test::kBelarus);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // A process of its own that codes, then dies without closing anything (no destructors,
        // no checkpoint): as a crash or a kill would leave the files.
        auto db = Storage::Database::open(path());
        int status = 1;
        if (db.ok()) {
            Coding::CodingRequest request{QStringLiteral("崩溃前"), paragraph, 0, 4,
                                          QStringLiteral("alice"),  {}};
            status = Coding::addCoding(**db, request).ok() ? 0 : 2;
        }
        _exit(status);
    }
    int status = -1;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);

    m_db.reset();
    auto reopened = Storage::Database::open(path());
    ASSERT_TRUE(reopened.ok());
    auto codings = Storage::CodingRepository(**reopened).codings();
    ASSERT_TRUE(codings.ok());
    ASSERT_EQ(codings->size(), 1);
    EXPECT_EQ((*codings)[0].anchor.quote, QStringLiteral("白俄罗斯"));
}
