// The voting-blocs view on the sample corpus (A/77/96 and the committee report A/79/416 with its
// three votes): the heat map, the dendrogram and the blocs against the core (Blocs::
// readBlocAnalysis, behind the CLI's `agreement` and `clusters`), one value worked out here from
// the vote lists, exports, and the submissions of the states a user picks.
#include "blocsviewsupport.h"
#include "samplecorpus.h"

#include "gui/blocs/agreementheatmap.h"
#include "gui/blocs/agreementscale.h"
#include "gui/blocs/bloctreemodel.h"
#include "gui/blocs/dendrogramview.h"
#include "gui/blocs/pairvotesmodel.h"
#include "gui/blocs/statesubmissionsmodel.h"
#include "gui/blocs/statesubmissionspane.h"

#include "blocs/blocanalysis.h"
#include "storage/database.h"

#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::agreementByHand;
using Test::BlocsFixture;
using Test::listedPosition;
using Test::SampleCorpus;

namespace {

Blocs::BlocAnalysis coreAnalysis(const QString &path, const Blocs::AgreementOptions &options = {})
{
    auto db = Storage::Database::open(path);
    EXPECT_TRUE(db.ok());
    auto analysis = Blocs::readBlocAnalysis(**db, {}, options);
    EXPECT_TRUE(analysis.ok());
    return analysis ? *analysis : Blocs::BlocAnalysis{};
}

QStringList inDrawingOrder(const Blocs::Dendrogram &tree)
{
    QStringList codes;
    for (const int leaf : tree.leafOrder)
        codes.append(tree.leaves[leaf]);
    return codes;
}

} // namespace

TEST(BlocsView, HeatMapShowsEveryVotingStateWithTheCoresValues)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    const Blocs::AgreementMatrix &shown = f.view.heatMap()->matrix();

    // Every member state that voted yes, no or abstain on any of the three votes, from the lists.
    const QList<Storage::VoteRecord> votes = SampleCorpus::committeeVotes();
    ASSERT_EQ(votes.size(), 3);
    QSet<QString> voting;
    for (const Storage::VoteRecord &v : votes) {
        for (const auto *list : {&v.yes, &v.no, &v.abstain}) {
            for (const Storage::ListedEntity &e : *list)
                voting.insert(e.code);
        }
    }
    voting.remove(QString()); // names that resolved to no state
    EXPECT_EQ(QSet<QString>(shown.codes.cbegin(), shown.codes.cend()), voting);

    const Blocs::AgreementMatrix core =
        coreAnalysis(SampleCorpus::bothDocumentsPath()).agreementInClusterOrder();
    ASSERT_EQ(shown.codes, core.codes);
    EXPECT_EQ(shown.values, core.values);
    EXPECT_EQ(shown.compared, core.compared);

    // India (no, no, abstain) and the Netherlands (no, no, no): (1 + 1 + ½) / 3.
    const int india = int(shown.codes.indexOf(QStringLiteral("IND")));
    const int netherlands = int(shown.codes.indexOf(QStringLiteral("NLD")));
    ASSERT_GE(india, 0);
    ASSERT_GE(netherlands, 0);
    const double byHand = agreementByHand(votes, QStringLiteral("IND"), QStringLiteral("NLD"));
    EXPECT_NEAR(byHand, 2.5 / 3, 1e-12);
    ASSERT_TRUE(shown.values[india][netherlands].has_value());
    EXPECT_NEAR(*shown.values[india][netherlands], byHand, 1e-12);
    const QString tip = f.view.heatMap()->toolTipFor(india, netherlands);
    EXPECT_TRUE(tip.contains(QStringLiteral("0.83"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("印度"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Netherlands"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("3 vote"))) << tip.toStdString();

    // The cell is painted in the scale's colour of its value.
    const QImage image = f.view.heatMap()->toImage();
    const QPoint centre = f.view.heatMap()->cellRect(india, netherlands).center();
    EXPECT_EQ(image.pixelColor(centre), AgreementScale::colour(byHand));
}

TEST(BlocsView, DendrogramLeavesAreTheClusteringsDrawingOrder)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    const Blocs::BlocAnalysis core = coreAnalysis(SampleCorpus::bothDocumentsPath());
    EXPECT_EQ(f.view.dendrogram()->drawnLeaves(), inDrawingOrder(core.dendrogram));
    // The map's rows are the tree's leaves, row for row.
    EXPECT_EQ(f.view.heatMap()->matrix().codes, inDrawingOrder(core.dendrogram));
}

TEST(BlocsView, TwoBlocsAreTheCoresCutAndKeepTheStatesThatVotedAgainstThrice)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    f.view.setBlocCount(2); // only the cut changes: at once, no new analysis
    ASSERT_EQ(f.view.blocCount(), 2);
    const Blocs::BlocAnalysis core = coreAnalysis(SampleCorpus::bothDocumentsPath());
    const QList<QStringList> cut = core.dendrogram.cutCodes(2);
    ASSERT_EQ(cut.size(), 2);
    EXPECT_EQ(f.view.blocs(), cut);

    const BlocTreeModel &model = *f.view.blocModel();
    ASSERT_EQ(model.rowCount(), 2);
    for (int b = 0; b < 2; ++b) {
        const QModelIndex bloc = model.index(b, 0);
        ASSERT_EQ(model.rowCount(bloc), cut[b].size());
        EXPECT_EQ(model.index(0, BlocTreeModel::Code, bloc).data().toString(), cut[b].first());
    }
    const QList<int> sizes{int(cut[0].size()), int(cut[1].size())};
    EXPECT_EQ(f.view.heatMap()->blocSizes(), sizes);

    // The states that voted against all three times, from the lists, share one bloc.
    const QList<Storage::VoteRecord> votes = SampleCorpus::committeeVotes();
    QSet<QString> againstThrice;
    for (const Storage::ListedEntity &e : votes[0].no) {
        if (listedPosition(votes[1], e.code) == VotePosition::No &&
            listedPosition(votes[2], e.code) == VotePosition::No)
            againstThrice.insert(e.code);
    }
    ASSERT_GT(againstThrice.size(), 10);
    const QModelIndex first = model.memberIndex(*againstThrice.cbegin());
    ASSERT_TRUE(first.isValid());
    const int bloc = first.data(BlocTreeModel::BlocRole).toInt();
    for (const QString &code : againstThrice)
        EXPECT_EQ(model.memberIndex(code).data(BlocTreeModel::BlocRole).toInt(), bloc)
            << code.toStdString();
    // The dendrogram colours the same blocs.
    EXPECT_EQ(f.view.dendrogram()->blocCount(), 2);
    EXPECT_TRUE(f.view.dendrogram()->cutHeight().has_value());
}

TEST(BlocsView, CsvExportWritesTheMatrixAsTheCommandLineDoes)
{
    BlocsFixture f;
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.csv"));
    ASSERT_TRUE(f.view.exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);

    const Blocs::AgreementMatrix core =
        coreAnalysis(SampleCorpus::bothDocumentsPath()).agreementInClusterOrder();
    ASSERT_EQ(lines.size(), core.size() + 1);
    EXPECT_EQ(lines[0], QStringLiteral("code,") + core.codes.join(u','));
    const int india = int(core.codes.indexOf(QStringLiteral("IND")));
    const QStringList row = lines[india + 1].split(u',');
    ASSERT_EQ(row.size(), core.size() + 1);
    EXPECT_EQ(row[0], QStringLiteral("IND"));
    EXPECT_EQ(row[core.codes.indexOf(QStringLiteral("NLD")) + 1], QStringLiteral("0.8333333333"));
    EXPECT_EQ(row[india + 1], QStringLiteral("1"));
}

TEST(BlocsView, PngExportsAreWholeImagesOfWhatIsDrawn)
{
    BlocsFixture f;
    f.view.resize(1400, 900);
    f.view.show();
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    QTemporaryDir dir;
    const AgreementHeatMap &map = *f.view.heatMap();
    const int n = int(map.matrix().size());

    const QString heat = dir.filePath(QStringLiteral("heat.png"));
    ASSERT_TRUE(f.view.exportHeatMapPng(heat));
    const QImage image(heat);
    ASSERT_FALSE(image.isNull());
    // The whole map, not the part scrolled into view: the last cell is there in its colour.
    EXPECT_GE(image.width(), map.cellsLeft() + n * map.cellSize());
    EXPECT_GT(image.height(), map.cellsTop() + n * map.cellSize());
    const QPoint last = map.cellRect(n - 1, 0).center();
    EXPECT_EQ(image.pixelColor(last), AgreementScale::colour(map.matrix().values[n - 1][0]));

    const QString tree = dir.filePath(QStringLiteral("tree.png"));
    ASSERT_TRUE(f.view.exportDendrogramPng(tree));
    // As tall as the map's rows; wider than the tree on screen, for the leaves' codes.
    const QImage treeImage(tree);
    EXPECT_EQ(treeImage.height(), map.cellsTop() + n * map.cellSize() + 1);
    EXPECT_GT(treeImage.width(), DendrogramView::kWidth);

    const QString chart = dir.filePath(QStringLiteral("cohesion.png"));
    ASSERT_TRUE(f.view.exportCohesionChartPng(chart));
    // Drawn at a size fit to read, also from a page not on show (the matrix is).
    EXPECT_GE(QImage(chart).width(), 600);
    EXPECT_GE(QImage(chart).height(), 300);

    const QString totals = dir.filePath(QStringLiteral("totals.png"));
    ASSERT_TRUE(f.view.exportTotalsChartPng(totals));
    EXPECT_GE(QImage(totals).width(), 600);
}

TEST(BlocsView, ClickingACellShowsBothStatesVotesSideBySide)
{
    BlocsFixture f;
    f.view.resize(1400, 900);
    f.view.show();
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    AgreementHeatMap *map = f.view.heatMap();
    const int india = int(map->matrix().codes.indexOf(QStringLiteral("IND")));
    const int netherlands = int(map->matrix().codes.indexOf(QStringLiteral("NLD")));
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(india, netherlands).center());
    EXPECT_EQ(map->currentCell(), QPoint(netherlands, india));

    const PairVotesModel &pair = *f.view.pairModel();
    EXPECT_EQ(pair.first(), QStringLiteral("IND"));
    EXPECT_EQ(pair.second(), QStringLiteral("NLD"));
    const QList<Storage::VoteRecord> votes = SampleCorpus::committeeVotes();
    ASSERT_EQ(pair.rowCount(), votes.size());
    for (int r = 0; r < pair.rowCount(); ++r) {
        EXPECT_EQ(pair.index(r, PairVotesModel::First).data(PairVotesModel::PositionRole).toInt(),
                  int(listedPosition(votes[r], QStringLiteral("IND"))));
        EXPECT_EQ(pair.index(r, PairVotesModel::Second).data(PairVotesModel::PositionRole).toInt(),
                  int(listedPosition(votes[r], QStringLiteral("NLD"))));
    }
    // Abstaining against voting no is half an agreement; no against no a whole one.
    EXPECT_DOUBLE_EQ(
        pair.index(2, PairVotesModel::Agreement).data(PairVotesModel::AgreementRole).toDouble(),
        0.5);
    EXPECT_EQ(f.view.submissionsPane()->states(),
              (QStringList{QStringLiteral("IND"), QStringLiteral("NLD")}));
}

TEST(BlocsView, AMembersSubmissionsAreOneClickAway)
{
    BlocsFixture f;
    f.view.resize(1400, 900);
    f.view.show();
    ASSERT_TRUE(f.load(SampleCorpus::bothDocumentsPath()));
    // A state that voted and wrote a submission to A/77/96, found in the data.
    const QList<Storage::SubmissionRecord> all =
        SampleCorpus::submissions(SampleCorpus::bothDocumentsPath());
    QString code;
    QList<qint64> ids;
    for (const Storage::SubmissionRecord &s : all) {
        if (s.entity && f.view.blocModel()->memberIndex(s.entity->code).isValid()) {
            code = s.entity->code;
            break;
        }
    }
    ASSERT_FALSE(code.isEmpty());
    for (const Storage::SubmissionRecord &s : all) {
        if (s.entity && s.entity->code == code)
            ids.append(s.id);
    }

    auto *tree = f.view.findChild<QTreeView *>(QStringLiteral("blocsTree"));
    ASSERT_NE(tree, nullptr);
    const QModelIndex member = f.view.blocModel()->memberIndex(code);
    tree->scrollTo(member);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(member).center());
    const StateSubmissionsModel &listed = *f.view.submissionsPane()->model();
    EXPECT_EQ(f.view.submissionsPane()->states(), QStringList{code});
    ASSERT_EQ(listed.rowCount(), ids.size());
    EXPECT_EQ(listed.index(0, 0).data(StateSubmissionsModel::SubmissionIdRole).toLongLong(),
              ids.first());

    QSignalSpy submission(&f.view, &BlocsView::submissionRequested);
    auto *table = f.view.findChild<QTableView *>(QStringLiteral("stateSubmissionsTable"));
    ASSERT_NE(table, nullptr);
    const QPoint row = table->visualRect(listed.index(0, 0)).center();
    // As a mouse does it: the first click presses the row, the second is the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row);
    ASSERT_EQ(submission.size(), 1);
    EXPECT_EQ(submission.first().first().toLongLong(), ids.first());

    QSignalSpy entity(&f.view, &BlocsView::entityRequested);
    auto *profile = f.view.findChild<QPushButton *>(QStringLiteral("stateProfileButton"));
    ASSERT_NE(profile, nullptr);
    QTest::mouseClick(profile, Qt::LeftButton);
    ASSERT_EQ(entity.size(), 1);
    EXPECT_EQ(entity.first().first().toString(), code);

    // A bloc lists the submissions of all its members.
    const int bloc = member.data(BlocTreeModel::BlocRole).toInt();
    ASSERT_TRUE(f.view.showBloc(bloc));
    EXPECT_EQ(f.view.submissionsPane()->states(), f.view.blocs()[bloc]);
    EXPECT_GE(listed.rowCount(), ids.size());
}
