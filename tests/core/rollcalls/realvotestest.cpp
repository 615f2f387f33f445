// The real tables of Voeten's data (../shared/data/ga-votes), imported once for the whole
// executable: the import is the expensive part, every test reads what it stored.
#include "rollcalls/voteimport.h"

#include "rollcalltestsupport.h"

#include "blocs/cohesion.h"
#include "blocs/groups.h"
#include "blocs/pairagreement.h"
#include "blocs/rollcallvotes.h"
#include "referencedata/entityregistry.h"
#include "storage/database.h"
#include "storage/rollcallpositions.h"
#include "storage/rollcallrepository.h"
#include "storage/rollcalltallies.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <memory>

using namespace Rapporteur;

namespace {

QString table(const char *name)
{
    return QStringLiteral(RAPPORTEUR_GA_VOTES_DIR "/") + QString::fromLatin1(name);
}

// The second route: un_votes read with zlib's own gz API and split by hand, without the
// program's CSV reader. Its rows are simple (no commas or line breaks inside fields), which
// the split checks: every row must have four fields.
struct CsvVote
{
    qint64 rcid;
    QByteArray country;
    QByteArray code; // as written, quotes included: "NA" quoted, NA bare
    QByteArray vote;
};

QList<CsvVote> readVotesByHandOnce()
{
    QList<CsvVote> votes;
    gzFile file = gzopen(table("un_votes.csv.gz").toLocal8Bit().constData(), "rb");
    if (!file)
        return votes;
    char line[4096];
    bool header = true;
    while (gzgets(file, line, sizeof line)) {
        if (header) {
            header = false;
            continue;
        }
        const QList<QByteArray> f = QByteArray(line).trimmed().split(',');
        if (f.size() != 4) {
            ADD_FAILURE() << "not four fields: " << line;
            continue;
        }
        votes.append({f[0].toLongLong(), f[1], f[2], QByteArray(f[3]).replace('"', "")});
    }
    gzclose(file);
    return votes;
}

const QList<CsvVote> &readVotesByHand()
{
    static const QList<CsvVote> votes = readVotesByHandOnce();
    return votes;
}

// A table's lines, decompressed with zlib's own gz API.
QList<QByteArray> linesByHand(const char *name)
{
    QByteArray all;
    gzFile file = gzopen(table(name).toLocal8Bit().constData(), "rb");
    char buffer[1 << 16];
    int n = 0;
    while (file && (n = gzread(file, buffer, sizeof buffer)) > 0)
        all.append(buffer, n);
    if (file)
        gzclose(file);
    return all.split('\n');
}

QHash<qint64, QString> sessionsByHand()
{
    QHash<qint64, QString> sessions;
    // rcid and session are the first two fields of a record; a record starts at a line that
    // starts with digits and a comma (descr never holds a line break followed by that).
    for (const QByteArray &line : linesByHand("un_roll_calls.csv.gz")) {
        const QList<QByteArray> f = line.split(',');
        bool ok = false;
        const qint64 rcid = f.value(0).toLongLong(&ok);
        if (ok && f.size() > 2)
            sessions.insert(rcid, QString::fromLatin1(f[1]));
    }
    return sessions;
}

class RealVotes : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Storage::Database::open(dir->filePath(QStringLiteral("real.sqlite")));
        ASSERT_TRUE(opened) << opened.error().userMessage.toStdString();
        db = std::move(opened).value().release();
        QElapsedTimer timer;
        timer.start();
        // Not in the order the tables refer to each other: the import sorts them out.
        auto imported = RollCalls::importVoteFiles(*db, {table("un_votes.csv.gz"),
                                                         table("un_roll_call_issues.csv.gz"),
                                                         table("un_roll_calls.csv.gz")});
        std::fprintf(stderr, "import of the real tables: %lld ms\n",
                     static_cast<long long>(timer.elapsed()));
        ASSERT_TRUE(imported) << imported.error().userMessage.toStdString();
        summary = new RollCalls::VoteImportSummary(*imported);
    }
    static void TearDownTestSuite()
    {
        delete summary;
        delete db;
        dir.reset();
    }

    static int count(const char *sql) { return Testing::queryText(*db, sql).toInt(); }

    static inline std::unique_ptr<QTemporaryDir> dir;
    static inline Storage::Database *db = nullptr;
    static inline RollCalls::VoteImportSummary *summary = nullptr;
};

TEST_F(RealVotes, HoldsEveryRollCallAndEveryVote)
{
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->rollCalls, 6203);
    EXPECT_EQ(summary->stored.rollCallsAdded, 6203);
    EXPECT_EQ(count("SELECT count(*) FROM roll_call WHERE source = 'voeten'"), 6203);
    EXPECT_EQ(count("SELECT count(*) FROM roll_call_vote WHERE position <> 'non_voting'"), 870109);
    EXPECT_EQ(count("SELECT count(DISTINCT session) FROM roll_call"), 74);
    EXPECT_EQ(count("SELECT count(*) FROM roll_call_issue"), 5745);
    EXPECT_EQ(count("SELECT count(*) FROM vote_issue"), 6);
    EXPECT_EQ(summary->votes, count("SELECT count(*) FROM roll_call_vote"));
}

TEST_F(RealVotes, EveryRollCallsCountsEqualTheCsvReadByHand)
{
    ASSERT_TRUE(summary);
    const QList<CsvVote> votes = readVotesByHand();
    ASSERT_EQ(votes.size(), 870109);
    QHash<qint64, QHash<QString, int>> expected;
    for (const CsvVote &v : votes)
        ++expected[v.rcid][QString::fromLatin1(v.vote)];
    QHash<qint64, QHash<QString, int>> stored;
    auto s = Storage::Statement::prepare(
        *db, "SELECT r.rcid, v.position, count(*) FROM roll_call r JOIN roll_call_vote v "
             "ON v.roll_call_id = r.id WHERE v.position <> 'non_voting' GROUP BY 1, 2");
    ASSERT_TRUE(s);
    while (true) {
        auto row = s->step();
        ASSERT_TRUE(row);
        if (!*row)
            break;
        stored[s->columnInt64(0)][s->columnText(1)] = s->columnInt(2);
    }
    EXPECT_EQ(stored.size(), expected.size());
    int differing = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        differing += stored.value(it.key()) != it.value();
    EXPECT_EQ(differing, 0);
}

TEST_F(RealVotes, TheDatasTrapsResolveToTheirEntities)
{
    ASSERT_TRUE(summary);
    const QList<CsvVote> votes = readVotesByHand();
    QHash<QByteArray, int> byWritten; // "country|code" as written
    for (const CsvVote &v : votes)
        ++byWritten[v.country + '|' + v.code];
    const auto written = [&](const char *country, const char *code) {
        return byWritten.value(QByteArray("\"") + country + "\"|" + code);
    };
    const auto stored = [](const char *code) {
        return count(QStringLiteral("SELECT count(*) FROM roll_call_vote WHERE entity_code = '%1' "
                                    "AND position <> 'non_voting'")
                         .arg(QString::fromLatin1(code))
                         .toUtf8()
                         .constData());
    };
    // Namibia's code is the quoted string "NA"; a bare NA is a missing code (the name decides).
    EXPECT_GT(written("Namibia", "\"NA\""), 0);
    EXPECT_EQ(stored("NAM"), written("Namibia", "\"NA\""));
    EXPECT_EQ(stored("DEU"),
              written("Federal Republic of Germany", "NA") + written("Germany", "\"DE\""));
    EXPECT_EQ(stored("YEM"), written("Yemen Arab Republic", "NA") + written("Yemen", "\"YE\""));
    EXPECT_EQ(stored("YMD"), written("Yemen People's Republic", "\"YD\""));
    EXPECT_EQ(stored("DDR"), written("German Democratic Republic", "\"DD\""));
    EXPECT_EQ(stored("CSK"), written("Czechoslovakia", "\"CS\""));
    EXPECT_EQ(stored("ZNZ"), written("Zanzibar", "NA"));
    EXPECT_EQ(stored("CHN"), written("China", "\"CN\"") + written("Taiwan", "\"TW\""));
    EXPECT_EQ(stored("YUG") + stored("SCG") + stored("SRB"), written("Yugoslavia", "\"YU\""));
    EXPECT_GT(stored("SRB"), 0);
}

TEST_F(RealVotes, AMemberInNoRowOfARollCallIsNonVoting)
{
    ASSERT_TRUE(summary);
    // Second route: the states (as written) that voted in session 45 and session 74.
    const QHash<qint64, QString> sessions = sessionsByHand();
    QHash<QString, QSet<QByteArray>> members;
    for (const CsvVote &v : readVotesByHand())
        members[sessions.value(v.rcid)].insert(v.country + '|' + v.code);
    for (const char *session : {"45", "74"}) {
        const int expected = int(members.value(QString::fromLatin1(session)).size());
        EXPECT_GT(expected, 150);
        const QString sql =
            QStringLiteral(
                "SELECT count(*) FROM (SELECT r.id FROM roll_call r JOIN roll_call_vote v ON "
                "v.roll_call_id = r.id WHERE r.session = '%1' GROUP BY r.id HAVING count(*) <> %2)")
                .arg(QString::fromLatin1(session))
                .arg(expected);
        EXPECT_EQ(count(sql.toUtf8().constData()), 0) << session;
    }
}

// Agreement over a session's roll calls (abstention half, non-voting excluded) as the blocs
// analysis computes it, against a second computation from the CSV read by hand: per roll call of
// the session where both states cast a vote, 1 for the same vote, 0.5 for a vote against an
// abstention, 0 for yes against no.
TEST_F(RealVotes, AgreementOfPairsBySessionEqualsTheCsvReadByHand)
{
    ASSERT_TRUE(summary);
    const QHash<qint64, QString> sessionOf = sessionsByHand();
    const std::pair<const char *, const char *> pairs[] = {
        {"US", "IL"}, {"US", "GB"}, {"CN", "RU"}, {"FR", "DE"}, {"IN", "PK"}};
    const QHash<QByteArray, QByteArray> iso3{{"US", "USA"}, {"IL", "ISR"}, {"GB", "GBR"},
                                             {"CN", "CHN"}, {"RU", "RUS"}, {"FR", "FRA"},
                                             {"DE", "DEU"}, {"IN", "IND"}, {"PK", "PAK"}};
    for (const char *session : {"50", "70", "74"}) {
        SCOPED_TRACE(session);
        QHash<qint64, QHash<QByteArray, QByteArray>> cast; // rcid → ISO2 → vote
        for (const CsvVote &v : readVotesByHand()) {
            if (sessionOf.value(v.rcid) == QLatin1String(session))
                cast[v.rcid].insert(QByteArray(v.code).replace('"', ""), v.vote);
        }
        // As the agreement command reads the record: positions, then the matrix of them.
        auto table = Storage::readRollCallPositions(
            *db, Storage::RollCallQuery::ofSession(QString::fromLatin1(session)));
        ASSERT_TRUE(table.ok());
        ASSERT_EQ(table->rollCalls.size(), cast.size());
        const Blocs::VoteMatrix matrix = Blocs::rollCallMatrix(*table);
        const Blocs::AgreementMatrix agreement = Blocs::agreementMatrix(matrix);
        for (const auto &[a, b] : pairs) {
            double sum = 0;
            int compared = 0;
            for (const auto &votes : std::as_const(cast)) {
                const QByteArray x = votes.value(a);
                const QByteArray y = votes.value(b);
                if (x.isEmpty() || y.isEmpty())
                    continue;
                ++compared;
                sum += x == y ? 1.0 : (x == "abstain" || y == "abstain") ? 0.5 : 0.0;
            }
            ASSERT_GT(compared, 0) << a << "-" << b;
            const qsizetype i = matrix.indexOf(QString::fromLatin1(iso3.value(a)));
            const qsizetype j = matrix.indexOf(QString::fromLatin1(iso3.value(b)));
            ASSERT_TRUE(i >= 0 && j >= 0) << a << "-" << b;
            EXPECT_EQ(agreement.compared[i][j], compared) << a << "-" << b;
            EXPECT_EQ(agreement.values[i][j], sum / compared) << a << "-" << b;
            const Blocs::PairAgreement pair =
                Blocs::pairAgreement(matrix.positions[i], matrix.positions[j], {});
            EXPECT_EQ(pair.compared, compared) << a << "-" << b;
            EXPECT_EQ(pair.value(), sum / compared) << a << "-" << b;
        }
    }
}

// The whole record read as a table of positions gives the matrix that the roll calls read with
// their lists give: same votes, states, positions and states absent throughout.
TEST_F(RealVotes, ThePositionTableGivesTheMatrixOfTheRollCallsLists)
{
    ASSERT_TRUE(summary);
    Storage::RollCallQuery everyRegularSession;
    everyRegularSession.firstSession = 1;
    everyRegularSession.lastSession = 999;
    auto table = Storage::readRollCallPositions(*db, everyRegularSession);
    auto rollCalls = Storage::RollCallRepository(*db).find(everyRegularSession);
    ASSERT_TRUE(table.ok());
    ASSERT_TRUE(rollCalls.ok());
    ASSERT_EQ(table->rollCalls.size(), 6203);
    const Blocs::VoteMatrix fast = Blocs::rollCallMatrix(*table);
    const Blocs::VoteMatrix listed = Blocs::buildVoteMatrix(Blocs::rollCallVotes(*rollCalls));
    ASSERT_EQ(fast.votes.size(), listed.votes.size());
    for (qsizetype v = 0; v < fast.votes.size(); ++v)
        ASSERT_EQ(fast.votes[v].id, listed.votes[v].id) << v;
    EXPECT_EQ(fast.states, listed.states);
    EXPECT_EQ(fast.absentThroughout, listed.absentThroughout);
    EXPECT_TRUE(fast.positions == listed.positions);
    // Each group's cohesion on every roll call, from the matrix as from the lists.
    const QList<Storage::VoteRecord> lists = Blocs::rollCallVotes(*rollCalls);
    for (const Blocs::Group &group : Blocs::GroupTable::builtIn().groups()) {
        const QList<Blocs::GroupCohesion> fromMatrix = Blocs::groupCohesion(fast, group);
        const QList<Blocs::GroupCohesion> fromLists = Blocs::groupCohesion(lists, group);
        ASSERT_EQ(fromMatrix.size(), fromLists.size());
        for (qsizetype v = 0; v < fromMatrix.size(); ++v) {
            const Blocs::GroupCohesion &a = fromMatrix[v];
            const Blocs::GroupCohesion &b = fromLists[v];
            ASSERT_TRUE(a.yes == b.yes && a.no == b.no && a.abstain == b.abstain &&
                        a.majority == b.majority && a.otherwise == b.otherwise &&
                        a.notVoting == b.notVoting && a.agreementIndex == b.agreementIndex)
                << group.shortName.toStdString() << " roll call " << v;
        }
    }
    // A session's columns cut from the whole table are the session's own table.
    QList<qsizetype> of74;
    for (qsizetype c = 0; c < table->rollCalls.size(); ++c) {
        if (table->rollCalls[c].session == QLatin1String("74"))
            of74.append(c);
    }
    auto session74 = Storage::readRollCallPositions(
        *db, Storage::RollCallQuery::ofSession(QStringLiteral("74")));
    ASSERT_TRUE(session74.ok());
    EXPECT_EQ(Blocs::rollCallMatrix(table->columns(of74)).positions,
              Blocs::rollCallMatrix(*session74).positions);
}

// The search over titles: the roll calls whose short title or description holds "nuclear" in
// any case, against the records of un_roll_calls read by hand (a record starts at a line that
// starts with digits and a comma, as in sessionsByHand; no other field can hold the word).
TEST_F(RealVotes, RollCallsFoundByAWordOfTheirTitleAreTheTablesOwn)
{
    ASSERT_TRUE(summary);
    QSet<qint64> byHand;
    qint64 current = -1;
    for (const QByteArray &line : linesByHand("un_roll_calls.csv.gz")) {
        bool ok = false;
        const qint64 rcid = line.split(',').value(0).toLongLong(&ok);
        if (ok)
            current = rcid;
        if (current > 0 && line.toLower().contains("nuclear"))
            byHand.insert(current);
    }
    ASSERT_GT(byHand.size(), 100);
    Storage::RollCallQuery query;
    query.titleContains = QStringLiteral("NUCLEAR");
    auto found = Storage::RollCallRepository(*db).find(query);
    ASSERT_TRUE(found.ok());
    QSet<qint64> stored;
    for (const Storage::RollCall &rc : *found)
        stored.insert(rc.rcid.value_or(0));
    EXPECT_EQ(stored, byHand);
}

// The roll calls of an issue and the important ones, against the tables read by hand: the issue
// table's rows of "nu", and the roll calls whose importantvote is 1 (a record's first line
// starts with its rcid, as sessionsByHand reads it).
TEST_F(RealVotes, RollCallsOfAnIssueAndTheImportantOnesAreTheTablesOwn)
{
    ASSERT_TRUE(summary);
    QSet<qint64> nuclear;
    for (const QByteArray &line : linesByHand("un_roll_call_issues.csv.gz")) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() >= 2 && f[1] == "\"nu\"")
            nuclear.insert(f[0].toLongLong());
    }
    QSet<qint64> important;
    for (const QByteArray &line : linesByHand("un_roll_calls.csv.gz")) {
        const QList<QByteArray> f = line.split(',');
        bool ok = false;
        const qint64 rcid = f.value(0).toLongLong(&ok);
        if (ok && f.size() > 3 && f[2] == "1")
            important.insert(rcid);
    }
    ASSERT_FALSE(nuclear.isEmpty());
    ASSERT_FALSE(important.isEmpty());

    Storage::RollCallQuery byIssue;
    byIssue.issue = QStringLiteral("nu");
    auto found = Storage::RollCallRepository(*db).find(byIssue);
    ASSERT_TRUE(found.ok());
    QSet<qint64> stored;
    for (const Storage::RollCall &rc : *found)
        stored.insert(rc.rcid.value_or(0));
    EXPECT_EQ(stored, nuclear);

    Storage::RollCallQuery importantOnly;
    importantOnly.importantOnly = true;
    found = Storage::RollCallRepository(*db).find(importantOnly);
    ASSERT_TRUE(found.ok());
    stored.clear();
    for (const Storage::RollCall &rc : *found)
        stored.insert(rc.rcid.value_or(0));
    EXPECT_EQ(stored, important);
}

// A state's tallies for a session against the CSV read by hand: its rows of each vote, and as
// non-voting the session's roll calls where it has no row (it voted in the session, so it was a
// member).
TEST_F(RealVotes, TalliesOfAStateBySessionEqualTheCsvReadByHand)
{
    ASSERT_TRUE(summary);
    const QHash<qint64, QString> sessionOf = sessionsByHand();
    auto tallies = Storage::readRollCallTallies(*db, QStringLiteral("USA"));
    ASSERT_TRUE(tallies.ok());
    ASSERT_EQ(tallies->bySession.size(), 74);
    EXPECT_EQ(tallies->bySession.constFirst().key, QStringLiteral("1"));
    for (const char *session : {"1", "40", "74"}) {
        SCOPED_TRACE(session);
        Storage::PositionTally expected;
        expected.key = QString::fromLatin1(session);
        QSet<qint64> rollCalls;
        for (auto it = sessionOf.cbegin(); it != sessionOf.cend(); ++it) {
            if (it.value() == expected.key)
                rollCalls.insert(it.key());
        }
        int rows = 0;
        for (const CsvVote &v : readVotesByHand()) {
            if (!rollCalls.contains(v.rcid) || QByteArray(v.code).replace('"', "") != "US")
                continue;
            ++rows;
            if (v.vote == "yes")
                ++expected.yes;
            else if (v.vote == "no")
                ++expected.no;
            else
                ++expected.abstain;
        }
        expected.nonVoting = static_cast<int>(rollCalls.size()) - rows;
        const auto found =
            std::find_if(tallies->bySession.cbegin(), tallies->bySession.cend(),
                         [&](const Storage::PositionTally &t) { return t.key == expected.key; });
        ASSERT_NE(found, tallies->bySession.cend());
        EXPECT_EQ(*found, expected);
    }
}

} // namespace
