#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/importer.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Rapporteur::Test::fixturePath;

namespace {

// Every row of every table, in a fixed order: "the database is exactly as it was" means this
// string is the same before and after.
QString dumpDatabase(Storage::Database &db)
{
    QString out;
    auto tables =
        Storage::Statement::prepare(db, "SELECT name FROM sqlite_master WHERE type = "
                                        "'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    QStringList names;
    while (tables->step().value())
        names.append(tables->columnText(0));
    for (const QString &name : names) {
        out += QStringLiteral("## ") + name + u'\n';
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\"").arg(name).toUtf8();
        auto statement = Storage::Statement::prepare(db, (sql + " ORDER BY rowid").constData());
        if (!statement) // a WITHOUT ROWID table (the search index has two) reads in key order
            statement = Storage::Statement::prepare(db, sql.constData());
        Storage::Statement &rows = *statement;
        while (rows.step().value()) {
            QStringList cells;
            for (int c = 0; c < rows.columnCount(); ++c)
                cells.append(rows.columnText(c));
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

class ImportWorkflow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Storage::Database::open(m_dir.filePath(QStringLiteral("test.sqlite")));
        ASSERT_TRUE(opened.ok());
        m_db = std::move(opened).value();
    }

    Result<QList<Workflow::ImportSummary>> import(const QStringList &paths,
                                                  const QString &symbol = {})
    {
        QList<Workflow::ImportRequest> requests;
        for (const QString &p : paths)
            requests.append({p, symbol, {}});
        return Workflow::importFiles(*m_db, requests, m_progress, m_cancel);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    NullProgress m_progress;
    CancelToken m_cancel;
};

} // namespace

TEST_F(ImportWorkflow, SymbolComesFromFurnitureThenFileNameThenProvisional)
{
    auto fromFurniture = import({fixturePath(QStringLiteral("compilation-small.zh.txt"))});
    ASSERT_TRUE(fromFurniture.ok());
    EXPECT_EQ(fromFurniture->first().symbol, QStringLiteral("A/77/999"));

    const QString named = m_dir.filePath(QStringLiteral("A-78-5.zh.txt"));
    QFile::copy(fixturePath(QStringLiteral("no-submissions.zh.txt")), named);
    auto fromName = import({named});
    ASSERT_TRUE(fromName.ok());
    EXPECT_EQ(fromName->first().symbol, QStringLiteral("A/78/5"));
    EXPECT_FALSE(fromName->first().symbolProvisional);

    auto provisional = import({fixturePath(QStringLiteral("unknown-state.zh.txt"))});
    ASSERT_TRUE(provisional.ok());
    EXPECT_TRUE(provisional->first().symbolProvisional);
    EXPECT_TRUE(provisional->first().symbol.startsWith(QStringLiteral("DOC-")));

    auto given =
        import({fixturePath(QStringLiteral("unknown-state.zh.txt"))}, QStringLiteral("A/79/1"));
    ASSERT_TRUE(given.ok());
    EXPECT_EQ(given->first().symbol, QStringLiteral("A/79/1"));
}

TEST_F(ImportWorkflow, SameContentAgainChangesNothing)
{
    ASSERT_TRUE(import({fixturePath(QStringLiteral("compilation-small.zh.txt"))}).ok());
    const QString before = dumpDatabase(*m_db);
    auto again = import({fixturePath(QStringLiteral("compilation-small.zh.txt"))});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->first().outcome, Workflow::ImportSummary::Outcome::Unchanged);
    EXPECT_EQ(dumpDatabase(*m_db), before);
}

TEST_F(ImportWorkflow, ChangedVersionReplacesDocumentAndKeepsIdsOfUnchangedParagraphs)
{
    const QString path = m_dir.filePath(QStringLiteral("report.txt"));
    QFile::copy(fixturePath(QStringLiteral("compilation-small.zh.txt")), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(import({path}).ok());
    Storage::CorpusRepository repo(*m_db);
    const auto before = *repo.paragraphsOfDocument(QStringLiteral("A/77/999"));

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    text.replace(QStringLiteral("欧洲联盟及其成员国致力于有效的多边主义。"),
                 QStringLiteral("欧洲联盟及其成员国坚定致力于有效的多边主义。"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();

    auto replaced = import({path});
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->first().outcome, Workflow::ImportSummary::Outcome::Replaced);
    const auto after = *repo.paragraphsOfDocument(QStringLiteral("A/77/999"));
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i + 1 < after.size(); ++i)
        EXPECT_EQ(after[i].id, before[i].id) << i;
    EXPECT_NE(after.last().id, before.last().id);
    EXPECT_EQ(repo.documents()->size(), 1);
}

TEST_F(ImportWorkflow, SameTextInAnotherEncodingIsTheSameContent)
{
    const QString utf8 = m_dir.filePath(QStringLiteral("a.txt"));
    const QString gb = m_dir.filePath(QStringLiteral("b.txt"));
    QFile::copy(fixturePath(QStringLiteral("encoding-utf8-bom-crlf.txt")), utf8);
    QFile::copy(fixturePath(QStringLiteral("encoding-gb18030.txt")), gb);
    auto first = import({utf8}, QStringLiteral("A/1"));
    ASSERT_TRUE(first.ok());
    auto second = import({gb}, QStringLiteral("A/1"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->first().encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(second->first().outcome, Workflow::ImportSummary::Outcome::Unchanged);
}

TEST_F(ImportWorkflow, BadInputIsRefusedAndLeavesDatabaseExactlyAsItWas)
{
    ASSERT_TRUE(import({fixturePath(QStringLiteral("compilation-small.zh.txt"))}).ok());
    const QString before = dumpDatabase(*m_db);
    const QStringList bad{fixturePath(QStringLiteral("empty.txt")),
                          fixturePath(QStringLiteral("binary.bin")),
                          fixturePath(QStringLiteral("unknown-encoding.txt")),
                          fixturePath(QStringLiteral("pdf-empty.pdf")),
                          fixturePath(QStringLiteral("pdf-truncated.pdf")),
                          fixturePath(QStringLiteral("pdf-image-only.pdf")),
                          fixturePath(QStringLiteral("pdf-encrypted.pdf")),
                          m_dir.path(),
                          m_dir.filePath(QStringLiteral("missing.txt"))};
    for (const QString &path : bad) {
        auto r = import({path});
        ASSERT_FALSE(r.ok()) << path.toStdString();
        EXPECT_FALSE(r.error().userMessage.isEmpty());
        EXPECT_EQ(dumpDatabase(*m_db), before) << path.toStdString();
    }
}

TEST_F(ImportWorkflow, PdfThatIsNotAUnDocumentImportsPlainWithAWarning)
{
    auto r = import({fixturePath(QStringLiteral("pdf-not-un.pdf"))});
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    const Workflow::ImportSummary &s = r->first();
    EXPECT_TRUE(s.symbolProvisional);
    EXPECT_EQ(s.submissions, 0);
    ASSERT_FALSE(s.warnings.isEmpty());
    EXPECT_TRUE(s.warnings.first().contains(QStringLiteral("plain document")));
    const auto paragraphs = Storage::CorpusRepository(*m_db).paragraphsOfDocument(s.symbol);
    ASSERT_TRUE(paragraphs.ok());
    QString text;
    for (const auto &p : *paragraphs)
        text += p.text + u'\n';
    for (const char *words : {"Minutes of the garden club", "plant tulips along the north wall.",
                              "two more orders.", "the compost heap and the summer fair."})
        EXPECT_TRUE(text.contains(QLatin1String(words))) << words;
}

TEST_F(ImportWorkflow, EncryptedPdfImportsWithItsPassword)
{
    QList<Workflow::ImportRequest> requests{
        {fixturePath(QStringLiteral("pdf-encrypted.pdf")), {}, QByteArrayLiteral("secret")}};
    auto r = Workflow::importFiles(*m_db, requests, m_progress, m_cancel);
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    EXPECT_EQ(r->first().encoding, QStringLiteral("PDF"));

    // Without it, or with another, the failure says so by its code and names the file.
    for (const QByteArray &password : {QByteArray(), QByteArrayLiteral("wrong")}) {
        requests[0].password = password;
        auto refused = Workflow::importFiles(*m_db, requests, m_progress, m_cancel);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PasswordRequired);
        EXPECT_EQ(refused.error().file, requests[0].path);
    }
}

TEST_F(ImportWorkflow, OneBadFileAmongSeveralStoresNone)
{
    auto r = import({fixturePath(QStringLiteral("no-submissions.zh.txt")),
                     fixturePath(QStringLiteral("binary.bin"))});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().userMessage.startsWith(QStringLiteral("binary.bin:")));
    EXPECT_EQ(r.error().file, fixturePath(QStringLiteral("binary.bin")));
    EXPECT_TRUE(Storage::CorpusRepository(*m_db).documents()->isEmpty());
}

TEST_F(ImportWorkflow, CancelledImportStoresNothing)
{
    m_cancel.cancel();
    auto r = import({fixturePath(QStringLiteral("compilation-small.zh.txt"))});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(Storage::CorpusRepository(*m_db).documents()->isEmpty());
}

TEST_F(ImportWorkflow, VotesThatDoNotAddUpRefuseTheImport)
{
    ASSERT_TRUE(import({fixturePath(QStringLiteral("compilation-small.zh.txt"))}).ok());
    const QString before = dumpDatabase(*m_db);
    auto r = import({fixturePath(QStringLiteral("vote-count-mismatch.zh.txt"))},
                    QStringLiteral("A/C.1/99/1"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(r.error().userMessage.contains(QStringLiteral("do not add up")))
        << r.error().userMessage.toStdString();
    EXPECT_EQ(dumpDatabase(*m_db), before);
}
