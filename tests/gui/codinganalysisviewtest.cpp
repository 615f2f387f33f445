// The coding-analysis view over the sample corpus with the codings of CodedCorpus: every count a
// matrix shows is tallied here from the codings the fixture added (their states, and the vote
// lists), the agreement is checked against values worked out by hand and against the core, and
// the CSV export against what the table shows.
#include "codedcorpus.h"

#include "gui/coding/agreementmodel.h"
#include "gui/coding/codematrixmodel.h"
#include "gui/coding/codingagreementpage.h"
#include "gui/coding/codinganalysisview.h"
#include "gui/coding/codingmatrixpage.h"
#include "gui/coding/codingsegmentmodel.h"
#include "gui/coding/codingsegmentview.h"
#include "gui/coding/disagreementmodel.h"
#include "gui/common/corpussession.h"

#include "coding/agreement.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::AddedCoding;
using Test::CodedCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr auto kState = CodingAnalysisView::StatePage;
constexpr auto kPosition = CodingAnalysisView::PositionPage;
constexpr auto kTogether = CodingAnalysisView::CoOccurrencePage;

const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");

// The view with every model under a tester from before the first reset.
struct Fixture
{
    CodedCorpus corpus;
    CorpusSession session;
    CodingAnalysisView view{session};
    std::vector<std::unique_ptr<Tester>> testers;

    Fixture()
    {
        const auto test = [this](QAbstractItemModel *model) {
            testers.push_back(std::make_unique<Tester>(model, kFatal));
        };
        test(view.retrievalModel());
        for (const auto page : {kState, kPosition, kTogether}) {
            test(view.matrixModel(page));
            test(view.cellSegmentModel(page));
            test(view.matrixPage(page)->segmentView()->shownModel());
        }
        test(view.agreementModel());
        test(view.disagreementModel());
    }

    bool load()
    {
        QSignalSpy loaded(&view, &CodingAnalysisView::loaded);
        if (session.path().isEmpty())
            session.open(corpus.path());
        view.reload();
        return loaded.wait(kTimeoutMs);
    }
    bool compare(const QString &first, const QString &second, bool excludeUncoded)
    {
        QSignalSpy computed(&view, &CodingAnalysisView::agreementComputed);
        view.compareCoders(first, second, excludeUncoded);
        return computed.wait(kTimeoutMs);
    }
    // The ids of the fixture's codings that pass keep.
    template <typename Keep> QSet<qint64> ids(Keep keep) const
    {
        QSet<qint64> out;
        for (const AddedCoding &c : corpus.codings()) {
            if (keep(c))
                out.insert(c.id);
        }
        return out;
    }
};

QSet<qint64> codingIds(const CodingSegmentModel &model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(CodingSegmentModel::CodingIdRole).toLongLong());
    return ids;
}

int countAt(const CodeMatrixModel &model, const QString &code, const QString &column)
{
    const QModelIndex cell = model.cell(code, column);
    return cell.isValid() ? cell.data(CodeMatrixModel::CountRole).toInt() : 0;
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets need the BOM for Chinese
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

TEST(CodingAnalysisView, CodeByStateShowsTheCountsOfEachStatesSegments)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    const CodeMatrixModel &m = *f.view.matrixModel(kState);
    QSet<QString> codes, states;
    for (const AddedCoding &c : f.corpus.codings()) {
        codes.insert(c.code);
        if (!c.entity.isEmpty())
            states.insert(c.entity);
    }
    ASSERT_EQ(m.rowCount(), codes.size());
    ASSERT_EQ(m.columnCount(), states.size());
    for (const QString &code : std::as_const(codes)) {
        for (const QString &state : std::as_const(states)) {
            const int expected = static_cast<int>(f.ids([&](const AddedCoding &c) {
                                                       return c.code == code && c.entity == state;
                                                   }).size());
            EXPECT_EQ(countAt(m, code, state), expected)
                << code.toStdString() << state.toStdString();
            const QModelIndex cell = m.cell(code, state);
            // An empty cell shows nothing; a full one its count.
            EXPECT_EQ(cell.data().toString(), expected > 0 ? QString::number(expected) : QString());
        }
    }
    // By hand: export controls three times in Australia's submission, twice in one paragraph.
    EXPECT_EQ(countAt(m, CodedCorpus::kExport, QStringLiteral("AUS")), 3);
    const int australia = static_cast<int>(m.matrix().columns.indexOf(QStringLiteral("AUS")));
    EXPECT_EQ(m.headerData(australia, Qt::Horizontal).toString(), QStringLiteral("澳大利亚\nAUS"));
}

TEST(CodingAnalysisView, ClickingACellListsTheSegmentsBehindIt)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    f.view.resize(1200, 800);
    f.view.show();
    f.view.setCurrentPage(kState);
    QTableView *matrix = f.view.matrixPage(kState)->matrixView();
    const QModelIndex cell =
        f.view.matrixModel(kState)->cell(CodedCorpus::kExport, QStringLiteral("AUS"));
    ASSERT_TRUE(cell.isValid());
    matrix->scrollTo(cell);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
    const QSet<qint64> expected = f.ids([](const AddedCoding &c) {
        return c.code == CodedCorpus::kExport && c.entity == QLatin1String("AUS");
    });
    EXPECT_EQ(codingIds(*f.view.cellSegmentModel(kState)), expected);
    EXPECT_TRUE(f.view.matrixPage(kState)->cellTitle().contains(QStringLiteral("澳大利亚")));

    // Double-clicking a segment asks for its paragraph.
    QSignalSpy requested(&f.view, &CodingAnalysisView::paragraphRequested);
    CodingSegmentView *segments = f.view.matrixPage(kState)->segmentView();
    const QModelIndex first = segments->model()->index(0, CodingSegmentModel::Quote);
    // As a mouse does it: the first click presses the row, the second is the double-click.
    const QPoint at = segments->visualRect(first).center();
    QTest::mouseClick(segments->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(segments->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toLongLong(), f.corpus.paragraph(QStringLiteral("AUS"), 0));
}

TEST(CodingAnalysisView, CodeByPositionFollowsTheChosenVote)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    for (const QString &label : {QStringLiteral("(c)"), QStringLiteral("(a)")}) {
        const Storage::VoteRecord vote = f.corpus.vote(label);
        ASSERT_TRUE(f.view.setVote(vote.id));
        const CodeMatrixModel &m = *f.view.matrixModel(kPosition);
        ASSERT_EQ(m.columnCount(), 4);
        int counted = 0;
        for (const QString &code : m.matrix().rows) {
            for (const QString &position : m.matrix().columns) {
                const auto expected = f.ids([&](const AddedCoding &c) {
                    return c.code == code && !c.entity.isEmpty() &&
                           Rapporteur::Test::positionOn(vote, c.entity) == position;
                });
                EXPECT_EQ(countAt(m, code, position), expected.size())
                    << label.toStdString() << code.toStdString() << position.toStdString();
                counted += countAt(m, code, position);
            }
        }
        // Everything but the EU's and the introduction's codings: 9 of 11.
        EXPECT_EQ(counted, 9) << label.toStdString();
    }
    // Kenya did not vote on (a) (the vote shown last) but voted yes on (c).
    EXPECT_EQ(countAt(*f.view.matrixModel(kPosition), CodedCorpus::kArguments,
                      QStringLiteral("non_voting")),
              1);
    EXPECT_EQ(f.view.matrixModel(kPosition)->headerData(0, Qt::Horizontal).toString(),
              CodingAnalysisView::tr("In favour"));
    // The segments behind a cell are the codings of its states.
    ASSERT_TRUE(f.view.showCell(kPosition, CodedCorpus::kExport, QStringLiteral("no")));
    EXPECT_EQ(codingIds(*f.view.cellSegmentModel(kPosition)), f.ids([](const AddedCoding &c) {
        return c.code == CodedCorpus::kExport && c.entity == QLatin1String("AUS");
    }));
}

TEST(CodingAnalysisView, CoOccurrenceCountsParagraphsAndListsBothCodesSegments)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    const CodeMatrixModel &m = *f.view.matrixModel(kTogether);
    for (const QString &a : m.matrix().rows) {
        for (const QString &b : m.matrix().rows) {
            QSet<qint64> withA, withB;
            for (const AddedCoding &c : f.corpus.codings()) {
                if (c.code == a)
                    withA.insert(c.paragraphId);
                if (c.code == b)
                    withB.insert(c.paragraphId);
            }
            EXPECT_EQ(countAt(m, a, b), (withA & withB).size())
                << a.toStdString() << b.toStdString();
        }
    }
    // By hand: export controls and sovereignty meet in Australia's and Belarus' first paragraphs.
    EXPECT_EQ(countAt(m, CodedCorpus::kExport, CodedCorpus::kSovereignty), 2);
    ASSERT_TRUE(f.view.showCell(kTogether, CodedCorpus::kExport, CodedCorpus::kSovereignty));
    const QSet<qint64> meeting{f.corpus.paragraph(QStringLiteral("AUS"), 0),
                               f.corpus.paragraph(QStringLiteral("BLR"), 0)};
    EXPECT_EQ(codingIds(*f.view.cellSegmentModel(kTogether)), f.ids([&](const AddedCoding &c) {
        return meeting.contains(c.paragraphId) &&
               (c.code == CodedCorpus::kExport || c.code == CodedCorpus::kSovereignty);
    }));

    // One coder's codings only: bob never applied the two together.
    ASSERT_TRUE(f.view.setCoder(kBob));
    EXPECT_EQ(
        countAt(*f.view.matrixModel(kTogether), CodedCorpus::kExport, CodedCorpus::kSovereignty),
        0);
}

TEST(CodingAnalysisView, RetrievalListsACodesSegmentsByCoderAndWithSubcodes)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    const CodingSegmentModel &m = *f.view.retrievalModel();
    ASSERT_TRUE(f.view.showCode(CodedCorpus::kExport));
    EXPECT_EQ(codingIds(m),
              f.ids([](const AddedCoding &c) { return c.code == CodedCorpus::kExport; }));
    ASSERT_TRUE(f.view.showCode(CodedCorpus::kArguments));
    EXPECT_EQ(codingIds(m),
              f.ids([](const AddedCoding &c) { return c.code == CodedCorpus::kArguments; }));
    ASSERT_TRUE(f.view.showCode(CodedCorpus::kArguments, true));
    EXPECT_EQ(codingIds(m), f.ids([](const AddedCoding &c) {
        return c.code == CodedCorpus::kArguments || c.code == CodedCorpus::kExport;
    }));

    ASSERT_TRUE(f.view.showCode(CodedCorpus::kExport));
    ASSERT_TRUE(f.view.setCoder(kAlice));
    EXPECT_EQ(f.view.retrievalModel()->rowCount(), 3); // Australia, Belarus, the EU
    const QModelIndex belarus = [&] {
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, 0).data(CodingSegmentModel::EntityCodeRole) == QStringLiteral("BLR"))
                return m.index(r, 0);
        }
        return QModelIndex();
    }();
    ASSERT_TRUE(belarus.isValid());
    EXPECT_EQ(m.index(belarus.row(), CodingSegmentModel::StateZh).data().toString(),
              QStringLiteral("白俄罗斯"));
    EXPECT_EQ(m.index(belarus.row(), CodingSegmentModel::StateEn).data().toString(),
              QStringLiteral("Belarus"));
    EXPECT_EQ(m.index(belarus.row(), CodingSegmentModel::Document).data().toString(),
              QStringLiteral("A/77/96"));
    EXPECT_EQ(m.index(belarus.row(), CodingSegmentModel::Coder).data().toString(), kAlice);
    EXPECT_FALSE(f.view.setCoder(QStringLiteral("nobody")));
}

TEST(CodingAnalysisView, AgreementShowsTheValuesWorkedOutByHand)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    ASSERT_TRUE(f.compare(kAlice, kBob, true));
    const AgreementModel &m = *f.view.agreementModel();
    // Units: the 7 paragraphs alice or bob coded. Export controls: both in Australia 0; alice
    // alone in Belarus 0 and the EU 0; bob alone in Australia 1; neither in the other 3.
    const int row = m.rowOf(CodedCorpus::kExport);
    ASSERT_GE(row, 0);
    const auto value = [&](int column) {
        return m.index(row, column).data(AgreementModel::ValueRole);
    };
    EXPECT_EQ(value(AgreementModel::Units).toInt(), 7);
    EXPECT_EQ(value(AgreementModel::Both).toInt(), 1);
    EXPECT_EQ(value(AgreementModel::OnlyFirst).toInt(), 2);
    EXPECT_EQ(value(AgreementModel::OnlySecond).toInt(), 1);
    EXPECT_EQ(value(AgreementModel::Neither).toInt(), 3);
    // po = 4/7, pe = (3·2 + 4·5)/49 = 26/49, kappa = (28 − 26)/(49 − 26) = 2/23.
    EXPECT_NEAR(value(AgreementModel::Percent).toDouble(), 4.0 / 7.0, 1e-12);
    EXPECT_NEAR(value(AgreementModel::Kappa).toDouble(), 2.0 / 23.0, 1e-12);
    // n1 = 2·1 + 3 = 5, n0 = 2·3 + 3 = 9: alpha = 1 − 13·3/45 = 2/15.
    EXPECT_NEAR(value(AgreementModel::Alpha).toDouble(), 2.0 / 15.0, 1e-12);
    EXPECT_EQ(m.index(row, AgreementModel::Percent).data().toString(), QStringLiteral("57.1%"));
    EXPECT_EQ(m.index(row, AgreementModel::Kappa).data().toString(), QStringLiteral("0.087"));
    EXPECT_EQ(m.index(row, AgreementModel::Alpha).data().toString(), QStringLiteral("0.133"));
    EXPECT_EQ(m.headerData(AgreementModel::OnlyFirst, Qt::Horizontal).toString(),
              AgreementModel::tr("Only %1").arg(kAlice));

    // The paragraphs where they disagree on it, and who applied the code there.
    ASSERT_TRUE(f.view.agreementPage()->showCode(CodedCorpus::kExport));
    const DisagreementModel &d = *f.view.disagreementModel();
    QHash<qint64, QString> shown;
    for (int r = 0; r < d.rowCount(); ++r)
        shown.insert(d.index(r, 0).data(DisagreementModel::ParagraphIdRole).toLongLong(),
                     d.index(r, DisagreementModel::CodedBy).data().toString());
    const QHash<qint64, QString> expected{{f.corpus.paragraph(QStringLiteral("BLR"), 0), kAlice},
                                          {f.corpus.paragraph(QStringLiteral("EUU"), 0), kAlice},
                                          {f.corpus.paragraph(QStringLiteral("AUS"), 1), kBob}};
    EXPECT_EQ(shown, expected);

    // Activating one asks for its paragraph.
    QSignalSpy requested(&f.view, &CodingAnalysisView::paragraphRequested);
    auto *list = f.view.findChild<QTableView *>(QStringLiteral("codingAgreementDisagreements"));
    ASSERT_NE(list, nullptr);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toLongLong(),
              d.index(0, 0).data(DisagreementModel::ParagraphIdRole).toLongLong());
}

TEST(CodingAnalysisView, AgreementOverWholeDocumentsIsWhatTheCoreComputes)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    ASSERT_TRUE(f.compare(kAlice, kBob, false));
    auto db = Storage::Database::open(f.corpus.path());
    ASSERT_TRUE(db.ok());
    const auto core = Coding::readAgreement(**db, kAlice, kBob, false);
    ASSERT_TRUE(core.ok());
    const AgreementModel &m = *f.view.agreementModel();
    ASSERT_EQ(m.rowCount(), core->codes.size());
    for (const Coding::CodeAgreement &c : core->codes) {
        const int row = m.rowOf(c.codePath);
        ASSERT_GE(row, 0);
        EXPECT_EQ(m.index(row, AgreementModel::Units).data().toInt(), c.units());
        EXPECT_EQ(m.index(row, AgreementModel::Kappa).data().toString(),
                  AgreementModel::coefficientText(c.kappa));
        EXPECT_EQ(m.index(row, AgreementModel::Alpha).data().toString(),
                  AgreementModel::coefficientText(c.alpha));
        EXPECT_EQ(m.index(row, AgreementModel::Disagreements).data().toInt(),
                  c.disagreements.size());
    }
    // Every paragraph of A/77/96 is a unit now, not only the 7 coded ones.
    EXPECT_GT(core->units, 7);
}

TEST(CodingAnalysisView, CsvExportWritesWhatTheTableShows)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    QTemporaryDir dir;
    f.view.setCurrentPage(kState);
    const QString matrixFile = dir.filePath(QStringLiteral("state.csv"));
    ASSERT_TRUE(f.view.exportCsv(matrixFile));
    const QStringList lines = csvLines(matrixFile);
    const CodeMatrixModel &m = *f.view.matrixModel(kState);
    ASSERT_EQ(lines.size(), m.rowCount() + 1);
    QStringList header{CodingAnalysisView::tr("Code")};
    for (int c = 0; c < m.columnCount(); ++c)
        header.append(m.headerData(c, Qt::Horizontal).toString().replace(u'\n', u' '));
    EXPECT_EQ(lines[0], header.join(u','));
    const int exportRow = static_cast<int>(m.matrix().rows.indexOf(CodedCorpus::kExport));
    const QStringList cells = lines[exportRow + 1].split(u',');
    EXPECT_EQ(cells.first(), CodedCorpus::kExport);
    const int australia = static_cast<int>(m.matrix().columns.indexOf(QStringLiteral("AUS")));
    EXPECT_EQ(cells[australia + 1], QStringLiteral("3"));
    const int china = static_cast<int>(m.matrix().columns.indexOf(QStringLiteral("CHN")));
    EXPECT_EQ(cells[china + 1], QStringLiteral("0")); // shown empty, written as a count

    ASSERT_TRUE(f.view.showCode(CodedCorpus::kExport));
    const QString segmentsFile = dir.filePath(QStringLiteral("segments.csv"));
    ASSERT_TRUE(f.view.exportCsv(segmentsFile));
    const QStringList segments = csvLines(segmentsFile);
    const CodingSegmentModel &r = *f.view.retrievalModel();
    ASSERT_EQ(segments.size(), r.rowCount() + 1);
    for (int row = 0; row < r.rowCount(); ++row) {
        QStringList shown;
        for (int c = 0; c < r.columnCount(); ++c)
            shown.append(r.index(row, c).data().toString());
        EXPECT_EQ(segments[row + 1], shown.join(u','));
    }

    ASSERT_TRUE(f.compare(kAlice, kBob, true));
    const QString agreementFile = dir.filePath(QStringLiteral("agreement.csv"));
    ASSERT_TRUE(f.view.exportCsv(agreementFile));
    const QStringList agreement = csvLines(agreementFile);
    ASSERT_EQ(agreement.size(), f.view.agreementModel()->rowCount() + 1);
    EXPECT_TRUE(agreement.contains(CodedCorpus::kExport +
                                   QStringLiteral(",7,1,2,1,3,57.1%,0.087,0.133,3")));

    EXPECT_FALSE(f.view.exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
}

TEST(CodingAnalysisView, ReloadAfterANewCodingKeepsTheChosenCell)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    ASSERT_TRUE(f.view.showCell(kState, CodedCorpus::kCapacity, QStringLiteral("CHN")));
    EXPECT_EQ(f.view.cellSegmentModel(kState)->rowCount(), 1);
    f.corpus.add(f.corpus.paragraph(QStringLiteral("CHN"), 1), CodedCorpus::kCapacity, kBob);
    ASSERT_TRUE(f.load());
    EXPECT_EQ(countAt(*f.view.matrixModel(kState), CodedCorpus::kCapacity, QStringLiteral("CHN")),
              2);
    EXPECT_EQ(f.view.cellSegmentModel(kState)->rowCount(), 2);
}

TEST(CodingAnalysisView, WithoutADatabaseItSaysSo)
{
    CorpusSession session;
    CodingAnalysisView view{session};
    Tester tester(view.retrievalModel(), kFatal);
    EXPECT_EQ(view.statusText(), CodingAnalysisView::tr("No database is open."));
    view.reload();
    EXPECT_FALSE(view.isLoading());
    EXPECT_EQ(view.retrievalModel()->rowCount(), 0);
}

} // namespace
