// matrix and cooccurrence as scripts use them, on the two sample documents with codings added
// through `coding add`. Every expected count is tallied here from the paragraphs' submissions,
// the submissions' states and the vote lists the CLI prints, not taken from the command tested.
#include "clisamples.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace Rapporteur;

namespace {

using Test::CliResult;

const QString kExport = QStringLiteral("论点/出口管制");
const QString kSovereignty = QStringLiteral("主权");
const QString kCapacity = QStringLiteral("能力建设");

// One coding the suite adds: where, what, by whom, and the id `coding add` gave it.
struct Added
{
    qint64 paragraph = 0;
    QString code;
    QString coder;
    QString entity; // of the paragraph's submission; empty outside one
    qint64 id = 0;
};

QString positionOf(const QJsonObject &vote, const QString &entity)
{
    for (const char *list : {"yes", "no", "abstain"}) {
        for (const auto &v : vote.value(QLatin1String(list)).toArray()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == entity)
                return QLatin1String(list);
        }
    }
    for (const auto &v : vote.value(QStringLiteral("non_voting")).toArray()) {
        const QString code =
            v.isObject() ? v.toObject().value(QStringLiteral("code")).toString() : v.toString();
        if (code == entity)
            return QStringLiteral("non_voting");
    }
    return {};
}

// The cell of a matrix printed as JSON, by row and column name: its count and its ids.
struct Cell
{
    int count = -1;
    QSet<qint64> ids;
};

Cell cellOf(const QJsonObject &matrix, const QString &idsKey, const QString &row,
            const QString &column)
{
    const qsizetype r = matrix.value(QStringLiteral("rows")).toArray().toVariantList().indexOf(row);
    const qsizetype c =
        matrix.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(column);
    if (r < 0 || c < 0)
        return {};
    Cell cell;
    cell.count = matrix.value(QStringLiteral("counts")).toArray()[r].toArray()[c].toInt();
    for (const auto &id : matrix.value(idsKey).toArray()[r].toArray()[c].toArray())
        cell.ids.insert(id.toInteger());
    return cell;
}

class MatrixCli : public Test::CliOnSamples
{
protected:
    static void SetUpTestSuite()
    {
        CliOnSamples::SetUpTestSuite();
        // Each submission's state, and each paragraph's submission.
        QHash<qint64, QString> stateOf;
        for (const auto &v :
             json({QStringLiteral("submissions"), QStringLiteral("--json")}).array())
            stateOf.insert(v[QStringLiteral("id")].toInteger(),
                           v[QStringLiteral("entity")][QStringLiteral("code")].toString());
        std::map<QString, QList<qint64>> paragraphsOf; // state ("" outside any) → its paragraphs
        for (const auto &v : json({QStringLiteral("paragraphs"), QStringLiteral("--document"),
                                   QStringLiteral("A/77/96"), QStringLiteral("--json")})
                                 .array()) {
            const QJsonValue submission = v[QStringLiteral("submission")];
            if (v[QStringLiteral("text")].toString().size() >= 2)
                paragraphsOf[submission.isNull() ? QString() : stateOf[submission.toInteger()]]
                    .append(v[QStringLiteral("id")].toInteger());
        }
        const auto at = [&](const char *state, int i) {
            return Added{
                paragraphsOf.at(QLatin1String(state)).at(i), {}, {}, QLatin1String(state), 0};
        };
        // Australia voted no, Belarus yes, Mexico abstained on (c); the EU is no member state
        // and has no position; the introduction lies in no submission.
        const QList<std::tuple<Added, QString, QString>> plan{
            {at("AUS", 0), kExport, QStringLiteral("alice")},
            {at("AUS", 0), kExport, QStringLiteral("bob")}, // the same paragraph again
            {at("AUS", 0), kSovereignty, QStringLiteral("alice")},
            {at("AUS", 1), kExport, QStringLiteral("bob")},
            {at("BLR", 0), kExport, QStringLiteral("alice")},
            {at("BLR", 0), kSovereignty, QStringLiteral("bob")},
            {at("CHN", 0), kCapacity, QStringLiteral("alice")},
            {at("MEX", 0), kCapacity, QStringLiteral("bob")},
            {at("EUU", 0), kExport, QStringLiteral("alice")},
            {at("", 0), kSovereignty, QStringLiteral("alice")},
        };
        for (auto [added, code, coder] : plan) {
            added.code = code;
            added.coder = coder;
            const CliResult r =
                run({QStringLiteral("coding"), QStringLiteral("add"), QStringLiteral("--code"),
                     code, QStringLiteral("--paragraph"), QString::number(added.paragraph),
                     QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"),
                     QStringLiteral("2"), QStringLiteral("--coder"), coder});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            added.id = r.out.trimmed().toLongLong();
            s_added.append(added);
        }
    }

    // The ids of the added codings that pass `keep`.
    template <typename Keep> static QSet<qint64> idsWhere(Keep keep)
    {
        QSet<qint64> ids;
        for (const Added &a : std::as_const(s_added)) {
            if (keep(a))
                ids.insert(a.id);
        }
        return ids;
    }

    static QJsonObject vote(const QString &label)
    {
        for (const auto &v : json({QStringLiteral("votes"), QStringLiteral("--json")}).array()) {
            if (v[QStringLiteral("label")].toString() == label)
                return v.toObject();
        }
        ADD_FAILURE() << "no vote " << label.toStdString();
        return {};
    }

    static inline QList<Added> s_added;
};

} // namespace

TEST_F(MatrixCli, CodeByStateCountsEveryCodingInAStatesSubmission)
{
    const QJsonObject m = json({QStringLiteral("matrix"), QStringLiteral("--by"),
                                QStringLiteral("state"), QStringLiteral("--json")})
                              .object();
    EXPECT_EQ(m[QStringLiteral("by")].toString(), QStringLiteral("state"));
    EXPECT_TRUE(m[QStringLiteral("vote")].isNull());
    std::set<QString> codes, states;
    for (const Added &a : std::as_const(s_added)) {
        codes.insert(a.code);
        if (!a.entity.isEmpty())
            states.insert(a.entity);
    }
    EXPECT_EQ(m[QStringLiteral("rows")].toArray().toVariantList(),
              QJsonArray::fromStringList(QStringList(codes.begin(), codes.end())).toVariantList());
    EXPECT_EQ(
        m[QStringLiteral("columns")].toArray().toVariantList(),
        QJsonArray::fromStringList(QStringList(states.begin(), states.end())).toVariantList());
    for (const QString &code : codes) {
        for (const QString &state : states) {
            const QSet<qint64> expected =
                idsWhere([&](const Added &a) { return a.code == code && a.entity == state; });
            const Cell cell = cellOf(m, QStringLiteral("codings"), code, state);
            EXPECT_EQ(cell.count, expected.size()) << code.toStdString() << state.toStdString();
            EXPECT_EQ(cell.ids, expected) << code.toStdString() << state.toStdString();
        }
    }
    // By hand: three codings of export controls in Australia's submission (two in one paragraph).
    EXPECT_EQ(cellOf(m, QStringLiteral("codings"), kExport, QStringLiteral("AUS")).count, 3);
}

TEST_F(MatrixCli, CodeByPositionPutsEachCodingUnderItsStatesVote)
{
    const QJsonObject c = vote(QStringLiteral("(c)"));
    const QJsonObject m =
        json({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("position"),
              QStringLiteral("--vote"), QStringLiteral("A/79/416:(c)"), QStringLiteral("--json")})
            .object();
    EXPECT_EQ(m[QStringLiteral("vote")][QStringLiteral("label")].toString(), QStringLiteral("(c)"));
    EXPECT_EQ(m[QStringLiteral("columns")].toArray().toVariantList(),
              (QVariantList{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("abstain"),
                            QStringLiteral("non_voting")}));
    int counted = 0;
    for (const QString &code : {kExport, kSovereignty, kCapacity}) {
        for (const QString &position : {QStringLiteral("yes"), QStringLiteral("no"),
                                        QStringLiteral("abstain"), QStringLiteral("non_voting")}) {
            const QSet<qint64> expected = idsWhere([&](const Added &a) {
                return a.code == code && !a.entity.isEmpty() && positionOf(c, a.entity) == position;
            });
            const Cell cell = cellOf(m, QStringLiteral("codings"), code, position);
            EXPECT_EQ(cell.ids, expected) << code.toStdString() << position.toStdString();
            counted += cell.count;
        }
    }
    // Everything but the EU's coding and the introduction's: 8 of the 10.
    EXPECT_EQ(counted, 8);
    EXPECT_EQ(cellOf(m, QStringLiteral("codings"), kCapacity, QStringLiteral("abstain")).count, 1);
}

TEST_F(MatrixCli, FiltersNarrowTheCodingsCounted)
{
    const QJsonObject alice =
        json({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("state"),
              QStringLiteral("--coder"), QStringLiteral("alice"), QStringLiteral("--json")})
            .object();
    EXPECT_EQ(cellOf(alice, QStringLiteral("codings"), kExport, QStringLiteral("AUS")).ids,
              idsWhere([](const Added &a) {
                  return a.code == kExport && a.entity == QLatin1String("AUS") &&
                         a.coder == QLatin1String("alice");
              }));
    EXPECT_FALSE(alice[QStringLiteral("columns")].toArray().contains(QStringLiteral("MEX")));

    const QJsonObject one =
        json({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("state"),
              QStringLiteral("--code"), kCapacity, QStringLiteral("--json")})
            .object();
    EXPECT_EQ(one[QStringLiteral("rows")].toArray().toVariantList(), QVariantList{kCapacity});
    EXPECT_EQ(one[QStringLiteral("columns")].toArray().toVariantList(),
              (QVariantList{QStringLiteral("CHN"), QStringLiteral("MEX")}));

    // Nothing was coded in the committee report.
    const QJsonObject report =
        json({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("state"),
              QStringLiteral("--document"), QStringLiteral("A/79/416"), QStringLiteral("--json")})
            .object();
    EXPECT_TRUE(report[QStringLiteral("rows")].toArray().isEmpty());
}

TEST_F(MatrixCli, CooccurrenceCountsParagraphsNotCodings)
{
    const QJsonObject m = json({QStringLiteral("cooccurrence"), QStringLiteral("--json")}).object();
    EXPECT_EQ(m[QStringLiteral("unit")].toString(), QStringLiteral("paragraph"));
    for (const QString &a : {kExport, kSovereignty, kCapacity}) {
        for (const QString &b : {kExport, kSovereignty, kCapacity}) {
            QSet<qint64> withA, withB;
            for (const Added &x : std::as_const(s_added)) {
                if (x.code == a)
                    withA.insert(x.paragraph);
                if (x.code == b)
                    withB.insert(x.paragraph);
            }
            const Cell cell = cellOf(m, QStringLiteral("paragraphs"), a, b);
            EXPECT_EQ(cell.ids, withA & withB) << a.toStdString() << b.toStdString();
            EXPECT_EQ(cell.count, (withA & withB).size());
        }
    }
    // By hand: export controls and sovereignty meet in Australia's and Belarus' first paragraphs.
    EXPECT_EQ(cellOf(m, QStringLiteral("paragraphs"), kExport, kSovereignty).count, 2);
    // Alone, bob applied them together nowhere.
    const QJsonObject bob = json({QStringLiteral("cooccurrence"), QStringLiteral("--coder"),
                                  QStringLiteral("bob"), QStringLiteral("--json")})
                                .object();
    EXPECT_EQ(cellOf(bob, QStringLiteral("paragraphs"), kExport, kSovereignty).count, 0);
}

TEST_F(MatrixCli, CsvHasAHeaderAndARowOfCountsPerCode)
{
    const CliResult r =
        run({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("position"),
             QStringLiteral("--vote"), QStringLiteral("(c)"), QStringLiteral("--csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines =
        QString::fromUtf8(r.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("code,yes,no,abstain,non_voting"));
    // Sorted paths: 主权, 能力建设, 论点/出口管制. Sovereignty: Belarus (yes), Australia (no).
    EXPECT_EQ(lines[1], kSovereignty + QStringLiteral(",1,1,0,0"));
    EXPECT_EQ(lines[2], kCapacity + QStringLiteral(",1,0,1,0"));
    // Export controls: Belarus (yes); Australia three times (no); the EU's not at all.
    EXPECT_EQ(lines[3], kExport + QStringLiteral(",1,3,0,0"));
}

TEST_F(MatrixCli, WrongOptionsExitAsPromised)
{
    const auto status = [](const QStringList &args) { return run(args).exitCode; };
    EXPECT_EQ(status({QStringLiteral("matrix")}), 1);
    EXPECT_EQ(status({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("vote")}),
              1);
    EXPECT_EQ(
        status({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("position")}), 1);
    EXPECT_EQ(status({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("state"),
                      QStringLiteral("--vote"), QStringLiteral("(c)")}),
              1);
    EXPECT_EQ(
        status({QStringLiteral("cooccurrence"), QStringLiteral("--json"), QStringLiteral("--csv")}),
        1);
    EXPECT_EQ(status({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("position"),
                      QStringLiteral("--vote"), QStringLiteral("(z)")}),
              2);
    EXPECT_EQ(status({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("state"),
                      QStringLiteral("--document"), QStringLiteral("A/00/0")}),
              2);
    EXPECT_EQ(status({QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("state"),
                      QStringLiteral("--code"), QStringLiteral("没有")}),
              2);
}
