// checkDatabase on real files: a sound corpus, and damage made on purpose (an index shadow table
// emptied, a dangling reference written with foreign keys off) reported in words.
#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/databasecheck.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

class DatabaseCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        // The sample has a footnote, so both search indexes hold rows.
        auto stored = CorpusRepository(*m_db).storeDocument(sampleDocument(),
                                                            QStringLiteral("/corpus/A_77_96.pdf"),
                                                            QStringLiteral("h"), sampleEntities());
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        ASSERT_NE(queryValue(*m_db, "SELECT count(*) FROM footnote"), QStringLiteral("0"));
    }
    QString path() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

    CheckReport check()
    {
        auto report = checkDatabase(*m_db);
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        return report.ok() ? *report : CheckReport{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QStringList messages(const CheckReport &report, const QString &check)
{
    QStringList out;
    for (const auto &p : report.problems)
        if (p.check == check)
            out.append(p.message);
    return out;
}

} // namespace

TEST_F(DatabaseCheckTest, SoundDatabaseHasNoProblemsAndEveryCheckRan)
{
    const CheckReport report = check();
    EXPECT_TRUE(report.sound());
    EXPECT_TRUE(report.problems.isEmpty());
    EXPECT_TRUE(report.notes.isEmpty());
    EXPECT_EQ(report.checked,
              (QStringList{QStringLiteral("integrity_check"), QStringLiteral("foreign_key_check"),
                           QStringLiteral("footnote_fts"), QStringLiteral("paragraph_fts"),
                           QStringLiteral("table_cell_fts")}));
}

TEST_F(DatabaseCheckTest, ParagraphIndexOutOfStepWithTheTextIsReported)
{
    // The index forgets one paragraph the table still holds: the index is consistent in itself,
    // so only a check against the text finds it (FTS5's plain integrity-check passes).
    ASSERT_TRUE(m_db->exec("INSERT INTO paragraph_fts (paragraph_fts, rowid, text) "
                           "SELECT 'delete', id, text FROM paragraph ORDER BY id LIMIT 1"));
    const CheckReport report = check();
    EXPECT_FALSE(report.sound());
    const QStringList found = messages(report, QStringLiteral("search_index"));
    ASSERT_EQ(found.size(), 1) << report.problems.size();
    EXPECT_TRUE(found.first().contains(QStringLiteral("search index of paragraph text")))
        << found.first().toStdString();
    EXPECT_TRUE(messages(report, QStringLiteral("integrity")).isEmpty());
}

TEST_F(DatabaseCheckTest, FootnoteIndexDamageIsReported)
{
    // Rows gone from the index's shadow table, as a damaged file would lose them.
    ASSERT_TRUE(m_db->exec("DELETE FROM footnote_fts_data WHERE id > 10"));
    const CheckReport report = check();
    const QStringList found = messages(report, QStringLiteral("search_index"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().contains(QStringLiteral("footnotes"))) << found.first().toStdString();
}

TEST_F(DatabaseCheckTest, DanglingReferenceWrittenWithForeignKeysOffIsReported)
{
    ASSERT_TRUE(m_db->exec("PRAGMA foreign_keys = OFF; "
                           "INSERT INTO paragraph (id, document_id, ordinal, key, kind, text) "
                           "VALUES (9000, 4242, 0, 'k', 'body', '孤立的段落');"));
    const CheckReport report = check();
    EXPECT_FALSE(report.sound());
    const QStringList found = messages(report, QStringLiteral("foreign_keys"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first(),
              QStringLiteral("Row 9000 of paragraph refers to a row of document that does not "
                             "exist."));
}

TEST_F(DatabaseCheckTest, ReadOnlyDatabaseIsCheckedWithoutTheSearchIndexesAndSaysSo)
{
    m_db.reset();
    const QByteArray newer =
        "PRAGMA user_version = " + QByteArray::number(Database::knownSchemaVersion() + 1);
    ASSERT_TRUE(execRaw(path(), newer.constData()));
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->isReadOnly());
    m_db = std::move(db).value();
    const CheckReport report = check();
    EXPECT_TRUE(report.sound());
    EXPECT_EQ(report.checked, (QStringList{QStringLiteral("integrity_check"),
                                           QStringLiteral("foreign_key_check")}));
    ASSERT_EQ(report.notes.size(), 1);
    EXPECT_TRUE(report.notes.first().contains(QStringLiteral("read-only")));
}
