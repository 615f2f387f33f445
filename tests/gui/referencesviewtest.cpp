// The references view over both sample documents (A/77/96 and the committee report A/79/416):
// read off the GUI thread, compared with what the core's readers (behind the CLI's `refs`) give,
// and where it can be, with a scan of the paragraphs done here.
#include "backgroundwork.h"
#include "samplecorpus.h"

#include "gui/common/corpussession.h"
#include "gui/references/citationmodel.h"
#include "gui/references/instrumentmatrixmodel.h"
#include "gui/references/referencesview.h"
#include "gui/references/referencetargetmodel.h"

#include "analysis/citedby.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Gui;
using Test::SampleCorpus;

namespace {

constexpr int kTimeoutMs = 10'000;
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// The view with every model under a tester from before the first reset.
struct Fixture
{
    CorpusSession session;
    ReferencesView view{session};
    Tester targets{view.targetModel(), kFatal};
    Tester filter{view.targetFilter(), kFatal};
    Tester citations{view.citationModel(), kFatal};
    Tester matrix{view.matrixModel(), kFatal};

    bool load(const QString &path = SampleCorpus::bothDocumentsPath())
    {
        QSignalSpy loaded(&view, &ReferencesView::loaded);
        session.open(path); // the view reads an open database at once
        return loaded.wait(kTimeoutMs);
    }
    template <typename T> T *child(const char *name) const
    {
        return view.findChild<T *>(QString::fromLatin1(name));
    }
};

std::unique_ptr<Storage::Database> openBoth()
{
    auto db = Storage::Database::open(SampleCorpus::bothDocumentsPath());
    EXPECT_TRUE(db.ok());
    return db ? std::move(db).value() : nullptr;
}

Analysis::CitedTarget coreTarget(Analysis::TargetKind kind, const QString &target)
{
    auto db = openBoth();
    auto read = Analysis::readCitedTargets(*db, Analysis::TargetQuery{kind, target});
    EXPECT_TRUE(read.ok());
    return read && !read->isEmpty() ? read->constFirst() : Analysis::CitedTarget{};
}

QList<int> rowsOf(const ReferenceTargetModel &model, const QString &target)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ReferenceTargetModel::TargetRole).toString() == target)
            rows << r;
    }
    return rows;
}

QSet<qint64> shownParagraphs(const CitationModel &model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(CitationModel::ParagraphIdRole).toLongLong();
    return ids;
}

TEST(ReferencesView, ListsEveryCitedTargetWithTheCoresCounts)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    const ReferenceTargetModel &model = *f.view.targetModel();
    auto db = openBoth();
    auto core = Analysis::readCitedTargets(*db);
    ASSERT_TRUE(core.ok());
    ASSERT_EQ(model.rowCount(), core->size());

    const QList<int> rows = rowsOf(model, QStringLiteral("A/RES/76/234"));
    ASSERT_EQ(rows.size(), 1);
    const int row = rows.constFirst();
    const Analysis::CitedTarget resolution =
        coreTarget(Analysis::TargetKind::Document, QStringLiteral("A/RES/76/234"));
    EXPECT_EQ(model.index(row, ReferenceTargetModel::Paragraphs).data().toInt(),
              resolution.paragraphs);
    EXPECT_EQ(model.index(row, ReferenceTargetModel::States).data().toInt(),
              resolution.byEntity.size());
    EXPECT_EQ(model.index(row, ReferenceTargetModel::Kind).data().toString(),
              ReferenceTargetModel::tr("Document"));
    EXPECT_FALSE(model.index(row, 0).data(ReferenceTargetModel::InCorpusRole).toBool());
    EXPECT_TRUE(model.index(row, ReferenceTargetModel::InCorpus).data().toString().isEmpty());
}

TEST(ReferencesView, ResolutionIsCitedByTheReportMostSubmissionsAndTheCommitteeReport)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    ASSERT_TRUE(f.view.showTarget(QStringLiteral("A/RES/76/234")));
    const CitationModel &citations = *f.view.citationModel();

    // Every paragraph naming 76/234 in its text, footnotes or links, found here by a scan.
    const QRegularExpression number(QStringLiteral("(?<![0-9])76\\s*/\\s*234(?![0-9])"));
    QSet<qint64> scanned;
    auto db = openBoth();
    Storage::CorpusRepository corpus(*db);
    for (const QString &symbol : {QStringLiteral("A/77/96"), QStringLiteral("A/79/416")}) {
        auto paragraphs = corpus.paragraphsOfDocument(symbol);
        ASSERT_TRUE(paragraphs.ok());
        for (const Storage::ParagraphRecord &p : *paragraphs) {
            QStringList texts{p.text};
            for (const Footnote &n : p.footnotes)
                texts << n.text;
            for (const Link &l : p.links)
                texts << l.target << l.symbol;
            if (number.match(texts.join(QLatin1Char('\n'))).hasMatch())
                scanned << p.id;
        }
    }
    EXPECT_EQ(shownParagraphs(citations), scanned);

    QSet<QString> documents;
    QSet<qint64> submissions;
    QHash<QString, QSet<qint64>> byState;
    for (int r = 0; r < citations.rowCount(); ++r) {
        const QModelIndex i = citations.index(r, 0);
        documents << i.data(CitationModel::DocumentRole).toString();
        if (const qint64 s = i.data(CitationModel::SubmissionIdRole).toLongLong())
            submissions << s;
        if (const QString code = i.data(CitationModel::EntityCodeRole).toString(); !code.isEmpty())
            byState[code] << i.data(CitationModel::ParagraphIdRole).toLongLong();
        EXPECT_FALSE(citations.index(r, CitationModel::Snippet).data().toString().isEmpty());
    }
    EXPECT_EQ(documents, (QSet<QString>{QStringLiteral("A/77/96"), QStringLiteral("A/79/416")}));
    const auto reportSubmissions = SampleCorpus::submissions(SampleCorpus::bothDocumentsPath());
    const auto inReport =
        std::count_if(reportSubmissions.cbegin(), reportSubmissions.cend(),
                      [](const auto &s) { return s.document == QStringLiteral("A/77/96"); });
    EXPECT_GT(submissions.size() * 2, inReport) << "most submissions cite it";
    // Counts per state as the core gives them (what `refs 76/234` prints).
    const Analysis::CitedTarget core =
        coreTarget(Analysis::TargetKind::Document, QStringLiteral("A/RES/76/234"));
    ASSERT_EQ(byState.size(), core.byEntity.size());
    for (const Analysis::EntityCitationCount &c : core.byEntity)
        EXPECT_EQ(byState.value(c.entity.code).size(), c.paragraphs) << c.entity.code.toStdString();
    EXPECT_TRUE(f.view.citedByTitle().contains(QStringLiteral("A/RES/76/234")));
    EXPECT_FALSE(f.child<QPushButton>("referencesOpenDocument")->isVisibleTo(&f.view));
}

TEST(ReferencesView, MtcrIsOneTargetFoundByAnyOfItsNames)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    const ReferenceTargetModel &model = *f.view.targetModel();
    ASSERT_EQ(rowsOf(model, QStringLiteral("MTCR")).size(), 1);
    const int row = rowsOf(model, QStringLiteral("MTCR")).constFirst();
    EXPECT_EQ(model.index(row, ReferenceTargetModel::NameZh).data().toString(),
              QStringLiteral("导弹技术控制制度"));
    EXPECT_EQ(model.index(row, ReferenceTargetModel::NameEn).data().toString(),
              QStringLiteral("Missile Technology Control Regime"));
    EXPECT_EQ(model.index(row, ReferenceTargetModel::Paragraphs).data().toInt(),
              coreTarget(Analysis::TargetKind::Instrument, QStringLiteral("MTCR")).paragraphs);

    auto *filter = f.child<QLineEdit>("referencesFilter");
    ASSERT_NE(filter, nullptr);
    const ReferenceTargetFilter &shown = *f.view.targetFilter();
    for (const QString &name : {QStringLiteral("MTCR"), QStringLiteral("导弹及其技术控制制度"),
                                QStringLiteral("导弹技术管制制度")}) {
        filter->setText(name);
        ASSERT_EQ(shown.rowCount(), 1) << name.toStdString();
        EXPECT_EQ(shown.index(0, 0).data(ReferenceTargetModel::TargetRole), QStringLiteral("MTCR"));
    }
    // A citation form of a document finds its symbol.
    filter->setText(QStringLiteral("第 76/234 号决议"));
    ASSERT_EQ(shown.rowCount(), 1);
    EXPECT_EQ(shown.index(0, 0).data(ReferenceTargetModel::TargetRole),
              QStringLiteral("A/RES/76/234"));

    filter->clear();
    f.view.targetFilter()->setKind(ReferenceTargetFilter::Kind::Regimes);
    ASSERT_GT(shown.rowCount(), 0);
    for (int r = 0; r < shown.rowCount(); ++r)
        EXPECT_EQ(shown.index(r, 0).data(ReferenceTargetModel::InstrumentKindRole).toInt(),
                  static_cast<int>(ReferenceData::TermKind::Regime));

    // Every snippet of an MTCR citation in running text shows one of its names in 【】.
    ASSERT_TRUE(f.view.showTarget(QStringLiteral("MTCR")));
    const CitationModel &citations = *f.view.citationModel();
    ASSERT_GT(citations.rowCount(), 0);
    const QRegularExpression hit(QStringLiteral("【([^】]+)】"));
    for (int r = 0; r < citations.rowCount(); ++r) {
        const QString snippet = citations.index(r, CitationModel::Snippet).data().toString();
        const auto match = hit.match(snippet);
        ASSERT_TRUE(match.hasMatch()) << snippet.toStdString();
        const auto named = ReferenceData::TermDictionary::builtIn().resolve(match.captured(1));
        ASSERT_TRUE(named.has_value()) << snippet.toStdString();
        EXPECT_EQ(named->id, QStringLiteral("MTCR")) << snippet.toStdString();
    }
}

TEST(ReferencesView, TheSampleReportIsInTheCorpusAndOpens)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    const ReferenceTargetModel &model = *f.view.targetModel();
    const QList<int> rows = rowsOf(model, QStringLiteral("A/77/96"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(model.index(rows[0], 0).data(ReferenceTargetModel::InCorpusRole).toBool());
    EXPECT_EQ(model.index(rows[0], ReferenceTargetModel::InCorpus).data().toString(),
              ReferenceTargetModel::tr("in corpus"));

    ASSERT_TRUE(f.view.showTarget(QStringLiteral("A/77/96")));
    // The committee report cites it in its footnote 4.
    const CitationModel &citations = *f.view.citationModel();
    ASSERT_EQ(citations.rowCount(), 1);
    EXPECT_EQ(citations.index(0, 0).data(CitationModel::DocumentRole), QStringLiteral("A/79/416"));
    EXPECT_EQ(citations.index(0, CitationModel::Where).data().toString(),
              CitationModel::tr("footnote %1").arg(QStringLiteral("4")));
    EXPECT_TRUE(citations.index(0, CitationModel::Snippet)
                    .data()
                    .toString()
                    .contains(QStringLiteral("【A/77/96】")));

    auto *open = f.child<QPushButton>("referencesOpenDocument");
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(open->isVisibleTo(&f.view));
    QSignalSpy opened(&f.view, &ReferencesView::documentActivated);
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().at(0).toString(), QStringLiteral("A/77/96"));
}

TEST(ReferencesView, AustraliaGroupCellIsTheCoresAndListsAustraliasCitations)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    auto db = openBoth();
    const auto core = Analysis::readInstrumentMatrix(*db);
    ASSERT_TRUE(core.ok());
    const InstrumentMatrixModel &matrix = *f.view.matrixModel();
    ASSERT_EQ(matrix.rowCount(), core->entities.size());
    ASSERT_EQ(matrix.columnCount(), core->instruments.size());
    qsizetype row = -1, column = -1;
    for (qsizetype r = 0; r < core->entities.size(); ++r)
        row = core->entities[r].code == QStringLiteral("AUS") ? r : row;
    for (qsizetype c = 0; c < core->instruments.size(); ++c)
        column = core->instruments[c].id == QStringLiteral("AG") ? c : column;
    ASSERT_GE(row, 0);
    ASSERT_GE(column, 0);
    const int expected = core->mentions[row][column];
    ASSERT_GT(expected, 0);
    const QModelIndex cell = matrix.cell(QStringLiteral("AUS"), QStringLiteral("AG"));
    ASSERT_EQ(cell, matrix.index(int(row), int(column)));
    EXPECT_EQ(cell.data().toInt(), expected);
    EXPECT_EQ(cell.data(Qt::BackgroundRole), QVariant(matrix.shade(expected)));
    EXPECT_TRUE(matrix.headerData(int(column), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Australia Group")));
    EXPECT_TRUE(
        matrix.headerData(int(row), Qt::Vertical).toString().contains(QStringLiteral("AUS")));
    // A zero cell is empty and unshaded.
    const auto zero = int(core->mentions[row].indexOf(0));
    ASSERT_GE(zero, 0);
    EXPECT_FALSE(matrix.index(int(row), zero).data().isValid());
    EXPECT_FALSE(matrix.index(int(row), zero).data(Qt::BackgroundRole).isValid());

    // Clicked as a user would.
    f.view.resize(1100, 700);
    f.view.show();
    f.child<QTabWidget>("referencesTabs")->setCurrentIndex(1);
    auto *table = f.child<QTableView>("referencesMatrix");
    ASSERT_NE(table, nullptr);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    const CitationModel &citations = *f.view.citationModel();
    ASSERT_GT(citations.rowCount(), 0);
    int mentions = 0;
    for (int r = 0; r < citations.rowCount(); ++r) {
        EXPECT_EQ(citations.index(r, 0).data(CitationModel::EntityCodeRole), QStringLiteral("AUS"));
        mentions += citations.index(r, 0).data(CitationModel::MentionsRole).toInt();
    }
    EXPECT_EQ(mentions, expected);
    EXPECT_TRUE(f.view.citedByTitle().contains(QStringLiteral("AUS")));

    // Activating a citation asks for its paragraph.
    QSignalSpy activated(&f.view, &ReferencesView::paragraphActivated);
    auto *list = f.child<QTableView>("referencesCitations");
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    const QModelIndex first = citations.index(0, 0);
    EXPECT_EQ(activated.first().at(0), first.data(CitationModel::DocumentRole));
    EXPECT_EQ(activated.first().at(1).toLongLong(),
              first.data(CitationModel::SubmissionIdRole).toLongLong());
    EXPECT_NE(activated.first().at(1).toLongLong(), 0);
    EXPECT_EQ(activated.first().at(2).toLongLong(),
              first.data(CitationModel::ParagraphIdRole).toLongLong());

    // A reload keeps the cell's list on show.
    const int listed = citations.rowCount();
    ASSERT_TRUE(f.load());
    EXPECT_EQ(citations.rowCount(), listed);
    EXPECT_TRUE(f.view.citedByTitle().contains(QStringLiteral("AUS")));
}

TEST(ReferencesView, ParagraphOutsideASubmissionIsActivatedWithSubmissionZero)
{
    Fixture f;
    ASSERT_TRUE(f.load());
    ASSERT_TRUE(f.view.showTarget(QStringLiteral("A/77/96")));
    QSignalSpy activated(&f.view, &ReferencesView::paragraphActivated);
    auto *list = f.child<QTableView>("referencesCitations");
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).toString(), QStringLiteral("A/79/416"));
    EXPECT_EQ(activated.first().at(1).toLongLong(), 0);
}

TEST(ReferencesView, ASupersededReadIsDropped)
{
    Fixture f;
    QSignalSpy loaded(&f.view, &ReferencesView::loaded);
    f.session.open(SampleCorpus::bothDocumentsPath());
    f.view.reload();
    f.view.reload();
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    Rapporteur::Test::finishBackgroundWork();
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_FALSE(f.view.isLoading());

    const int bothTargets = f.view.targetModel()->rowCount();

    // Another database while a read runs: the old read's result never shows; the new database
    // is read at once, as the session says it is open.
    f.view.reload();
    f.session.open(SampleCorpus::databasePath());
    Rapporteur::Test::finishBackgroundWork();
    EXPECT_EQ(loaded.count(), 2);
    Fixture other;
    QSignalSpy otherLoaded(&other.view, &ReferencesView::loaded);
    other.session.open(SampleCorpus::databasePath());
    ASSERT_TRUE(otherLoaded.wait(kTimeoutMs));
    EXPECT_NE(other.view.targetModel()->rowCount(), bothTargets);
    EXPECT_EQ(f.view.targetModel()->rowCount(), other.view.targetModel()->rowCount());
}

TEST(ReferencesView, AnUnreadableFileSaysWhy)
{
    Fixture f;
    QSignalSpy failed(&f.view, &ReferencesView::loadFailed);
    f.session.open(SampleCorpus::notADatabasePath());
    f.view.reload();
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_FALSE(failed.first().at(0).toString().isEmpty());
    EXPECT_TRUE(f.view.citedByTitle().contains(failed.first().at(0).toString()));
    EXPECT_EQ(f.view.targetModel()->rowCount(), 0);
}

TEST(ReferencesViewExcerpt, AnInstrumentInsideASymbolIsNotItsNaming)
{
    Storage::ParagraphRecord p;
    p.text = QStringLiteral("见 BWC/CONF.IX/PC/WP.9。我们支持《生物武器公约》的普遍加入。");
    const CitationExcerpt e = citationExcerpt(
        p, Analysis::TargetKind::Instrument, QStringLiteral("BWC"), Analysis::ReferencePlace::Text);
    EXPECT_TRUE(e.snippet.contains(QStringLiteral("【生物武器公约】"))) << e.snippet.toStdString();
    EXPECT_FALSE(e.snippet.contains(QStringLiteral("【BWC】"))) << e.snippet.toStdString();
}

} // namespace
