// CorpusTreeModel and CorpusProxyModel over the sample report, each checked by
// QAbstractItemModelTester in fatal mode.
#include "samplecorpus.h"
#include "testsupport.h"

#include "gui/corpusproxymodel.h"
#include "gui/corpustreemodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Gui::CorpusTreeModel;
using Test::SampleCorpus;

namespace {

class CorpusTreeModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    }

    QString text(const QModelIndex &parent, int row, int column = CorpusTreeModel::NameColumn) const
    {
        return model.index(row, column, parent).data().toString();
    }

    CorpusTreeModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CorpusTreeModelTest, ListsTheDocumentWithItsThirtyThreeSubmissionsInOrder)
{
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex doc = model.index(0, 0);
    EXPECT_TRUE(text({}, 0).startsWith(QStringLiteral("A/77/96 ")));
    EXPECT_TRUE(text({}, 0).contains(QStringLiteral("在国际安全领域促进和平利用国际合作")));
    ASSERT_EQ(model.rowCount(doc), 33);
    EXPECT_EQ(text(doc, 0), QStringLiteral("澳大利亚"));
    EXPECT_EQ(text(doc, 32), QStringLiteral("欧洲联盟"));
    EXPECT_EQ(model.documentCount(), 1);
    EXPECT_EQ(model.submissionCount(), 33);
}

TEST_F(CorpusTreeModelTest, ShowsNamesLanguagesDatesAndCountsOfASubmission)
{
    const QModelIndex doc = model.index(0, 0);
    const QModelIndex canada = model.indexOfEntity(QStringLiteral("CAN"));
    ASSERT_TRUE(canada.isValid());
    EXPECT_EQ(canada.parent(), doc);
    EXPECT_EQ(text(doc, canada.row()), QStringLiteral("加拿大"));
    EXPECT_EQ(text(doc, canada.row(), CorpusTreeModel::EnglishNameColumn),
              QStringLiteral("Canada"));
    EXPECT_EQ(text(doc, canada.row(), CorpusTreeModel::LanguagesColumn), QStringLiteral("en, fr"));
    EXPECT_EQ(text(doc, canada.row(), CorpusTreeModel::DateColumn), QStringLiteral("2022-05-31"));
    EXPECT_EQ(text(doc, canada.row(), CorpusTreeModel::ParagraphsColumn), QStringLiteral("14"));
    EXPECT_EQ(canada.siblingAtColumn(CorpusTreeModel::DateColumn).data(CorpusTreeModel::SortRole),
              QVariant(QDate(2022, 5, 31)));
}

TEST_F(CorpusTreeModelTest, IdAndKindRolesNameTheRecords)
{
    const QModelIndex doc = model.index(0, 0);
    const QModelIndex first = model.index(0, 0, doc);
    EXPECT_EQ(doc.data(CorpusTreeModel::KindRole).toInt(),
              static_cast<int>(CorpusTreeModel::ItemKind::Document));
    EXPECT_EQ(first.data(CorpusTreeModel::KindRole).toInt(),
              static_cast<int>(CorpusTreeModel::ItemKind::Submission));
    EXPECT_EQ(first.data(CorpusTreeModel::EntityCodeRole).toString(), QStringLiteral("AUS"));

    const qint64 id = first.data(CorpusTreeModel::IdRole).toLongLong();
    ASSERT_NE(model.submissionById(id), nullptr);
    EXPECT_EQ(model.submissionById(id)->heading, QStringLiteral("澳大利亚"));
    EXPECT_EQ(model.indexOfSubmission(id), first);
    EXPECT_EQ(model.document(doc)->id, doc.data(CorpusTreeModel::IdRole).toLongLong());
    EXPECT_EQ(model.document(first), nullptr);
    EXPECT_EQ(model.submission(doc), nullptr);
    EXPECT_FALSE(model.indexOfSubmission(-1).isValid());
}

TEST_F(CorpusTreeModelTest, AnUnresolvedHeadingIsShownAsItIs)
{
    auto submissions = SampleCorpus::submissions();
    submissions[1].entity.reset();
    submissions[1].heading = QStringLiteral("某个观察员");
    model.setCorpus(SampleCorpus::documents(), submissions);
    const QModelIndex doc = model.index(0, 0);
    EXPECT_EQ(text(doc, 1), QStringLiteral("某个观察员"));
    EXPECT_EQ(text(doc, 1, CorpusTreeModel::EnglishNameColumn), QString());
    EXPECT_EQ(model.index(1, 0, doc).data(CorpusTreeModel::EntityCodeRole).toString(), QString());
}

TEST_F(CorpusTreeModelTest, SubmissionsOfAnUnknownDocumentAreLeftOut)
{
    auto submissions = SampleCorpus::submissions();
    submissions[0].document = QStringLiteral("A/00/0");
    model.setCorpus(SampleCorpus::documents(), submissions);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 32);
}

TEST_F(CorpusTreeModelTest, ClearLeavesAnEmptyModel)
{
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.submissionCount(), 0);
    model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 33);
}

TEST(CorpusProxyModel, SortsChineseNamesByPinyinAndUnsortedKeepsDocumentOrder)
{
    CorpusTreeModel model;
    model.setCorpus(SampleCorpus::documents(), SampleCorpus::submissions());
    Gui::CorpusProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex doc = proxy.index(0, 0);
    const auto rowOf = [&](const QString &name) {
        for (int row = 0; row < proxy.rowCount(doc); ++row) {
            if (proxy.index(row, 0, doc).data().toString() == name)
                return row;
        }
        return -1;
    };

    EXPECT_EQ(proxy.index(0, 0, doc).data().toString(), QStringLiteral("澳大利亚"));
    // 中国 (U+4E2D) comes before 澳大利亚 (U+6FB3) by code point; by pinyin zhōngguó after
    // àodàlìyà.
    proxy.sort(CorpusTreeModel::NameColumn, Qt::AscendingOrder);
    EXPECT_LT(rowOf(QStringLiteral("澳大利亚")), rowOf(QStringLiteral("中国")));
    EXPECT_LT(rowOf(QStringLiteral("美利坚合众国")), rowOf(QStringLiteral("挪威"))); // měi, nuó

    proxy.sort(CorpusTreeModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, 0, doc).data().toString(), QStringLiteral("尼加拉瓜")); // 2022-03-10

    proxy.sort(-1);
    EXPECT_EQ(proxy.index(0, 0, doc).data().toString(), QStringLiteral("澳大利亚"));
    EXPECT_EQ(proxy.index(32, 0, doc).data().toString(), QStringLiteral("欧洲联盟"));
}

} // namespace
