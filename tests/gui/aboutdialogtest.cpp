// The About dialog: the program's version and those of the libraries it runs on.
#include "testsupport.h"

#include "gui/settings/aboutdialog.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unicode/uvernum.h>

using namespace Rapporteur;
using Gui::AboutDialog;

namespace {

bool isVersion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)*$"));
    return pattern.match(text).hasMatch();
}

TEST(AboutDialog, ListsQtIcuSqliteAndPopplerAsLoaded)
{
    const auto versions = AboutDialog::libraryVersions();
    ASSERT_EQ(versions.size(), 4);
    EXPECT_EQ(versions[0], qMakePair(QStringLiteral("Qt"), QString::fromLatin1(qVersion())));
    // Debian builds against the ICU it runs with, so the headers' version is the library's.
    EXPECT_EQ(versions[1], qMakePair(QStringLiteral("ICU"), QStringLiteral(U_ICU_VERSION)));
    EXPECT_EQ(versions[2],
              qMakePair(QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())));
    EXPECT_EQ(versions[3].first, QStringLiteral("Poppler"));
    EXPECT_TRUE(isVersion(versions[3].second)) << versions[3].second.toStdString();
}

TEST(AboutDialog, ShowsTheProgramVersionAndTheLibraries)
{
    EXPECT_TRUE(isVersion(AboutDialog::applicationVersion()));
    AboutDialog dialog;
    const auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().contains(AboutDialog::applicationVersion()));

    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("versionsTable"));
    ASSERT_NE(table, nullptr);
    const auto versions = AboutDialog::libraryVersions();
    ASSERT_EQ(table->rowCount(), versions.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_EQ(table->item(row, 0)->text(), versions[row].first);
        EXPECT_EQ(table->item(row, 1)->text(), versions[row].second);
        EXPECT_FALSE(versions[row].second.isEmpty());
    }
    EXPECT_FALSE(table->accessibleName().isEmpty());
}

} // namespace
