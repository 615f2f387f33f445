// CorpusTreeModel and CorpusProxyModel over the sample report, each checked by
// QAbstractItemModelTester in fatal mode.
#include "samplecorpus.h"
#include "testsupport.h"
#include "treewalk.h"

#include "gui/common/corpussession.h"
#include "gui/corpus/corpuspanel.h"
#include "gui/corpus/corpusproxymodel.h"
#include "gui/corpus/corpustreemodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::CorpusTreeModel;
using ItemKind = Gui::CorpusTreeModel::ItemKind;
using Test::itemsOfKind;
using Test::namesOf;
using Test::SampleCorpus;

namespace {

class CorpusTreeModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    }

    static QString text(const QModelIndex &index, int column = CorpusTreeModel::NameColumn)
    {
        return index.siblingAtColumn(column).data().toString();
    }
    QList<QModelIndex> submissions() const { return itemsOfKind(model, ItemKind::Submission); }

    CorpusTreeModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CorpusTreeModelTest, ListsTheDocumentItsSectionsAndItsThirtyThreeSubmissionsInOrder)
{
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex doc = model.index(0, 0);
    EXPECT_TRUE(text(doc).startsWith(QStringLiteral("A/77/96 ")));
    EXPECT_TRUE(text(doc).contains(QStringLiteral("在国际安全领域促进和平利用国际合作")));
    // The report's headings above the replies: 32 governments, then the European Union.
    ASSERT_EQ(model.rowCount(doc), 2);
    const QModelIndex governments = model.index(0, 0, doc);
    const QModelIndex union_ = model.index(1, 0, doc);
    EXPECT_EQ(text(governments), QStringLiteral("二. 答复 · A. 各国政府"));
    EXPECT_EQ(text(union_), QStringLiteral("二. 答复 · B. 欧洲联盟"));
    EXPECT_EQ(model.kind(governments), ItemKind::Section);
    EXPECT_EQ(model.rowCount(governments), 32);
    EXPECT_EQ(model.rowCount(union_), 1);

    const QStringList names = namesOf(submissions());
    ASSERT_EQ(names.size(), 33);
    EXPECT_EQ(names.first(), QStringLiteral("澳大利亚"));
    EXPECT_EQ(names.last(), QStringLiteral("欧洲联盟"));
    EXPECT_EQ(model.documentCount(), 1);
    EXPECT_EQ(model.submissionCount(), 33);
}

TEST_F(CorpusTreeModelTest, ShowsNamesLanguagesDatesAndCountsOfASubmission)
{
    const QModelIndex canada = model.indexOfEntity(QStringLiteral("CAN"));
    ASSERT_TRUE(canada.isValid());
    EXPECT_EQ(canada.parent().parent(), model.index(0, 0));
    EXPECT_EQ(text(canada), QStringLiteral("加拿大"));
    EXPECT_EQ(text(canada, CorpusTreeModel::EnglishNameColumn), QStringLiteral("Canada"));
    EXPECT_EQ(text(canada, CorpusTreeModel::LanguagesColumn), QStringLiteral("en, fr"));
    EXPECT_EQ(text(canada, CorpusTreeModel::DateColumn), QStringLiteral("2022-05-31"));
    EXPECT_EQ(text(canada, CorpusTreeModel::ParagraphsColumn), QStringLiteral("14"));
    EXPECT_EQ(canada.siblingAtColumn(CorpusTreeModel::DateColumn).data(CorpusTreeModel::SortRole),
              QVariant(QDate(2022, 5, 31)));
}

TEST_F(CorpusTreeModelTest, IdAndKindRolesNameTheRecords)
{
    const QModelIndex doc = model.index(0, 0);
    const QModelIndex first = submissions().first();
    EXPECT_EQ(doc.data(CorpusTreeModel::KindRole).toInt(), static_cast<int>(ItemKind::Document));
    EXPECT_EQ(first.data(CorpusTreeModel::KindRole).toInt(),
              static_cast<int>(ItemKind::Submission));
    EXPECT_EQ(first.data(CorpusTreeModel::EntityCodeRole).toString(), QStringLiteral("AUS"));

    const qint64 id = first.data(CorpusTreeModel::IdRole).toLongLong();
    ASSERT_NE(model.submissionById(id), nullptr);
    EXPECT_EQ(model.submissionById(id)->heading, QStringLiteral("澳大利亚"));
    EXPECT_EQ(model.indexOfSubmission(id), first);
    EXPECT_EQ(model.document(doc)->id, doc.data(CorpusTreeModel::IdRole).toLongLong());
    EXPECT_EQ(model.indexOfDocument(QStringLiteral("A/77/96")), doc);
    EXPECT_EQ(model.document(first), nullptr);
    EXPECT_EQ(model.submission(doc), nullptr);
    EXPECT_EQ(model.submission(first.parent()), nullptr);
    EXPECT_FALSE(model.indexOfSubmission(-1).isValid());
}

TEST_F(CorpusTreeModelTest, AnUnresolvedHeadingIsShownAsItIs)
{
    auto records = SampleCorpus::submissions();
    records[1].entity.reset();
    records[1].heading = QStringLiteral("某个观察员");
    model.setCorpus(SampleCorpus::documents(), records);
    const QModelIndex second = submissions().at(1);
    EXPECT_EQ(text(second), QStringLiteral("某个观察员"));
    EXPECT_EQ(text(second, CorpusTreeModel::EnglishNameColumn), QString());
    EXPECT_EQ(second.data(CorpusTreeModel::EntityCodeRole).toString(), QString());
}

TEST_F(CorpusTreeModelTest, SubmissionsOfAnUnknownDocumentAreLeftOut)
{
    auto records = SampleCorpus::submissions();
    records[0].document = QStringLiteral("A/00/0");
    model.setCorpus(SampleCorpus::documents(), records);
    EXPECT_EQ(submissions().size(), 32);
}

TEST_F(CorpusTreeModelTest, ASubmissionWithoutSectionSitsUnderItsDocument)
{
    auto records = SampleCorpus::submissions();
    records[0].section.clear();
    records[0].group.clear();
    model.setCorpus(SampleCorpus::documents(), records);
    const QModelIndex australia = model.indexOfEntity(QStringLiteral("AUS"));
    EXPECT_EQ(australia.parent(), model.index(0, 0));
    EXPECT_EQ(submissions().size(), 33);
}

TEST_F(CorpusTreeModelTest, ClearLeavesAnEmptyModel)
{
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.submissionCount(), 0);
    model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    EXPECT_EQ(submissions().size(), 33);
}

TEST(CorpusTreeModelVotes, ListsTheRecordedVotesUnderTheirDocumentAfterItsSubmissions)
{
    CorpusTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto db = SampleCorpus::bothDocumentsPath();
    model.setCorpus(SampleCorpus::documents(db), SampleCorpus::submissions(db));
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex report = model.indexOfDocument(QStringLiteral("A/79/416"));
    ASSERT_TRUE(report.isValid());
    EXPECT_EQ(model.rowCount(report), 0);

    // Votes arrive later, as rows inserted: the view keeps its selection.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setVotes(SampleCorpus::committeeVotes());
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 1);
    ASSERT_EQ(model.rowCount(report), 3);
    const QModelIndex c = model.index(2, 0, report);
    EXPECT_EQ(model.kind(c), ItemKind::Vote);
    EXPECT_TRUE(c.data().toString().startsWith(QStringLiteral("Vote (c)")));
    EXPECT_EQ(c.siblingAtColumn(CorpusTreeModel::EnglishNameColumn).data().toString(),
              QStringLiteral("102 in favour, 53 against, 25 abstaining"));
    EXPECT_EQ(model.indexOfVote(model.vote(c)->id), c);
    // A/77/96 has no votes, and its 33 submissions are untouched.
    EXPECT_EQ(itemsOfKind(model, ItemKind::Vote).size(), 3);
    EXPECT_EQ(itemsOfKind(model, ItemKind::Submission).size(), 33);

    model.setVotes({});
    EXPECT_EQ(model.rowCount(report), 0);
}

TEST(CorpusProxyModel, SortsChineseNamesByPinyinAndUnsortedKeepsDocumentOrder)
{
    CorpusTreeModel model;
    model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    Gui::CorpusProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto names = [&] { return namesOf(itemsOfKind(proxy, ItemKind::Submission)); };

    EXPECT_EQ(names().first(), QStringLiteral("澳大利亚"));
    // 中国 (U+4E2D) comes before 澳大利亚 (U+6FB3) by code point; by pinyin zhōngguó after
    // àodàlìyà.
    proxy.sort(CorpusTreeModel::NameColumn, Qt::AscendingOrder);
    EXPECT_LT(names().indexOf(QStringLiteral("澳大利亚")), names().indexOf(QStringLiteral("中国")));
    EXPECT_LT(names().indexOf(QStringLiteral("美利坚合众国")),
              names().indexOf(QStringLiteral("挪威"))); // měi, nuó

    proxy.sort(CorpusTreeModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(names().first(), QStringLiteral("尼加拉瓜")); // 2022-03-10

    proxy.sort(-1);
    EXPECT_EQ(names().first(), QStringLiteral("澳大利亚"));
    EXPECT_EQ(names().last(), QStringLiteral("欧洲联盟"));
}

TEST(CorpusProxyModel, FiltersByChineseAndEnglishNameCodeAndPinyin)
{
    CorpusTreeModel model;
    model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    Gui::CorpusProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto shown = [&](const QString &filter) {
        proxy.setFilterText(filter);
        return namesOf(itemsOfKind(proxy, ItemKind::Submission));
    };

    EXPECT_EQ(shown(QStringLiteral("荷兰")), QStringList{QStringLiteral("荷兰王国")});
    EXPECT_EQ(shown(QStringLiteral("netherlands")), QStringList{QStringLiteral("荷兰王国")});
    EXPECT_EQ(shown(QStringLiteral("NLD")), QStringList{QStringLiteral("荷兰王国")});
    EXPECT_EQ(shown(QStringLiteral("helan")), QStringList{QStringLiteral("荷兰王国")});
    EXPECT_EQ(shown(QStringLiteral("he lan wang")), QStringList{QStringLiteral("荷兰王国")});
    EXPECT_EQ(shown(QStringLiteral("hlwg")), QStringList{QStringLiteral("荷兰王国")});
    // 美利坚合众国 is Měilìjiān Hézhòngguó: pinyin matches inside a name too, as Chinese does.
    EXPECT_EQ(shown(QStringLiteral("zhongguo")),
              (QStringList{QStringLiteral("中国"), QStringLiteral("美利坚合众国")}));
    EXPECT_EQ(shown(QStringLiteral("中国")), QStringList{QStringLiteral("中国")});
    // A kept submission keeps its section and document on show, and only them.
    EXPECT_EQ(shown(QStringLiteral("ouzhou")), QStringList{QStringLiteral("欧洲联盟")});
    ASSERT_EQ(proxy.rowCount(), 1);
    ASSERT_EQ(proxy.rowCount(proxy.index(0, 0)), 1);
    EXPECT_EQ(proxy.index(0, 0, proxy.index(0, 0)).data().toString(),
              QStringLiteral("二. 答复 · B. 欧洲联盟"));
    // A matching document or section keeps all it holds.
    EXPECT_EQ(shown(QStringLiteral("A/77/96")).size(), 33);
    EXPECT_EQ(shown(QStringLiteral("各国政府")).size(), 32);
    EXPECT_TRUE(shown(QStringLiteral("no such state")).isEmpty());
    EXPECT_EQ(shown(QString()).size(), 33);
}

// The filter finds a state by every name the entity table gives it, and a state that wrote
// nothing but voted (Argentina, in A/79/416's recorded votes) leads to those votes.
TEST(CorpusProxyModel, FindsAStateByEveryNameAndAliasAndByTheVotesItTookPartIn)
{
    CorpusTreeModel model;
    const auto db = SampleCorpus::bothDocumentsPath();
    model.setCorpus(SampleCorpus::documents(db), SampleCorpus::submissions(db));
    model.setVotes(SampleCorpus::committeeVotes());
    Gui::CorpusProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto submissions = [&](const QString &filter) {
        proxy.setFilterText(filter);
        return namesOf(itemsOfKind(proxy, ItemKind::Submission));
    };
    const QStringList usa{QStringLiteral("美利坚合众国")};
    const QStringList uk{QStringLiteral("大不列颠及北爱尔兰联合王国")};
    EXPECT_EQ(submissions(QStringLiteral("美国")), usa);   // an alias
    EXPECT_EQ(submissions(QStringLiteral("meiguo")), usa); // its pinyin
    EXPECT_EQ(submissions(QStringLiteral("英国")), uk);
    EXPECT_EQ(submissions(QStringLiteral("United Kingdom")), uk); // the short English name

    for (const QString &argentina :
         {QStringLiteral("阿根廷"), QStringLiteral("Argentina"), QStringLiteral("agenting")}) {
        EXPECT_TRUE(submissions(argentina).isEmpty()) << argentina.toStdString();
        EXPECT_EQ(itemsOfKind(proxy, ItemKind::Vote).size(), 3) << argentina.toStdString();
    }
}

TEST(CorpusPanel, SaysWhenTheFilterLeavesNothing)
{
    Gui::CorpusSession session;
    Gui::CorpusPanel panel(session);
    const auto db = SampleCorpus::bothDocumentsPath();
    session.open(db, SampleCorpus::documents(db), SampleCorpus::submissions(db));
    panel.filterBox()->setText(QStringLiteral("Atlantis"));
    EXPECT_EQ(panel.noMatchText(),
              QStringLiteral("No document, submission or vote of this corpus matches “Atlantis”."));
    panel.filterBox()->setText(QStringLiteral("荷兰"));
    EXPECT_EQ(panel.noMatchText(), QString());
}

} // namespace
