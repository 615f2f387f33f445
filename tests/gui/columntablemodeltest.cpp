// The table models' base: counts and horizontal headers from the subclass's records and titles.
#include "gui/common/columntablemodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace {

class TwoColumns final : public Rapporteur::Gui::ColumnTableModel
{
public:
    TwoColumns() : ColumnTableModel(2, nullptr) {}
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row() * 10 + index.column()) : QVariant();
    }
    int records = 3;

private:
    int recordCount() const override { return records; }
    QString columnTitle(int column) const override
    {
        return column == 0 ? QStringLiteral("State") : QStringLiteral("Position");
    }
};

TEST(ColumnTableModel, CountsRowsAndColumnsAndTitlesTheColumns)
{
    TwoColumns model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0); // a table: no children
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("State"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Position"));
    EXPECT_FALSE(model.headerData(2, Qt::Horizontal).isValid());
    EXPECT_FALSE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toInt(), 1); // Qt's row numbers
    EXPECT_EQ(model.index(2, 1).data().toInt(), 21);
}

} // namespace
